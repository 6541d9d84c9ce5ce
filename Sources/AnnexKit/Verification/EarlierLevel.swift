/// A level of the same measure in another period: 'In 2022 was dat nog 21,4%', 'In 2020 lag dat nog op 74 procent'.
/// A year in the value's clause and 'nog' before the value in it date the value apart from the level the sentence
/// before stated: no part and whole of that level are its. It is the earlier level unless the sentence looks ahead
/// ('verwacht', 'zal', 'moet': 'In 2030 moet dat nog 30 procent zijn').
extension ClaimParser {
    /// Whether the value at `index` is the quantity the sentence before stated, at another time its clause dates.
    func isOtherPeriodLevel(_ index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        return clause.contains { tokens[$0].year != nil }
            && (clause.lowerBound..<index).contains { tokens[$0].isWord("nog") }
    }

    /// Whether the value at `index` is an earlier level of the quantity the sentence before stated.
    func isEarlierLevel(_ index: Int) -> Bool {
        isOtherPeriodLevel(index)
            && !tokens.contains { token in
                token.kind == .word && (Lexicon.futureWords.contains(token.text) || Self.aims.contains(token.text))
            }
    }

    /// Verbs of an aim or a possibility: a value after them is no level that was.
    private static let aims: Set<String> = ["moet", "moeten", "kan", "kunnen", "wil", "willen", "zou", "zouden"]
}
