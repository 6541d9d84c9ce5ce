/// The whole of a pair 'M van (de) W': the number right after 'van' and its determiners ('12 van de 40', '61 procent
/// van alle 800').
extension ClaimParser {
    /// The index of W when the number at `part` is followed by 'van', its determiners and a number; nil otherwise.
    func pairedWhole(of part: Int) -> Int? { Self.pairedWhole(of: part, in: tokens) }

    /// The same in the tokens of any sentence (a value carried over from the sentence before).
    static func pairedWhole(of part: Int, in tokens: [Token]) -> Int? {
        guard part + 1 < tokens.count, tokens[part + 1].isWord("van") else { return nil }
        return number(after: part + 1, in: tokens, skipping: Lexicon.wholeDeterminers)
    }
}
