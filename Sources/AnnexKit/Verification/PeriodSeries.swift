/// One quantity on value lines whose labels differ only by the period they name ('Aanmeldingen Q2: 1.310' /
/// 'Aanmeldingen Q3: 1.240'; 'Instroom juni: 88' / 'Instroom juli: 97'; 'Meldingen deze maand: 640' / 'Meldingen
/// dezelfde maand vorig jaar: 590'), ordered in time: quarters and months like years, periods relative to now by how
/// far back they lie. The lines of a block above a prose sentence give the start and end value of a change the prose
/// states (`ClaimParser.seriesChange(for:unit:)`), bound by the series they share, not by a word of reference.
struct PeriodSeries: Sendable {
    /// A value and where its period lies, in months from a common origin.
    struct Point: Sendable {
        let month: Int
        let value: Operand
    }

    /// The length of the periods of the series in months: 12 for years, 3 for quarters, 1 for months.
    let step: Int
    /// The points, the earliest first, each at a month of its own.
    let points: [Point]

    /// The series the value lines of a block give: each line one labelled value whose label names one period,
    /// all periods of one length and written alike (years; quarters or months, all with a year or none; periods
    /// relative to now), at months of their own, under one label otherwise. Nil when the block holds anything else:
    /// a line of another quantity is another series.
    init?(lines: [SentenceAnalysis]) {
        var read: [(words: [String], period: Period, value: Operand)] = []
        for analysis in lines {
            guard let line = analysis.soleValueLine, let (words, period) = Self.period(of: line.label) else {
                return nil
            }
            read.append((words, period, line.value))
        }
        // A title on a line of its own joins the first value line ('Meldingen' over '2022: 146'): its words are the
        // series' name, not the first line's label.
        if read.count >= 2, lines[0].sentence.lines.count > 1, read[0].words.count > read[1].words.count,
            Array(read[0].words.suffix(read[1].words.count)) == read[1].words
        {
            read[0].words = read[1].words
        }
        guard read.count >= 2, let first = read.first,
            read.allSatisfy({
                $0.words == first.words && $0.period.step == first.period.step
                    && $0.period.writing == first.period.writing && $0.value.unit == first.value.unit
            }),
            Set(read.map(\.period.month)).count == read.count
        else { return nil }
        step = first.period.step
        points = read.map { Point(month: $0.period.month, value: $0.value) }.sorted { $0.month < $1.month }
    }

    /// The start and end value of a change to the latest period: from the period `back` months before it when the
    /// prose names how far back it compares ('ten opzichte van vorig kwartaal': 3), else from the only other point.
    /// None when that period is not on the lines, or there are more than two points and the prose names none.
    func change(back: Int?) -> (from: Operand, to: Operand)? {
        guard let latest = points.last else { return nil }
        guard let back else { return points.count == 2 ? (points[0].value, latest.value) : nil }
        guard let start = points.first(where: { $0.month == latest.month - back }) else { return nil }
        return (start.value, latest.value)
    }

    // MARK: Reading a label

    /// How a period is written: a year, or a quarter or month with a year, without one, or relative to now.
    private enum Writing: Sendable, Hashable { case dated, undated, relative }

    /// A period a label names: where it lies in months, how long it is, how it is written.
    private struct Period: Sendable {
        let month: Int
        let step: Int
        let writing: Writing
    }

    /// The words of a label that name no period, and the one period it names; nil when it names none or several.
    private static func period(of label: ReadLabel) -> (words: [String], period: Period)? {
        let years = label.moments.filter { $0.kind == .year }
        let within = label.moments.filter { $0.kind != .year }
        if let relative = relativePeriod(in: label.words) {
            guard label.moments.isEmpty else { return nil }
            return (relative.words, relative.period)
        }
        guard years.count <= 1, within.count <= 1, !label.moments.isEmpty else { return nil }
        let year = years.first?.order ?? 0
        let writing: Writing = years.isEmpty ? .undated : .dated
        guard let part = within.first else {
            return (label.words, Period(month: year * monthsPerYear, step: monthsPerYear, writing: .dated))
        }
        let step = part.kind == .quarter ? monthsPerQuarter : 1
        let month = year * monthsPerYear + (part.order - 1) * step
        return (label.words, Period(month: month, step: step, writing: writing))
    }

