/// A share 'x op de N' followed by a noun counts members of what that noun names: 'één op de zes controles' is one of
/// every six checks. Its whole is the one count of its own sentence, before it, that counts a form of that noun ('Bij
/// 1.930 controles werden 212 overtredingen vastgesteld, ofwel één op de zes controles'); with no such count there,
/// the one count of the sentence before whose words name the noun ('Van de 148 gasten bleven er 61 kort. Zo'n één op
/// de tien gasten (15) bleef langer dan twee maanden.'). More than one such count leaves the whole unread. A
/// percentage has no such noun ('40 procent vrouwen' names the part).
extension ClaimParser {
    /// The count of the share's own sentence that counts the noun right after the share 'x op de N' ending at `end`,
    /// among `counts` (the sentence's candidates) and other than `part`.
    func groupNounWhole(ofShareEndingAt end: Int, counts: [Int], part: Int?) -> Int? {
        guard let noun = groupNoun(ofShareEndingAt: end) else { return nil }
        let named = countsBefore(end, naming: noun, among: counts).filter { $0 != part }
        return named.count == 1 ? named[0] : nil
    }

    /// The count of the sentence before (`scopedSentenceBefore`) whose words name the noun right after the share 'x op
    /// de N' ending at `end`, when no count of its own sentence before it, among `counts`, counts that noun.
    func groupNounWholeBefore(ofShareEndingAt end: Int, counts: [Int]) -> Operand? {
        guard let noun = groupNoun(ofShareEndingAt: end), countsBefore(end, naming: noun, among: counts).isEmpty,
            let before = scopedSentenceBefore
        else { return nil }
        let named = before.namedCounts.filter { Self.names($0.words, noun) }
        return named.count == 1 ? named[0].operand : nil
    }

    /// The noun right after the share 'x op de N' ending at `end`, when a word of content follows it.
    private func groupNoun(ofShareEndingAt end: Int) -> String? {
        let opening = end - Self.groupShareLength
        guard opening >= 0, end < tokens.count, tokens[opening + 1].isWord("op"), tokens[opening + 2].isWord("de"),
            tokens[end].kind == .word, ContrastedGroups.isContent(tokens[end].text)
        else { return nil }
        return tokens[end].text
    }

    /// Those of `counts` before the share 'x op de N' ending at `end` whose noun is a form of `noun`.
    private func countsBefore(_ end: Int, naming noun: String, among counts: [Int]) -> [Int] {
        counts.filter { count in
            count < end - Self.groupShareLength
                && ReadingSanity.noun(after: count, in: tokens).map { Self.areForms($0, noun) } == true
        }
    }

    /// The words of 'x op de N': the count, 'op', 'de' and N.
    private static let groupShareLength = 4
}
