/// A change a noun of better or worse names ('Dat is een verbetering van 7 procent', 'een verslechtering van 12%'):
/// whether a rise is better depends on the measure (a return, a waiting time), so the noun gives the change's size
/// and no sign. It is checked as a change of unknown direction: its size against the magnitude of the recomputed
/// change.
extension ClaimParser {
    /// Whether the percentage is the size that a noun of better or worse gives it after 'van' or, as a line's
    /// label, a colon, a hedge allowed ('een verbetering van ruim 7%', 'Verbetering: 7%').
    func isUnsignedChange(_ index: Int) -> Bool {
        let before = Self.positionPastHedges(before: index, in: tokens)
        return before > 0 && (tokens[before].isWord("van") || tokens[before].isMark(":"))
            && tokens[before - 1].kind == .word
            && Lexicon.qualityChanges.contains(tokens[before - 1].text)
    }
}
