/// 'Sporthal De Landing was in totaal 2.870 uur verhuurd op een beschikbare capaciteit van 3.640 uur.': a count of
/// time is no part nor whole of a share elsewhere ('binnen de norm van zes maanden'), but two counts of one unit of
/// time, the second marked as the whole of the first ('op een capaciteit van', 'van de'), are a time used of the time
/// available, the part and whole a share after them ('De bezettingsgraad kwam daarmee uit op 78,8%') is of.
extension ClaimParser {
    /// The sentence's only two counts as a time used and the time available (see the extension); nil when they are
    /// not both of one unit of time, when either is a rate per time ('30 uur per week') or when only the first is
    /// marked as a whole.
    func timeUsedOfAvailable() -> (part: Operand, whole: Operand)? {
        let counts = numbers(.count, in: tokens.indices)
        guard counts.count == 2 else { return nil }
        let (used, available) = (counts[0], counts[1])
        guard available + 1 < tokens.count, Lexicon.durationUnits.contains(tokens[used + 1].text),
            tokens[used + 1].text == tokens[available + 1].text, !isRatePerTime(used), !isRatePerTime(available),
            isWholeMarked(available), !isWholeMarked(used)
        else { return nil }
        return (operand(used), operand(available))
    }
}