    /// A period relative to now the words name ('deze maand', 'dezelfde maand vorig jaar'), with the words left.
    private static func relativePeriod(in words: [String]) -> (words: [String], period: Period)? {
        for phrase in relativePhrases {
            let parts = phrase.words.split(separator: " ").map(String.init)
            guard words.count >= parts.count else { continue }
            for start in 0...(words.count - parts.count) where Array(words[start..<(start + parts.count)]) == parts {
                let rest = Array(words[..<start] + words[(start + parts.count)...])
                return (rest, Period(month: phrase.month, step: phrase.step, writing: .relative))
            }
        }
        return nil
    }

    static let monthsPerYear = 12
    static let monthsPerQuarter = 3

    /// Periods named relative to now, the longest phrases first: how many months back they lie, and their length.
    private static let relativePhrases: [(words: String, month: Int, step: Int)] = [
        ("dezelfde maand vorig jaar", -12, 1), ("dezelfde maand een jaar eerder", -12, 1),
        ("hetzelfde kwartaal vorig jaar", -12, 3), ("hetzelfde kwartaal een jaar eerder", -12, 3),
        ("deze maand", 0, 1), ("dit kwartaal", 0, 3), ("dit jaar", 0, 12), ("vorige maand", -1, 1),
        ("vorig kwartaal", -3, 3), ("vorige kwartaal", -3, 3), ("vorig jaar", -12, 12),
    ]

    /// What a prose sentence says about the period it compares with.
    enum ComparedPeriod: Sendable, Equatable {
        case unnamed
        /// How many months back ('ten opzichte van het vorige kwartaal': 3; 'een jaar eerder': 12).
        case back(Int)
        /// Two periods that differ ('vorige maand … vorig jaar').
        case several
    }

    /// The period a prose sentence compares with, by its period words ('het vorige kwartaal', 'een jaar eerder', 'de
    /// maand ervoor').
    static func comparedPeriod(in analysis: SentenceAnalysis) -> ComparedPeriod {
        let tokens = analysis.tokens
        var found = Set<Int>()
        for index in tokens.indices where tokens[index].kind == .word {
            guard let months = periodMonths[tokens[index].text] else { continue }
            let before = index > 0 ? tokens[index - 1].text : ""
            let after = index + 1 < tokens.count ? tokens[index + 1].text : ""
            if ["vorig", "vorige"].contains(before) || ["eerder", "geleden", "ervoor", "daarvoor"].contains(after) {
                found.insert(months)
            }
        }
        guard found.count <= 1 else { return .several }
        return found.first.map(ComparedPeriod.back) ?? .unnamed
    }

    /// The nouns of periods prose compares with, and their length in months.
    private static let periodMonths: [String: Int] = ["maand": 1, "kwartaal": 3, "jaar": 12]

    /// The length in months of the period a noun names ('kwartaal': 3); nil for a word that names none.
    static func months(ofNoun word: String) -> Int? { periodMonths[word] }
}

extension SentenceAnalysis {
    /// The sentence as one value line, when it is one: a label of words, years and labels ('Verdachten 18-24 jaar
    /// Q2'), after a title and a colon if any, a colon, and its one number after it with at most words and a sign or
    /// currency around it ('ruim 41 dagen', '€ 3,2 mln'), and at most a full stop; its value bound as a labelled
    /// line's (`OperandBinding.Evidence.labelledLine`).
    var soleValueLine: CarriedLine? {
        let colons = tokens.indices.filter { tokens[$0].isMark(":") && tokens[$0].depth == 0 }
        // A title may open the line ('Meldingen regio Utrecht: Q1: 1.140').
        let start = colons.count == 2 ? colons[0] + 1 : 0
        guard let colon = colons.last, colons.count <= 2, colon > start, numberIndices.count == 1,
            let value = numberIndices.first, value > colon, let number = tokens[value].number,
            tokens.indices.allSatisfy({ index in
                index == value || colons.contains(index) || tokens[index].kind == .word
                    || index == tokens.count - 1 && tokens[index].isMark(".")
                    || index < colon && [.year, .label].contains(tokens[index].kind)
                    || index < colon && Self.rangeDashes.contains(tokens[index].text)
                    || index > colon && index < value && Self.valueMarks.contains(tokens[index].text)
            })
        else { return nil }
        let label = (start..<colon).filter { tokens[$0].kind != .mark }
        let operand = Operand(
            number, year: nil, token: nil, line: line(of: value), binding: OperandBinding(.labelledLine))
        return CarriedLine(label: read(LabelledLine(label: label, value: value)), value: operand)
    }

