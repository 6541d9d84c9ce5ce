/// 'samen' after two names joined by 'en' in the words right after a number ('9,6 miljard naar wijkverpleging en ggz
/// samen'): it makes the names one group, the number's, and sums no numbers.
extension ClaimParser {
    /// Whether the word at `index` is 'samen' (or 'tezamen') closing the label of the number before it: only words
    /// between them, with an 'en' that joins two of them ('… 300 en samen …' and '…, samen 700' sum).
    func closesJoinedLabel(_ index: Int) -> Bool {
        guard Self.groupingWords.contains(tokens[index].text),
            let number = analysis.numberIndices.last(where: { $0 < index })
        else { return false }
        let between = tokens[(number + 1)..<index]
        return between.allSatisfy { $0.kind == .word } && between.dropFirst().dropLast().contains { $0.isWord("en") }
    }

    /// Words that join names into one group after them ('ggz en wijkverpleging samen').
    static let groupingWords: Set<String> = ["samen", "tezamen"]
}
