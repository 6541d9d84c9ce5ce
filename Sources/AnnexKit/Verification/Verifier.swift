/// Finds the quantitative claims of a text and checks each: from the numbers the text itself gives
/// (no report needed), else against a report's figures. When in doubt a claim is `unverifiable`:
/// a false alarm is worse than a miss.
public struct Verifier: Sendable {
    let index: FigureIndex?
    private(set) var vocabulary: Vocabulary
    let names: RegionNames

    /// A verifier for `report`'s figures, their sources cited in the words of `words`; without a report only the
    /// text's own numbers are checked.
    public init(report: ComputedReport?, citing words: CitationWords, vocabulary: Vocabulary = .empty,
                gazetteer: Gazetteer? = nil) {
        index = report.map { FigureIndex(report: $0, citing: words) }
        self.vocabulary = vocabulary
        names = RegionNames(gazetteer: gazetteer, synonyms: vocabulary.regions ?? [:])
    }

    /// The same verifier with other words for the report's measures (to see what the words decide).
    func with(_ vocabulary: Vocabulary) -> Verifier {
        var copy = self
        copy.vocabulary = vocabulary
        return copy
    }

    public func verify(_ document: TextDocument) -> [VerifiedClaim] {
        var result: [VerifiedClaim] = []
        verify(document) { result.append($0) }
        return result
    }

    /// Checks the claims of `document` sentence by sentence, handing each to `body` as it is checked.
    /// A sentence is checked once the next one is read, for the start value that one may give; past one without
    /// numbers in its paragraph ('Klopt het dat … met 40 procent is gestegen? Antwoord: ja. In 2023 …'), once the
    /// one after that is read too, for the values it may give.
    public func verify(_ document: TextDocument, each body: (VerifiedClaim) -> Void) {
        var discourse = Discourse()
        var headings = HeadingScopes()
        var pending: [SentenceAnalysis] = []
        var block = ValueLineBlock()
        let source = SourceText(document, lines: index?.sourceLines ?? [])
        // The claims of a table's total rows, handed on after the sentences read before them.
        var tableClaims: [VerifiedClaim] = []
        func flush(before following: SentenceAnalysis?) {
            let withNumbers = following.flatMap { $0.numberIndices.isEmpty ? nil : $0 }
            for (offset, sentence) in pending.enumerated() {
                discourse.enter(sentence.sentence) { headings.scope(of: sentence.sentence.heading, in: self) }
                if let joined = block.joined(above: sentence.sentence, names: names) {
                    let parser = ClaimParser(
                        analysis: joined.analysis, discourse: joined.before, withData: index != nil, next: nil,
                        nextWithNumbers: nil)
                    var read = summary(
                        of: joined.analysis, parser: parser, claims: [], bindings: [:], binder: nil,
                        discourse: joined.before)
                    read.periodSeries = joined.series
                    discourse.join(last: joined.lines, as: read)
                }
                block.enter(sentence, discourse: discourse)
                let next = offset + 1 < pending.count ? pending[offset + 1] : following
                check(
                    sentence, next: next, nextWithNumbers: next?.numberIndices.isEmpty == false ? next : withNumbers,
                    source: source, discourse: &discourse, body)
            }
            tableClaims.forEach(body)
            tableClaims = []
        }
        document.forEachSentence { sentence in
            if sentence.tableTotal != nil || sentence.tableShares != nil {
                tableClaims += checkTable(sentence)
                return
            }
            let analysis = SentenceAnalysis(sentence, names: names)
            if pending.count == 1, analysis.numberIndices.isEmpty, sentence.paragraph == pending[0].sentence.paragraph {
                pending.append(analysis)
                return
            }
            flush(before: analysis)
            pending = [analysis]
        }
        flush(before: nil)
    }

