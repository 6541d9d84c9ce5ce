/// The Dutch sentences under a table and in the build output: discrepancies, gaps, corrections.
/// One place, so the annex and the console say the same thing.
public enum NoteText {
    public static func discrepancy(_ item: TotalDiscrepancy) -> String {
        let published = DutchFormat.count(item.published)
        let known = DutchFormat.count(item.sumOfKnown)
        let difference = DutchFormat.count(item.difference)
        let what: String
        switch item.kind {
        case .rows:
            what = "Gepubliceerd totaal \(item.measure.label) \(item.period): \(published)"
        case .parts(let total, let parts):
            what = "\(total.label) \(item.period): gepubliceerd \(published), delen (\(parts.map(\.label).joined(separator: " + ")))"
        }
        let noun = item.kind == .rows ? "rijen" : "delen"
        let lackingNoun = item.kind == .rows ? counted(item.withoutFigure.count, "rij", "rijen") : counted(item.withoutFigure.count, "deel", "delen")
        if item.withoutFigure.isEmpty {
            return "\(what); som van de \(noun): \(known); verschil \(difference)."
        }
        let lacking = "\(lackingNoun) zonder cijfer (\(list(item.withoutFigure)))"
        if item.isProven {
            return "\(what); alleen de \(noun) met een cijfer tellen al op tot \(known) (verschil \(difference)); \(lacking)."
        }
        let verb = item.withoutFigure.count == 1 ? "zou" : "zouden samen"
        return "\(what); de \(noun) met een cijfer tellen op tot \(known); niet te controleren: de \(lacking) "
            + "\(verb) \(difference) moeten zijn."
    }

    public static func incomplete(_ item: IncompleteAggregate) -> String {
        let lacking = "\(counted(item.lacking.count, "gemeente", "gemeenten")) zonder (volledig) cijfer (\(list(item.lacking)))"
        let what = "\(item.region.name), \(item.measure.label) \(item.period)"
        switch item.status {
        case .suppressed:
            return "\(what): geheim, want er is een geheim cijfer bij; \(lacking)."
        case .notComparable:
            return "\(what): niet vergelijkbaar; \(lacking)."
        default:
            return "\(what): onvolledig, want \(lacking); som van de overige gemeenten: \(DutchFormat.count(item.partialSum))."
        }
    }

    public static func correction(_ item: AppliedCorrection) -> String {
        func show(_ amount: Amount) -> String { amount.double.map(DutchFormat.count) ?? "leeg" }
        return "Gecorrigeerd: \(item.region.name), \(item.measure.label) \(item.period): gepubliceerd \(show(item.published)), "
            + "hier \(show(item.corrected)). Bewijs: \(item.evidence)."
    }

    public static func doubtfulAlias(_ use: AliasUse) -> String {
        "'\(use.printed)' is gelezen als \(use.municipality.name); \(use.alias.note)."
    }

    public static func ranking(_ ranking: Ranking) -> String {
        let entries = ranking.entries.map {
            "\($0.rank). \($0.region.name) (\($0.estimated ? "geschat " : "")\(DutchFormat.count($0.value)))"
        }
        let gap = ranking.unranked == 0 ? "" : " (\(ranking.unranked) zonder cijfer niet gerangschikt)"
        return "\(ranking.measure.label) \(ranking.period): \(entries.joined(separator: ", "))\(gap)"
    }

    public static func boundary(_ year: Int) -> String {
        "Alle cijfers zijn omgerekend naar de gemeentelijke indeling van \(year): gemeenten die later zijn samengevoegd, "
            + "zijn opgeteld bij de gemeente waarin ze zijn opgegaan."
    }

