/// A mean per unit of the values the sentence before lists, one per unit: 'Utrecht, Zeist en Nieuwegein ontvingen
/// respectievelijk 310, 145 en 122 aanvragen. Gemiddeld waren dat er 192 per gemeente.' (577 / 3 = 192,3).
extension ClaimParser {
    /// The values of the sentence before that a mean at `index` is of: the mean is its sentence's only number, names
    /// its unit with 'per' and refers back ('dat', 'dit'); the sentence before gives a list of at least two counts in
    /// the mean's currency and no other count (no total, no count of the units: that is `meanPerUnitReading`'s
    /// total over units). When the mean names what it counts ('192 klachten per gemeente'), the list must count it
    /// too. Empty otherwise.
    func meanOfListBefore(_ index: Int) -> [Operand] {
        guard let number = tokens[index].number, number.unit == .count, analysis.numberIndices == [index],
            perNoun(of: index) != nil, refersBack(analysis.clause(of: index))
        else { return [] }
        let list = discourse.lastList
        let counted = discourse.lastCountedValues
        guard list.count >= Self.leastParts, list.allSatisfy({ $0.unit == .count }), counted.count == list.count,
            zip(counted, list).allSatisfy({ $0.operand.value == $1.value && $0.currency == number.currency })
        else { return [] }
        if let own = ReadingSanity.noun(after: index, in: tokens), !tokens[index + 1].isWord("per") {
            guard let listed = counted.last?.noun, Self.namesUnit(listed, own) || Self.isForm(own, of: listed) else {
                return []
            }
        }
        return list
    }
}
