/// A title that says the lines under it split one whole by a dimension: 'X naar Y', CBS's way of writing 'by Y'
/// ('Leerlingen naar schoolsoort 2024', 'Afval naar verwerkingswijze en regio:'), 'X per Y' ('Uitstoot per sector,
/// 2023 (Mton)'), 'X verdeeld over Y' or 'uitgesplitst naar Y', or a title that names the make-up of a whole
/// ('Samenstelling van het afval (kton)', 'Verdeling van de middelen 2024'). A total line under such lines is their
/// sum (`Discourse.memoLineCounts`) though their labels share no word. A title that names a selection ('Top vijf …',
/// '…, waaronder …') or a mean ('Gemiddelde kosten per cliënt') splits no whole.
extension SentenceAnalysis {
    /// Whether the sentence is such a title: no number and no sentence end, at most `LineShape.longestTitle` tokens
    /// before a closing unit in brackets or scale (`titleEnd`), no word of a selection or a mean, and a word of
    /// splitting.
    var isClassifyingTitle: Bool {
        let title = tokens[..<min(titleEnd, LineShape.unitBracketStart(tokens) ?? tokens.count)]
        guard !title.contains(where: { $0.kind == .number }), title.count <= LineShape.longestTitle,
            !title.contains(where: { [".", "!", "?"].contains($0.text) && $0.kind == .mark }),
            !title.contains(where: {
                $0.kind == .word && (Self.selectionWords.contains($0.text) || Lexicon.averageWords.contains($0.text))
            })
        else { return false }
        if let first = title.first, first.kind == .word, Self.compositionNouns.contains(first.text) { return true }
        return title.indices.dropFirst().dropLast().contains { index in
            guard title[index + 1].kind == .word else { return false }
            let before = title[index - 1]
            return Self.splittingPrepositions.contains(title[index].text) && before.kind == .word
                || title[index].isWord("over") && Self.splittingParticiples.contains(before.text)
        }
    }

    /// Prepositions that name the dimension a whole is split by, between the whole and it ('naar', 'per').
    private static let splittingPrepositions: Set<String> = ["naar", "per"]
    /// Participles that say a whole is split, before 'over' ('verdeeld over regio's').
    private static let splittingParticiples: Set<String> = [
        "verdeeld", "uitgesplitst", "opgesplitst", "onderverdeeld", "ingedeeld",
    ]
    /// Nouns that open a title naming the make-up of a whole ('Samenstelling van …', 'Verdeling …').
    private static let compositionNouns: Set<String> = ["samenstelling", "verdeling", "opbouw", "uitsplitsing"]
    /// Words that say lines are a selection of a whole's parts ('Top vijf gemeenten', 'waaronder').
    private static let selectionWords: Set<String> = ["top", "waaronder", "selectie", "enkele", "grootste", "waarvan"]
}
