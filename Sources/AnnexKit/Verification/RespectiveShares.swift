/// 'Van de 480 leden waren er 120 jeugdlid en 60 senior, respectievelijk 25% en 12,5%', 'Er werden 300 romans en 150
/// strips uitgeleend, respectievelijk 20 en 10 procent van alle 1.500 uitleningen': after the one 'respectievelijk' of
/// a sentence a list of percentages (joined by ',' and a last 'en') takes, in its order, the counts of the list
/// before that word as its parts, each of the one whole the sentence marks ('Van de 480', 'van alle 1.500'). The
/// counts are labelled groups, so their nouns may differ ('romans', 'strips'), but they are of one kind with the whole,
/// none counts time, and together they are no more than it. Nil, and the share read as before, when the sentence has
/// any other count, another whole, or as many parts as shares does not hold.
///
/// With no count in its sentence ('Papier en glas maken respectievelijk 30% en 10% uit van deze stromen' after 'Er
/// werd 500 ton GFT, 300 ton papier en 100 ton glas ingezameld, samen 900 ton'), the labels of the list that opens
/// the sentence before 'respectievelijk' (`openingLabels`) each tell apart, by their words, one of the parts the
/// sentence before splits its whole into (`Discourse.Summary.split`); each share is of its label's part in that whole.
/// Nil when a label tells none apart, or two labels the same part.
extension ClaimParser {
    /// The part and whole of the share at `start..<end` when it is an item of such a list (see the extension).
    func respectiveShare(at start: Int, end: Int) -> (Operand?, Operand?)? {
        let marks = tokens.indices.filter { tokens[$0].isWord(Self.respectiveWord) && tokens[$0].depth == 0 }
        guard marks.count == 1, let mark = marks.first else { return nil }
        let shares = respectiveList(after: mark, of: .percent)
        if shares.isEmpty { return shareOfRespectiveCount(at: start, end: end, mark: mark) }
        guard mark < start, shares.count >= 2, let place = shares.firstIndex(where: { (start..<end).contains($0) })
        else { return nil }
        let counts = numbers(.count, in: tokens.indices)
        if counts.isEmpty { return labelledPartOfSplit(before: mark, place: place, of: shares.count) }
        let wholes = counts.filter(isWholeMarked)
        guard wholes.count == 1, let whole = wholes.first, let lastShare = shares.last else { return nil }
        let parts = counts.filter { $0 != whole }
        guard parts.count == shares.count, parts.allSatisfy({ $0 < mark && !countsTime($0) }),
            coordinated(parts) == parts, whole < parts[0] || whole > lastShare,
            ReadingSanity.kindAlike(parts + [whole], in: tokens)
        else { return nil }
        let total = operand(whole)
        guard let most = Operand(summing: parts.map { operand($0) }).bounds.lower, let size = total.bounds.upper,
            most <= size
        else { return nil }
        return (operand(parts[place]), total)
    }

    /// The part and whole of the share at `start..<end` when 'respectievelijk' at `mark` opens the list of counts
    /// instead ('Van de 600 ritten was 75% op tijd en 25% te laat, respectievelijk 450 en 150 ritten', 'Van de 600
    /// ritten kwamen er respectievelijk 450 en 150 via de app en de telefoon, ofwel 75% en 25%'): the sentence's
    /// percentages, coordinated and as many as those counts, each take the count in their place as their part, of the
    /// one whole the sentence marks before both lists. Since neither list follows the other's word, the counts must
    /// split that whole exactly, none counting time, and the sentence may have no other count.
    private func shareOfRespectiveCount(at start: Int, end: Int, mark: Int) -> (Operand?, Operand?)? {
        let parts = respectiveList(after: mark, of: .count)
        let shares = numbers(.percent, in: tokens.indices)
        guard parts.count >= 2, shares.count == parts.count, coordinated(shares) == shares,
            let place = shares.firstIndex(where: { (start..<end).contains($0) })
        else { return nil }
        let wholes = numbers(.count, in: tokens.indices).filter { !parts.contains($0) }
        guard wholes.count == 1, let whole = wholes.first, isWholeMarked(whole), whole < parts[0], whole < shares[0],
            !parts.contains(where: countsTime), ReadingSanity.kindAlike(parts + [whole], in: tokens),
            Operand(summing: parts.map { operand($0) }).bounds == operand(whole).bounds
        else { return nil }
        return (operand(parts[place]), operand(whole))
    }

    /// The part of the split of the sentence before that the label in `place` of the `count` labels before `mark`
    /// tells apart, and the split's whole.
    private func labelledPartOfSplit(before mark: Int, place: Int, of count: Int) -> (Operand?, Operand?)? {
        guard let labels = openingLabels(before: mark), labels.count == count, let split = scopedSentenceBefore?.split,
            let named = scopedSentenceBefore?.namedCounts
        else { return nil }
        let parts = named.filter { candidate in split.parts.contains { Self.isSame($0, candidate.operand) } }
        let told = labels.map { label in
            TellingWords.item(amongst: parts.count, by: label) { index, word in
                parts[index].words.contains { Self.areForms($0, word) }
            }
        }
        guard let mine = told[place], Set(told.compactMap { $0 }).count == count else { return nil }
        return (parts[mine].operand, split.whole)
    }

    /// The word that pairs the items of one list with those of another in their order.
    private static let respectiveWord = "respectievelijk"
}
