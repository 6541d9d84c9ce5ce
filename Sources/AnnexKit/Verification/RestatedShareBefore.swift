/// A count that restates, in a sentence of its own, a share of a whole the sentence before gives: '42 procent van de
/// 357 cliënten kreeg een indicatie. Dat zijn er 150.' (0,42 × 357 = 149,94), 'Dat komt neer op 150 cliënten', 'Het
/// gaat dan om 150 mensen'. The count is derived, as it is within a sentence ('64 procent van de 1.730, ofwel
/// 1.107'): it is checked against share × whole, and the share is not judged against it (`CountAhead`). Read only
/// when the count is the sentence's one number, after a word that derives it at its start ('dat zijn (er)', 'ofwel',
/// 'in totaal') or after a verb of arriving in its first clause ('komt neer op', 'gaat om'), closing that clause with
/// at most its noun; no amount or duration, no more than the whole, no year, other time or place of its own; and
/// when the sentence before gives one share without a hedge, its whole, and no other number. A count stated as fact
/// ('Het waren er 150') stays the share's part, and so does a count of a noun a relative clause restricts ('Het aantal
/// cliënten dat … kwam uit op 150').
extension ClaimParser {
    /// The count claim restating share × whole of the sentence before, with those two as its factors.
    func restatedShareBefore() -> Claim? {
        let numbers = analysis.numberIndices.filter { $0 != analysis.memoLabelNumber }
        guard numbers.count == 1, let before = discourse.earlier.last?.shareAndWhole,
            let clause = analysis.clauses.first,
            let (count, _) = restatingOpening(of: clause) ?? arrivedTotal(in: clause, verbs: Self.restatingVerbs),
            count == numbers[0], !tokens.contains(where: { $0.year != nil }),
            let written = tokens[count].number, written.unit == .count, !written.isAmount,
            written.value <= before.whole.value,
            ReadingSanity.noun(after: count, in: tokens).map({ !Self.namesNoUnits($0) }) ?? true,
            !analysis.hasEarlierMarker(tokens.indices), !opensWithScopeOfItsOwn, !restrictsItsNoun(before: count)
        else { return nil }
        var claim = Claim(kind: .count, site: count, claimed: precise(written, direction: nil, derived: true))
        claim.factors = [before.share, before.whole]
        claim.scale = Exact(100)
        return claim
    }

    /// The verbs that arrive at a count restated from the sentence before, with their preposition: those that arrive
    /// at a total ('komt neer op') and 'gaan' with 'om' ('Het gaat dan om 150 mensen'). Within a sentence 'het gaat om'
    /// names the share's part ('…; het gaat om 800 mensen'), as before.
    private static let restatingVerbs = arrivingVerbs.merging(
        ["gaat": "om", "gaan": "om", "ging": "om", "gingen": "om"], uniquingKeysWith: { first, _ in first })

    /// Whether a relative clause restricts a noun before the count at `count` ('Het aantal toezichten dat werd
    /// teruggemeld … kwam uit op 3.600'): the count is then of a group the sentence names itself, which may be
    /// another than the share's part.
    private func restrictsItsNoun(before count: Int) -> Bool {
        (0..<count).contains(where: opensRelativeClause)
    }

    /// Whether the noun after a count makes it no count of units: a duration ('180 dagen') or money ('180 euro').
    private static func namesNoUnits(_ noun: String) -> Bool {
        Lexicon.durationUnits.contains(noun) || Tokenizer.currencyWords.contains(noun)
    }

    /// The count right after a word that derives it at the start of `clause` ('Dat zijn er 150', 'Ofwel 150
    /// cliënten'), closing the clause with at most its noun.
    private func restatingOpening(of clause: Range<Int>) -> (Int, isDerived: Bool)? {
        guard var start = Self.derivingPhrases.lazy.compactMap({ analysis.phraseEnd($0, at: clause.lowerBound) }).first
        else { return nil }
        if start < clause.upperBound, tokens[start].isWord("er") { start += 1 }
        guard let (count, _) = derivedCount(opening: start..<clause.upperBound), closes(clause, after: count) else {
            return nil
        }
        return (count, true)
    }

    /// The sentence's one percentage, without a hedge, and the whole 'van de' names for it ('42 procent van de 357
    /// cliënten', 'Van de 357 cliënten kreeg 42 procent …'), when it holds no other number and names no direction.
    func soleShareOfWhole() -> (share: Int, whole: Int)? {
        let numbers = analysis.numberIndices.filter { $0 != analysis.memoLabelNumber }
        guard numbers.count == 2, directions(in: tokens.indices).isEmpty,
            let share = numbers.first(where: { tokens[$0].number?.unit == .percent }),
            tokens[share].number?.hedge == nil,
            let whole = numbers.first(where: { tokens[$0].number?.unit == .count }),
            let start = Lexicon.partOfMarkers.lazy.compactMap({ analysis.phraseStart($0, endingBefore: whole) }).first,
            start == share + 1 || start == 0 && share > whole
        else { return nil }
        return (share, whole)
    }
}
