/// A question that asks a part of a whole, and the answer after it that states the part ('V: Hoeveel van de 600
/// deelnemers ronden het traject af?' – 'A: 210, dus 35 procent.'; 'Welk deel van de 1.200 aanvragen werd
/// toegekend? 830, ofwel 69 procent.'): the answer's share is of the question's whole.
extension ClaimParser {
    /// The whole this sentence asks a part of: a question with a question word ('hoeveel', 'welk deel', 'hoe vaak')
    /// whose only count follows 'van' and an article after it ('hoeveel van de 1.200', 'hoeveel aanvragen van de
    /// 1.200', 'welk deel van alle 1.200').
    func askedWhole() -> Operand? {
        guard analysis.sentence.text.last(where: { !Self.closingQuotes.contains($0) }) == "?",
            let ask = tokens.firstIndex(where: { $0.kind == .word && Self.questionWords.contains($0.text) }),
            let of = tokens[(ask + 1)...].firstIndex(where: { $0.isWord("van") }),
            let whole = number(after: of, skipping: Lexicon.wholeDeterminers),
            tokens[whole - 1].kind == .word, Lexicon.wholeDeterminers.contains(tokens[whole - 1].text),
            numbers(.count, in: tokens.indices) == [whole], analysis.numberIndices == [whole]
        else { return nil }
        return operand(whole).carriedOver
    }

    /// Words that open a question about a part ('hoeveel', 'welk deel', 'welke', 'wat', 'hoe vaak').
    private static let questionWords: Set<String> = ["hoeveel", "welk", "welke", "wat", "hoe"]

    /// Marks that may close a quoted question after its '?'.
    private static let closingQuotes: Set<Character> = ["\"", "'", "”", "’", "»"]
}
