/// A figure computed from the two values the sentence before sets against each other: their sum, said with a word
/// that joins ('Overijssel 9.870, Groningen 4.830. …; samen namen de twee provincies 14.700 aanvragen voor hun
/// rekening'), or the gap between them, said with a noun of difference ('Het prijsverschil bedroeg € 19.000'). Such a
/// figure restates the pair; it is no third value that a multiple or a change of the sentence could be of, so it does
/// not keep the multiple from the pair ('…; een BMW was daarmee ruim tweeënhalf keer zo duur'). Nor does 'twee'
/// after 'de' or 'beide', which counts the two groups themselves ('de twee provincies').
extension ClaimParser {
    /// Whether the number at `index` is, exactly as written, the sum of the two values the sentence before contrasts
    /// with a joining word in its clause, or their difference with a noun of difference in its clause.
    func derivesFromLastContrast(_ index: Int) -> Bool {
        let values = discourse.lastContrast
        guard values.count == 2, let number = tokens[index].number, values.allSatisfy({ $0.unit == number.unit })
        else { return false }
        if number.isWord, number.value == Exact(values.count), index > 0,
            Self.bothWords.contains(tokens[index - 1].text)
        {
            return true
        }
        let clause = analysis.clause(of: index)
        let (first, second) = (values[0].value, values[1].value)
        if number.value == first + second {
            return clause.contains { position in Lexicon.joiningCues.contains { analysis.matches($0, at: position) } }
        }
        guard number.value == first - second || number.value == second - first else { return false }
        return clause.contains { position in
            tokens[position].kind == .word && tokens[position].text.hasSuffix(Self.differenceNoun)
        }
    }

    /// Words before 'twee' that make it count the two groups compared ('de twee provincies').
    private static let bothWords: Set<String> = ["de", "beide"]

    /// The noun of a difference, also at the end of a compound ('prijsverschil').
    private static let differenceNoun = "verschil"
}
