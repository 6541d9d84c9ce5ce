/// The counts a figure rests on, stated in the sentence or turn after it: an answer ('Van de 480 cliënten kreeg
/// 20 procent een traject.' – 'Het waren er 72.'), the exact count after a hedged one ('We legden zo'n vijfhonderd
/// huisbezoeken af. Exact waren het er 488.'), or the values of a mean listed after it.
extension ClaimParser {
    /// The part the next sentence states for the share written at `start..<end` whose whole (`whole`) its own
    /// sentence gives, when that sentence holds no other number: the next sentence's only count, no more than the
    /// whole, when it restates the quantity ('Het waren er 72', 'waren het er 520'). Not read when the next sentence
    /// states a whole of its own ('72 van de 300'), a pair of values, another time ('vorig jaar waren het er 90'),
    /// opens with a place or group of its own, or derives the count ('Dat zijn er 140': share × whole restated). When
    /// the share has no hedge and its whole is the sentence's (`soleShareOfWhole`), a count restated so, or after a
    /// verb of arriving ('Het gaat om 140 mensen'), is itself the claim (`restatedShareBefore`): it may confirm the
    /// share, never contradict it.
    func partAhead(ofShareAt start: Int, end: Int, whole: Int) -> Operand? {
        let others = analysis.numberIndices.filter {
            !(start..<end).contains($0) && $0 != whole && $0 != analysis.memoLabelNumber
        }
        guard others.isEmpty, let wholeValue = tokens[whole].number?.value,
            let (following, count) = soleCountAhead(),
            following.statedPartAndWhole() == nil,
            let value = following.tokens[count].number,
            value.value <= wholeValue
        else { return nil }
        let ahead = following.operand(count).carriedOver
        guard following.restatesProduct(at: count) else { return ahead }
        if soleShareOfWhole() != nil { return ahead.adding(.productAhead) }
        return following.isDerived(count) ? nil : ahead
    }

    /// The exact count the next sentence gives for the hedged count at `index` ('zo'n vijfhonderd huisbezoeken'),
    /// when its own sentence holds no other count: the next sentence's only count, without a hedge, that restates
    /// the quantity ('Exact waren het er 488', 'Dat zijn er 488').
    func exactAhead(of index: Int) -> Operand? {
        guard numbers(.count, in: tokens.indices) == [index],
            let (following, count) = soleCountAhead(),
            following.tokens[count].number?.hedge == nil
        else { return nil }
        return following.operand(count).carriedOver
    }

    /// The values the next sentence lists for the mean at `index` ('gemiddeld zo'n 90 bedden per kliniek' – 'Uit het
    /// overzicht: 84, 97, 88 en 91 bedden.'): its one list of the mean's unit, which holds all its numbers and whose
    /// last value names the noun of the mean, when the mean's sentence holds no other number. The values a mean is
    /// of are plain levels: a value an average word governs is a mean of its own ('Wie … is gemiddeld 24 uur kwijt'),
    /// one a comparative follows a difference ('…, 6 uur meer'); a list with either is none of the mean's.
    func listAhead(ofMeanAt index: Int) -> [Operand] {
        guard analysis.numberIndices.allSatisfy({ $0 == index || $0 == analysis.memoLabelNumber }),
            let unit = tokens[index].number?.unit, let noun = ReadingSanity.noun(after: index, in: tokens),
            let next, next.sentence.paragraph == analysis.sentence.paragraph
        else { return [] }
        let following = ClaimParser(analysis: next, discourse: discourse, withData: withData)
        let list = following.longestList()
        guard list.count >= 2, list == next.numberIndices, next.tokens[list[0]].number?.unit == unit,
            let last = list.last, let listNoun = ReadingSanity.noun(after: last, in: next.tokens),
            Self.areForms(listNoun, noun), !next.hasEarlierMarker(next.tokens.indices),
            !following.opensWithScopeOfItsOwn,
            !list.contains(where: { following.isAveraged($0) || following.differenceDirection(of: $0) != nil })
        else { return [] }
        return list.map { following.operand($0).carriedOver }
    }

    /// The next sentence of the paragraph and its only count, when it restates the quantity of this one ('Het waren
    /// er 72', 'dat zijn er 520', 'waren het er 488', 'dit aantal') and states no pair of values, no other time and
    /// no place or group of its own. A count of the same noun, or of 'hen', may be another part of the same whole
    /// ('212 van hen hebben een woning'): no restatement.
    private func soleCountAhead() -> (ClaimParser, Int)? {
        guard let next, next.sentence.paragraph == analysis.sentence.paragraph else { return nil }
        let following = ClaimParser(analysis: next, discourse: discourse, withData: withData)
        let counts = following.numbers(.count, in: next.tokens.indices)
        guard counts.count == 1, let count = counts.first, following.pairs.isEmpty, following.bases.isEmpty,
            !next.hasEarlierMarker(next.tokens.indices), !following.opensWithScopeOfItsOwn,
            !next.tokens.contains(where: { $0.year != nil }), following.restatesQuantity(at: count)
        else { return nil }
        return (following, count)
    }

    /// Whether a word that derives a count ('dat zijn', 'ofwel', 'in totaal') stands before the count at `index`: such
    /// a count restates share × whole, as it does within a sentence ('Dat zijn er 150' after '42 procent van de
    /// 250'); it is no part stated as fact ('Het waren er 105').
    func isDerived(_ index: Int) -> Bool {
        (0..<index).contains { start in Self.derivingPhrases.contains { analysis.phraseEnd($0, at: start) != nil } }
    }

    /// Whether the count at `index` restates the quantity of the sentence before: 'Het waren er 72', 'dat zijn er
    /// 520', 'waren het er 488', 'dit aantal', or a sentence that opens by naming that count ('Het gaat om 72
    /// mensen', 'Het betrof 72 …'), as such a clause does within a sentence (`isTied`).
    private func restatesQuantity(at index: Int) -> Bool {
        let referring: Set<String> = ["het", "dat", "dit"]
        let names = analysis.firstPhrase(Lexicon.countRestatements, at: 0).map { $0.end == index } ?? false
        return Self.refersToQuantity(analysis) || names
            || index > 0 && tokens[index - 1].isWord("er") && tokens[..<index].contains { referring.contains($0.text) }
    }
}
