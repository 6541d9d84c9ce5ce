/// A mean per unit whose unit a clause names as 'each of the N units' or 'each unit' instead of with 'per': 'Met in
/// totaal 1.284 meldingen ontving elk van de vier gemeenten er gemiddeld 321' (1.284 / 4 = 321), 'Met 96 leden en
/// 2.400 gewerkte uren werkte elk lid gemiddeld 25 uur' (2.400 / 96 = 25).
extension ClaimParser {
    /// The noun of 'elk' or 'ieder' (or 'elke', 'iedere'), 'van', a determiner of a whole, a number and a noun before
    /// the mean at `index` in its clause ('elk van de vier gemeenten', 'elk van onze twaalf filialen'), or of 'elk(e)'
    /// or 'ieder(e)' and a noun as the subject, after no preposition ('verwerkte elke medewerker gemiddeld …'; 'voor
    /// elke klant' names whom it is for): the units the mean is per. Nil without that phrase.
    func eachUnit(of index: Int) -> String? {
        let clause = analysis.clause(of: index)
        guard let start = (clause.lowerBound..<index).first(where: { Self.eachWords.contains(tokens[$0].text) }),
            start + 1 < index, tokens[start + 1].kind == .word
        else { return nil }
        if start + 4 < index, tokens[start + 1].isWord("van"),
            Lexicon.wholeDeterminers.contains(tokens[start + 2].text), tokens[start + 3].number != nil,
            tokens[start + 4].kind == .word
        {
            return tokens[start + 4].text
        }
        let noun = tokens[start + 1].text
        guard !Lexicon.grammarWords.contains(noun),
            start == clause.lowerBound || !Lexicon.prepositions.contains(tokens[start - 1].text)
        else { return nil }
        return noun
    }

    /// Whether the sentence before `index` sets a count per each unit of something ('Voor elke kaart die de kleine
    /// zaal verkocht, verkocht de grote zaal er bijna drie'): a preposition and 'elk(e)' or 'ieder(e)'. The count
    /// then tells how many come on one unit, so a count in brackets after it restates no value of it.
    func countsPerEach(_ index: Int) -> Bool {
        (1..<max(index, 1)).contains {
            Self.eachWords.contains(tokens[$0].text) && Lexicon.prepositions.contains(tokens[$0 - 1].text)
        }
    }

    /// The words of 'each' that open the phrase.
    static let eachWords: Set<String> = ["elk", "elke", "ieder", "iedere"]
}
