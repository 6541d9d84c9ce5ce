/// A text of the annex that is not part of the report itself: labels, sheet names, note sentences,
/// marker explanations. Every language has all of them in `templates/i18n/<language>.yaml`, under
/// the raw value as key; `{name}` in a text is a placeholder that annex fills in.
public enum Phrase: String, Sendable, CaseIterable {
    case languageTag = "language.tag"
    case numberDecimal = "number.decimal"
    case numberGrouping = "number.grouping"
    case markerMissing = "marker.missing"
    case markerSuppressed = "marker.suppressed"
    case markerNotComparable = "marker.not_comparable"
    case markerNil = "marker.nil"
    case markerEstimated = "marker.estimated"
    case markerEmpty = "marker.empty"
    case markerItem = "marker.item"
    case markersSheet = "markers.sheet"
    case markersAnnex = "markers.annex"
    case shortEstimated = "short.estimated"
    case shortIncomplete = "short.incomplete"
    case shortMissing = "short.missing"
    case shortSuppressed = "short.suppressed"
    case shortNotApplicable = "short.not_applicable"
    case shortNotComparable = "short.not_comparable"
    case shortNil = "short.nil"
    case explainEstimated = "explain.estimated"
    case explainIncomplete = "explain.incomplete"
    case explainMissing = "explain.missing"
    case explainSuppressed = "explain.suppressed"
    case explainNotApplicable = "explain.not_applicable"
    case explainNotComparable = "explain.not_comparable"
    case explainNil = "explain.nil"
    case sheetCover = "sheet.cover"
    case sheetContents = "sheet.contents"
    case sheetNotes = "sheet.notes"
    case sheetMethods = "sheet.methods"
    case sheetTablePrefix = "sheet.table_prefix"
    case coverAbout = "cover.about"
    case coverSource = "cover.source"
    case coverContact = "cover.contact"
    case coverPublished = "cover.published"
    case coverNextUpdate = "cover.next_update"
    case coverRounding = "cover.rounding"
    case coverRoundingText = "cover.rounding_text"
    case coverLicence = "cover.licence"
    case coverSymbols = "cover.symbols"
    case coverNotes = "cover.notes"
    case contentsTitle = "contents.title"
    case contentsSheet = "contents.sheet"
    case contentsDescription = "contents.description"
    case contentsNotes = "contents.notes"
    case contentsMethods = "contents.methods"
    case notesTitle = "notes.title"
    case notesNote = "notes.note"
    case notesText = "notes.text"
    case notesSheets = "notes.sheets"
    case methodsTitle = "methods.title"
    case methodsIntro = "methods.intro"
    case methodsKind = "methods.kind"
    case methodsText = "methods.text"
    case methodsReference = "methods.reference"
    case methodsAnnexReference = "methods.annex_reference"
    case kindCorrection = "kind.correction"
    case kindTotal = "kind.total"
    case kindIncomplete = "kind.incomplete"
    case kindBoundary = "kind.boundary"
    case kindShares = "kind.shares"
    case kindSuspicion = "kind.suspicion"
    case kindName = "kind.name"
    case tableCount = "table.count"
    case tableCode = "table.code"
    case sourceLine = "source.line"
    case citeSection = "cite.section"
    case citeAppendix = "cite.appendix"
    case citePart = "cite.part"
    case citePartPages = "cite.part_pages"
    case citePage = "cite.page"
    case citePages = "cite.pages"
    case citeFromPage = "cite.from_page"
    case citationDerivedFrom = "citation.derived_from"
    case citationFile = "citation.file"
    case citationLine = "citation.line"
    case citationCorrected = "citation.corrected"
    case citationSumOfRows = "citation.sum_of_rows"
    case citationRatio = "citation.ratio"
    case citationSumOne = "citation.sum.one"
    case citationSumOther = "citation.sum.other"
    case citationPublishedShare = "citation.published_share"
    case citationBoundaryConversion = "citation.boundary_conversion"
    case noteReference = "note.reference"
    case noteReferences = "note.references"
    case documentSubject = "document.subject"
    case documentKeywords = "document.keywords"
    case annexSource = "annex.source"
    case annexNotes = "annex.notes"
    case annexRankings = "annex.rankings"
    case annexContents = "annex.contents"
    case annexSymbols = "annex.symbols"
    case annexKeyFigures = "annex.key_figures"
    case annexKeyChange = "annex.key_change"
    case annexPublished = "annex.published"
    case annexDownloads = "annex.downloads"
    case annexShownColumns = "annex.shown_columns"
    case downloadXLSX = "download.xlsx"
    case downloadODS = "download.ods"
    case downloadFiguresCSV = "download.figures_csv"
    case downloadFiguresJSON = "download.figures_json"
    case downloadTableCSV = "download.table_csv"
    case dateFormat = "date.format"
    case month1 = "month.1"
    case month2 = "month.2"
    case month3 = "month.3"
    case month4 = "month.4"
    case month5 = "month.5"
    case month6 = "month.6"
    case month7 = "month.7"
    case month8 = "month.8"
    case month9 = "month.9"
    case month10 = "month.10"
    case month11 = "month.11"
    case month12 = "month.12"
    case rowRegion = "row.region"
    case rowMeasure = "row.measure"
    case rowSum = "row.sum"
    case rowSumAsTotal = "row.sum_as_total"
    case rowPublishedTotal = "row.published_total"
    case regionNetherlands = "region.netherlands"
    case columnChange = "column.change"
    case columnChangePct = "column.change_pct"
    case columnShareNational = "column.share_national"
    case columnShareTotal = "column.share_total"
    case columnShareTable = "column.share_table"
    case columnShareNamed = "column.share_named"
    case unitPercentagePoints = "unit.percentage_points"
    case columnRate = "column.rate"
    case listAnd = "list.and"
    case listMore = "list.more"
    case countRowOne = "count.row.one"
    case countRowOther = "count.row.other"
    case countPartOne = "count.part.one"
    case countPartOther = "count.part.other"
    case countMunicipalityOne = "count.municipality.one"
    case countMunicipalityOther = "count.municipality.other"
    case discrepancyRows = "discrepancy.rows"
    case discrepancyParts = "discrepancy.parts"
    case discrepancyNounRows = "discrepancy.noun.rows"
    case discrepancyNounParts = "discrepancy.noun.parts"
    case discrepancyComplete = "discrepancy.complete"
    case discrepancyLacking = "discrepancy.lacking"
    case discrepancyProven = "discrepancy.proven"
    case discrepancyOpenOne = "discrepancy.open.one"
    case discrepancyOpenOther = "discrepancy.open.other"
    case incompleteLacking = "incomplete.lacking"
    case incompleteSuppressed = "incomplete.suppressed"
    case incompleteNotComparable = "incomplete.not_comparable"
    case incompletePartial = "incomplete.partial"
    case correction = "correction"
    case correctionBlank = "correction.blank"
    case correctionInherited = "correction.inherited"
    case aliasDoubtful = "alias.doubtful"
    case ranking = "ranking"
    case rankingUnranked = "ranking.unranked"
    case rankingEntry = "ranking.entry"
    case rankingEstimated = "ranking.estimated"
    case boundary = "boundary"
    case convertedMerged = "converted.merged"
    case convertedSplitByKey = "converted.split_by_key"
    case convertedSplitWithoutKey = "converted.split_without_key"
    case sharesCompleteConsistent = "shares.complete_consistent"
    case sharesCompleteInconsistent = "shares.complete_inconsistent"
    case sharesPartialConsistent = "shares.partial_consistent"
    case sharesPartialInconsistent = "shares.partial_inconsistent"
    case sharesMismatch = "shares.mismatch"
    case suspicion = "suspicion"
    case suspicionEqualsSumOfOthers = "suspicion.equals_sum_of_others"
    case suspicionEqualsTotal = "suspicion.equals_total"
    case suspicionNationalSized = "suspicion.national_sized"
    case suspicionJump = "suspicion.jump"
    case suspicionShiftedDown = "suspicion.shifted_down"
    case suspicionShiftedUp = "suspicion.shifted_up"
    case findingBoundaryOne = "finding.boundary.one"
    case findingBoundaryOther = "finding.boundary.other"
    case findingTotalOne = "finding.total.one"
    case findingTotalOther = "finding.total.other"
    case findingIncompleteOne = "finding.incomplete.one"
    case findingIncompleteOther = "finding.incomplete.other"
    case findingSharesOne = "finding.shares.one"
    case findingSharesOther = "finding.shares.other"
    case findingSuspicionOne = "finding.suspicion.one"
    case findingSuspicionOther = "finding.suspicion.other"
    case findingCorrectionOne = "finding.correction.one"
    case findingCorrectionOther = "finding.correction.other"
    case findingNameOne = "finding.name.one"
    case findingNameOther = "finding.name.other"
    case findingsSummary = "findings.summary"
    case findingsNone = "findings.none"
    case coverage = "coverage"
    case coverageWithout = "coverage.without"
    case coverageNonexistent = "coverage.nonexistent"
    case countRegionOne = "count.region.one"
    case countRegionOther = "count.region.other"
    case figureCaption = "figure.caption"
    case figureSheet = "figure.sheet"
    case figureNumbers = "figure.numbers"
    case figurePNG = "figure.png"
    case figureSheetChart = "figure.sheet_chart"
    case figureSheetImage = "figure.sheet_image"
    case figureDescription = "figure.description"
    case figurePeriod = "figure.period"
    case figureComparison = "figure.comparison"
    case legendBelow = "legend.below"
    case legendBetween = "legend.between"
    case legendAbove = "legend.above"
    case legendAll = "legend.all"
    case legendMissing = "legend.missing"
    case legendSuppressed = "legend.suppressed"
    case legendNotComparable = "legend.not_comparable"
    case legendIncomplete = "legend.incomplete"
    case legendEstimated = "legend.estimated"
    case altKindLine = "alt.kind.line"
    case altKindBars = "alt.kind.bars"
    case altKindStacked = "alt.kind.stacked"
    case altKindChange = "alt.kind.change"
    case altKindRanking = "alt.kind.ranking"
    case altKindMapGemeente = "alt.kind.map_gemeente"
    case altKindMapArrondissement = "alt.kind.map_arrondissement"
    case altKindMapProvincie = "alt.kind.map_provincie"
    case altChart = "alt.chart"
    case altMap = "alt.map"
    case altExtremes = "alt.extremes"
    case altOnly = "alt.only"
    case altValue = "alt.value"
    case altValueIn = "alt.value_in"
    case altChange = "alt.change"
    case altWithout = "alt.without"
    case altIncomplete = "alt.incomplete"
    case altTotal = "alt.total"
    case altRanking = "alt.ranking"
    case verifyLine = "verify.line"
    case verifyVerdictConsistent = "verify.verdict.consistent"
    case verifyVerdictInconsistent = "verify.verdict.inconsistent"
    case verifyVerdictUnverifiable = "verify.verdict.unverifiable"
    case verifyKindChange = "verify.kind.change"
    case verifyKindPoints = "verify.kind.points"
    case verifyKindDifference = "verify.kind.difference"
    case verifyKindShare = "verify.kind.share"
    case verifyKindSum = "verify.kind.sum"
    case verifyKindCount = "verify.kind.count"
    case verifyKindRank = "verify.kind.rank"
    case verifyKindAverage = "verify.kind.average"
    case verifyKindRatio = "verify.kind.ratio"
    case verifyClaimsOne = "verify.claims.one"
    case verifyClaimsOther = "verify.claims.other"
    case verifySummary = "verify.summary"
    case verifySummaryKind = "verify.summary.kind"
    case verifySummaryNone = "verify.summary.none"
    case verifyNothingChecked = "verify.nothing_checked"
    case verifyColumnLine = "verify.column.line"
    case verifyColumnKind = "verify.column.kind"
    case verifyColumnClaimed = "verify.column.claimed"
    case verifyColumnRecomputed = "verify.column.recomputed"
    case verifyColumnVerdict = "verify.column.verdict"
    case verifyColumnReason = "verify.column.reason"
    case verifyBasisText = "verify.basis.text"
    case verifyBasisData = "verify.basis.data"
    case verifyBasisMixed = "verify.basis.mixed"
    case verifyComputed = "verify.computed"
    case verifyCalcShare = "verify.calc.share"
    case verifyCalcMean = "verify.calc.mean"
    case verifyCalcWeightedMean = "verify.calc.weighted_mean"
    case verifyCalcItems = "verify.calc.items"
    case verifyCalcExact = "verify.calc.exact"
    case verifyCalcConverted = "verify.calc.converted"
    case verifyPeriodDays = "verify.period.days"
    case verifyPeriodWeeks = "verify.period.weeks"
    case verifyPeriodMonths = "verify.period.months"
    case verifyPeriodYears = "verify.period.years"
    case verifyPeriodDay = "verify.period.day"
    case verifyPeriodWeek = "verify.period.week"
    case verifyPeriodMonth = "verify.period.month"
    case verifyPeriodYear = "verify.period.year"
    case verifyUnitPer = "verify.unit.per"
    case verifyUnitPoints = "verify.unit.points"
    case verifyDoubtNoData = "verify.doubt.no_data"
    case verifyDoubtNoOperands = "verify.doubt.no_operands"
    case verifyDoubtMeasureUnknown = "verify.doubt.measure_unknown"
    case verifyDoubtMeasureAmbiguous = "verify.doubt.measure_ambiguous"
    case verifyDoubtPeriodUnknown = "verify.doubt.period_unknown"
    case verifyDoubtPeriodNotInData = "verify.doubt.period_not_in_data"
    case verifyDoubtRegionNotInData = "verify.doubt.region_not_in_data"
    case verifyDoubtFigureMissing = "verify.doubt.figure_missing"
    case verifyDoubtEstimated = "verify.doubt.estimated"
    case verifyDoubtFromPassage = "verify.doubt.from_passage"
    case verifyDoubtCorrectedOnPassage = "verify.doubt.corrected_on_passage"
    case verifyDoubtScope = "verify.doubt.scope"
    case verifyDoubtContextScope = "verify.doubt.context_scope"
    case verifyDoubtContextRegion = "verify.doubt.context_region"
    case verifyDoubtNoWhole = "verify.doubt.no_whole"
    case verifyDoubtVague = "verify.doubt.vague"
    case verifyDoubtTooFewPeriods = "verify.doubt.too_few_periods"
    case verifyDoubtPartsOfDifferentTotals = "verify.doubt.parts_of_different_totals"
    case verifyDoubtNotASum = "verify.doubt.not_a_sum"
    case verifyDoubtNotAMean = "verify.doubt.not_a_mean"
    case verifyDoubtNotAShare = "verify.doubt.not_a_share"
    case verifyDoubtWeaklyBound = "verify.doubt.weakly_bound"
    case verifyDoubtGroupSizesMissing = "verify.doubt.group_sizes_missing"
    case verifyDoubtUnitsDiffer = "verify.doubt.units_differ"
    case verifyDoubtScaleUnstated = "verify.doubt.scale_unstated"
    case verifyDimensionSource = "verify.dimension.source"
    case verifyDimensionSector = "verify.dimension.sector"
    case verifyDimensionPopulation = "verify.dimension.population"
    case verifyStatusMissing = "verify.status.missing"
    case verifyStatusSuppressed = "verify.status.suppressed"
    case verifyStatusNotApplicable = "verify.status.not_applicable"
    case verifyStatusNotComparable = "verify.status.not_comparable"
    case verifyStatusIncomplete = "verify.status.incomplete"
    case verifyDiagnosis = "verify.diagnosis"
    case verifyDiagnosisLaterBase = "verify.diagnosis.later_base"
    case verifyDiagnosisLaterValue = "verify.diagnosis.later_value"
    case verifyDiagnosisOtherGroupBase = "verify.diagnosis.other_group_base"
    case verifyDiagnosisDirection = "verify.diagnosis.direction"
    case verifyDiagnosisOtherYears = "verify.diagnosis.other_years"
    case verifyDiagnosisPointsForPercent = "verify.diagnosis.points_for_percent"
    case verifyDiagnosisPercentForPoints = "verify.diagnosis.percent_for_points"
    case verifyDiagnosisIndexPoints = "verify.diagnosis.index_points"
    case verifyDiagnosisOtherRegion = "verify.diagnosis.other_region"
    case verifyDiagnosisRank = "verify.diagnosis.rank"
    case verifyDiagnosisRoundedParts = "verify.diagnosis.rounded_parts"
    case verifyDiagnosisImpossibleDecrease = "verify.diagnosis.impossible_decrease"
    case verifyWordIncrease = "verify.word.increase"
    case verifyWordDecrease = "verify.word.decrease"

