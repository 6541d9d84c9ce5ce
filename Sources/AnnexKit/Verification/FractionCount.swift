/// The number word of a fraction in words: 'drie' of 'drie kwart', 'twee' of 'twee derde', 'drie' of 'drie vijfde'.
/// The fraction is one relative value; its number word counts nothing of its own, so it is no value: never the
/// part of a share nor an item of a sum ('Daarvan werd drie kwart afgewezen' is no 3 of the count before). A number
/// word before anything else ('twee van de drie locaties', 'er twee') is a count, as before.
extension ClaimParser {
    /// Whether the number at `index` is the number word of a fraction in words (see the extension).
    static func countsFraction(_ index: Int, _ tokens: [Token]) -> Bool {
        guard let number = tokens[index].number, number.isWord, number.unit == .count, number.multiplier == 1,
            index + 1 < tokens.count, tokens[index + 1].kind == .word,
            let (numerator, denominator) = Lexicon.fractions[tokens[index + 1].text]
        else { return false }
        return numerator == 1 && number.value < Exact(denominator)
    }
}
