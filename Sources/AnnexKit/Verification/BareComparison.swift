/// A sentence that is nothing but a comparison's size: at most hedges and words of emphasis, one number and the
/// comparative that closes it ('Maar liefst 30 procent meer!', 'Ruim een kwart minder.', 'Zelfs 12% hoger.'). It has
/// no subject and no verb, so it states nothing of its own: it says how much the quantity of the sentence before
/// changed, as 'Dat is 30 procent meer' would (`ClaimParser.isFragment`).
extension ClaimParser {
    /// Whether the sentence is a bare comparison: its size one number, or a fraction in words ('een derde') in a
    /// sentence of no number.
    var isBareComparison: Bool {
        var end = tokens.count
        while end > 0, tokens[end - 1].kind == .mark, Self.closingMarks.contains(tokens[end - 1].text) { end -= 1 }
        guard end >= 2, Lexicon.comparatives.contains(tokens[end - 1].text) else { return false }
        let size = end - 1
        let start: Int
        if analysis.numberIndices == [size - 1] {
            start = size - 1
        } else if analysis.numberIndices.isEmpty, let found = (0..<size).first(where: { fraction(at: $0)?.1 == size }) {
            start = found
        } else {
            return false
        }
        return tokens[..<start].allSatisfy { token in
            token.kind == .word && (Self.emphasisWords.contains(token.text) || Self.hedgeWords.contains(token.text))
        }
    }

    /// Marks that close a sentence.
    private static let closingMarks: Set<String> = [".", "!"]
    /// Words that stress a size and say nothing of their own ('maar liefst', 'zelfs').
    private static let emphasisWords: Set<String> = ["maar", "liefst", "zelfs", "dus", "ofwel", "oftewel"]
    /// The words of the hedges ('ruim', 'bijna', 'zo'n').
    private static let hedgeWords = Set(Lexicon.hedges.keys.flatMap { $0.split(separator: " ").map(String.init) })
}