    /// The sums of a table's total row (`TableTotal`), and the shares, changes, rates and products of a row
    /// (`TableShareRow`, `TableRowColumns`), checked by the table's own rows alone: no sentence before or after it
    /// takes part.
    private func checkTable(_ sentence: Sentence) -> [VerifiedClaim] {
        let analysis = SentenceAnalysis(sentence, names: names)
        let parser = ClaimParser(analysis: analysis, discourse: Discourse(), withData: false)
        let claims =
            parser.tableTotalClaims() + parser.tableShareClaims() + parser.tableChangeClaims()
            + parser.tableRateClaims()
        return claims.map {
            Self.check($0, in: CheckContext(analysis: analysis, discourse: Discourse(), binder: nil))
        }
    }

    /// The scope each heading names, worked out once per heading.
    private struct HeadingScopes {
        private var last: (heading: String, scope: [ScopeDimension: Set<String>])?

        mutating func scope(of heading: String, in verifier: Verifier) -> [ScopeDimension: Set<String>] {
            if let last, last.heading == heading { return last.scope }
            let scope = verifier.scope(in: heading)
            last = (heading, scope)
            return scope
        }
    }

    /// Checks the claims of one sentence and records what it leaves for the next.
    private func check(
        _ analysis: SentenceAnalysis, next: SentenceAnalysis?, nextWithNumbers: SentenceAnalysis?, source: SourceText,
        discourse: inout Discourse, _ body: (VerifiedClaim) -> Void
    ) {
        let parser = ClaimParser(
            analysis: analysis, discourse: discourse, withData: index != nil, next: next,
            nextWithNumbers: nextWithNumbers)
        // A value of a line of values between '|' marks is an operand only.
        let claims = analysis.sentence.isListedValue ? [] : parser.claims()
        var binder =
            claims.isEmpty
            ? nil
            : index.map {
                DataBinder(index: $0, vocabulary: vocabulary, analysis: analysis, discourse: discourse, source: source)
            }
        var bindings: [Int: Binding] = [:]
        let contradicted = Self.contradictedTotals(
            claims, in: CheckContext(analysis: analysis, discourse: discourse, binder: binder))
        for claim in claims.map({ Self.weakening(contradicted, in: $0) }) {
            let context = CheckContext(analysis: analysis, discourse: discourse, binder: binder)
            let checked = Self.check(claim, in: context)
            // A figure whose sentence names nothing the report has is no claim about the report.
            if [.count, .rank].contains(claim.kind), case .measureUnknown? = checked.finding.doubt { continue }
            // A table's row checks its shares by the table's own cells (`checkTable`), not for want of a report.
            if claim.kind == .share, analysis.sentence.isTableRow, case .noData? = checked.finding.doubt { continue }
            body(checked)
            if case .success(let binding)? = binder?.bind(claim.site) {
                bindings[claim.site] = binding
                let clause = analysis.clauseOf[claim.site]
                if binder?.clauseBindings[clause] == nil { binder?.clauseBindings[clause] = binding }
            }
        }
        var read = summary(
            of: analysis, parser: parser, claims: claims, bindings: bindings, binder: binder, discourse: discourse)
        read.statesNoValue = Self.statesNoValue(analysis, parser: parser, claims: claims)
        read.restatesShare = Self.restatesShare(analysis, claims: claims)
        read.split = parser.splitWhole(of: claims)
        read.relativeSplit = parser.relativeSplit()
        read.chainLink = parser.chainLink(of: claims)
        discourse.leave(read, scope: scope(in: analysis), regions: analysis.regions)
    }

    /// The sums among `claims` that the text's numbers speak against ('Samen € 1.912' after € 632 and € 1.180), by
    /// site: true when they contradict it, false when they are not bound to it beyond doubt (`Doubt.weaklyBound`).
    private static func contradictedTotals(_ claims: [Claim], in context: CheckContext) -> [Int: Bool] {
        var totals: [Int: Bool] = [:]
        for claim in claims where claim.kind == .sum {
            let checked = check(claim, in: context)
            if checked.verdict == .inconsistent { totals[claim.site] = true }
            if case .weaklyBound? = checked.finding.doubt { totals[claim.site] = false }
        }
        return totals
    }

