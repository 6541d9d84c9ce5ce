/// A count after 'met' inside the noun phrase that opens a clause, before its verb ('De huur van een woning met drie
/// kamers steeg van … naar …'): it says what the subject's noun has, not by how much the verb changes it ('De huur
/// steeg met 40 euro', 'De huur is met 40 euro gestegen' give the amount after a verb).
extension ClaimParser {
    /// Whether 'met' at `with` stands in the noun phrase that opens its clause: the clause opens with an article,
    /// no verb stands before 'met' in it (an auxiliary or a word of direction) and a word of direction after it.
    func inOpeningNounPhrase(_ with: Int) -> Bool {
        let clause = analysis.clause(of: with)
        guard with > clause.lowerBound, Self.determiners.contains(tokens[clause.lowerBound].text) else { return false }
        let opening = clause.lowerBound..<with
        let verbBefore = opening.contains { Lexicon.finiteVerbs.contains(tokens[$0].text) }
            || !directions(in: opening).isEmpty
        return !verbBefore && !directions(in: (with + 1)..<clause.upperBound).isEmpty
    }
}