    /// The placeholders the text must use, each exactly by this name.
    public var placeholders: [String] {
        switch self {
        case .explainEstimated, .explainMissing, .explainSuppressed, .explainNotComparable, .explainNil:
            ["marker"]
        case .markerItem:
            ["marker", "meaning"]
        case .markersSheet:
            ["items", "sheet"]
        case .markersAnnex:
            ["items"]
        case .sourceLine:
            ["source"]
        case .citeSection, .citeAppendix:
            ["section"]
        case .citePart:
            ["name", "section"]
        case .citePartPages:
            ["name", "pages", "section"]
        case .citePage, .citeFromPage:
            ["page"]
        case .citePages:
            ["first", "last"]
        case .citationDerivedFrom:
            ["source"]
        case .citationFile:
            ["file"]
        case .citationLine:
            ["line"]
        case .citationCorrected:
            ["evidence"]
        case .citationSumOfRows:
            ["table"]
        case .citationRatio:
            ["denominator", "numerator", "per"]
        case .citationSumOne, .citationSumOther:
            ["count"]
        case .citationPublishedShare:
            ["share"]
        case .citationBoundaryConversion:
            ["municipalities", "year"]
        case .methodsReference:
            ["sheet"]
        case .annexKeyChange:
            ["change", "period"]
        case .annexShownColumns:
            ["count", "file", "sheet"]
        case .dateFormat:
            ["day", "month", "year"]
        case .noteReference:
            ["number"]
        case .noteReferences:
            ["references", "sheet"]
        case .documentSubject:
            ["id"]
        case .columnChange, .columnChangePct:
            ["from", "to"]
        case .columnShareNational, .columnShareTotal, .columnShareTable, .columnRate:
            ["period"]
        case .columnShareNamed:
            ["name", "period"]
        case .listAnd:
            ["first", "last"]
        case .listMore, .discrepancyLacking, .incompleteLacking:
            ["count", "names"]
        case .countRowOne, .countRowOther, .countPartOne, .countPartOther, .countMunicipalityOne,
            .countMunicipalityOther,
             .findingBoundaryOne, .findingBoundaryOther, .findingTotalOne, .findingTotalOther, .findingIncompleteOne,
             .findingIncompleteOther, .findingSharesOne, .findingSharesOther, .findingSuspicionOne,
             .findingSuspicionOther, .findingCorrectionOne, .findingCorrectionOther, .findingNameOne,
             .findingNameOther:
            ["count"]
        case .findingsSummary:
            ["counts"]
        case .discrepancyRows:
            ["measure", "period", "published"]
        case .discrepancyParts:
            ["parts", "period", "published", "total"]
        case .discrepancyComplete:
            ["difference", "known", "noun", "what"]
        case .discrepancyProven, .discrepancyOpenOne, .discrepancyOpenOther:
            ["difference", "known", "lacking", "noun", "what"]
        case .incompleteSuppressed, .incompleteNotComparable:
            ["lacking", "measure", "period", "region"]
        case .incompletePartial:
            ["lacking", "measure", "period", "region", "sum"]
        case .correction:
            ["corrected", "evidence", "measure", "period", "published", "region"]
        case .correctionInherited:
            ["table"]
        case .aliasDoubtful:
            ["municipality", "note", "printed"]
        case .ranking:
            ["entries", "measure", "period"]
        case .rankingUnranked:
            ["count", "entries", "measure", "period"]
        case .rankingEntry:
            ["rank", "region", "value"]
        case .rankingEstimated:
            ["value"]
        case .boundary:
            ["year"]
        case .convertedMerged, .convertedSplitByKey:
            ["names", "period", "region", "year"]
        case .convertedSplitWithoutKey:
            ["names", "period", "region"]
        case .sharesCompleteConsistent, .sharesCompleteInconsistent:
            ["measure", "period", "size", "sum"]
        case .sharesPartialConsistent, .sharesPartialInconsistent:
            ["count", "measure", "names", "period", "size", "sum"]
        case .sharesMismatch:
            ["counted", "measure", "period", "published", "region"]
        case .suspicion:
            ["evidence", "measure", "period"]
        case .suspicionEqualsSumOfOthers, .suspicionEqualsTotal:
            ["region", "value"]
        case .suspicionNationalSized:
            ["region", "share", "value"]
        case .suspicionJump:
            ["before", "earlier", "factor", "period", "region", "value"]
        case .suspicionShiftedDown, .suspicionShiftedUp:
            ["earlier", "names", "period"]
        case .coverage:
            ["covered", "existing", "period", "table"]
        case .coverageWithout:
            ["names"]
        case .coverageNonexistent:
            ["names", "period"]
        case .countRegionOne, .countRegionOther, .altKindRanking:
            ["count"]
        case .figureCaption:
            ["number", "title"]
        case .figureSheet:
            ["number"]
        case .figureSheetImage:
            ["sheets"]
        case .figureDescription:
            ["text"]
        case .legendBelow:
            ["upper"]
        case .legendBetween:
            ["lower", "upper"]
        case .legendAbove:
            ["lower"]
        case .legendMissing, .legendSuppressed, .legendNotComparable:
            ["marker"]
        case .altChart:
            ["kind", "series"]
        case .altMap:
            ["classes", "kind", "measure", "periods"]
        case .altExtremes:
            ["highest", "lowest", "series"]
        case .altValue:
            ["name", "value"]
        case .altOnly:
            ["series", "value"]
        case .altValueIn:
            ["period", "value"]
        case .altChange:
            ["change", "from", "series", "to"]
        case .altWithout, .altIncomplete:
            ["count", "series"]
        case .altTotal:
            ["region", "values"]
        case .altRanking:
            ["entries", "series"]
        case .verifyLine:
            ["line"]
        case .verifyDoubtFromPassage, .verifyDoubtCorrectedOnPassage:
            ["figure", "line"]
        case .verifyClaimsOne, .verifyClaimsOther:
            ["count"]
        case .verifySummary:
            ["claims", "verdicts"]
        case .verifySummaryKind:
            ["count", "kind", "verdicts"]
        case .verifyComputed:
            ["basis", "calculation", "result"]
        case .verifyCalcShare:
            ["part", "whole"]
        case .verifyCalcMean:
            ["span"]
        case .verifyCalcWeightedMean:
            ["values", "weights"]
        case .verifyCalcItems:
            ["count"]
        case .verifyCalcExact:
            ["value"]
        case .verifyCalcConverted:
            ["value", "from", "to"]
        case .verifyUnitPer:
            ["scale"]
        case .verifyDoubtMeasureAmbiguous:
            ["measures"]
        case .verifyDoubtPeriodNotInData:
            ["period", "table"]
        case .verifyDoubtRegionNotInData:
            ["region", "table"]
        case .verifyDoubtFigureMissing:
            ["figure", "status"]
        case .verifyDoubtEstimated:
            ["figure"]
        case .verifyDoubtScope:
            ["declared", "dimension", "named", "table"]
        case .verifyDoubtContextScope:
            ["dimension", "named", "table"]
        case .verifyDoubtContextRegion:
            ["region"]
        case .verifyDoubtVague:
            ["word"]
        case .verifyDoubtScaleUnstated:
            ["factor"]
        case .verifyDiagnosis:
            ["text"]
        case .verifyDiagnosisLaterBase:
            ["period"]
        case .verifyDiagnosisDirection:
            ["direction"]
        case .verifyDiagnosisOtherYears:
            ["earlier", "later"]
        case .verifyDiagnosisPointsForPercent, .verifyDiagnosisIndexPoints:
            ["points"]
        case .verifyDiagnosisPercentForPoints:
            ["relative"]
        case .verifyDiagnosisOtherRegion:
            ["region"]
        case .verifyDiagnosisRank:
            ["holder", "position", "rank", "region", "value"]
        case .verifyDiagnosisRoundedParts:
            ["parts"]
        default:
            []
        }
    }
}
