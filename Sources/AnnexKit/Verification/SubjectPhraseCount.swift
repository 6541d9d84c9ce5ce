/// A count after 'met' inside the noun phrase that opens a clause, before its verb ('De huur van een woning met drie
/// kamers steeg van … naar …'): it says what the subject's noun has, not by how much the verb changes it ('De huur
/// steeg met 40 euro', 'De huur is met 40 euro gestegen' give the amount after a verb).
extension ClaimParser {
    /// Whether 'met' at `with` stands in the noun phrase that opens its clause: the clause opens with an article,
    /// 'met' follows a noun right after an article, no verb stands before 'met' in the clause (an auxiliary or a word
    /// of direction) and a word of direction after it.
    func inOpeningNounPhrase(_ with: Int) -> Bool {
        let clause = analysis.clause(of: with)
        // 'met' right after a noun an article opens ('een woning met'), not after a verb ('nam met 40 toe').
        guard with - Self.articledNoun >= clause.lowerBound, Self.determiners.contains(tokens[clause.lowerBound].text),
            Self.nounArticles.contains(tokens[with - Self.articledNoun].text), tokens[with - 1].kind == .word,
            !Lexicon.grammarWords.contains(tokens[with - 1].text)
        else { return false }
        let opening = clause.lowerBound..<with
        let verbBefore = opening.contains { Lexicon.finiteVerbs.contains(tokens[$0].text) }
            || !directions(in: opening).isEmpty
        return !verbBefore && !directions(in: (with + 1)..<clause.upperBound).isEmpty
    }

    /// The tokens from a noun's article to 'met': the article and the noun.
    static let articledNoun = 2
    /// Articles that open a noun phrase.
    static let nounArticles = determiners.union(["een"])
}
