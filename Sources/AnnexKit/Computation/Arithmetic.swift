/// Changes, percentages, shares, ratios and sums on amounts, with honest statuses.
///
/// See `Amount.derived` for how statuses combine. Division by zero gives `notApplicable`:
/// never infinity, NaN or a silent zero.
public enum Arithmetic {
    /// `to − from`.
    public static func change(from earlier: Amount, to later: Amount) -> Amount {
        Amount.derived(earlier, later) { $1 - $0 }
    }

    /// `100 × (to − from) / from`; not applicable when `from` is zero.
    public static func changePercentage(from earlier: Amount, to later: Amount) -> Amount {
        Amount.derived(earlier, later) { from, to in from.isZero ? nil : (to - from) * 100 / from }
    }

    /// `100 × part / total`; not applicable when the total is zero.
    public static func sharePercentage(_ part: Amount, of total: Amount) -> Amount {
        ratio(part, to: total, per: 100)
    }

    /// `per × numerator / denominator`; not applicable when the denominator is zero.
    public static func ratio(_ numerator: Amount, to denominator: Amount, per scale: Exact) -> Amount {
        Amount.derived(numerator, denominator) { top, bottom in bottom.isZero ? nil : top * scale / bottom }
    }

    /// `factor × amount` (a published share applied to a total, a split key); the result is estimated.
    public static func estimate(_ amount: Amount, times factor: Exact) -> Amount {
        switch Amount.derived(amount, amount, { value, _ in value * factor }) {
        case .value(let exact), .estimated(let exact): .estimated(exact)
        case let other: other
        }
    }

    /// The sum. Suppressed or not-comparable terms make it so; not-applicable terms (a municipality
    /// that did not exist) are left out; with missing or incomplete terms it is `incomplete`: the sum
    /// of what is known. With no known term it is missing.
    public static func sum(_ terms: some Sequence<Amount>) -> Amount {
        var total = Exact(0)
        var known = 0
        var statuses = Set<Status>()
        for term in terms {
            statuses.insert(term.status)
            if let exact = term.exact {
                total = total + exact
                known += 1
            }
        }
        if statuses.contains(.suppressed) { return .suppressed }
        if statuses.contains(.notComparable) { return .notComparable }
        guard known > 0 else { return .missing }
        if statuses.contains(.missing) || statuses.contains(.incomplete) { return .incomplete(total) }
        return statuses.contains(.estimated) ? .estimated(total) : .value(total)
    }
}
