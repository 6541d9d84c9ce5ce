/// A count that restates, in a sentence of its own, a share of a whole the sentence before gives: '42 procent van de
/// 357 cliënten kreeg een indicatie. Dat zijn er 150.' (0,42 × 357 = 149,94), 'Dat komt neer op 150 cliënten', 'Het
/// gaat dan om 150 mensen'; the share may be a fraction in words ('Van de 412 dieren is een kwart ouder dan tien
/// jaar. Het gaat om 103 dieren.'), right within its band (`ClaimParser.wordTolerance`). The count is derived, as it
/// is within a sentence ('64 procent van de 1.730, ofwel 1.107'): it is checked against share × whole, and the share
/// is not judged against it (`CountAhead`: it may confirm the share, never contradict it). Read only when the count is
/// the one number of the sentence's first clause, after a word that derives it at its start ('dat zijn (er)',
/// 'ofwel', 'in totaal') or after a verb of arriving in that clause ('komt neer op', 'gaat om'), closing that clause
/// with at most its noun or with words before the whole's noun ('1.623 tevreden bezoekers'); no amount or duration, no
/// more than the whole, no year, other time or place of its own; and when the sentence before gives one share without
/// a hedge and its whole, beside no other number but durations ('ouder dan tien jaar') and counts of a set named with
/// an article ('in de drie wijken'); beside such a set the count must name the whole's noun. A hedged share ('Ongeveer
/// een kwart van de 640 …') rounds the count after it, which is its part, as a count stated as fact ('Het waren er
/// 150') is; so is a count of a noun a relative clause restricts ('Het aantal cliënten dat … kwam uit op 150').
extension ClaimParser {
    /// The count claim restating share × whole of the sentence before, with those two as its factors.
    func restatedShareBefore() -> Claim? {
        guard let before = discourse.earlier.last?.shareAndWhole, let clause = analysis.clauses.first,
            let count = restatedCount(in: clause, wholeNoun: before.wholeNoun),
            analysis.numberIndices.filter({ clause.contains($0) && $0 != analysis.memoLabelNumber }) == [count],
            !tokens.contains(where: { $0.year != nil }),
            let written = tokens[count].number, written.unit == .count, !written.isAmount,
            written.value <= before.whole.value,
            ReadingSanity.noun(after: count, in: tokens).map({ !Self.namesNoUnits($0) }) ?? true,
            before.alone || closesOnNoun(clause, after: count, noun: before.wholeNoun),
            !analysis.hasEarlierMarker(tokens.indices), !opensWithScopeOfItsOwn, !restrictsItsNoun(before: count)
        else { return nil }
        var claim = Claim(kind: .count, site: count, claimed: precise(written, direction: nil, derived: true))
        claim.factors = [before.share, before.whole]
        claim.scale = Exact(100)
        return claim
    }

    /// Whether the count at `count` is share × whole restated by a word that derives it ('Dat zijn er 140') or by a
    /// verb of arriving in the sentence's first clause ('Het gaat om 140 mensen').
    func restatesProduct(at count: Int) -> Bool {
        isDerived(count)
            || analysis.clauses.first.flatMap { arrivedTotal(in: $0, verbs: Self.restatingVerbs) }?.0 == count
    }

    /// The verbs that arrive at a count restated from the sentence before, with their preposition: those that arrive
    /// at a total ('komt neer op') and 'gaan' with 'om' ('Het gaat dan om 150 mensen'). Within a sentence 'het gaat om'
    /// names the share's part ('…; het gaat om 800 mensen'), as before.
    private static let restatingVerbs = arrivingVerbs.merging(concerningVerbs, uniquingKeysWith: { first, _ in first })

    /// The forms of 'gaan' with the 'om' of 'het gaat om' ('it concerns').
    static let concerningVerbs: [String: String] = ["gaat": "om", "gaan": "om", "ging": "om", "gingen": "om"]

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

