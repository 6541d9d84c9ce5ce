/// A mean per month, quarter or week of a total over a whole year: 'Uw declaraties over 2024 bedroegen samen
/// € 1.200, gemiddeld € 100 per maand' spreads the total over the twelve months of the year the sentence states
/// ('over 2024', 'in 2024', 'januari t/m december'). A sentence that names a part of a year ('tot nu toe', 'sinds
/// maart', 'de eerste helft van 2024') or more than one year states no whole year: the mean is left as before. A
/// mean that refers back ('In 2023 kwamen 2.184 klachten binnen. Dat is gemiddeld 42 per week.') takes the year the
/// sentence before states.
extension ClaimParser {
    /// The number of `unit`s in the one whole year the sentence states its total over, as an operand of the
    /// construction; nil when `unit` is no part of a year or the sentence states no whole year.
    /// With `before`, the mean refers back to the counts of the sentence before: that sentence must state the year,
    /// and the mean's own sentence name no time at all.
    func unitsInStatedYear(_ unit: String, before: Bool) -> Operand? {
        guard let (_, count) = Self.unitsPerYear.first(where: { Self.isForm(unit, of: $0.unit) }),
            let line = before ? (namesNoTime ? discourse.lastWholeYearLine : nil) : statedWholeYear()
        else { return nil }
        let number = WrittenNumber(
            value: Exact(count), unit: .count, decimals: 0, step: Exact(1), isRounded: false, sign: nil,
            text: String(count), hedge: nil)
        return Operand(number, year: nil, token: nil, line: line, binding: OperandBinding(.construction))
    }

    /// The line of the whole year the sentence states: its one year right after 'over' or 'in', or the span of
    /// 'januari' to 'december'; nil when it names another month, a second year or a word of a part of a period.
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
        guard months.isEmpty, let year = years.first, year > 0,
            tokens[year - 1].isWord("over") || tokens[year - 1].isWord("in")
        else { return nil }
        return analysis.line(of: year)
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

    /// Words that name a part of a period or its bound ('tot nu toe', 'sinds', 'de eerste helft').
    private static let partOfPeriod: Set<String> = [
        "tot", "sinds", "vanaf", "nu", "helft", "eerste", "laatste", "afgelopen", "maanden", "weken", "kwartalen",
        "halfjaar", "periode",
    ]
}
