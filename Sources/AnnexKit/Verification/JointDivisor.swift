/// The divisor of a mean per a unit whose count stands coordinated with other counts: '12,6 kilo per week: 842.000
/// kilo verdeeld over 1.284 huishoudens en 52 weken' spreads the total over households and weeks at once, so it is
/// divided by their product, never by the weeks alone. A coordinated count is a unit of the mean when its noun is
/// the one its subject names one of ('een huishouden'); a count the mean names by none of its units leaves the
/// divisor unknown.
extension ClaimParser {
    /// The divisor of the mean at `index` per the unit the count at `whole` counts, `part` its total: that count
    /// alone, or, when it stands in a list of counts, its product with the list's others, each named by the noun
    /// of the mean's subject (`perOneNoun(of:)`); nil when one of them is not.
    func jointDivisor(ofMeanAt index: Int, whole: Int, part: Int) -> Operand? {
        let run = listRuns(numbers(.count, in: tokens.indices)).first { $0.contains(whole) } ?? [whole]
        let others = run.filter { $0 != whole && $0 != part }
        guard !others.isEmpty else { return operand(whole) }
        guard let subject = perOneNoun(of: index),
            others.allSatisfy({ other in
                ReadingSanity.noun(after: other, in: tokens).map { Self.isForm($0, of: subject) } ?? false
            })
        else { return nil }
        // The product stands where the count of the mean's unit stands, for the evidence that ties it to the mean.
        var product = Operand(multiplying: ([whole] + others).map { operand($0) })
        product?.token = whole
        return product
    }
}
