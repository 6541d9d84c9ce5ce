/// The amount a noun of change gives after 'van' ('Dat is een stijging van 1,1 cent oftewel 3,5 procent', 'een
/// verschil van 17 dagen; een A staat daarmee 60 procent langer …'): the size of a change, no level, so never one of
/// the values of another change in its sentence. A 'van' that opens a pair ('een daling van 5.400 naar 5.100') keeps
/// its number a start.
extension ClaimParser {
    /// Whether the number at `index` is the amount a noun of change gives after 'van' (see above).
    func isChangeNounAmount(_ index: Int) -> Bool {
        Self.amountCue(before: index, in: tokens) == .changeNoun
            && !pairs.contains { $0.from == index || $0.to == index }
    }
}
