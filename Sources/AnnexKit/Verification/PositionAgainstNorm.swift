/// A percentage right before 'boven' or 'onder' that measures where its clause's subject lies against another value:
/// 'De doorlooptijd lag daarmee 16 procent boven de norm', 'Dat is 7,2% boven het minimumloon van € 13,80'. Such a
/// percentage is no part of a whole ('Van de scholen zit 12 procent boven de norm', '8 procent leeft onder de grens'),
/// but the subject's value relative to the one after the preposition, as '16 procent hoger dan de norm' is: the
/// preposition is both the comparative (signed: 'boven' up, 'onder' down) and the marker of what is compared with.
extension ClaimParser {
    /// Whether 'boven' or 'onder' at `index` follows a percentage that measures its clause's subject: the clause
    /// opens with a word of its own, no preposition ('Van de scholen …') or hedge, before the percentage, and a verb of
    /// being or position stands between that opening and the percentage ('Rotterdam ligt daarmee 23 procent boven
    /// Den Haag'). A percentage that opens its clause is its subject ('8 procent leeft onder de grens'): a part.
    static func isPositionMarker(at index: Int, _ analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard index >= 1, positionSigns[tokens[index].text] != nil, tokens[index].kind == .word,
            tokens[index - 1].number?.unit == .percent
        else { return false }
        let percent = index - 1
        let opening = analysis.clause(of: percent).lowerBound
        guard opening < percent, tokens[opening].kind == .word, !Lexicon.prepositions.contains(tokens[opening].text),
            Lexicon.hedges[tokens[opening].text] == nil
        else { return false }
        return (opening..<percent).contains { tokens[$0].kind == .word && positionVerbs.contains(tokens[$0].text) }
    }

    /// The sign the preposition right after the percentage at `index` gives a measure of position (`isPositionMarker`):
    /// +1 for 'boven', −1 for 'onder'; nil for none.
    func positionSign(after index: Int) -> Int? {
        guard index + 1 < tokens.count, Self.isPositionMarker(at: index + 1, analysis),
            givesReference(after: index + 1, percent: index)
        else { return nil }
        return Self.positionSigns[tokens[index + 1].text]
    }

    /// Whether the norm or target the words after the preposition at `marker` name ('boven de norm', 'onder het
    /// streefcijfer') is one the text gives a value for: a value of a norm or target stands in this sentence (other
    /// than the percentage) or in the sentence before ('…, bij een norm van 50 dagen. De doorlooptijd lag daarmee 16
    /// procent boven de norm.'). A target given no value ('… van 143 naar 118. Daarmee ligt de wijk 3 procent onder
    /// het streefcijfer.') is not measured by the values of another comparison. Words that name no norm or target
    /// set no such condition ('boven Den Haag').
    private func givesReference(after marker: Int, percent: Int) -> Bool {
        let clause = analysis.clause(of: marker)
        let end = ((marker + 1)..<clause.upperBound).first { tokens[$0].kind != .word } ?? clause.upperBound
        guard ((marker + 1)..<end).contains(where: { Self.isReferenceNoun(tokens[$0].text) }) else { return true }
        return !discourse.lastNorms.isEmpty
            || analysis.numberIndices.contains { $0 != percent && Self.isReferenceValue($0, tokens) }
    }

    /// The prepositions of a position above or below another value, with the sign they give its difference.
    private static let positionSigns: [String: Int] = ["boven": 1, "onder": -1]

    /// Verbs of being or of position whose subject a percentage after them measures ('lag', 'zit', 'is').
    private static let positionVerbs: Set<String> = [
        "ligt", "lag", "lagen", "liggen", "zit", "zat", "zaten", "zitten", "is", "was", "zijn", "waren",
    ]
}
