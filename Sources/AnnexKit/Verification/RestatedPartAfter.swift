/// A share's part restated after it as a total of its own, closing the sentence: 'Van de 9.640 toezichten werd 71
/// procent succesvol afgerond, 6.944 in totaal.', '23 procent van de 1.460 meldingen werd … opgepakt, 321 meldingen
/// in totaal.' The count is the share's part: no hedge, less than the whole, and at most the whole's noun after it.
/// The whole may stand in the sentence before ('Aan de tocht deden 52 ploegen mee. Een op de vier ploegen …, 13 in
/// totaal.').
extension ClaimParser {
    /// The count that the sentence's last clause, after the share at `start`, restates as a total of the share of
    /// `whole`: that clause is the count, at most a noun that is a form of the whole's, and 'in totaal'.
    func totalledPart(afterShareAt start: Int, whole: Operand) -> Int? {
        guard let clause = analysis.clauses.last, clause.lowerBound > start,
            let written = tokens[clause.lowerBound].number, written.unit == .count, !written.isAmount,
            written.hedge == nil, written.value < whole.value
        else { return nil }
        var position = clause.lowerBound + 1
        if let noun = ReadingSanity.noun(after: clause.lowerBound, in: tokens) {
            guard let wholeNoun = whole.written.flatMap({ ReadingSanity.noun(after: $0.index, in: $0.tokens) }),
                Self.areForms(noun, wholeNoun)
            else {
                return nil
            }
            position += 1
        }
        guard let end = analysis.phraseEnd(Self.totalPhrase, at: position),
            tokens[end..<clause.upperBound].allSatisfy({ $0.kind == .mark })
        else { return nil }
        return clause.lowerBound
    }

    /// The words after a count that make it a total ('6.944 in totaal').
    static let totalPhrase = "in totaal"
}