    /// The count `clause` restates: right after a word that derives it at its start ('Dat zijn er 150', 'Ofwel 150
    /// cliënten') or after a verb of arriving ('Het gaat om 150 cliënten'), closing the clause with at most its noun
    /// or with words before the whole's noun (`wholeNoun`).
    private func restatedCount(in clause: Range<Int>, wholeNoun: String?) -> Int? {
        let closing = { (count: Int) in
            closesOrRefers(clause, after: count) || closesOnNoun(clause, after: count, noun: wholeNoun)
        }
        if var start = Self.derivingPhrases.lazy.compactMap({ analysis.phraseEnd($0, at: clause.lowerBound) }).first {
            if start < clause.upperBound, tokens[start].isWord("er") { start += 1 }
            if let (count, _) = derivedCount(opening: start..<clause.upperBound), closing(count) { return count }
        }
        return arrivedTotal(in: clause, verbs: Self.restatingVerbs, closing: closing)?.0
    }

    /// Whether the count at `count` closes `clause` with a noun phrase of at most `nounPhraseReach` words of content
    /// whose last is a form of `noun` ('1.623 tevreden bezoekers' of '2.380 bezoekers').
    private func closesOnNoun(_ clause: Range<Int>, after count: Int, noun: String?) -> Bool {
        guard let noun else { return false }
        let reach = (count + 1)..<min(clause.upperBound, count + 1 + Self.nounPhraseReach)
        guard let head = reach.first(where: { tokens[$0].kind == .word && Self.areForms(tokens[$0].text, noun) }),
            tokens[(count + 1)...head].allSatisfy({ $0.kind == .word && !Lexicon.grammarWords.contains($0.text) })
        else { return false }
        return closesOrRefers(clause, after: head - 1)
    }

    /// Whether the count at `count` closes `clause` with at most its noun (`closes`), or with a phrase after it that
    /// only names again the scope of the sentence before: a preposition of place or time and a demonstrative, and
    /// words with no number ('175 incidenten in dat ene uur', '… op die dagen'); it adds no scope of its own.
    private func closesOrRefers(_ clause: Range<Int>, after count: Int) -> Bool {
        if closes(clause, after: count) { return true }
        let end = ReadingSanity.noun(after: count, in: tokens) != nil ? count + 2 : count + 1
        guard end + 1 < clause.upperBound, Self.referringScopePrepositions.contains(tokens[end].text),
            Self.referringDemonstratives.contains(tokens[end + 1].text)
        else { return false }
        return tokens[(end + 2)..<clause.upperBound].allSatisfy { token in
            token.kind == .word || token.kind == .mark && [".", ",", ";", "!", "?"].contains(token.text)
        }
    }

    /// Prepositions of place or time that open a phrase naming a scope ('in dat uur', 'op die dagen').
    private static let referringScopePrepositions: Set<String> = ["in", "op", "bij", "binnen", "tijdens", "gedurende"]
    /// Demonstratives that name again what the sentence before named ('dat', 'die', 'deze', 'dit').
    private static let referringDemonstratives: Set<String> = ["dat", "die", "deze", "dit"]

    /// The most words a restated count's noun phrase may have ('1.623 tevreden bezoekers').
    private static let nounPhraseReach = 3

