/// A percentage that names a whole of its own, which is not what the sentence counts: 'kregen er 215 een korting van
/// 40% van het vaste tarief', 'zei 630 meer dan 40% van hun tijd … kwijt te zijn'. It is a level of that whole (a
/// tariff, a time, an income), no share of the sentence's counts; the share 'van alle huishoudens', 'van het
/// totaal', 'van hen' or 'van de ondervraagden' beside '1.500 ondervraagden' stays one.
extension ClaimParser {
    /// Whether the share written up to `end` is followed by 'van' and words of a whole that name no count of the
    /// sentence: no number among them, no word for all of the counted ('alle', 'totaal', 'hen'), and no form of a
    /// noun that one of `counts` counts.
    func namesOwnWhole(afterShare end: Int, counts: [Int]) -> Bool {
        guard !counts.isEmpty, end + 1 < tokens.count, tokens[end].isWord("van") else { return false }
        var position = end + 1
        while position < tokens.count, Self.possessives.contains(tokens[position].text) { position += 1 }
        let phrase = tokens[position..<min(tokens.count, position + Self.ownWholeReach)]
        let words = phrase.prefix { $0.kind == .word }
        let counted = counts.compactMap { ReadingSanity.noun(after: $0, in: tokens) }
        return position > end + 1 && !words.isEmpty && !phrase.contains { $0.kind == .number }
            && !words.contains { word in
                Self.allOfCounted.contains(word.text) || counted.contains { Self.areForms($0, word.text) }
            }
    }

    /// Articles and possessives that open a whole of its own after 'van' ('van het vaste tarief', 'van hun tijd').
    private static let possessives: Set<String> = ["de", "het", "hun", "zijn", "haar", "ons", "onze", "uw", "mijn"]

    /// Words that take up all of what the sentence counts.
    private static let allOfCounted: Set<String> = ["alle", "al", "allen", "totaal", "geheel", "hen", "wie", "die"]

    /// How many words after the article the whole's noun is looked for.
    static let ownWholeReach = 3
}