    public static func converted(_ item: ConvertedFigure, year: Int) -> String {
        let names = item.predecessors.map(\.name)
        let joined = names.count > 1 ? names.dropLast().joined(separator: ", ") + " en " + names.last! : names.joined()
        switch item.kind {
        case .merged:
            return "\(item.region.name) \(item.period): omgerekend naar gemeentelijke indeling \(year), met \(joined)."
        case .splitByKey:
            return "\(item.region.name) \(item.period): omgerekend naar gemeentelijke indeling \(year); het deel van \(joined) is geschat met een verdeelsleutel."
        case .splitWithoutKey:
            return "\(item.region.name) \(item.period): niet vergelijkbaar, want \(joined) is over meer gemeenten verdeeld "
                + "en er is geen verdeelsleutel."
        }
    }

    public static func coverage(_ item: Coverage) -> String {
        var text = "\(item.table) \(item.period): \(item.covered) van de \(item.existing) gemeenten hebben een cijfer"
        if !item.withoutFigure.isEmpty { text += "; zonder cijfer: \(list(item.withoutFigure, limit: 12))" }
        if !item.nonexistent.isEmpty {
            text += "; cijfers voor gemeenten die in \(item.period) niet bestonden: \(list(item.nonexistent, limit: 12))"
        }
        return text + "."
    }

    public static func shareCheck(_ item: ShareCheck) -> String {
        let sum = DutchFormat.number(Exact(item.sum), decimals: 1)
        let what = "Gepubliceerde aandelen \(item.measure.label) \(item.period)"
        if item.isComplete {
            return item.isConsistent ? "\(what): alle \(item.levelSize) regio's, samen \(sum)% (klopt binnen afronding)."
                : "\(what): alle \(item.levelSize) regio's, maar samen \(sum)% in plaats van 100%."
        }
        let known = "gepubliceerd voor \(item.regions.count) van de \(item.levelSize) regio's (\(list(item.regions))), samen \(sum)%"
        return item.isConsistent ? "\(what): \(known); de andere regio's zijn onbekend."
            : "\(what): \(known): meer dan 100%, dus onmogelijk."
    }

    public static func shareMismatch(_ item: ShareMismatch) -> String {
        "\(item.region.name), \(item.measure.label) \(item.period): gepubliceerd aandeel "
            + "\(DutchFormat.number(Exact(item.publishedShare), decimals: 1))%, maar het getelde cijfer is "
            + "\(DutchFormat.number(Exact(item.countedShare), decimals: 1))% van het landelijk totaal."
    }

    public static func suspicion(_ item: Suspicion) -> String {
        "Verdacht in de gepubliceerde tabel (\(item.measure.label) \(item.period)): \(item.evidence)."
    }

    /// All notes of a table, in the order the annex shows them: its numbered notes in full, then
    /// the notes the build writes itself.
    public static func notes(for table: ComputedTable) -> [String] {
        table.footnotes.map { "\($0.reference) \($0.text)" } + generated(for: table)
    }

    /// 'Noten: [noot 1], [noot 3]', the line on a table sheet that points to the notes sheet.
    public static func references(_ footnotes: [Footnote]) -> String? {
        footnotes.isEmpty ? nil : "Noten: " + footnotes.map(\.reference).joined(separator: ", ") + " (zie werkblad Noten)"
    }

    /// The notes the build writes itself: boundaries, markers, totals, gaps, corrections, checks.
    public static func generated(for table: ComputedTable) -> [String] {
        (table.boundaryYear.map { [boundary($0)] } ?? [])
            + table.markersUsed.map { "Teken: " + DutchFormat.markerExplanation($0) }
            + table.discrepancies.map(discrepancy)
            + table.incomplete.map(incomplete)
            + table.converted.map { converted($0, year: table.boundaryYear ?? 0) }
            + table.shareChecks.map(shareCheck)
            + table.shareMismatches.map(shareMismatch)
            + table.suspicions.map(suspicion)
            + table.corrections.map(correction)
            + table.doubtfulAliases.map(doubtfulAlias)
    }

    /// "1 rij", "3 rijen".
    static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    static func list(_ names: [String], limit: Int = 8) -> String {
        guard names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + " en \(names.count - limit) andere"
    }
}
