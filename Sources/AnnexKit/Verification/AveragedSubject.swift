/// A mean whose subject names its unit after the average word, with no 'per': 'In Q3 telden we 612.400 kassabonnen,
/// goed voor een omzet van € 4,96 mln. De gemiddelde bon komt daarmee op € 8,10.' The mean is per one bon: the
/// sentence before's total over its count of bonnen (`ClaimParser.meanPerUnitReading`).
extension ClaimParser {
    /// The noun after an article and an average word that open the clause of the number at `index` ('De gemiddelde
    /// bon', 'Een gemiddelde klant'), when that number is the sentence's only one and its clause refers back: the unit
    /// the mean is per, whose count and total the sentence before gives. Nil otherwise, and when the number names
    /// neither a currency nor a noun of its own: then nothing ties the total to it ('De gemiddelde wachttijd is
    /// daarmee 30 dagen' names the quantity, not what a count counts).
    func averagedSubjectUnit(of index: Int) -> String? {
        let clause = analysis.clause(of: index)
        let start = clause.lowerBound
        guard analysis.numberIndices == [index], start + 2 < index, Lexicon.articles.contains(tokens[start].text),
            Lexicon.averageWords.contains(tokens[start + 1].text), tokens[start + 2].kind == .word,
            !Lexicon.grammarWords.contains(tokens[start + 2].text), refersBack(clause),
            tokens[index].number?.currency.isEmpty == false || ReadingSanity.noun(after: index, in: tokens) != nil
        else { return nil }
        return tokens[start + 2].text
    }
}
