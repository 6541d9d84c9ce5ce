/// The whole of a pair 'M van (de) W': the number right after 'van' and its determiners ('12 van de 40', '61 procent
/// van alle 800'), also past '(in) totaal' that marks it as all of them ('243 van de in totaal 812', '243 van totaal
/// 812').
extension ClaimParser {
    /// The index of W when the number at `part` is followed by 'van', its determiners and a number; nil otherwise.
    func pairedWhole(of part: Int) -> Int? { Self.pairedWhole(of: part, in: tokens) }

    /// The same in the tokens of any sentence (a value carried over from the sentence before).
    static func pairedWhole(of part: Int, in tokens: [Token]) -> Int? {
        guard part + 1 < tokens.count, tokens[part + 1].isWord("van") else { return nil }
        var last = part + 1
        while last + 1 < tokens.count, Lexicon.wholeDeterminers.contains(tokens[last + 1].text) { last += 1 }
        if last + 2 < tokens.count, tokens[last + 1].isWord("in"), tokens[last + 2].isWord("totaal") {
            last += 2
        } else if last + 1 < tokens.count, tokens[last + 1].isWord("totaal") {
            last += 1
        }
        return number(after: last, in: tokens, skipping: Lexicon.wholeDeterminers)
    }
}