    /// `claim` with each operand that is a total of `contradicted` bound against it
    /// (`OperandBinding.Evidence.contradictedTotal`): a share of a wrong total may be right of the right one. A total
    /// the text speaks against only weakly counts so as a part alone: as a whole it may be that of a selection.
    private static func weakening(_ contradicted: [Int: Bool], in claim: Claim) -> Claim {
        guard !contradicted.isEmpty, contradicted[claim.site] == nil else { return claim }
        var weakened = claim.mapOperands { operand in
            guard let token = operand.token, contradicted[token] == true else { return operand }
            return operand.adding(.contradictedTotal)
        }
        if let part = claim.part, let token = part.token, contradicted[token] == false {
            weakened.part = part.adding(.contradictedTotal)
        }
        return weakened
    }

    /// The kinds of claim that state a change of values said elsewhere, no value of their own.
    private static let changeKinds: Set<ClaimKind> = [.change, .points, .difference]

    /// Whether a sentence states no value: it has no number and no word of direction ('Dan neemt u eerst het
    /// verschil.'; 'Na een campagne nam de bereidheid toe.' is a change of something else), or its numbers are all
    /// changes ('Dat is een stijging van 6 procentpunt.').
    private static func statesNoValue(_ analysis: SentenceAnalysis, parser: ClaimParser, claims: [Claim]) -> Bool {
        let changes = Set(claims.filter { changeKinds.contains($0.kind) }.map(\.site))
        if analysis.numberIndices.isEmpty { return parser.directions(in: analysis.tokens.indices).isEmpty }
        return analysis.numberIndices.allSatisfy(changes.contains)
    }

    /// Whether each of a sentence's numbers (one at least) is a share whose part and whole it takes from the sentence
    /// before ('Dat is 57 procent van het totaal.'): it restates, and gives no value of its own.
    private static func restatesShare(_ analysis: SentenceAnalysis, claims: [Claim]) -> Bool {
        let restated = Set(
            claims.filter { $0.kind == .share && $0.part?.token == nil && $0.whole?.token == nil && $0.part != nil }
                .map(\.site))
        return !analysis.numberIndices.isEmpty && analysis.numberIndices.allSatisfy(restated.contains)
    }

