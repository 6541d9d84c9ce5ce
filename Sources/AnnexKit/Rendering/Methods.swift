/// The methods ('Verantwoording') of an annex: per table what the build found and which published
/// figures it corrected, with the evidence. Each correction and each doubtful name is stated once,
/// at the first table it applies to; a table added up from corrected figures points there.
/// The workbooks show it as a sheet, the web page and the Markdown as a section.
struct Methods {
    /// The findings of one table; only tables with findings are listed.
    struct Entry {
        let table: ComputedTable
        let findings: [Finding]
    }

    let entries: [Entry]

    init(_ report: ComputedReport, _ wording: Wording) {
        var stated: [AppliedCorrection: String] = [:]
        var names = Set<AliasUse>()
        var entries: [Entry] = []
        // What the build found in each table needs that table alone: the tables' texts are worked out side by
        // side; the corrections and names, each stated at the first table it applies to, in turn below.
        let found = SideBySide.map(report.tables.count) { index in
            let table = report.tables[index]
            return NoteText(wording, table: table).findings(table).filter { $0.kind != .correction && $0.kind != .name }
        }
        for (table, own) in zip(report.tables, found) {
            let notes = NoteText(wording, table: table)
            var findings = own
            let new = table.corrections.filter { stated[$0] == nil }
            findings += new.map { Finding(kind: .correction, text: notes.correction($0)) }
            for correction in new { stated[correction] = table.id }
            let earlier = Set(table.corrections.compactMap { stated[$0] }).subtracting([table.id])
            for id in report.tables.map(\.id) where earlier.contains(id) {
                let title = report.tables.first { $0.id == id }.map(wording.title) ?? id
                findings.append(Finding(kind: .correction, text: wording(.correctionInherited, ["table": title]),
                                        statedUnder: id))
            }
            findings += table.doubtfulAliases.filter { names.insert($0).inserted }
                .map { Finding(kind: .name, text: notes.doubtfulAlias($0)) }
            if !findings.isEmpty { entries.append(Entry(table: table, findings: findings)) }
        }
        self.entries = entries
    }

    /// Whether the methods say anything about `table`.
    func mention(_ table: ComputedTable) -> Bool {
        entries.contains { $0.table.id == table.id }
    }
}

extension Wording {
    /// The name of a kind of finding, for the methods sheet's column.
    func kind(_ kind: Finding.Kind) -> String {
        switch kind {
        case .boundary: self(.kindBoundary)
        case .total: self(.kindTotal)
        case .incomplete: self(.kindIncomplete)
        case .shares: self(.kindShares)
        case .suspicion: self(.kindSuspicion)
        case .correction: self(.kindCorrection)
        case .name: self(.kindName)
        }
    }
}
