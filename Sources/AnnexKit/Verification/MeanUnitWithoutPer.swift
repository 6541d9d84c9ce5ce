/// The unit of a mean that its phrase names without 'per': the groups a count is divided into ('48 deelnemers,
/// verdeeld over 6 groepen van gemiddeld 9 deelnemers': 48 / 6 = 8), or the counted noun a relative clause with the
/// mean refers to ('62.300 bezoekers, die gemiddeld 1,9 games speelden'): each of them holds the mean.
extension ClaimParser {
    /// The noun of 'N X van gemiddeld' right before the mean at `index`, else of 'N X, die gemiddeld' (with only words
    /// between 'die' and the mean): the mean is per one X. Nil without either phrase.
    func unitWithoutPer(of index: Int) -> String? {
        let opening = amountOpening(index)
        let countedNoun = { (noun: Int) -> String? in
            noun >= 1 && tokens[noun].kind == .word && !Lexicon.grammarWords.contains(tokens[noun].text)
                && tokens[noun - 1].kind == .number ? tokens[noun].text : nil
        }
        if opening >= 4, tokens[opening - 1].isWord("gemiddeld"), tokens[opening - 2].isWord("van") {
            return countedNoun(opening - 3)
        }
        guard let relative = (max(0, opening - Self.relativeReach)..<opening).last(where: { tokens[$0].isWord("die") }),
            (relative + 1..<opening).allSatisfy({ tokens[$0].kind == .word }),
            (relative + 1..<opening).contains(where: { tokens[$0].isWord("gemiddeld") }),
            relative >= 3, tokens[relative - 1].isMark(",")
        else { return nil }
        return countedNoun(relative - 2)
    }

    /// How many tokens before a mean its relative pronoun may stand ('die gemiddeld', 'die per jaar gemiddeld').
    private static let relativeReach = 4
}
