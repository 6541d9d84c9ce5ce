/// The whole a sentence that opens with 'van' names before it splits it: 'Van de 1.250 meldingen …', and, for an
/// amount, after the words that describe it: 'Van de uitgekeerde € 18,4 miljoen ging …' (inflected adjectives),
/// 'Van het extra budget van € 3,4 miljard gaat …' (a noun and its 'van').
extension ClaimParser {
    /// Most words between the article and an amount that is the whole ('extra budget van').
    static let openingWholeReach = 4

    /// The token of the whole the sentence opens with, if it opens with one.
    func openingWhole() -> Int? {
        guard let first = tokens.first, first.isWord("van") else { return nil }
        if let whole = number(after: 0, skipping: Lexicon.wholeDeterminers) {
            return joinsAnotherWhole(whole) ? nil : whole
        }
        guard tokens.count > 2, Lexicon.wholeDeterminers.contains(tokens[1].text) else { return nil }
        var end = 2
        while end < tokens.count, tokens[end].kind == .word, end - 2 < Self.openingWholeReach { end += 1 }
        let words = tokens[2..<end]
        // 'uitgekeerde', 'totale': each word an inflected adjective; or 'budget van': a noun whose 'van' names it.
        let described = words.allSatisfy { $0.text.hasSuffix("e") } || words.last?.isWord("van") == true
        guard !words.isEmpty, described, !words.dropLast().contains(where: { $0.isWord("van") }),
            let whole = number(after: end - 1, skipping: []), tokens[whole].number?.isAmount == true
        else { return nil }
        return whole
    }

    /// Whether 'en' and another count follow the whole at `whole` and its noun ('Van de 271 katten en 178 honden
    /// vonden er respectievelijk 214 en 121 …'): the sentence opens with two wholes, neither the whole of what follows.
    private func joinsAnotherWhole(_ whole: Int) -> Bool {
        var next = whole + 1
        while next < tokens.count, next - whole <= Self.openingWholeReach, tokens[next].kind == .word,
            !tokens[next].isWord("en")
        {
            next += 1
        }
        return next + 1 < tokens.count && tokens[next].isWord("en")
            && tokens[next + 1].number.map { $0.unit == tokens[whole].number?.unit } == true
    }
}
