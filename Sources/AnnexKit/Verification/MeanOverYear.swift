/// A mean per month, quarter or week of a total over a whole year: 'Uw declaraties over 2024 bedroegen samen
/// € 1.200, gemiddeld € 100 per maand' spreads the total over the twelve months of the year the sentence states
/// ('over 2024', 'in 2024', 'over heel 2024', 'vorig jaar', 'januari t/m december'). A sentence that names a part of
/// a year ('tot nu toe', 'sinds maart', 'de eerste helft van 2024') or more than one year states no whole year: the
/// mean is left as before. A mean that refers back ('In 2023 kwamen 2.184 klachten binnen. Dat is gemiddeld 42 per
/// week.') takes the year the sentence before states. A named half of a year or quarter ('In het eerste halfjaar …',
/// 'over het derde kwartaal') holds six or three months of it: 'In het eerste halfjaar kwamen 1.320 meldingen binnen,
/// gemiddeld 220 per maand'.
extension ClaimParser {
    /// The number of `unit`s in the one whole year or named part of it the sentence states its total over, as an
    /// operand of the construction; nil when `unit` is no part of it (a quarter of a quarter) or the sentence states
    /// no such period.
    /// With `before`, the mean refers back to the counts of the sentence before: that sentence must state the year,
    /// and the mean's own sentence name no time at all.
    func unitsInStatedYear(_ unit: String, before: Bool) -> Operand? {
        if Self.isForm(unit, of: Self.day) { return before ? daysInYearBefore() : daysInStatedPeriod() }
        guard let (_, perYear) = Self.unitsPerYear.first(where: { Self.isForm(unit, of: $0.unit) }),
            let (line, months) = before
                ? (namesNoTime ? discourse.lastWholeYearLine.map { ($0, Self.monthsInYear) } : nil)
                : statedWholeYear().map({ ($0, Self.monthsInYear) }) ?? statedPartOfYear(),
            perYear * months % Self.monthsInYear == 0, perYear * months > Self.monthsInYear
        else { return nil }
        return constructedCount(perYear * months / Self.monthsInYear, line: line)
    }

    /// A count the construction of the sentence gives (the months or days of its period), on `line`.
    private func constructedCount(_ count: Int, line: Int) -> Operand {
        let number = WrittenNumber(
            value: Exact(count), unit: .count, decimals: 0, step: Exact(1), isRounded: false, sign: nil,
            text: String(count), hedge: nil)
        return Operand(number, year: nil, token: nil, line: line, binding: OperandBinding(.construction))
    }

    /// The days of the one period the sentence states its total over: a named month ('In september …': 30; February
    /// only with its year) or a whole year with its number ('over 2024': 366); nil for a year without its number
    /// ('vorig jaar'), an abbreviated month, two months or a word of a part of a period ('tot', 'sinds').
    private func daysInStatedPeriod() -> Operand? {
        let months = tokens.indices.filter { tokens[$0].kind == .word && Lexicon.months.contains(tokens[$0].text) }
        let years = tokens.compactMap(\.year)
        guard months.count <= 1, years.count <= 1 else { return nil }
        if let month = months.first {
            let name = tokens[month].text
            let days = name == Self.february ? years.first.map(Self.daysInFebruary) : Self.daysInMonth[name]
            guard let days, !tokens.contains(where: { $0.kind == .word && Self.partOfPeriod.contains($0.text) })
            else { return nil }
            return constructedCount(days, line: analysis.line(of: month))
        }
        guard let line = statedWholeYear(), let year = years.first, year > 0 else { return nil }
        return constructedCount(Self.days(of: year), line: line)
    }

    /// The days of the whole year the sentence before states with its number, for a mean per day that refers back
    /// to its total and names no time of its own ('In 2023 kwamen 1.112 meldingen binnen. Dat zijn er ruim drie per
    /// dag.': 365); nil when that sentence states no whole year or not its number ('vorig jaar').
    private func daysInYearBefore() -> Operand? {
        guard namesNoTime, let line = discourse.lastWholeYearLine, let before = discourse.earlier.last,
            !before.frame.inherited, let year = before.frame.later, year > 0
        else { return nil }
        return constructedCount(Self.days(of: year), line: line)
    }

    /// The days of `year` of the Gregorian calendar.
    private static func days(of year: Int) -> Int {
        daysInYear + daysInFebruary(of: year) - daysInCommonFebruary
    }

    /// The days of February in `year` of the Gregorian calendar.
    private static func daysInFebruary(of year: Int) -> Int {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? daysInCommonFebruary + 1 : daysInCommonFebruary
    }

    /// The days of each month but February, by its full name.
    private static let daysInMonth: [String: Int] = [
        "januari": 31, "maart": 31, "april": 30, "mei": 31, "juni": 30, "juli": 31, "augustus": 31,
        "september": 30, "oktober": 31, "november": 30, "december": 31,
    ]

    /// The month whose days depend on the year.
    private static let february = "februari"
    /// The days of a common year and of its February.
    private static let daysInYear = 365
    private static let daysInCommonFebruary = 28
    /// The unit of a mean per day ('gemiddeld 42 per dag').
    private static let day = "dag"

