/// Two shares a sentence sets side by side, for a bare difference in points in the next sentence ('Het verschil is 2
/// procentpunt'): its only two percentages outside brackets, both exact, of no start and end value and no comparison,
/// with any other number of the sentence, but a year, inside brackets (each share's part and whole: '22 procent (44
/// van 200) en in de controlegroep 31 procent (62 van 200)'). They stand in two clauses or gapped conjuncts, as
/// `contrast()` reads them, or are coordinated with each group named after its value ('58% vrouw en 42% man', '84
/// procent van de mannen en 82 procent van de vrouwen deed …', `namedAfterValues(_:)`). Three shares, a share in
/// brackets or two conjuncts each with a verb of its own give none.
extension ClaimParser {
    /// The two shares the sentence sets side by side (see the extension), in order; empty when it has none.
    func sideBySideShares() -> [Operand] {
        let loose = analysis.numberIndices.filter { tokens[$0].depth == 0 && tokens[$0].year == nil }
        let shares = loose.filter { tokens[$0].number?.unit == .percent }
        guard shares.count == 2, loose == shares, pairs.isEmpty, bases.isEmpty,
            !analysis.numberIndices.contains(where: { tokens[$0].depth > 0 && tokens[$0].number?.unit == .percent }),
            shares.allSatisfy({ Self.isValue($0, tokens) && tokens[$0].number?.hedge == nil }),
            analysis.clauseOf[shares[0]] != analysis.clauseOf[shares[1]]
                || ContrastedGroups.gappedJoint(shares, in: analysis) != nil || namedAfterValues(shares)
        else { return [] }
        return shares.map { operand($0).carriedOver }
    }

    /// Whether two shares of one clause are coordinated as 'X% A en Y% B': the one 'en' between them stands right
    /// before the second, words of content name the first's group between it and the 'en' and the second's after it,
    /// both groups open alike (each with 'van', its own whole, or neither), and the clause holds at most one finite
    /// verb, the predicate both share ('Van de leden is 58% vrouw en 42% man').
    private func namedAfterValues(_ shares: [Int]) -> Bool {
        let clause = analysis.clause(of: shares[0])
        guard clause.contains(shares[1]), tokens[shares[1] - 1].isWord("en") else { return false }
        let first = (shares[0] + 1)..<(shares[1] - 1)
        let second = (shares[1] + 1)..<clause.upperBound
        let named = [first, second].allSatisfy { words in
            words.contains { tokens[$0].kind == .word && ContrastedGroups.isContent(tokens[$0].text) }
        }
        let opensWithWhole = [first, second].map { words in words.first.map { tokens[$0].isWord("van") } ?? false }
        let verbs = clause.filter { tokens[$0].kind == .word && Lexicon.finiteVerbs.contains(tokens[$0].text) }
        return named && first.allSatisfy({ tokens[$0].kind == .word }) && opensWithWhole[0] == opensWithWhole[1]
            && verbs.count <= 1
    }
}
