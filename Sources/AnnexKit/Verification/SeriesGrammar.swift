/// A series: values each with a year of its own, in rising years ('9.800 (2020), 10.450 (2021) en 11.760
/// (2022)', 'van 42 (2021) via 68 (2022) naar 101 (2023)', 'van 28% in 2019 naar 24% in 2021 en 21% in 2023'), in
/// the claim's sentence or, when the claim's gives no values of its own, the sentence before. Its values are levels,
/// never changes themselves. A change the text states over it runs from its first to its last value when the words
/// before the claim name the whole period ('over de hele periode', 'in totaal', 'sinds 2019', 'in twee jaar' for a
/// series from 2021 to 2023), or is its last step when they name that ('in het laatste jaar', 'in één jaar' for
/// 2022 to 2023; for a series the sentence before gives, 'ten opzichte van vorig jaar' anywhere in the claim's
/// sentence, the last step a year); else it is about no pair the text gives, and never about the series' first two
/// values.
extension ClaimParser {
    /// The values of the sentence's series, of any unit: at least `ReadingSanity.seriesLength` numbers of one
    /// unit, each with a year of its own beside it, the years rising.
    /// A series of changes ('steeg met 5% in 2021, 7% in 2022 en 3% in 2023': its first value after 'met' or a
    /// noun of change and 'van') is no series of levels, and none here.
    func series() -> [Int] {
        for unit in [NumberUnit.count, .percent] {
            // An index's base ('(2015 = 100)') defines the scale: no level of the series.
            let dated = numbers(unit, in: tokens.indices).filter {
                analysis.listedYear(of: $0) != nil && !($0 > 0 && tokens[$0 - 1].isMark("="))
            }
            let years = dated.compactMap { analysis.listedYear(of: $0)?.year }
            if dated.count >= ReadingSanity.seriesLength, zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }),
                Self.amountCue(before: dated[0], in: tokens) == nil, countsOneNoun(dated)
            {
                return dated
            }
        }
        return []
    }

    /// The operands of the sentence's series, each with its year.
    func seriesOperands() -> [Operand] { series().map(seriesOperand) }

    /// The value at `index` of a series, with the year its list gives it.
    private func seriesOperand(_ index: Int) -> Operand { operand(index, year: analysis.listedYear(of: index)?.year) }

    /// Whether a change at `index` in `unit` is one over a series: its sentence gives one without it, or gives no
    /// other value of the unit after a sentence that gave one. Its start and end are `seriesStep`'s or none.
    func isOverSeries(_ index: Int, unit: NumberUnit) -> Bool {
        if series().filter({ $0 != index && tokens[$0].number?.unit == unit }).count >= ReadingSanity.seriesLength {
            return true
        }
        return numbers(unit, in: tokens.indices).allSatisfy { $0 == index }
            && discourse.lastSeries.filter { $0.unit == unit }.count >= ReadingSanity.seriesLength
    }

    /// Whether the values that name what they count name one noun ('42.000 plaatsen in 2022 naar 52.500 in 2023'; not
    /// '42.000 plaatsen in 2022, 3.100 medewerkers in 2023 …', values of two measures).
    func countsOneNoun(_ values: [Int]) -> Bool {
        let nouns = values.compactMap { ReadingSanity.noun(after: $0, in: tokens) }
        return nouns.allSatisfy { Self.areForms($0, nouns[0]) }
    }

    /// The start and end value of a change claimed at `index` over a series (see the type).
    func seriesStep(for index: Int, unit: NumberUnit) -> (Operand?, Operand?)? {
        let own = series().filter { $0 != index && tokens[$0].number?.unit == unit }
        let values = own.count >= ReadingSanity.seriesLength ? own.map(seriesOperand) : []
        let ownValues = numbers(unit, in: tokens.indices).filter { $0 != index }
        let carried = ownValues.isEmpty ? discourse.lastSeries.filter { $0.unit == unit } : []
        let series = values.isEmpty ? carried : values
        guard series.count >= ReadingSanity.seriesLength, let first = series.first?.year, let last = series.last?.year
        else { return nil }
        // The words before the claim back to the last number in digits ('…; over de hele periode is dat …').
        let previous = analysis.numberIndices.last { $0 < index && tokens[$0].number?.isWord == false } ?? -1
        let words = (previous + 1)..<index
        let (penultimate, final) = (series[series.count - 2], series[series.count - 1])
        // A duration in years is a label, not a quantity ('in twee jaar', 'in 3 jaar', 'in één jaar').
        let span = words.lazy.compactMap { position -> Int? in
            guard position + 1 < tokens.count, Self.yearWords.contains(tokens[position + 1].text) else { return nil }
            return Self.yearCount(tokens[position].text)
        }.first
        if let named = namedSpan(in: words, of: series) { return named }
        if span == last - first || !analysis.indices(of: Self.wholePeriodWords, in: words).isEmpty {
            return (series[0], final)
        }
        let lastStep = penultimate.year.map { last - $0 }
        let namesLastStep = !analysis.indices(of: Self.lastStepWords, in: words).isEmpty
        // 'steeg met 12,5 procent ten opzichte van vorig jaar' under lines of years: the step to the last year.
        let namesYearBefore =
            values.isEmpty && lastStep == 1
            && PeriodSeries.comparedPeriod(in: analysis) == .back(PeriodSeries.monthsPerYear)
        if namesLastStep || namesYearBefore || span != nil && span == lastStep { return (penultimate, final) }
        // With no span named, the whole series is the likeliest, taken by position only: it may confirm, never
        // contradict.
        guard span == nil else { return nil }
        return (series[0].carriedOverByPosition, final.carriedOverByPosition)
    }

    /// The span of a series the words before a change name by its years: two years ('Groei 2021-2024', 'Toename
    /// 2025 ten opzichte van 2024') from the earlier to the later; one year after 'sinds' or a comparison marker
    /// ('sinds 2022', 'ten opzichte van 2022') to the series' last. `.some(nil)`, no values, when the years named
    /// are not among the series' or are more than two; nil when the words name no year, or one year as no start.
    private func namedSpan(in words: Range<Int>, of series: [Operand]) -> (Operand?, Operand?)?? {
        let named = words.filter { tokens[$0].year != nil }
        let years = Set(named.compactMap { tokens[$0].year }).sorted()
        func value(_ year: Int) -> Operand? { series.first { $0.year == year } }
        switch years.count {
        case 0: return nil
        case 1:
            let start = named[0]
            guard start > 0 && tokens[start - 1].isWord("sinds") || analysis.isBaseYear(start) else { return nil }
            guard let from = value(years[0]), let to = series.last, to.year != years[0] else { return .some(nil) }
            return (from, to)
        case 2:
            guard let from = value(years[0]), let to = value(years[1]) else { return .some(nil) }
            return (from, to)
        default: return .some(nil)
        }
    }

    /// Words that name a series' last step ('in het laatste jaar').
    static let lastStepWords: Set<String> = ["laatste"]

    /// Words that name a series' whole period ('over de hele periode', 'in totaal').
    static let wholePeriodWords: Set<String> = ["periode", "totaal"]

    /// How many years a word before 'jaar' counts ('twee', '3', 'één', 'een').
    static func yearCount(_ word: String) -> Int? {
        oneWords.contains(word) ? 1 : NumberWords.value(of: word) ?? Int(word)
    }

    /// Words for one before a noun ('in één jaar', 'in een jaar').
    static let oneWords: Set<String> = ["een", "één"]

    /// Words after a number of years ('in twee jaar').
    static let yearWords: Set<String> = ["jaar", "jaren"]
}
