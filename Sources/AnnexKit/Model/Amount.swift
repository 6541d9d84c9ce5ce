/// Whether a figure has a value, how sure it is, and if it has none, why not.
public enum Status: String, Sendable, CaseIterable {
    /// A value is present.
    case ok
    /// A value derived from a published share or a split key, not counted.
    case estimated
    /// A sum of which some terms are unknown; the value is the sum of the known terms, a lower bound.
    case incomplete
    /// The cell was blank or unknown: a figure exists in reality but is not known here.
    case missing
    /// The figure is known to the source but withheld (statistical secrecy).
    case suppressed
    /// No figure can exist: division by zero, a municipality that did not exist that year,
    /// a share of a total with itself.
    case notApplicable = "not_applicable"
    /// Figures of different years cannot be compared: a municipality was split without a split key.
    case notComparable = "not_comparable"

    /// Whether amounts with this status carry a value.
    public var hasValue: Bool { self == .ok || self == .estimated || self == .incomplete }

    /// Whether a figure exists in reality but is not (fully) known here: missing, suppressed,
    /// not comparable or incomplete. Not applicable is no gap: there is nothing to know.
    public var isGap: Bool { self == .missing || self == .suppressed || self == .notComparable || self == .incomplete }
}

/// One figure or derived statistic: a value with its quality, or the reason there is none.
public enum Amount: Sendable, Hashable {
    case value(Exact)
    case estimated(Exact)
    case incomplete(Exact)
    case missing
    case suppressed
    case notApplicable
    case notComparable

    /// A figure with a value, as counted or published: `.count(17386)`.
    public static func count(_ value: Exact) -> Amount { .value(value) }

    public var status: Status {
        switch self {
        case .value: .ok
        case .estimated: .estimated
        case .incomplete: .incomplete
        case .missing: .missing
        case .suppressed: .suppressed
        case .notApplicable: .notApplicable
        case .notComparable: .notComparable
        }
    }

    /// The value, for `ok`, `estimated` and `incomplete` amounts.
    public var exact: Exact? {
        switch self {
        case .value(let exact), .estimated(let exact), .incomplete(let exact): exact
        default: nil
        }
    }

    /// A statistic derived from two operands (a change, share, ratio): computed by `compute`, which
    /// returns nil on division by zero. Two operands as they are, no list: it is made per cell.
    ///
    /// Suppressed wins (nothing may be revealed), then not comparable, then missing; an incomplete
    /// operand counts as missing, since a lower bound gives no change or share; a not-applicable
    /// operand makes the result not applicable. A result from an estimated operand is estimated.
    static func derived(_ first: Amount, _ second: Amount, _ compute: (Exact, Exact) -> Exact?) -> Amount {
        func any(_ status: Status) -> Bool { first.status == status || second.status == status }
        if any(.suppressed) { return .suppressed }
        if any(.notComparable) { return .notComparable }
        if any(.missing) || any(.incomplete) { return .missing }
        if any(.notApplicable) { return .notApplicable }
        guard let a = first.exact, let b = second.exact, let result = compute(a, b) else { return .notApplicable }
        return any(.estimated) ? .estimated(result) : .value(result)
    }
}
