/// Which years a number is about, read from where the years stand: its own year ('16,8% in 2022',
/// '2021 (13,2%)', '(2022: 200)'), a base year after a comparison marker ('ten opzichte van 2019'),
/// a span ('in de periode 2021 - 2022'), the other years of its clause, then of its sentence; 'dit
/// jaar' and 'een jaar eerder' refer to the years around it; a sentence without years takes those of
/// the sentence before it in the paragraph.
extension SentenceAnalysis {
    /// The year written with a number, and the token it stands at: right beside it (see
    /// `explicitYear`), or the only year of its clause when it is the clause's only number.
    func ownYear(of index: Int) -> (year: Int, token: Int)? {
        if let explicit = explicitYear(of: index) { return explicit }
        // 'eind 2022 stonden 185 huishoudens op de lijst': a clause with one year and one number.
        let clause = clause(of: index)
        let years = clause.filter { tokens[$0].year != nil }
        if years.count == 1, numberIndices.filter({ clause.contains($0) }).count == 1, let year = tokens[years[0]].year,
            tokens[index].number?.unit == .count, !isBaseYear(years[0])
        {
            return (year, years[0])
        }
        return nil
    }

    /// The year written right beside a number: 'in 2022' after it or after its noun ('42.000 plaatsen in 2022'),
    /// '2021 (13,2%)', '(2022: 200)', '9.800 (2020)', '(2015 = 100)'; an amount's currency sign is part of it before
    /// it ('2019 (€ 8,4 miljoen)', '(2022: € 200)').
    func explicitYear(of index: Int) -> (year: Int, token: Int)? {
        if index + 2 < tokens.count, tokens[index + 1].isWord("in"), let year = tokens[index + 2].year {
            return (year, index + 2)
        }
        // '42.000 plaatsen in 2022': past the value's own noun, as 'X in <year>'.
        if index + 3 < tokens.count, let noun = ReadingSanity.noun(after: index, in: tokens),
            !Lexicon.timeNouns.contains(noun), tokens[index + 2].isWord("in"), let year = tokens[index + 3].year
        {
            return (year, index + 3)
        }
        if index + 3 < tokens.count, tokens[index + 1].isMark("("), let year = tokens[index + 2].year,
            tokens[index + 3].isMark(")")
        {
            return (year, index + 2)
        }
        let start = amountStart(of: index)
        // '(2022: 200)', an index's base '(2015 = 100)'.
        if start >= 2, tokens[start - 1].isMark(":") || tokens[start - 1].isMark("="),
            let year = tokens[start - 2].year
        {
            return (year, start - 2)
        }
        // A memo's year before its value: '2022 → 318', '2021 5.400, 2022 5.950 en 2023 6.480'. The year opens the
        // line or an item of its list; 'tussen 2019 en 2023 15 procent' is a span.
        let labelEnd = start >= 2 && Lexicon.arrows.contains(tokens[start - 1].text) ? start - 2 : start - 1
        if labelEnd >= 0, let year = tokens[labelEnd].year, opensMemoItem(labelEnd) { return (year, labelEnd) }
        // '2021 (13,2%)', 'in 2020 (21.735)'; but 't.o.v. 2019 (28,7%)' is a change since 2019.
        if start >= 2, tokens[start - 1].isMark("("), let year = tokens[start - 2].year,
            tokens[index].number?.unit == .count || !isBaseYear(start - 2)
        {
            return (year, start - 2)
        }
        return nil
    }

    /// Where the number at `index` starts as written: at its currency sign when one stands right before it ('€ 8,4
    /// miljoen'), else at the number.
    func amountStart(of index: Int) -> Int {
        index > 0 && tokens[index].number?.currency.isEmpty == false && tokens[index - 1].isMark(Self.currencySign)
            ? index - 1 : index
    }

    /// The currency sign the tokenizer keeps as a mark before an amount.
    private static let currencySign = "€"

    /// Whether the year at `index` opens a memo's line or an item of its list: at the sentence's start, after
    /// ',', ':' or ';', or after 'en' that follows a value ('…, 2022 5.950 en 2023 6.480').
    private func opensMemoItem(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let before = tokens[index - 1]
        if before.isMark(",") || before.isMark(":") || before.isMark(";") { return true }
        return before.isWord("en") && index >= 2 && tokens[index - 2].kind == .number
    }

    /// Whether the year at a token follows a comparison marker ('ten opzichte van 2019').
    func isBaseYear(_ index: Int) -> Bool { baseYears(in: tokens.indices).contains { $0.token == index } }