    /// The line of the whole year the sentence states: its one year right after 'over' or 'in' (or 'over heel'),
    /// 'vorig jaar', 'over het hele jaar', or the span of 'januari' to 'december'; nil when it names another month, a
    /// second year or a word of a part of a period.
    func statedWholeYear() -> Int? {
        let years = tokens.indices.filter { tokens[$0].year != nil }
        let months = tokens.indices.filter { tokens[$0].kind == .word && Lexicon.months.contains(tokens[$0].text) }
        // The words that join 'januari' to 'december' ('tot en met') name no part of the year.
        let span = months.map { tokens[$0].text } == ["januari", "december"] ? months[0]...months[1] : nil
        guard years.count <= 1, !tokens.indices.contains(where: { position in
            tokens[position].kind == .word && Self.partOfPeriod.contains(tokens[position].text)
                && !(span?.contains(position) ?? false)
        }) else { return nil }
        if let span { return analysis.line(of: years.first ?? span.lowerBound) }
        guard months.isEmpty else { return nil }
        if years.isEmpty, let whole = lastYear ?? wholeYearUnnumbered { return analysis.line(of: whole) }
        // 'over heel 2025': 'heel' before the year says it is whole.
        guard let year = years.first, year > 0 else { return nil }
        let opening = tokens[year - 1].isWord("heel") && year > 1 ? year - 2 : year - 1
        guard tokens[opening].isWord("over") || tokens[opening].isWord("in") else { return nil }
        return analysis.line(of: year)
    }

    /// The position of 'jaar' in 'vorig jaar' or 'vorige jaar', the one calendar year before this one, whole; nil
    /// when the sentence names another year too ('vorig jaar en dit jaar').
    private var lastYear: Int? {
        guard tokens.filter({ $0.isWord("jaar") || $0.isWord("jaren") }).count == 1 else { return nil }
        return tokens.indices.dropFirst().first { index in
            tokens[index].isWord("jaar")
                && (tokens[index - 1].isWord("vorig") || tokens[index - 1].isWord("vorige"))
        }
    }

    /// The position of a phrase of one whole year whose number the sentence leaves unsaid ('Over het hele jaar kwamen
    /// 22.000 aanvragen binnen': `wholeYearCues`); nil when the sentence names another year too.
    private var wholeYearUnnumbered: Int? {
        guard tokens.filter({ $0.isWord("jaar") || $0.isWord("jaren") }).count == 1 else { return nil }
        return tokens.indices.first { analysis.firstPhrase(Self.wholeYearCues, at: $0) != nil }
    }

    /// The line and months of the one named half of a year or quarter the sentence states its total over: 'in' or
    /// 'over', 'het', an ordinal and 'halfjaar' (six months) or 'kwartaal' (three), or those three words opening the
    /// sentence as its subject ('Het derde kwartaal telde 11.400 …'); nil when it names a month, a
    /// second year, another such part, another ordinal ('…, in het tweede 2,6 …': a part left unsaid) or another word
    /// of a part of a period ('tot nu toe', 'sinds').
    func statedPartOfYear() -> (line: Int, months: Int)? {
        let named = tokens.indices.filter { index in
            guard index >= 2, let months = Self.monthsInPart[tokens[index].text],
                let ordinals = Self.partOrdinals[months]
            else { return false }
            return ordinals.contains(tokens[index - 1].text) && tokens[index - 2].isWord("het")
                && (index == 2 || tokens[index - 3].isWord("in") || tokens[index - 3].isWord("over"))
        }
        guard named.count == 1, let part = named.first, let months = Self.monthsInPart[tokens[part].text],
            tokens.filter({ $0.year != nil }).count <= 1,
            !tokens.indices.contains(where: { position in
                position != part && position != part - 1 && tokens[position].kind == .word
                    && (Lexicon.months.contains(tokens[position].text)
                        || Self.partOfPeriod.contains(tokens[position].text)
                        || Self.partOrdinals[Self.quarterMonths]!.contains(tokens[position].text))
            })
        else { return nil }
        return (analysis.line(of: part), months)
    }

    /// Whether the sentence names no year, no month and no word of a part of a period.
    private var namesNoTime: Bool {
        !tokens.contains { token in
            token.year != nil || token.kind == .word
                && (Lexicon.months.contains(token.text) || Self.partOfPeriod.contains(token.text))
        }
    }

    /// The units of time a year holds a whole number of.
    private static let unitsPerYear: [(unit: String, count: Int)] = [("maand", 12), ("kwartaal", 4), ("week", 52)]

    /// The months of a year.
    private static let monthsInYear = 12

    /// The months of a named part of a year.
    private static let monthsInPart: [String: Int] = ["halfjaar": 6, "kwartaal": quarterMonths]

    /// The months of a quarter.
    private static let quarterMonths = 3

    /// The ordinals that name a part of a year, by the part's months: a year has two halves and four quarters.
    private static let partOrdinals: [Int: Set<String>] = [
        6: ["eerste", "tweede"], quarterMonths: ["eerste", "tweede", "derde", "vierde"],
    ]

    /// Words that name a part of a period or its bound ('tot nu toe', 'sinds', 'de eerste helft').
    private static let partOfPeriod: Set<String> = [
        "tot", "sinds", "vanaf", "nu", "helft", "eerste", "laatste", "afgelopen", "maanden", "weken", "kwartalen",
        "halfjaar", "periode",
    ]
}
