/// Start and end values of a change count one thing. A pair the change grammar reads between counts of unlike nouns
/// ('In Oss, met 93.000 inwoners, vielen vorig jaar 14 verkeersdoden', '415.000 vacatures tegenover 389.000
/// werklozen') gives no two levels of one quantity: its values stay counts of their own, a rate's part and whole or a
/// mean's total and units.
extension ClaimParser {
    /// The sentence's start and end values of pairs whose two values count alike (`countsAlike`), and its start values
    /// without an end.
    var levelValues: Set<Int> {
        Set(pairs.filter { countsAlike($0.from, $0.to) }.flatMap { [$0.from, $0.to] } + bases)
    }

    /// Whether two counts may count one thing: either has no noun, or a word of one's phrase (its noun, or the head
    /// after a modifier: '1.200 nieuwe leden' and '1.100 leden') names the other.
    func countsAlike(_ one: Int, _ other: Int) -> Bool {
        let (first, second) = (countedValue(one, carried: false), countedValue(other, carried: false))
        guard first.noun != nil, second.noun != nil else { return true }
        return [first.noun, first.head].compactMap { $0 }.contains(where: second.isNamed(by:))
            || [second.noun, second.head].compactMap { $0 }.contains(where: first.isNamed(by:))
    }
}
