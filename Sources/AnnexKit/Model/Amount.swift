/// Whether a figure has a value, and if not, why not.
public enum Status: String, Sendable, CaseIterable {
    /// A value is present.
    case ok
    /// The cell was blank or unknown: a figure exists in reality but is not known here.
    case missing
    /// The figure is known to the source but withheld (statistical secrecy).
    case suppressed
    /// No figure can exist: division by zero, a municipality that did not exist that year,
    /// a share of a total with itself.
    case notApplicable = "not_applicable"
}

/// One figure or derived statistic: a value, or the reason there is none.
public enum Amount: Sendable, Hashable {
    case value(Exact)
    case missing
    case suppressed
    case notApplicable

    /// A whole or decimal count.
    public static func count(_ value: Double) -> Amount { .value(Exact(value)) }

    public var status: Status {
        switch self {
        case .value: .ok
        case .missing: .missing
        case .suppressed: .suppressed
        case .notApplicable: .notApplicable
        }
    }

    /// The exact value when the status is `ok`.
    public var exact: Exact? {
        if case .value(let exact) = self { return exact }
        return nil
    }

    /// The value at full precision when the status is `ok`.
    public var double: Double? { exact?.double }

    /// The status an operation on several operands gets when one of them has no value:
    /// suppressed wins over missing (the figure exists but may not be shown), missing over
    /// not applicable.
    static func propagated(_ operands: [Amount]) -> Amount? {
        if operands.contains(.suppressed) { return .suppressed }
        if operands.contains(.missing) { return .missing }
        if operands.contains(.notApplicable) { return .notApplicable }
        return nil
    }
}
