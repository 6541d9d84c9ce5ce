/// A line of a memo or an item of a dash list: a label and the one value it gives ('2024: 212', '- Q1: 96',
/// 'Eerste kwartaal: 78', '- Groei: ruim 45%').
struct LabelledLine: Sendable {
    /// The token indices of the label: its words and years, without the colon.
    let label: [Int]
    /// The token index of the value.
    let value: Int
}

/// A moment a label names, of a kind whose moments have an order: a year, a quarter, a month.
struct LabelMoment: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case year, quarter, month }

    let kind: Kind
    let order: Int

    /// The moment a label's word names: a year ('2024'), a quarter ('q3', or 'k3' of the Dutch 'kwartaal'), a month
    /// ('maart').
    static func named(by word: String) -> LabelMoment? {
        if let year = Int(word), Self.years.contains(year) { return LabelMoment(kind: .year, order: year) }
        if word.count == 2, word.first == "q" || word.first == "k", let quarter = Int(word.dropFirst()),
            Self.quarters.contains(quarter)
        {
            return LabelMoment(kind: .quarter, order: quarter)
        }
        if Lexicon.months.contains(word), let month = ContrastedGroups.timeOrdinals[word] {
            return LabelMoment(kind: .month, order: month)
        }
        return nil
    }

    /// The years a label may name.
    static let years = 1900...2099
    /// The quarters of a year.
    static let quarters = 1...4
}

/// A line read for what its label says: the moment it names, and its other words, which say what it counts.
struct ReadLabel: Sendable {
    /// The moments the label names ('Groei Q1-Q4' names two).
    let moments: [LabelMoment]
    /// Its words that name no moment, lower case.
    let words: [String]
}

/// A labelled line of an earlier sentence, for a claim line under it.
struct CarriedLine: Sendable {
    let label: ReadLabel
    let value: Operand

    /// Whether lines are one series: each names one moment, all of one kind, under one label otherwise, which the
    /// first line alone may carry as the run's title ('Instroom 2024: 212. 2025: 238.').
    static func areSeries(_ lines: [CarriedLine]) -> Bool {
        guard let first = lines.first, first.label.moments.count == 1 else { return false }
        let others = lines.dropFirst()
        let titled = others.allSatisfy { $0.label.words.isEmpty }
        return lines.allSatisfy {
            $0.label.moments.count == 1 && $0.label.moments[0].kind == first.label.moments[0].kind
                && ($0.label.words == first.label.words || titled)
        }
    }
}

extension SentenceAnalysis {
    /// The sentence as a run of labelled lines, when it is one: after a title (`isRunTitle`), every unit between
    /// full stops and spaced dashes ('Instroom. 2024: 212. 2025: 238.', 'Instroom - Q1: 96 - Q4: 141 - Groei: ruim
    /// 45%') is a label of words and years, a colon (which an item after a dash may leave out: '- totaal 272,5'),
    /// hedge words and its one value. Nil otherwise.
    var labelledLines: [LabelledLine]? {
        var lines: [LabelledLine] = []
        for (position, unit) in lineUnits().enumerated() {
            let values = unit.range.filter { tokens[$0].kind == .number }
            if position == 0, isRunTitle(unit.range, values: values) { continue }
            guard values.count == 1,
                let line = labelledLine(unit.range, value: values[0], item: unit.item, first: lines.isEmpty)
            else { return nil }
            lines.append(line)
        }
        return lines.isEmpty ? nil : lines
    }

    /// Whether the first unit of a run is its title: it holds no number, or it closes on a colon with its numbers
    /// all in brackets, which qualify what the lines under it count ('Abonnementen (x 1.000):', 'Begroting (budget
    /// € 2.000):'); a number outside brackets makes it a line ('Aangiften: 2023: 3.140').
    private func isRunTitle(_ unit: Range<Int>, values: [Int]) -> Bool {
        if values.isEmpty { return true }
        guard let last = unit.last, tokens[last].isMark(":") else { return false }
        return values.allSatisfy { tokens[$0].depth > 0 }
    }

    /// The token ranges between full stops and dashes or other marks of an item ('•', '*') with a space after them,
    /// outside parentheses, each with whether such a mark opens it (an item of a list).
    private func lineUnits() -> [(range: Range<Int>, item: Bool)] {
        var units: [(range: Range<Int>, item: Bool)] = []
        var start = 0
        var item = false
        for (index, token) in tokens.enumerated() where token.depth == 0 && token.kind == .mark {
            let isDash =
                (Self.dashes.contains(token.text) || LineShape.isItemMark(token))
                && (index + 1 == tokens.count || tokens[index + 1].start > token.end)
            guard token.text == "." || isDash else { continue }
            if index > start { units.append((start..<index, item)) }
            start = index + 1
            item = isDash
        }
        if start < tokens.count { units.append((start..<tokens.count, item)) }
        return units
    }

    /// The marks that open and close a remark in a label.
    private static let brackets: Set<String> = ["(", ")"]

    /// Marks that set items of a list apart when a space follows them.
    private static let dashes: Set<String> = ["-", "–", "—"]

