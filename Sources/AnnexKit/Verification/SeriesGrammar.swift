/// A series: values each with a year of its own, in rising years ('9.800 (2020), 10.450 (2021) en 11.760
/// (2022)', 'van 42 (2021) via 68 (2022) naar 101 (2023)'), in the claim's sentence or, when the claim's gives
/// no values of its own, the sentence before. A change the text states over it runs from its first to its last
/// value when the words before the claim name the whole period ('over de hele periode', 'in twee jaar' for a
/// series of two years), or is its last step when they name the last year ('in het laatste jaar').
extension ClaimParser {
    /// The values of the sentence's series, of any unit: at least `ReadingSanity.seriesLength` numbers of one
    /// unit, each with a year of its own beside it, the years rising.
    func series() -> [Int] {
        for unit in [NumberUnit.count, .percent] {
            let dated = numbers(unit, in: tokens.indices).filter { analysis.explicitYear(of: $0) != nil }
            let years = dated.compactMap { analysis.explicitYear(of: $0)?.year }
            if dated.count >= ReadingSanity.seriesLength, zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) {
                return dated
            }
        }
        return []
    }

    /// The start and end value of a change claimed at `index` over a series (see the type).
    func seriesStep(for index: Int, unit: NumberUnit) -> (Operand?, Operand?)? {
        let own = series().filter { $0 != index && tokens[$0].number?.unit == unit }
        let values = own.count >= ReadingSanity.seriesLength ? own.map { operand($0) } : []
        let ownValues = numbers(unit, in: tokens.indices).filter { $0 != index }
        let carried = ownValues.isEmpty ? discourse.lastSeries.filter { $0.unit == unit } : []
        let series = values.isEmpty ? carried : values
        guard series.count >= ReadingSanity.seriesLength, let first = series.first?.year, let last = series.last?.year
        else { return nil }
        // The words before the claim back to the last number in digits ('…; over de hele periode is dat …').
        let previous = analysis.numberIndices.last { $0 < index && tokens[$0].number?.isWord == false } ?? -1
        let words = (previous + 1)..<index
        if analysis.indices(of: Self.lastStepWords, in: words).isEmpty == false {
            return (series[series.count - 2], series[series.count - 1])
        }
        // A duration in years is a label, not a quantity ('in twee jaar', 'in 3 jaar').
        let spanned = words.contains { position in
            (NumberWords.value(of: tokens[position].text) ?? Int(tokens[position].text)) == last - first
                && position + 1 < tokens.count && Self.yearWords.contains(tokens[position + 1].text)
        }
        if spanned || !analysis.indices(of: Self.wholePeriodWords, in: words).isEmpty {
            return (series[0], series[series.count - 1])
        }
        return nil
    }

    /// Words that name a series' last step ('in het laatste jaar').
    static let lastStepWords: Set<String> = ["laatste"]

    /// Words that name a series' whole period ('over de hele periode').
    static let wholePeriodWords: Set<String> = ["periode"]

    /// Words after a number of years ('in twee jaar').
    static let yearWords: Set<String> = ["jaar", "jaren"]
}