    /// The sentence's one share without a hedge — a percentage or a fraction in words (`soleFractionShare`) — and the
    /// whole 'van de' names for it ('42 procent van de 357 cliënten', 'Van de 357 cliënten kreeg een kwart …'), when it
    /// names no direction and holds no other number but durations ('ouder dan tien jaar') and counts of a set named
    /// with an article (`sets`: 'in de drie nieuwbouwwijken').
    func soleShareOfWhole() -> (share: Operand, whole: Int, sets: [Int])? {
        let fraction = soleFractionShare()
        let numbers = analysis.numberIndices.filter { index in
            index != analysis.memoLabelNumber && !countsTime(index) && fraction?.span.contains(index) != true
        }
        let percents = numbers.filter { tokens[$0].number?.unit == .percent }
        let counts = numbers.filter { tokens[$0].number?.unit == .count }
        guard percents.count + counts.count == numbers.count, directions(in: tokens.indices).isEmpty else { return nil }
        let share: (span: Range<Int>, share: Operand)
        if let fraction {
            guard percents.isEmpty else { return nil }
            share = fraction
        } else {
            guard percents.count == 1, tokens[percents[0]].number?.hedge == nil else { return nil }
            share = (percents[0]..<(percents[0] + 1), operand(percents[0]))
        }
        // 'Van de 357 …' opens the sentence, past a label of words and numbers and its colon ('Vraag 3: …'), or follows
        // the share.
        let colon = tokens.firstIndex { $0.isMark(":") && $0.depth == 0 }
        let labelled = colon.map { tokens[..<$0].allSatisfy { [.word, .number, .label].contains($0.kind) } } ?? false
        let opening = labelled ? colon.map { $0 + 1 } ?? 0 : 0
        let wholes = counts.filter { whole in
            guard let start = Lexicon.partOfMarkers.lazy.compactMap({ analysis.phraseStart($0, endingBefore: whole) })
                .first
            else { return false }
            return start == share.span.upperBound || start == opening && share.span.lowerBound > whole
        }
        guard let whole = wholes.first, case let sets = counts.filter({ $0 != whole }), sets.allSatisfy(namesSet)
        else { return nil }
        return (share.share, whole, sets)
    }

    /// Whether the count at `index` names a set the text takes as known, after an article or demonstrative and not as
    /// a whole ('in de drie nieuwbouwwijken', 'deze vijf gemeenten'): no quantity a share or its part is of.
    private func namesSet(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].kind == .word && Self.determiners.contains(tokens[index - 1].text)
            && tokens[index].number?.isAmount == false && ReadingSanity.noun(after: index, in: tokens) != nil
            && !isWholeMarked(index)
    }

    /// The sentence's one fraction in words that may be the share of a whole it names elsewhere ('een kwart', 'drie op
    /// de tien'), with its tokens and its value as an operand (`Operand(fraction:)`); nil when there is none or more
    /// than one, or when it is hedged ('ruim een kwart'), the size of a change ('een kwart minder', 'met een derde')
    /// or a target's value. A fraction that names its own whole after it ('de helft van de volken') is none, and
    /// 'meer dan' before a fraction bounds that one ('drie op de tien meer dan de helft'): no comparative of the first.
    func soleFractionShare() -> (span: Range<Int>, share: Operand)? {
        var found: [(span: Range<Int>, share: Operand)] = []
        var index = 0
        while index < tokens.count {
            guard let (value, end, rounding) = fraction(at: index) else {
                index += 1
                continue
            }
            let start = index
            index = end
            if end < tokens.count, tokens[end].isWord("van") || Lexicon.partReferences.contains(tokens[end].text) {
                continue
            }
            guard hedge(before: start) == nil, Lexicon.hedges[tokens[start].text] == nil,
                !Self.isReferenceValue(start, tokens), !(start > 0 && tokens[start - 1].isWord("met")),
                !comparesFraction(endingAt: end)
            else { return nil }
            let claimed = shareClaimed(value, hedge: nil, text: analysis.text(start..<end), rounding: rounding)
            found.append((start..<end, Operand(fraction: claimed, token: start, line: analysis.line(of: start))))
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Whether a comparative right after a fraction ending at `end` makes it the size of a change ('een kwart
    /// minder'): not when 'dan' and a number or fraction follow it ('meer dan de helft', 'minder dan 10'), which bound
    /// what follows.
    private func comparesFraction(endingAt end: Int) -> Bool {
        guard end < tokens.count, tokens[end].kind == .word, Lexicon.comparatives.contains(tokens[end].text) else {
            return false
        }
        let bounding =
            end + 2 < tokens.count && tokens[end + 1].isWord("dan")
            && (tokens[end + 2].kind == .number || fraction(at: end + 2) != nil)
        return !bounding
    }
}
