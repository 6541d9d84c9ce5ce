/// Two values of one measure, each dated by a year of its own after it ('De zaalhuur was € 6.800 in 2024 en € 7.150 in
/// 2025.', 'Zaalhuur: € 6.800 (2024) en € 7.150 (2025).'): the earlier year's value is the start and the later one's
/// the end of a change the next sentence states ('Dat is een stijging van 5,1 procent.'), as they are of a change in
/// their own sentence. A total before ':' that the two add up to ('In totaal 1.934 hectare: 1.120 hectare in 2022
/// en 814 hectare in 2023') is their whole, no third value beside them (`besideSpelledTotal`).
extension ClaimParser {
    /// The sentence's only two numbers besides a total they spell out as a start and an end value, when they are of
    /// one unit and currency, each has a year after it (`explicitYear`), the years rise, neither is the amount of a
    /// change, what they count is one noun, and no word past the first has a capital: a name ('in het arrondissement
    /// Oost-Nederland', 'in Utrecht …, in Zeist …') says whose values they are, and a change the next sentence states
    /// may be another's. Nil otherwise.
    func datedPair() -> (from: Operand, to: Operand)? {
        let values = besideSpelledTotal(analysis.numberIndices)
        guard values.count == 2, let first = tokens[values[0]].number, let second = tokens[values[1]].number,
            first.unit == second.unit, first.currency == second.currency,
            let start = analysis.explicitYear(of: values[0]), let end = analysis.explicitYear(of: values[1]),
            start.token > values[0], end.token > values[1], start.year < end.year,
            !values.contains(where: { Self.isChangeAmount($0, analysis) }), countsOneNoun(values),
            !tokens.indices.dropFirst().contains(where: analysis.isCapitalisedWord)
        else { return nil }
        return (operand(values[0], year: start.year), operand(values[1], year: end.year))
    }

    /// `values` without their first when that one stands before the sentence's first ':' and is the exact sum of the
    /// two after it, of its unit and currency: a whole the ':' spells out by its parts.
    private func besideSpelledTotal(_ values: [Int]) -> [Int] {
        let numbers = values.compactMap { tokens[$0].number }
        guard values.count == 3, numbers.count == 3,
            let colon = tokens.indices.first(where: { tokens[$0].isMark(":") && tokens[$0].depth == 0 }),
            values[0] < colon, values[1] > colon,
            numbers.allSatisfy({ $0.unit == numbers[0].unit && $0.currency == numbers[0].currency }),
            numbers[0].value == numbers[1].value + numbers[2].value
        else { return values }
        return Array(values.dropFirst())
    }
}
