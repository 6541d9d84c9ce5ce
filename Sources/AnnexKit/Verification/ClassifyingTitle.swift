/// A title that says the lines under it split one whole by a dimension: 'X naar Y', CBS's way of writing 'by Y'
/// ('Leerlingen naar schoolsoort 2024', 'Afval naar verwerkingswijze en regio:'), 'X per Y' ('Uitstoot per sector,
/// 2023 (Mton)'), 'X verdeeld over Y' or 'uitgesplitst naar Y', or a title that names the make-up of a whole
/// ('Samenstelling van het afval (kton)', 'Verdeling van de middelen 2024'). A total line under such lines is their
/// sum (`Discourse.memoLineCounts`) though their labels share no word. A title that names a selection ('Top vijf …',
/// '…, waaronder …') or a mean ('Gemiddelde kosten per cliënt') splits no whole.
extension SentenceAnalysis {
    /// Whether the sentence is such a title: a title of a table (`isTableTitle`) with a word of splitting.
    var isClassifyingTitle: Bool {
        guard isTableTitle else { return false }
        let title = tokens[..<titleBodyEnd]
        if let first = title.first, first.kind == .word, Self.compositionNouns.contains(first.text) { return true }
        return title.indices.dropFirst().dropLast().contains { index in
            guard title[index + 1].kind == .word else { return false }
            let before = title[index - 1]
            return Self.splittingPrepositions.contains(title[index].text) && before.kind == .word
                || title[index].isWord("over") && Self.splittingParticiples.contains(before.text)
        }
    }

    /// Where a title's words end: before a closing scale (`titleEnd`), a closing unit in brackets or a closing moment
    /// in brackets ('Cliënten naar zorgvorm (2025)': `LineShape.momentBracketStart`).
    private var titleBodyEnd: Int {
        min(titleEnd, LineShape.unitBracketStart(tokens) ?? LineShape.momentBracketStart(tokens) ?? tokens.count)
    }

    /// Whether the sentence is a title over a table whose rows may split one whole: no number and no sentence end, at
    /// most `LineShape.longestTitle` tokens before a closing unit in brackets or scale (`titleEnd`), and no word of a
    /// selection or a mean, also in its brackets ('Redenen (meer antwoorden mogelijk)').
    var isTableTitle: Bool {
        let title = tokens[..<titleBodyEnd]
        return !title.contains(where: { $0.kind == .number }) && title.count <= LineShape.longestTitle
            && !tokens.contains(where: { [".", "!", "?"].contains($0.text) && $0.kind == .mark })
            && !tokens.contains(where: {
                $0.kind == .word && (Self.selectionWords.contains($0.text) || Lexicon.averageWords.contains($0.text))
            })
    }

    /// Whether the sentence is a table's title that states the unit or scale of the rows under it ('Bezetting
    /// rechterlijke macht (fte)', 'Kosten (x € 1.000)', 'Begroting (bedragen in miljoenen euro)'): the head of a table
    /// of one quantity, whose total row is the sum of its rows (`Discourse.memoLineCounts`); a title in words and a
    /// year ('Leerlingen 2024') may head a selection.
    var isUnitTableTitle: Bool {
        isTableTitle && (titleEnd < tokens.count || LineShape.unitBracketStart(tokens) != nil)
    }

    /// Whether the sentence is a title that names a selection of a whole's parts ('Top drie gemeenten naar aantal
    /// meldingen', 'De vijf grootste posten', 'Enkele projecten, o.a. in de zorg'): no number in digits and no
    /// sentence end (a point inside is an abbreviation's). A total under its rows may be the total of all
    /// (`Discourse.lastListUnderSelection`).
    var isSelectionTitle: Bool {
        // Most sentences end in a full stop or state a number: their words are not gathered.
        guard !tokens.contains(where: { $0.number.map { !$0.isWord } ?? false }),
            tokens.last.map({ !([".", "!", "?"].contains($0.text) && $0.kind == .mark) }) ?? false
        else { return false }
        return namesSelection(tokens.indices)
    }

    /// Whether the tokens `range` name a selection of a whole's parts: a word of selection ('Top drie', 'enkele'), a
    /// ranking ('De vijf grootste posten', 'meeste', 'De tien duurste': a number before a superlative), or a marker
    /// of examples ('waaronder', 'o.a.', 'onder andere', 'bijvoorbeeld').
    func namesSelection(_ range: Range<Int>) -> Bool {
        range.contains { index in
            let token = tokens[index]
            guard token.kind == .word else { return false }
            let ranked = index > range.lowerBound && tokens[index - 1].number != nil
                && token.text.hasSuffix(Self.superlativeEnding)
            return Self.selectionWords.contains(token.text) || Lexicon.rankingWords.contains(token.text) || ranked
                || firstPhrase(Lexicon.selectionMarkers, at: index) != nil
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
    /// The ending of a superlative before its noun ('De tien duurste behandelingen').
    private static let superlativeEnding = "ste"
    /// Words that say lines are a selection of a whole's parts ('Top vijf gemeenten', 'waaronder').
    /// 'mogelijk' says rows overlap ('meer antwoorden mogelijk'): their sum is no whole.
    private static let selectionWords: Set<String> = [
        "top", "waaronder", "selectie", "enkele", "grootste", "waarvan", "mogelijk", "o.a.", "o.a",
    ]
}
