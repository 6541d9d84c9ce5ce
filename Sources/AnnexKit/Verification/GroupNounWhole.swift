/// A share 'x op de N' followed by a noun counts members of what that noun names: 'één op de zes controles' is one of
/// every six checks. Its whole is the one count of its own sentence, before it, that counts a form of that noun ('Bij
/// 1.930 controles werden 212 overtredingen vastgesteld, ofwel één op de zes controles'); no such count, or more than
/// one, leaves the whole unread. A percentage has no such noun ('40 procent vrouwen' names the part).
extension ClaimParser {
    /// The count of the share's own sentence that counts the noun right after the share 'x op de N' ending at `end`,
    /// among `counts` (the sentence's candidates) and other than `part`.
    func groupNounWhole(ofShareEndingAt end: Int, counts: [Int], part: Int?) -> Int? {
        let opening = end - Self.groupShareLength
        guard opening >= 0, end < tokens.count, tokens[opening + 1].isWord("op"), tokens[opening + 2].isWord("de"),
            tokens[end].kind == .word, ContrastedGroups.isContent(tokens[end].text)
        else { return nil }
        let noun = tokens[end].text
        let named = counts.filter { count in
            count < opening && count != part
                && ReadingSanity.noun(after: count, in: tokens).map { Self.areForms($0, noun) } == true
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The words of 'x op de N': the count, 'op', 'de' and N.
    private static let groupShareLength = 4
}
