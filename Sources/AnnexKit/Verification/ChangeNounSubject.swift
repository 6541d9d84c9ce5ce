/// A noun of change as the subject before its amount: 'Dan is de groei 150 leden.', 'De toename bedraagt 3
/// procentpunt.', 'De daling was 12 procent.', 'De groei kwam uit op 600 bezoekers.'. Its definite article makes it
/// the change the text has just stated, so its amount is a change (a count a difference, signed by the noun) tied to
/// the pair of its sentence or the one before as a word of reference ('dat') would tie it. A forecast ('De groei
/// bedraagt naar verwachting 3 procent') is about another time: no subject of this kind.
extension ClaimParser {
    /// Where the noun of change stands that is the subject of the number at `index`: 'de' or 'het' and the noun
    /// in the number's clause, then only verbs of being, their particles ('kwam uit op') and hedges up to the number,
    /// or a verb of being right before the article ('Dan is de groei 150 leden'); nil when the clause has a word of
    /// the future, or the noun a complement ('de groei van de wachtlijst').
    func changeNounSubject(of index: Int) -> Int? { nounSubject(of: index) { Lexicon.changeNouns.contains($0) } }

    /// Where a noun `names` admits stands as the subject of the number at `index`, as for `changeNounSubject`: a
    /// shortfall's or excess's noun too ('Het tekort bedroeg daarmee € 5.500').
    func nounSubject(of index: Int, naming names: (String) -> Bool) -> Int? {
        let clause = analysis.clause(of: index)
        guard !clause.contains(where: { tokens[$0].kind == .word && Lexicon.futureWords.contains(tokens[$0].text) }),
            let noun = (clause.lowerBound..<index).last(where: {
                tokens[$0].kind == .word && names(tokens[$0].text)
            }),
            noun > clause.lowerBound, Self.subjectArticles.contains(tokens[noun - 1].text)
        else { return nil }
        let between = tokens[(noun + 1)..<index]
        guard between.allSatisfy({ $0.kind == .word && Self.subjectLinks.contains($0.text) || $0.isMark("€") })
        else { return nil }
        let verbBefore = noun >= 2 && Self.levelVerbs.contains(tokens[noun - 2].text)
        return between.contains { Self.levelVerbs.contains($0.text) } || verbBefore ? noun : nil
    }

    /// Articles that make a noun of change the one just stated ('de groei', 'het verschil').
    static let subjectArticles: Set<String> = ["de", "het"]

    /// Words that may stand between the subject and its amount: verbs of being, the particles of 'kwam uit op',
    /// hedges ('De daling bedroeg ruim 12 procent') and adverbs that refer back ('De daling bedroeg daarmee 12
    /// procent', 'dus', 'hiermee').
    static let subjectLinks = levelVerbs.union(["uit", "op"]).union(Lexicon.hedges.keys)
        .union(["daarmee", "hiermee", "dus"])
}
