/// A sentence that speaks of the complement of what another counted: what is absent or not the case ('geen', 'niet',
/// `Lexicon.absenceWords`), or what lies outside ('Daarmee woont 30% van de leden buiten de stad', after 'De
/// vereniging telt 200 leden, van wie 140 in de stad wonen'). A share that turns so against the sentence before it
/// may be the share of the rest (60 of 200 = 30%): it takes no part and whole from that sentence
/// (`ClaimParser.turnsPolarity`).
extension Lexicon {
    /// Words that place something outside what a sentence named ('buiten').
    static let outsideWords: Set<String> = ["buiten"]

    /// Whether the tokens speak of a complement: they say something is absent (`saysAbsence`) or outside.
    static func saysComplement(_ tokens: [Token]) -> Bool {
        saysAbsence(tokens) || tokens.contains { $0.kind == .word && outsideWords.contains($0.text) }
    }
}