    /// What a sentence leaves for the next: its topic, periods and the values the next may take.
    private func summary(
        of analysis: SentenceAnalysis, parser: ClaimParser, claims: [Claim], bindings: [Int: Binding],
        binder: DataBinder?, discourse: Discourse
    ) -> Discourse.Summary {
        let topic = Self.topic(
            of: analysis, bindings: bindings, binder: binder, discourse: discourse,
            startValues: Set(parser.pairs.map(\.from)), gaps: Self.gaps(of: claims))
        let frame = analysis.numberIndices.first.map { analysis.frame(for: $0, discourse: discourse) } ?? PeriodFrame()
        var summary = Discourse.Summary(
            topic: topic, frame: frame.inherited ? PeriodFrame() : frame,
            year: topic?.year ?? (frame.inherited ? nil : frame.later))
        summary.memoLabel = analysis.memoLabel
        summary.hasNumbers = !analysis.numberIndices.isEmpty
        summary.labelledLines = parser.carriedLines()
        summary.valueLine = analysis.soleValueLine
        summary.itemList = parser.itemList()
        summary.listTable = parser.listClosedByTotal()
        summary.norms = parser.referenceValues()
        summary.askedWhole = parser.askedWhole()
        summary.classifies = analysis.isClassifyingTitle
        summary.titlesTable = analysis.isUnitTableTitle
        summary.headsTable = analysis.isTableTitle
        summary.selects = analysis.isSelectionTitle
        summary.memoNoun = analysis.memoLabel == nil ? nil : analysis.numberIndices.first.flatMap {
            ReadingSanity.noun(after: $0, in: analysis.tokens)
        }
        summary.titleWords = summary.hasNumbers ? [] : analysis.words(0..<analysis.titleEnd)
        summary.carriesOwnShare = analysis.memoShareValue != nil
        summary.soleLineValue = analysis.soleValueAfterColon.map { parser.operand($0) }
        summary.rowCounts = parser.tableRowCounts()
        summary.unitRates = parser.unitRates()
        // What the next sentence may take of this one is carried over.
        // With several start and end values, the one the next sentence means is not known.
        let several = Set(parser.pairs).count > 1
        summary.pair = parser.lastPair(topic: discourse.topic(needingValue: true)).map {
            several ? ($0.from.carriedOverOneOfSeveral, $0.to.carriedOverOneOfSeveral)
                : ($0.from.carriedOver, $0.to.carriedOver)
        }
        if summary.pair == nil { summary.unorderedLevels = parser.unorderedLevels()?.carriedOver }
        let group = parser.openingGroupWords
        if let pair = summary.pair, !several, !group.isEmpty { summary.groupPair = GroupPair(group: group, pair: pair) }
        // A whole ('9 van de 14 locaties'), and counts of unlike nouns ('410 aanvragen, 220 gesprekken en 95
        // verwijzingen'), may confirm a total the next sentence gives, never contradict it. Amounts name their
        // currency or multiplier after them, not what they count ('30 miljoen euro aan wegen').
        let totals = parser.blockTotals
        // A count of who contributed to a total ('de overige 34 opdrachtgevers samen 542') is no part of a later one.
        let counts = parser.plainCounts().filter { count in
            count.token.map { !totals.contains($0) && !parser.countsContributorsOfTotal($0) } ?? true
        }
        let sites = counts.compactMap(\.token)
        let amounts = sites.contains { analysis.tokens[$0].number?.isAmount ?? false }
        // A signed count the counts leave out ('- korting: € -524,95' among the items) leaves them short of a total;
        // a signed change beside them ('412 jeugdigen (-6%)') does not.
        let signedLeftOut = analysis.numberIndices.contains { index in
            analysis.tokens[index].number.map { $0.sign != nil && $0.unit == .count } == true && !sites.contains(index)
        }
        // A count of units beside an amount per unit ('36 kamers … € 25,50 per maand') adds to nothing.
        let alike = (amounts || ReadingSanity.nounAlike(sites, in: analysis.tokens)) && !signedLeftOut
            && !ReadingSanity.mixesMoney(sites, in: analysis.tokens)
        // Cells of a pasted row the reading could not read ('vo (12–18 jaar; met mbo)  305') may be only the end of
        // their table's rows: they may confirm a total under them, never contradict it.
        let rowCells = analysis.sentence.holdsRowCells
        summary.counts = counts.map { count in
            var carried = count.token.map(parser.isWholeMarked) == true ? count.carriedOverAsWhole : count.carriedOver
            if rowCells { carried = carried.adding(.partOfList) }
            return alike ? carried : carried.adding(.unlikeParts)
        }
        // Rows of two columns ('- Noord: 4.210 (3.980)'), counted over all their values, also those a start and end
        // value leaves out of the counts.
        let rowCounts = parser.numbers(.count, in: analysis.tokens.indices).filter { !totals.contains($0) }
        if let rows = parser.bracketedRows(rowCounts) {
            summary.rowValues = rows.first.map { parser.operand($0).carriedOver }
        }
        summary.countsNoun = parser.countsNoun
        summary.flows = parser.flows().map { ($0.inflow.carriedOver, $0.outflow.carriedOver, $0.natural) }
        summary.soleFlow = parser.soleFlow()
        summary.gap = parser.statedGap()
        summary.paragraphCounts = parser.paragraphCounts()
        summary.countedValues = summary.paragraphCounts.map(\.counted)
        summary.endLevels = parser.endLevelCounts()
        summary.wholeYearLine = parser.statedWholeYear()
        summary.namedCounts = parser.namedCounts()
        summary.openingWhole = parser.openingWhole().map { parser.operand($0).carriedOver }
        summary.chain = parser.countChain()
        summary.series = parser.seriesOperands().map(\.carriedOver)
        summary.list = parser.longestList().map { parser.operand($0).carriedOver }
        summary.listLead = parser.listLead()
        summary.groupShares = parser.groupShares().map {
            (parser.operand($0).carriedOver, parser.operand($1).carriedOver)
        }
        summary.contrast = parser.contrast().map(\.carriedOver)
        summary.contrastGroups = parser.contrastGroups()
        if summary.contrast.isEmpty, let respective = parser.respectiveContrast() {
            summary.contrast = respective.values.map { parser.operand($0).carriedOver }
            summary.contrastGroups = respective.groups
        }
        summary.differenceValues = parser.differenceValues()
        summary.namedValues = parser.namedValues()
        summary.groupValues = parser.groupNamedValues().map { NamedValue(words: $0.words, value: $0.value.carriedOver) }
        summary.valueWords = parser.valueWords()
        summary.soleChanges = [NumberUnit.count, .percent].compactMap(parser.soleChange(of:))
        summary.datedValues = [NumberUnit.count, .percent].compactMap(parser.datedValue(of:))
        let stated = parser.statedPartAndWhole()
        summary.partAndWhole = stated.map { ($0.part.carriedOver, $0.whole.carriedOver) }
        // A part the sentence claims itself ('28% …, zo'n 12.400 mensen': share × whole) is derived as well.
        summary.partIsDerived = stated?.part.token.map { part in
            parser.isDerived(part) || claims.contains { $0.kind == .count && $0.site == part }
        } ?? false
        let counted = stated == nil ? parser.countedPartAndWhole() : nil
        summary.countedPartAndWhole = counted.map { ($0.part.carriedOver, $0.whole.carriedOver) }
        summary.partVerb = (stated?.part ?? counted?.part)?.token.flatMap(parser.closingVerb(ofClauseAt:))
        summary.shareAndWhole = parser.soleShareOfWhole().map {
            (
                $0.share.carriedOver, parser.operand($0.whole).carriedOver,
                ReadingSanity.noun(after: $0.whole, in: analysis.tokens), $0.sets.isEmpty
            )
        }
        summary.partNoun = stated?.part.token.flatMap { ReadingSanity.noun(after: $0, in: analysis.tokens) }
        summary.partWords = stated?.part.token.map(parser.partWords(of:)) ?? []
        summary.negated = Lexicon.saysComplement(analysis.tokens)
        return summary
    }

