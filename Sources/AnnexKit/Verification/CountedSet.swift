/// A number that counts the units a sentence ranges over: 'van de vijf onderzochte gemeenten', 'van alle twaalf
/// regio's', 'alle drie de regio's', 'in twaalf van de twintig gemeenten'. It names how many units there are, no
/// quantity measured of them, so it is no rate: the counts in a bracket further on belong to one of the units
/// ('Van de vijf gemeenten had Tiel (42.000 inwoners, 197 meldingen) …').
extension ClaimParser {
    /// Whether the whole number at `index` counts a set of units: after 'van de', 'van alle' or 'alle' and before
    /// the words that name the units, or before 'van de' and a number of that set ('in twaalf van de twintig').
    func countsSet(_ index: Int) -> Bool {
        guard let number = tokens[index].number, number.unit == .count, number.hedge == nil, number.value.isInteger,
            index + 1 < tokens.count, !pairs.contains(where: { $0.from == index })
        else { return false }
        let next = tokens[index + 1]
        if index >= 1, tokens[index - 1].isWord("alle"), next.isWord("de") { return true }
        if index >= 1, tokens[index - 1].isWord("in"), Self.ownWhole(of: index, analysis) != nil { return true }
        guard index >= 2, tokens[index - 1].isWord("de") || tokens[index - 1].isWord("alle"),
            tokens[index - 2].isWord("van"), next.kind == .word, !next.isWord("per")
        else { return false }
        return Self.per(after: index, in: tokens, reach: Self.nounReach) == nil
    }
}
