/// A title that says the lines under it split one whole by a dimension, CBS's way of writing 'by Y': 'X naar Y'
/// ('Leerlingen naar schoolsoort 2024', 'Afval naar verwerkingswijze:'). A total line under such lines is their sum
/// (`Discourse.memoLineCounts`) though their labels share no word.
extension SentenceAnalysis {
    /// Whether the sentence is such a title: no number and no sentence end, at most `LineShape.longestTitle` tokens,
    /// and 'naar' between two words.
    var isClassifyingTitle: Bool {
        guard numberIndices.isEmpty, tokens.count <= LineShape.longestTitle,
            !tokens.contains(where: { [".", "!", "?"].contains($0.text) && $0.kind == .mark })
        else { return false }
        return tokens.indices.dropFirst().dropLast().contains { index in
            tokens[index].isWord("naar") && tokens[index - 1].kind == .word && tokens[index + 1].kind == .word
        }
    }
}