    /// Dashes a label may hold between its periods ('Totaal Q1-Q3', '2023-2025').
    private static let rangeDashes: Set<String> = ["-", "–"]
    /// Marks a value may be written with ('€ 3,2 mln', '+8%').
    private static let valueMarks: Set<String> = ["€", "+", "-", "−"]
}

extension ClaimParser {
    /// The start and end value of a change claimed in prose right under a block of value lines that give one series
    /// of periods (`PeriodSeries`), when the prose has no other number (but the series' span: 'is in vier jaar bijna
    /// verviervoudigd' under lines of 2019 and 2023) and names no period of its own ('Het aantal
    /// nam ten opzichte van het vorige kwartaal af met 5,3 procent.' under 'Aanmeldingen Q2: 1.310' and
    /// 'Aanmeldingen Q3: 1.240'). The period word of the prose picks the start ('vorig kwartaal': the quarter before
    /// the latest; 'vorig jaar': the same quarter a year before); without one, the series must have two values. Bound
    /// by the series (`OperandBinding.Evidence.labelledLine`): it may confirm or contradict. Nil when there is no such
    /// series; no values when the prose's period word names two periods or one the lines do not give.
    func seriesChange(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        guard let series = discourse.lastPeriodSeries, series.points.first?.value.unit == unit,
            analysis.numberIndices.allSatisfy({ $0 == index || namesSpan($0, of: series) })
        else { return nil }
        let years = tokens.indices.filter { tokens[$0].kind == .year }
        if let start = years.first, years.count == 1, series.step == PeriodSeries.monthsPerYear,
            start > 0, Self.sinceWords.contains(tokens[start - 1].text), let year = tokens[start].year
        {
            guard PeriodSeries.comparedPeriod(in: analysis) == .unnamed, let latest = series.points.last else {
                return (nil, nil)
            }
            return series.change(back: latest.month - year * PeriodSeries.monthsPerYear).map { ($0.from, $0.to) }
                ?? (nil, nil)
        }
        guard years.isEmpty,
            !tokens.indices.contains(where: { tokens[$0].kind == .label && !namesSpan($0, of: series) }),
            !tokens.contains(where: { LabelMoment.named(by: $0.text.lowercased()) != nil })
        else { return nil }
        let found: (from: Operand, to: Operand)?
        switch PeriodSeries.comparedPeriod(in: analysis) {
        case .unnamed: found = series.change(back: nil)
        case .back(let months): found = series.change(back: months)
        case .several: found = nil
        }
        return found.map { ($0.from, $0.to) } ?? (nil, nil)
    }

    /// Whether the token at `index` is the duration of the series' whole span in years ('in vier jaar' under lines of
    /// 2019 and 2023): it says over which stretch the change runs, and is no value or period of it.
    private func namesSpan(_ index: Int, of series: PeriodSeries) -> Bool {
        guard index > 0, index + 1 < tokens.count, Self.spanPrepositions.contains(tokens[index - 1].text),
            Self.yearWords.contains(tokens[index + 1].text), let years = Self.yearCount(tokens[index].text),
            let first = series.points.first, let last = series.points.last
        else { return false }
        return years * PeriodSeries.monthsPerYear == last.month - first.month
    }

    /// Words before a duration that make it the stretch a change runs over ('in vier jaar', 'binnen vier jaar').
    private static let spanPrepositions: Set<String> = ["in", "binnen"]

    /// Words before a year that make it the start of a change up to now ('sinds 2021', 'vanaf 2021').
    private static let sinceWords: Set<String> = ["sinds", "vanaf"]
}