    /// A unit read as a label and its value: words and years before it, a colon (or, in an item, none) and hedge
    /// words between, and a currency sign before the value. A remark in brackets or a footnote's mark is no part of the
    /// label ('Jeugdige verdachten (12-17 jaar) 2024: 24.870', 'Overig¹: 90'); the first line may carry the run's
    /// title before a colon of its own ('Aangiften: 2023: 3.140').
    private func labelledLine(_ unit: Range<Int>, value: Int, item: Bool, first: Bool) -> LabelledLine? {
        guard value == unit.upperBound - 1 else { return nil }
        var end = value
        // An amount's currency sign is its value's ('- huur zaal: € 6.200').
        if end > unit.lowerBound, tokens[end - 1].isMark("€") { end -= 1 }
        while end > unit.lowerBound, tokens[end - 1].kind == .word, Lexicon.hedges[tokens[end - 1].text] != nil {
            end -= 1
        }
        if end > unit.lowerBound, tokens[end - 1].isMark(":") {
            end -= 1
        } else if !item {
            return nil
        }
        // A range of years is written with a dash between them ('2020-2025'): the years are the label's.
        let label = Array(unit.lowerBound..<end).filter {
            !isGluedDash($0) && !LineShape.joinsLabel(tokens, at: $0) && tokens[$0].depth == 0
                && !Self.brackets.contains(tokens[$0].text)
                && !(first && tokens[$0].isMark(":")) && !LineShape.isFootnoteMark(tokens, at: $0)
        }
        guard !label.isEmpty, label.allSatisfy({ [.word, .year, .label].contains(tokens[$0].kind) }) else {
            return nil
        }
        return LabelledLine(label: label, value: value)
    }

    /// Whether a token is a dash with no space on either side, between two other tokens.
    private func isGluedDash(_ index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && Self.dashes.contains(tokens[index].text)
            && tokens[index].kind == .mark && tokens[index - 1].end == tokens[index].start
            && tokens[index + 1].start == tokens[index].end
    }

    /// What a line's label says: its moments (a range 'Q1-Q4' or '2023-2025' names both ends) and its other words.
    func read(_ line: LabelledLine) -> ReadLabel {
        var moments: [LabelMoment] = []
        var words: [String] = []
        for index in line.label {
            let text = tokens[index].text.lowercased()
            let parts = text.split { Self.dashes.contains(String($0)) }.map(String.init)
            let named = parts.compactMap(LabelMoment.named(by:))
            if !named.isEmpty, named.count == parts.count {
                moments += named
            } else if text == "kwartaal", let ordinal = words.last.flatMap({ Self.quarterOrdinals[$0] }) {
                words.removeLast()
                moments.append(LabelMoment(kind: .quarter, order: ordinal))
            } else {
                words.append(text)
            }
        }
        return ReadLabel(moments: moments, words: words)
    }

    /// Ordinals that name a quarter before 'kwartaal'.
    private static let quarterOrdinals: [String: Int] = ["eerste": 1, "tweede": 2, "derde": 3, "vierde": 4]
}

extension ClaimParser {
    /// The start and end value of a change claimed on a labelled line whose label names the change ('Stijging:
    /// 12,3%', 'Groei Q1-Q4: ruim 45%'): the values of its sibling lines, those before it in its run and, when its
    /// sentence is a run, those of the runs of the sentences right before it ('2024: 212. 2025: 238.'). The
    /// siblings of the unit must each name one moment, of one kind, under one label otherwise ('Instroom 2024',
    /// 'Instroom 2025'); the change runs from the earlier moment to the later: the two the claim's label names,
    /// else the only two there are. None when the label says more than the change and its moments, or when the
    /// siblings are not of one kind; no values at all when the label names moments the siblings do not give
    /// ('Stijging 2020-2025' under lines of 2024 and 2025).
    func labelledChange(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        guard let lines = analysis.labelledLines, let place = lines.firstIndex(where: { $0.value == index }) else {
            return nil
        }
        let claim = analysis.read(lines[place])
        guard claim.words.contains(where: Lexicon.changeNouns.contains),
            claim.words.allSatisfy({ Lexicon.changeNouns.contains($0) || Lexicon.grammarWords.contains($0) })
        else { return nil }
        // A change line that names its moments is about those: without them among its siblings it has no values.
        let unnamed: (from: Operand?, to: Operand?)? = claim.moments.isEmpty ? nil : (nil, nil)
        let own = lines[..<place].map { line in
            CarriedLine(label: analysis.read(line), value: operand(line.value).bound(OperandBinding(.labelledLine)))
        }
        let siblings = (discourse.labelledRun + own).filter { $0.value.unit == unit }
        guard CarriedLine.areSeries(siblings) else { return unnamed }
        let ends = claim.moments.isEmpty ? siblings.map { $0.label.moments[0] } : claim.moments
        guard ends.count == 2, Set(ends).count == 2 else { return unnamed }
        let chosen = ends.sorted { $0.order < $1.order }.map { end in siblings.filter { $0.label.moments[0] == end } }
        guard chosen.allSatisfy({ $0.count == 1 }) else { return unnamed }
        return (chosen[0][0].value, chosen[1][0].value)
    }

    /// The labelled lines of the sentence, for a claim line in the sentences after it; none when it is no run.
    func carriedLines() -> [CarriedLine] {
        (analysis.labelledLines ?? []).map { line in
            CarriedLine(label: analysis.read(line), value: operand(line.value).carriedOverByLabel)
        }
    }
}
