/// 'Van de 41.905 klachten kwamen er 13.480 uit de regio West. Regio Noord was goed voor 5.230 klachten (12,5%).': a
/// share in brackets right after its part, in a sentence that gives no other count and names no whole of its own,
/// whose part counts the noun of the whole the sentence before opens with ('Van de W N …'), is of that whole: the
/// sentence goes on with the split the one before began, a sibling part beside the part that sentence gave. Nothing
/// but position says the bracket is of that whole and not of another count the text leaves unsaid, so the whole is
/// bound by position only: it confirms a share that agrees, and never contradicts one. Nil with a year other than that
/// sentence's, or a word of an earlier time.
extension ClaimParser {
    /// The whole the sentence before opens with, for the share in brackets after `part` ending at `end` (see the
    /// extension).
    func openedSplitWhole(ofShareEndingAt end: Int, part: Int) -> Operand? {
        guard tokens[end - 1].depth > 0, wholeName(afterShareEndingAt: end) == nil, nameableCounts == [part],
            let partNoun = ReadingSanity.noun(after: part, in: tokens), let before = discourse.earlier.last,
            let opened = before.openingWhole, opened.unit == .count, operand(part).value < opened.value,
            before.year.map({ Set(tokens.compactMap(\.year)).isSubset(of: [$0]) })
                ?? !tokens.contains(where: { $0.year != nil }),
            !analysis.hasEarlierMarker(tokens.indices),
            let named = before.namedCounts.first(where: { Self.isSame($0.operand, opened) }),
            named.words.contains(where: { Self.areForms($0, partNoun) })
        else { return nil }
        return opened.carriedOverByPosition
    }
}
