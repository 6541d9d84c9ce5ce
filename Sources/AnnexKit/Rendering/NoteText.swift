/// The sentences under a table and in the build output: discrepancies, gaps, corrections, checks.
/// One place, so the annex and the console say the same thing, in the annex's language.
public struct NoteText {
    let wording: Wording
    /// The table whose spec names the measures; nil: measures by their source-language label.
    let measuresFrom: String?

    public init(_ wording: Wording, measuresFrom: String?) {
        self.wording = wording
        self.measuresFrom = measuresFrom
    }

    public init(_ wording: Wording, table: ComputedTable) {
        self.init(wording, measuresFrom: table.measuresFrom)
    }

    private var numbers: NumberStyle { wording.numbers }
    private func name(_ measure: Measure) -> String { name(measure.id) ?? measure.label }
    private func name(_ id: String) -> String? { measuresFrom.flatMap { wording.report.tables[$0]?.measures[id] } }
    private func percent(_ value: Exact) -> String { numbers.number(value, decimals: CellFormat.percentage.decimals) }
    /// A value of `measure` as its columns show it: 17.386, 12,5, 13,4%.
    private func value(_ value: Exact, of measure: Measure) -> String { numbers.value(value, as: measure.valueFormat) }

    public func discrepancy(_ item: TotalDiscrepancy) -> String {
        let published = value(item.published, of: item.measure)
        let what: String
        let noun: Phrase, one: Phrase, other: Phrase
        var lackingNames = item.withoutFigure
        switch item.kind {
        case .rows:
            what = wording(
                .discrepancyRows, ["measure": name(item.measure), "period": item.period.label, "published": published])
            (noun, one, other) = (.discrepancyNounRows, .countRowOne, .countRowOther)
        case .parts(let total, let parts):
            what = wording(
                .discrepancyParts,
                [
                    "total": name(total), "period": item.period.label, "published": published,
                                                "parts": parts.map(name).joined(separator: " + ")])
            (noun, one, other) = (.discrepancyNounParts, .countPartOne, .countPartOther)
            lackingNames = item.withoutFigure.map { name($0) ?? $0 }
        }
        var values = ["what": what, "noun": wording(noun), "known": value(item.sumOfKnown, of: item.measure),
                      "difference": value(item.difference, of: item.measure)]
        if item.withoutFigure.isEmpty { return wording(.discrepancyComplete, values) }
        values["lacking"] = wording(
            .discrepancyLacking,
            [
                "count": wording.counted(lackingNames.count, one: one, other: other),
                                                          "names": wording.list(lackingNames)])
        if item.isProven { return wording(.discrepancyProven, values) }
        return wording(item.withoutFigure.count == 1 ? .discrepancyOpenOne : .discrepancyOpenOther, values)
    }

    public func incomplete(_ item: IncompleteAggregate) -> String {
        let lacking = wording(.incompleteLacking, [
            "count": wording.counted(item.lacking.count, one: .countMunicipalityOne, other: .countMunicipalityOther),
            "names": wording.list(item.lacking)])
        var values = [
            "region": wording.regionName(item.region), "measure": name(item.measure), "period": item.period.label,
                      "lacking": lacking]
        switch item.status {
        case .suppressed: return wording(.incompleteSuppressed, values)
        case .notComparable: return wording(.incompleteNotComparable, values)
        default:
            values["sum"] = value(item.partialSum, of: item.measure)
            return wording(.incompletePartial, values)
        }
    }

    public func correction(_ item: AppliedCorrection) -> String {
        func show(_ amount: Amount) -> String {
            amount.exact.map { value($0, of: item.measure) } ?? wording(.correctionBlank)
        }
        return wording(.correction, ["region": wording.regionName(item.region), "measure": name(item.measure),
                                     "period": item.period.label, "published": show(item.published),
                "corrected": show(item.corrected),
                "evidence": item.evidence.text(in: wording.language) ?? item.evidence.text,
            ])
    }

    public func doubtfulAlias(_ use: AliasUse) -> String {
        wording(.aliasDoubtful, ["printed": use.printed, "municipality": use.municipality.name,
                                 "note": use.alias.note.text(in: wording.language) ?? use.alias.note.text])
    }

    public func ranking(_ ranking: Ranking) -> String {
        let entries = ranking.entries.map { entry in
            let shown = value(entry.value, of: ranking.measure)
            let value = entry.estimated ? wording(.rankingEstimated, ["value": shown]) : shown
            return wording(.rankingEntry, ["rank": String(entry.rank), "region": wording.regionName(entry.region),
                                           "value": value])
        }.joined(separator: ", ")
        var values = ["measure": name(ranking.measure), "period": ranking.period.label, "entries": entries]
        if ranking.unranked == 0 { return wording(.ranking, values) }
        values["count"] = String(ranking.unranked)
        return wording(.rankingUnranked, values)
    }

    public func boundary(_ year: Int) -> String {
        wording(.boundary, ["year": String(year)])
    }

