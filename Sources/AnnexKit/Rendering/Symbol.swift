/// A sign in a table cell that says what kind of figure the cell holds, or why it holds none: the
/// markers of the statuses other than `ok` and the nil of a counted zero. Every sign used is named on
/// the sheet or under the table in one line, and explained in full once (cover, legend).
public enum Symbol: Sendable, Hashable, CaseIterable {
    case estimated, incomplete, missing, suppressed, notApplicable, notComparable
    /// A counted figure of exactly zero (CBS 'nihil').
    case nilValue

    /// The sign of a status; nil for `ok`, which has none.
    public init?(_ status: Status) {
        switch status {
        case .ok: return nil
        case .estimated: self = .estimated
        case .incomplete: self = .incomplete
        case .missing: self = .missing
        case .suppressed: self = .suppressed
        case .notApplicable: self = .notApplicable
        case .notComparable: self = .notComparable
        }
    }

    /// The signs a table uses, in a fixed order.
    public static func used(in table: ComputedTable) -> [Symbol] {
        table.markersUsed.compactMap(Symbol.init) + (table.hasNil ? [.nilValue] : [])
    }

    /// The signs a report's tables use, each once, in a fixed order: what its legend explains.
    public static func used(in report: ComputedReport) -> [Symbol] {
        let signs = Set(report.tables.flatMap { used(in: $0) })
        return allCases.filter(signs.contains)
    }
}

extension Wording {
    /// What a reader sees in the cell: '[g]', '≥', '.', 'x', 'n.vgl.', '-', or 'lege cel'.
    public func sign(_ symbol: Symbol) -> String {
        switch symbol {
        case .estimated: numbers.estimatedMarker
        case .incomplete: NumberStyle.prefix(.incomplete)
        case .missing: numbers.missingMarker
        case .suppressed: numbers.suppressedMarker
        case .notApplicable: self(.markerEmpty)
        case .notComparable: numbers.notComparableMarker
        case .nilValue: numbers.nilMarker
        }
    }

    /// What a sign means, in full: for the cover and the legend of the annex.
    public func explanation(_ symbol: Symbol) -> String {
        let marker = ["marker": sign(symbol)]
        switch symbol {
        case .estimated: return self(.explainEstimated, marker)
        case .incomplete: return self(.explainIncomplete)
        case .missing: return self(.explainMissing, marker)
        case .suppressed: return self(.explainSuppressed, marker)
        case .notApplicable: return self(.explainNotApplicable)
        case .notComparable: return self(.explainNotComparable, marker)
        case .nilValue: return self(.explainNil, marker)
        }
    }

    /// What a sign means, in a word or two: ''.' = onbekend', 'lege cel = niet van toepassing'.
    public func item(_ symbol: Symbol) -> String {
        let meaning: Phrase = switch symbol {
        case .estimated: .shortEstimated
        case .incomplete: .shortIncomplete
        case .missing: .shortMissing
        case .suppressed: .shortSuppressed
        case .notApplicable: .shortNotApplicable
        case .notComparable: .shortNotComparable
        case .nilValue: .shortNil
        }
        let marker = symbol == .notApplicable ? sign(symbol) : "'" + sign(symbol) + "'"
        return self(.markerItem, ["marker": marker, "meaning": self(meaning)])
    }

    /// The one line that names the signs used, on a table's sheet (pointing to the sheet that
    /// explains them in full) or under a table in the annex; nil when none is used.
    public func symbolLine(_ symbols: [Symbol], explainedOn sheet: String? = nil) -> String? {
        guard !symbols.isEmpty else { return nil }
        let items = symbols.map(item).joined(separator: "; ")
        return sheet.map { self(.markersSheet, ["items": items, "sheet": $0]) } ?? self(.markersAnnex, ["items": items])
    }
}
