/// A question that asks a part of a whole, and the answer after it that states the part ('V: Hoeveel van de 600
/// deelnemers ronden het traject af?' – 'A: 210, dus 35 procent.'): the answer's share is of the question's whole.
extension ClaimParser {
    /// The whole this sentence asks a part of: a question whose 'hoeveel van de' names its only count.
    func askedWhole() -> Operand? {
        guard analysis.sentence.text.last(where: { !Self.closingQuotes.contains($0) }) == "?",
            let ask = tokens.firstIndex(where: { $0.isWord("hoeveel") }), ask + 1 < tokens.count,
            tokens[ask + 1].isWord("van"), let whole = number(after: ask + 1, skipping: Lexicon.wholeDeterminers),
            numbers(.count, in: tokens.indices) == [whole]
        else { return nil }
        return operand(whole).carriedOver
    }

    /// Marks that may close a quoted question after its '?'.
    private static let closingQuotes: Set<Character> = ["\"", "'", "”", "’", "»"]
}
