/// Changes, percentages, shares and sums on amounts, with honest statuses.
///
/// A missing or suppressed operand gives a missing or suppressed result; division by zero gives
/// `notApplicable`. Never infinity, NaN or a silent zero.
public enum Arithmetic {
    /// `to − from`.
    public static func change(from earlier: Amount, to later: Amount) -> Amount {
        if let status = Amount.propagated([earlier, later]) { return status }
        return .value(later.exact! - earlier.exact!)
    }

    /// `100 × (to − from) / from`; not applicable when `from` is zero.
    public static func changePercentage(from earlier: Amount, to later: Amount) -> Amount {
        if let status = Amount.propagated([earlier, later]) { return status }
        let base = earlier.exact!
        guard base.numerator != 0 else { return .notApplicable }
        return .value((later.exact! - base).times(100).dividedBy(base))
    }

    /// `100 × part / total`; not applicable when the total is zero.
    public static func sharePercentage(_ part: Amount, of total: Amount) -> Amount {
        if let status = Amount.propagated([part, total]) { return status }
        let whole = total.exact!
        guard whole.numerator != 0 else { return .notApplicable }
        return .value(part.exact!.times(100).dividedBy(whole))
    }

    /// The sum; missing when any term is missing (suppressed when any is suppressed). Terms that
    /// are not applicable (a municipality that did not exist) are left out; with no terms left
    /// the sum is missing.
    public static func sum(_ terms: some Sequence<Amount>) -> Amount {
        var total = Exact(0)
        var counted = 0
        var status: [Amount] = []
        for term in terms {
            switch term {
            case .value(let exact):
                total = total + exact
                counted += 1
            case .notApplicable: continue
            default: status.append(term)
            }
        }
        if let propagated = Amount.propagated(status) { return propagated }
        return counted == 0 ? .missing : .value(total)
    }
}

extension Exact {
    static func + (left: Exact, right: Exact) -> Exact {
        if left.denominator == right.denominator { return Exact(left.numerator + right.numerator, over: left.denominator) }
        return Exact(left.numerator * right.denominator + right.numerator * left.denominator,
                     over: left.denominator * right.denominator)
    }

    static func - (left: Exact, right: Exact) -> Exact { left + Exact(-right.numerator, over: right.denominator) }

    func times(_ factor: Double) -> Exact { Exact(numerator * factor, over: denominator) }

    func dividedBy(_ other: Exact) -> Exact {
        Exact(numerator * other.denominator, over: denominator * other.numerator)
    }
}
