/// A finding with the table it is stated under: what the console counts by kind and
/// `findings.csv` lists. The same findings as the methods ('Verantwoording') state, each
/// correction and doubtful name once.
public struct TableFinding: Sendable, Hashable {
    public let table: String
    public let finding: Finding

    public var kind: Finding.Kind { finding.kind }
    /// The finding in the annex's language, naming the measure and period it concerns.
    public var text: String { finding.text }

    /// `findings.csv`'s columns.
    public static let columns = ["table", "kind", "finding"]

    /// Every finding of a report, table by table, in the annex's language; a table's pointer to
    /// a correction stated under an earlier table is not counted again.
    public static func all(in report: ComputedReport, _ wording: Wording) -> [TableFinding] {
        all(Methods(report, wording))
    }

    /// Every finding `methods` state, as `all(in:_:)` lists them.
    static func all(_ methods: Methods) -> [TableFinding] {
        methods.entries.flatMap { entry in
            entry.findings.filter { $0.statedUnder == nil }.map { TableFinding(table: entry.table.id, finding: $0) }
        }
    }
}

extension Finding.Kind {
    /// '{count} correctie', '{count} correcties'.
    var phrases: (one: Phrase, other: Phrase) {
        switch self {
        case .boundary: (.findingBoundaryOne, .findingBoundaryOther)
        case .total: (.findingTotalOne, .findingTotalOther)
        case .incomplete: (.findingIncompleteOne, .findingIncompleteOther)
        case .shares: (.findingSharesOne, .findingSharesOther)
        case .suspicion: (.findingSuspicionOne, .findingSuspicionOther)
        case .correction: (.findingCorrectionOne, .findingCorrectionOther)
        case .name: (.findingNameOne, .findingNameOther)
        }
    }
}

extension Wording {
    /// How many findings of each kind: 'bevindingen: 2 totalen, 49 verdacht, 1 correctie'.
    public func summary(_ findings: [TableFinding]) -> String {
        let counts = Finding.Kind.allCases.compactMap { kind -> String? in
            let count = findings.filter { $0.kind == kind }.count
            return count == 0 ? nil : counted(count, one: kind.phrases.one, other: kind.phrases.other)
        }
        return counts.isEmpty ? self(.findingsNone) : self(.findingsSummary, ["counts": counts.joined(separator: ", ")])
    }
}