    /// A claim checked by its kind's checker, in one unit with its operands (`UnitAgreement`).
    static func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        switch UnitAgreement.reading(of: claim, in: context.analysis.tokens) {
        case .unchanged: checker(for: claim).check(claim, in: context)
        case .converted(let converted): checker(for: converted).check(converted, in: context)
        case .unitsDiffer: context.unverifiable(claim, .unitsDiffer)
        }
    }

    /// The checker of a claim's kind; a mean of groups weighted by their sizes, and a side of a written formula, have
    /// one of their own.
    static func checker(for claim: Claim) -> any ClaimChecker {
        if claim.formula != nil { return FormulaChecker() }
        return switch claim.kind {
        case .change: ChangeChecker()
        case .points: PointsChecker()
        case .difference: DifferenceChecker()
        case .share: ShareChecker()
        case .sum: SumChecker()
        case .count: CountChecker()
        case .rank: RankChecker()
        case .average: claim.weights.isEmpty ? AverageChecker() : WeightedMeanChecker()
        case .ratio: RatioChecker()
        }
    }

    // MARK: What a sentence leaves for the next

    /// The tokens of a sentence's differences that are no level of it: each difference's size and the value it is
    /// measured from ('acht meer dan vorig jaar (19)': 'acht' and 19).
    static func gaps(of claims: [Claim]) -> Set<Int> {
        Set(claims.filter { $0.kind == .difference }.flatMap { [$0.site, $0.from?.token].compactMap { $0 } })
    }

    /// The quantity a sentence is about: its total ('in totaal 21.707', 'samen 10.260'), the end value of its change
    /// ('naar 19.910') or its only count, or the only one besides its differences (`gaps`); with the measure it was
    /// bound to. Beside a mean a count after 'samen' is not marked so: 'samen 8.280 hectoliter, gemiddeld 180
    /// hectoliter per klant. Dat is drie keer zoveel …' may speak of the mean. A count in words after 'de' or a
    /// demonstrative counts items the reader knows of ('De opbrengsten van de drie garages …'), no quantity it gives
    /// (`ClaimParser.countsNamedItems`).
    static func topic(
        of analysis: SentenceAnalysis, bindings: [Int: Binding], binder: DataBinder?, discourse: Discourse,
        startValues: Set<Int>, gaps: Set<Int>
    ) -> Topic? {
        let tokens = analysis.tokens
        let counts = analysis.numberIndices.filter {
            tokens[$0].number?.unit == .count && !startValues.contains($0)
                && !ClaimParser.countsNamedItems($0, in: tokens)
        }
        let statesMean = tokens.contains { $0.kind == .word && Lexicon.averageWords.contains($0.text) }
        let markers = ["in totaal", "totaal van", "een totaal van", "naar", "tot"] + (statesMean ? [] : ["samen"])
        let marked = counts.filter { index in
            markers.contains { analysis.phraseStart($0, endingBefore: index) != nil }
        }
        // '27 mensen …, acht meer dan vorig jaar (19)': a difference and the value it is measured from are no level
        // the sentence is about; the one count they leave is.
        let levels = counts.filter { !gaps.contains($0) }
        let site =
            marked.count == 1 ? marked.first : counts.count == 1 ? counts.first : levels.count == 1 ? levels.first : nil
        // Without one count, the sentence is about one quantity only when all its claims are.
        let agreed =
            Set(bindings.values.map { "\($0.measure.id)|\($0.region)" }).count == 1 ? bindings.values.first : nil
        let bound = site.flatMap { bindings[$0] } ?? (site == nil ? agreed : nil)
        guard site != nil || bound != nil else { return nil }
        let place = site.flatMap { binder?.region(for: $0) }
        let region =
            bound.map { ($0.region, $0.regionName) } ?? place.flatMap { $0.defaulted ? nil : ($0.code, $0.name) }
        return Topic(
            value: site.flatMap { tokens[$0].number },
            year: site.flatMap { analysis.frame(for: $0, discourse: discourse).later },
            region: region.flatMap { $0.0 == Region.netherlands.code ? nil : $0 },
            measure: bound?.measure, line: site.map { analysis.line(of: $0) } ?? analysis.sentence.lines.lowerBound,
            noun: site.flatMap { ReadingSanity.noun(after: $0, in: tokens) },
            isStill: site.map { $0 > 0 && tokens[$0 - 1].isWord("nog") } ?? false)
    }

    /// The scope values a text names (a heading).
    func scope(in text: String) -> [ScopeDimension: Set<String>] {
        scope(of: Tokenizer.tokens(Array(text.unicodeScalars)))
    }

    func scope(in analysis: SentenceAnalysis) -> [ScopeDimension: Set<String>] { scope(of: analysis.tokens) }

    private func scope(of tokens: [Token]) -> [ScopeDimension: Set<String>] {
        var result: [ScopeDimension: Set<String>] = [:]
        let words = WordIndex(tokens)
        for (dimension, values) in vocabulary.scopeParts {
            for (value, phrases) in values where phrases.contains(where: words.contains) {
                result[dimension, default: []].insert(value)
            }
        }
        return result
    }
}