    /// Years that come after a comparison marker in a range: the base of a change.
    func baseYears(in range: Range<Int>) -> [(year: Int, token: Int)] {
        baseYearTokens.filter { range.contains($0.token) }
    }

    /// Every year after a comparison marker in the sentence.
    func findBaseYears() -> [(year: Int, token: Int)] {
        let range = tokens.indices
        var result: [(year: Int, token: Int)] = []
        for index in range {
            guard let (_, end) = firstPhrase(Lexicon.baseMarkers, at: index) else { continue }
            var position = end
            if position < tokens.count, tokens[position].isWord("het") || tokens[position].isWord("de") {
                position += 1
            }
            if position < tokens.count, tokens[position].isWord("jaar") { position += 1 }
            if position < range.upperBound, let year = tokens[position].year { result.append((year, position)) }
        }
        return result
    }

    /// A span of years in a range ('2019 - 2023', '2019 tot en met 2022', 'tussen 2020 en 2022'), and
    /// the tokens of its two years.
    func span(in range: Range<Int>) -> (first: Int, last: Int, tokens: [Int])? {
        for index in range where tokens[index].year != nil {
            for joiner in Lexicon.spanJoiners {
                guard let end = phraseEnd(joiner, at: index + 1), end < range.upperBound,
                    let first = tokens[index].year, let last = tokens[end].year, first < last
                else { continue }
                // 'en' joins a span only after 'tussen'; 'tot' only after 'van' or 'periode'.
                let before = index > 0 ? tokens[index - 1].text : ""
                if joiner == "en" && before != "tussen" { continue }
                if joiner == "tot" && !["van", "periode", "vanaf"].contains(before) { continue }
                return (first, last, [index, end])
            }
        }
        return nil
    }

    /// The periods of the number at token `index`.
    func frame(for index: Int, discourse: Discourse) -> PeriodFrame {
        let own = ownYear(of: index)
        // Years that belong to other numbers of the same unit ('16,8% in 2022 en 16,6% in 2023').
        let unit = tokens[index].number?.unit
        let others = Set(
            numberIndices.filter { $0 != index && tokens[$0].number?.unit == unit }.compactMap {
                explicitYear(of: $0)?.token
            })
        for range in [clause(of: index), tokens.indices] {
            var frame = PeriodFrame()
            if let span = span(in: range), own == nil {
                frame.base = span.first
                frame.later = span.last
                frame.isSpan = true
                return frame
            }
            let bases = baseYears(in: range).filter { !others.contains($0.token) && $0.token != own?.token }
            frame.base = bases.first?.year
            let spanned = Set(span(in: range)?.tokens ?? [])
            // 'Sinds 1990 … (1990: 20.850 kton; 2023: 14.820 kton)': a year that repeats the base year labels the
            // base's value; it is no later year.
            let candidates = range.filter { position in
                tokens[position].year != nil && !others.contains(position) && !spanned.contains(position)
                    && !bases.contains { $0.token == position } && tokens[position].year != frame.base
            }
            frame.later =
                own?.year
                ?? (candidates.last { $0 < index } ?? candidates.first { $0 > index }).flatMap { tokens[$0].year }
            // 'sinds 2021 een groei van 17,1%' after '3.650 in 2023': the later year is the sentence's.
            if frame.later == nil, frame.base != nil, range != tokens.indices {
                let years = tokens.indices.filter { position in tokens[position].year != nil && !isBaseYear(position) }
                frame.later = years.compactMap { tokens[$0].year }.filter { $0 > frame.base! }.max()
            }
            if frame.later == nil,
                let phrase = range.first(where: { position in Lexicon.sameYear.contains { matches($0, at: position) } })
            {
                // 'in datzelfde jaar': the year written last before it, else the previous sentence's.
                frame.later = tokens[..<phrase].last(where: { $0.year != nil })?.year ?? discourse.previousYear
            }
            if frame.base == nil, let later = frame.later,
                Lexicon.yearBefore.contains(where: { phrase in range.contains { matches(phrase, at: $0) } })
            {
                frame.base = later - 1
            }
            if !frame.isEmpty { return frame }
        }
        // A line under a title that names a year ('Kerncijfers 2025'): the title's year.
        if let year = sentence.titleYear {
            var frame = PeriodFrame()
            frame.later = year
            frame.inherited = true
            return frame
        }
        return discourse.inheritedFrame ?? PeriodFrame()
    }
}
