/// A total on a line of its own whose label is a word of totalling, at most a noun and the periods it covers: over
/// the items of the dash list right under it ('Totaal: 7.450' then '- Noord: 1.900', '- Oost: 2.050', …), or over the
/// lines of periods right above it that its label names ('Totaal Q1-Q3: 3.703' under the lines of Q1, Q2 and Q3;
/// 'Totaal 2025: 2.000' under the four quarters of a year), or over the lines of a memo right above it whose title
/// names what its label totals ('Totale baten: 61,9' under 'Gemeenten: 58,4', … titled 'Baten'), or over the items
/// of the list right above it (`itemList()`: 'Totaal aantal meldingen: 2.501' under '• geluid: 1.204', …).
extension ClaimParser {
    /// The total of a total line and its parts (see the type), each bound by its line
    /// (`OperandBinding.Evidence.labelledLine`). None when an item names a part of a part ('waarvan'), a mean or a
    /// change, when the items are of another unit, or when the lines above do not give each period the label covers
    /// exactly once under one label.
    func totalLineReading() -> (total: Int, parts: [Operand])? {
        if let lines = analysis.labelledLines, lines.count >= Self.leastParts + 1 {
            return runTotal(lines)
        }
        guard let line = analysis.soleValueLine, let value = analysis.numberIndices.first,
            let words = Self.totalledWords(line.label.words)
        else { return nil }
        // 'Totaal geraamde kosten: € 13.000' under a list that a rest line closes ('- overig € 550'): the total of
        // that complete list, what its words name; a year in its label dates the list ('Totale lasten 2025').
        let closed = discourse.lastClosedList
        if !words.isEmpty, closed.count >= Self.leastParts, closed.allSatisfy({ $0.unit == line.value.unit }),
            line.label.moments.isEmpty || line.label.moments.count == 1 && line.label.moments[0].kind == .year
        {
            return (value, closed)
        }
        // 'Totaal aantal meldingen: 2.501' under 'Meldingen per categorie: • geluid: 1.204 • afval: 866 …': the
        // total of the list's items, when it totals what the list holds ('Totale kosten' over income is none).
        if let list = discourse.lastItemList, line.label.moments.isEmpty, line.value.unit == .count,
            words.last.map(list.holds) ?? true
        {
            return (value, list.values)
        }
        if line.label.moments.isEmpty {
            // 'Totale baten: 61,9 miljoen euro.' under the lines of a memo titled 'Baten': the total of what the
            // title counts. A bare 'Totaal:' is read as a sum cue (`SumGrammar`).
            guard !words.isEmpty, words.allSatisfy(discourse.memoTitle.contains) else { return nil }
            let parts = memoLines(totalledBy: value, unit: line.value.unit)
            return parts.count >= Self.leastParts ? (value, parts) : nil
        }
        // The lines of periods right above: value lines each a sentence, or the items of a list ('- Q1: 38', …).
        let run = discourse.lineRun.isEmpty ? discourse.labelledRun : discourse.lineRun
        let above = run.filter {
            $0.value.unit == line.value.unit && Self.isPlainLabel($0.label.words)
                && (words.isEmpty || $0.label.words == words)
        }
        return Self.periods(line.label.moments, coveredBy: above).map { (value, $0) }
    }

    /// The total of a run of labelled lines and its items: its first line or, when that is none, its last, a total
    /// line over or under the items ('- Totaal: 7.450' over '- Noord: 1.900', …; '- totaal kosten: € 3.210' under
    /// them). None when an item totals others ('Subtotaal'), names a part of a part, a mean or a change, or is of
    /// another unit.
    private func runTotal(_ lines: [LabelledLine]) -> (total: Int, parts: [Operand])? {
        let totalsItems = { (line: LabelledLine) in Self.totalledWords(self.analysis.read(line).words) != nil }
        let place = totalsItems(lines[0]) ? 0 : lines.count - 1
        let total = analysis.read(lines[place])
        guard totalsItems(lines[place]), let unit = tokens[lines[place].value].number?.unit else { return nil }
        var others = lines
        others.remove(at: place)
        let items = others.map { line in
            CarriedLine(label: analysis.read(line), value: operand(line.value).bound(OperandBinding(.labelledLine)))
        }
        // '- totaal: 1.450' over '- waarvan vrouw: 610' and '- waarvan man: 840': lines that each split off a part of
        // the total may name only some of its parts, so they may confirm it, never contradict it.
        let partsOfTotal = place == 0 && items.allSatisfy { $0.label.words.first == "waarvan" }
        // A subtotal among the items ('- subtotaal: 2.225') totals some of them: the total has no parts to read.
        if place > 0, items.contains(where: { $0.label.words.contains(where: Self.isTotalCompound) }) {
            return (lines[place].value, [])
        }
        let plain = { (item: CarriedLine) in
            Self.isPlainLabel(partsOfTotal ? Array(item.label.words.dropFirst()) : item.label.words)
        }
        guard items.allSatisfy({ $0.value.unit == unit && plain($0) }) else { return nil }
        if partsOfTotal {
            return total.moments.isEmpty ? (lines[place].value, items.map { $0.value.adding(.partOfList) }) : nil
        }
        if total.moments.isEmpty {
            return items.allSatisfy(\.label.moments.isEmpty) ? (lines[place].value, items.map(\.value)) : nil
        }
        return Self.periods(total.moments, coveredBy: items).map { (lines[place].value, $0) }
    }