    public func converted(_ item: ConvertedFigure, year: Int) -> String {
        var values = ["region": wording.regionName(item.region), "period": item.period.label,
                      "names": wording.conjunction(item.predecessors.map(\.name))]
        switch item.kind {
        case .merged:
            values["year"] = String(year)
            return wording(.convertedMerged, values)
        case .splitByKey:
            values["year"] = String(year)
            return wording(.convertedSplitByKey, values)
        case .splitWithoutKey:
            return wording(.convertedSplitWithoutKey, values)
        }
    }

    public func shareCheck(_ item: ShareCheck) -> String {
        var values = ["measure": name(item.measure), "period": item.period.label, "size": String(item.levelSize),
                      "sum": percent(item.sum)]
        if item.isComplete {
            return wording(item.isConsistent ? .sharesCompleteConsistent : .sharesCompleteInconsistent, values)
        }
        values["count"] = String(item.regions.count)
        values["names"] = wording.list(item.regions)
        return wording(item.isConsistent ? .sharesPartialConsistent : .sharesPartialInconsistent, values)
    }

    public func shareMismatch(_ item: ShareMismatch) -> String {
        wording(.sharesMismatch, ["region": wording.regionName(item.region), "measure": name(item.measure),
                                  "period": item.period.label, "published": percent(item.publishedShare),
                                  "counted": percent(item.countedShare)])
    }

    /// What a suspicion rests on, without the measure and period.
    public func evidence(_ item: Suspicion) -> String {
        let region = item.regions.first ?? ""
        func shown(_ exact: Exact) -> String { value(exact, of: item.measure) }
        switch item.evidence {
        case .equalsSumOfOthers(let value):
            return wording(.suspicionEqualsSumOfOthers, ["region": region, "value": shown(value)])
        case .equalsTotal(let value):
            return wording(.suspicionEqualsTotal, ["region": region, "value": shown(value)])
        case .nationalSized(let value, let total):
            return wording(.suspicionNationalSized, ["region": region, "value": shown(value),
                                                     "share": percent(value * 100 / total)])
        case .jump(let before, let earlier, let value):
            return wording(.suspicionJump, ["region": region, "before": shown(before), "earlier": earlier.label,
                                            "value": shown(value), "period": item.period.label,
                                            "factor": numbers.number(max(before / value, value / before), decimals: 1)])
        case .shiftedRows(let earlier, let shift):
            return wording(shift == 1 ? .suspicionShiftedDown : .suspicionShiftedUp,
                           ["earlier": earlier.label, "names": wording.list(item.regions), "period": item.period.label])
        }
    }

    public func suspicion(_ item: Suspicion) -> String {
        wording(.suspicion, ["measure": name(item.measure), "period": item.period.label, "evidence": evidence(item)])
    }

    /// The numbered notes of a table, in full: '[noot 1] Exclusief justitiële jeugdinrichtingen …'.
    public func notes(_ table: ComputedTable) -> [String] {
        table.footnotes.map { wording.reference($0) + " " + wording.footnote($0) }
    }

    /// 'Noten: [noot 1], [noot 3] (zie werkblad Noten)', the line on a table sheet that points to the notes sheet.
    public func references(_ table: ComputedTable) -> String? {
        guard !table.footnotes.isEmpty else { return nil }
        return wording(.noteReferences, ["references": table.footnotes.map(wording.reference).joined(separator: ", "),
                                         "sheet": wording(.sheetNotes)])
    }

    /// The build's findings about a table, in the order the methods show them: boundaries, totals,
    /// gaps, conversions, checks, suspicions, corrections, doubtful names.
    public func findings(_ table: ComputedTable) -> [Finding] {
        func each<Item>(_ kind: Finding.Kind, _ items: [Item], _ text: (Item) -> String) -> [Finding] {
            items.map { Finding(kind: kind, text: text($0)) }
        }
        return each(.boundary, table.boundaryYear.map { [$0] } ?? [], boundary)
            + each(.total, table.discrepancies, discrepancy)
            + each(.incomplete, table.incomplete, incomplete)
            + each(.boundary, table.converted) { converted($0, year: table.boundaryYear ?? 0) }
            + each(.shares, table.shareChecks, shareCheck)
            + each(.shares, table.shareMismatches, shareMismatch)
            + each(.suspicion, table.suspicions, suspicion)
            + each(.correction, table.corrections, correction)
            + each(.name, table.doubtfulAliases, doubtfulAlias)
    }
}

/// One thing the build found about a table, as the methods sheet and section state it.
public struct Finding: Sendable, Hashable {
    /// What the finding is about; the methods sheet names it in its own column.
    /// The raw values are the kinds in `findings.csv`; the console counts them in this order.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case boundary, total, incomplete, shares, suspicion, correction, name
    }

    public let kind: Kind
    public let text: String
    /// The table under which the finding is stated in full, when here it only points there.
    public var statedUnder: String? = nil
}