    /// The values of the total lines of a block of value lines read as one sentence ('Totaal: 1.666' under
    /// 'Onderwijs: 412' …, at least `leastParts` lines and the total): each is the whole of the lines above it, no
    /// part beside them, so a sum in the prose under the block ('Samen zijn dat bijna 1,7 miljard euro') does not add
    /// it to them.
    var blockTotals: Set<Int> {
        guard analysis.sentence.isValueLines, analysis.numberIndices.count > Self.leastParts else { return [] }
        return Set(analysis.numberIndices.filter { index in
            index > 0 && tokens[index - 1].isMark(":")
                && Self.totalledWords(analysis.words(analysis.clause(of: index - 1))) != nil
        })
    }

    /// The counts of the memo's lines of one kind right before, for a total line at token `total` under them; none
    /// when the total is below one of them, none negative: then the line is no sum of them but a rate or mean of the
    /// whole ('Kosten per cliënt' over teams, 'Totaal: 1.150' between their 980 and 1.320).
    func memoLines(totalledBy total: Int, unit: NumberUnit) -> [Operand] {
        let lines = discourse.memoLineCounts.filter { $0.unit == unit }
        guard let value = tokens[total].number?.value, let largest = lines.map(\.value).max(),
            largest > value, lines.allSatisfy({ $0.value >= Exact(0) })
        else { return lines }
        return []
    }

    /// The fewest parts a total line sums.
    static let leastParts = 2

    /// The words of a total's label after its word of totalling ('Totaal uitgestroomd': 'uitgestroomd'); nil when
    /// it opens with none.
    static func totalledWords(_ words: [String]) -> [String]? {
        guard let first = words.first, totallingWords.contains(first) else { return nil }
        return words.dropFirst().filter { !Lexicon.grammarWords.contains($0) }
    }

    /// Whether a word is a compound whose head is a word of totalling ('subtotaal', 'deeltotaal', 'eindtotaal').
    static func isTotalCompound(_ word: String) -> Bool {
        !totallingWords.contains(word) && totallingWords.contains { word.hasSuffix($0) }
    }

    /// The words of totalling that open a total's label.
    static let totallingWords: Set<String> = ["totaal", "totale"]

    /// Whether a part's label names a value of its own: no part of a part ('waarvan'), total, mean or change.
    static func isPlainLabel(_ words: [String]) -> Bool {
        !namesOtherValue(words) && !words.contains(where: Lexicon.changeNouns.contains)
    }

    /// Whether an item's label names a part of a whole: no part of a part, total or mean (`isPlainLabel`), and no
    /// change it states (`statesChange`); a noun of change before what it names names an item ('uitbreiding
    /// capaciteit FPC's: € 18,5 mln', a post of a budget).
    static func namesPart(_ words: [String]) -> Bool {
        !namesOtherValue(words) && !statesChange(words)
    }

    /// Whether a label states a change of what it counts: a noun of change with nothing after it but 'van' and what
    /// it is of or the base it is taken against ('toename', 'groei van het ledental', 'daling t.o.v. 2024'; the
    /// label's moments are no words of it). A comparative before a noun names an item ('hogere leges': the income
    /// from them), no change.
    private static func statesChange(_ words: [String]) -> Bool {
        words.indices.contains { index in
            Lexicon.changeNouns.contains(words[index])
                && (index + 1 == words.count || changeContinuations.contains(words[index + 1]))
        }
    }

    /// Whether a label names a part of a part ('waarvan'), a total or a mean.
    private static func namesOtherValue(_ words: [String]) -> Bool {
        words.contains { $0 == "waarvan" || totallingWords.contains($0) || Lexicon.averageWords.contains($0) }
    }

    /// Words after a noun of change that go on stating the change: what it is of, or the first word of a base.
    private static let changeContinuations: Set<String> = Set(
        (["van"] + Lexicon.baseMarkers).compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The values of the lines that give each period `moments` cover exactly once, in order: a range ('Q1-Q3', two
    /// moments of one kind) covers each moment of its kind from the first to the last; a year covers its four
    /// quarters or twelve months. The lines of that kind must name one period each, each period on one line only
    /// (a title joined to the first line may lengthen its label: 'Meldingen regio Utrecht Q1'); none otherwise.
    static func periods(_ moments: [LabelMoment], coveredBy lines: [CarriedLine]) -> [Operand]? {
        let kind: LabelMoment.Kind
        let needed: ClosedRange<Int>
        if moments.count == 2, moments[0].kind == moments[1].kind, moments[0].order < moments[1].order {
            kind = moments[0].kind
            needed = moments[0].order...moments[1].order
        } else if moments.count == 1, moments[0].kind == .year {
            guard let within = lines.first(where: { $0.label.moments.count == 1 })?.label.moments[0].kind,
                within != .year
            else { return nil }
            kind = within
            needed = within == .quarter ? LabelMoment.quarters : 1...PeriodSeries.monthsPerYear
        } else {
            return nil
        }
        // Each period once among the lines of its kind: a second series of those periods leaves it open which is meant.
        let candidates = lines.filter { $0.label.moments.contains { $0.kind == kind } }
        guard candidates.allSatisfy({ $0.label.moments.count == 1 }) else { return nil }
        let chosen = needed.map { order in candidates.filter { $0.label.moments[0].order == order } }
        guard chosen.count >= leastParts, chosen.allSatisfy({ $0.count == 1 }) else { return nil }
        return chosen.map { $0[0].value }
    }
}
