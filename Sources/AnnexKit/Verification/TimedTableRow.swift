/// A table written as text whose two value columns are two times, the earlier first ('Boottype | 2022 | 2023',
/// 'Opleiding | examen 2021 | examen 2023': header cells alike but for one year each), or whose rows give the earlier
/// value in brackets after the later (`BracketedTimedRow`), and its rows of a label and two unsigned values of one
/// unit. Prose under it that names one row by its label states that row's change: 'Het aantal kajakken daalde met
/// 12,5 procent.' under 'Kajakken | 48 | 42' runs from 48 to 42 (`ClaimParser.timedRowChange`).
struct TimedTable: Sendable {
    /// A body row: the words of its label and its values in the earlier and the later column.
    struct Row: Sendable {
        let label: [String]
        let from: Operand
        let to: Operand
    }

    /// The earlier year; nil for a table of two quarters of a year it does not name ('Sector | Q2 | Q3').
    let earlier: Int?
    /// The later year; nil when only the earlier is named ('Instroom (tussen haakjes 2024)'), or for quarters.
    let later: Int?
    /// The earlier and the later quarter of a table whose columns are two quarters ('K2 | K3', 'leden Q2 | leden
    /// Q3'); nil for a table of years.
    var quarters: (earlier: Int, later: Int)? = nil
    /// Whether the line right above the table states a scale for its values (`TitleScale`: '(x 1 mln)').
    let statesScale: Bool
    /// The words of content of the line right above the table and of its header row: what its values are of ('Omzet
    /// naar genre', 'Meldingen | 2024 | 2025'), which prose may name as the quantity of a row (`TimedRowSubject`).
    let heading: [String]
    var rows: [Row] = []

    /// Adds a row of `label` and its values at the earlier and the later time, read on line `line`.
    mutating func append(_ label: [String], from earlierValue: WrittenNumber, to laterValue: WrittenNumber, line: Int) {
        let bound = OperandBinding(.labelledLine)
        rows.append(
            Row(
                label: label,
                from: Operand(earlierValue, year: earlier, token: nil, line: line, binding: bound),
                to: Operand(laterValue, year: later, token: nil, line: line, binding: bound)))
    }
}

extension TimedTable {
    /// The table of two columns of time that the rows of a block end with (`TableAbove`): from the last header row
    /// whose two value cells are alike but for one year each, the earlier first, when each row under it is a label and
    /// two unsigned values of one unit, at least `ClaimParser.leastParts` of them; else none. `title`: the line right
    /// above the block, read for the scale it states and for its `heading`. Under a title or header cell that closes on
    /// a bracket of percent (`PercentHeading`) the rows' bare values are percentages.
    init?(_ block: [TableAbove.Row], title: [Token]) {
        guard let header = block.lastIndex(where: { $0.cells.count == Self.cells && Self.isHeader($0.cells) }),
            let times = Self.columnTimes(block[header].cells[1], block[header].cells[2]),
            times.earlier.order < times.later.order
        else { return nil }
        let headerWords = block[header].cells.flatMap { Tokenizer.tokens(Array($0.unicodeScalars)) }
        if times.earlier.kind == .year {
            (earlier, later) = (times.earlier.order, times.later.order)
        } else {
            (earlier, later, quarters) = (nil, nil, (times.earlier.order, times.later.order))
        }
        let cellScale = block[header].cells.dropFirst().contains {
            TitleScale(Tokenizer.tokens(Array($0.unicodeScalars))) != nil
        }
        (statesScale, heading) = (TitleScale(title) != nil || cellScale, Self.heading(title + headerWords))
        // 'Tijdig bezorgd (%) | 2022 | 2023': a bracket of percent closing the title or a header cell makes the rows'
        // bare values percentages.
        let percent = PercentHeading.closes(title) || block[header].cells.contains { PercentHeading.closes($0) }
        for row in block[(header + 1)...] {
            guard row.cells.count == Self.cells else { return nil }
            let numbers = row.cells.dropFirst().compactMap { cell -> WrittenNumber? in
                guard case .value(let number, _) = TableCell(cell, percent: percent) else { return nil }
                return number
            }
            // 'Saldo | +14 | +43': a row whose values all carry a sign is a balance or change of the rows above, no
            // level of its own; it is none of the table's rows, and the table goes on past it.
            if numbers.count == 2, numbers.allSatisfy({ $0.sign != nil }) { continue }
            let values = numbers.filter { $0.sign == nil }
            guard values.count == 2, values[0].unit == values[1].unit else { return nil }
            append(TableAbove.labelWords(row.cells[0]), from: values[0], to: values[1], line: row.line)
        }
        guard rows.count >= ClaimParser.leastParts else { return nil }
    }

    /// The words of content of a table's title and header (`heading`).
    static func heading(_ tokens: [Token]) -> [String] {
        tokens.filter { $0.kind == .word && !Lexicon.grammarWords.contains($0.text) }.map(\.text)
    }

    /// Whether a row of three cells names two columns by years or quarters, alike but for them ('2022', 'cohort 2022',
    /// 'leden Q3').
    private static func isHeader(_ cells: [String]) -> Bool {
        columnTimes(cells[1], cells[2]) != nil
    }

    /// The times of two header cells that are alike but for one year each ('2022', 'cohort 2022', '2022/23',
    /// '2022-2023', 'Q3 2023'), or, in cells of no year, but for one quarter each ('K3', 'leden Q3'); nil otherwise. A
    /// season's second year, after a slash or a hyphen glued to its first ('2022/23', '2022-2023'), is part of its
    /// year; a unit or scale in brackets that closes a cell ('2023 (mln ton)') is none of it (`withoutClosingUnit`).
    private static func columnTimes(_ first: String, _ second: String) -> (earlier: LabelMoment, later: LabelMoment)? {
        let read = [first, second].map { withoutClosingUnit(Tokenizer.tokens(Array($0.unicodeScalars))) }
        let years = read.map { tokens in tokens.indices.map { yearMoment(at: $0, tokens) } }
        let hasYear = years.contains { $0.contains { $0 != nil } }
        let moments = hasYear ? years : read.map { tokens in tokens.indices.map { quarterMoment(at: $0, tokens) } }
        let times = moments.map { $0.compactMap { $0 } }
        let rest = read.indices.map { cell in
            read[cell].indices.filter { moments[cell][$0] == nil && !isSeasonEnd($0, read[cell]) }
                .map { read[cell][$0].text }
        }
        guard times.allSatisfy({ $0.count == 1 }), rest[0] == rest[1] else { return nil }
        return (times[0][0], times[1][0])
    }

    /// The year a header cell's token at `index` names ('2023'); nil for any other token and for a season's second
    /// year.
    private static func yearMoment(at index: Int, _ tokens: [Token]) -> LabelMoment? {
        guard !isSeasonEnd(index, tokens), let year = tokens[index].year else { return nil }
        return LabelMoment(kind: .year, order: year)
    }

    /// The quarter a header cell's token at `index` names ('Q3', 'K3'); nil for any other token.
    private static func quarterMoment(at index: Int, _ tokens: [Token]) -> LabelMoment? {
        guard tokens[index].kind == .word, let quarter = LabelMoment.named(by: tokens[index].text),
            quarter.kind == .quarter
        else { return nil }
        return quarter
    }

    /// A header cell's tokens before the unit or scale in brackets that closes it ('2023 (mln ton)', '2023 (x 1.000)'):
    /// the bracket says what the column's values are in, not which time it is of. A bracket of percent ('2023 (%)')
    /// stays: a change in percent of shares may be one in points, which the words do not tell.
    private static func withoutClosingUnit(_ tokens: [Token]) -> [Token] {
        guard let start = LineShape.unitBracketStart(tokens) ?? TitleScale(tokens)?.start, start > 0,
            !tokens[start...].contains(where: { $0.isMark("%") || $0.isWord("procent") })
        else { return tokens }
        return Array(tokens[..<start])
    }

    /// Whether the token at `index` is the end of a season glued to its first year by a slash ('/23' of '2022/23') or
    /// by a hyphen ('-2023' of '2022-2023', the year right after the first: a season or school year, no longer span).
    private static func isSeasonEnd(_ index: Int, _ tokens: [Token]) -> Bool {
        let joiner = tokens[index].kind == .mark ? index : index - 1
        guard joiner >= 1, joiner + 1 < tokens.count, tokens[joiner].isMark("/") || tokens[joiner].isMark("–"),
            let first = tokens[joiner - 1].year, tokens[joiner - 1].end == tokens[joiner].start,
            tokens[joiner].end == tokens[joiner + 1].start
        else { return false }
        if tokens[joiner].isMark("–") { return tokens[joiner + 1].year == first + 1 }
        return tokens[joiner + 1].kind == .label && tokens[joiner + 1].text.allSatisfy(\.isNumber)
    }

    /// The cells of a row of such a table: its label and two values.
    private static let cells = 3
}

extension ClaimParser {
    /// The start and end value of a change of `unit` at `index` that names one row of the table above the sentence
    /// (`Sentence.timedTable`) by its label: the row's earlier and later value. Read only when the claim is the only
    /// number of its stretch ('met 1,7 procentpunt; bij het vwo daalde het met 0,8 procentpunt': each names its own
    /// row) and, beside numbers of other stretches, its stretch says its direction ('…; bij het vwo ging het om 0,8
    /// procentpunt' is read with no row: the direction of the sentence is the other stretch's), the sentence names no
    /// year but the table's and no mean or rate ('gemiddeld 3 procent per jaar' is no change over the whole span),
    /// and any 'dan' in it compares with the earlier column (its year or a mark of an earlier time right after it): a
    /// comparison with another group or level is no change of the row. The row is the one the words of the claim's
    /// stretch tell apart (`TellingWords`, `sharesStem`), unless they name it only as what another quantity is of ('De
    /// ritduur van de deelfietsen': `TimedRowSubject`). A change written as a fraction in words ('nam met een derde
    /// toe', at its first word) or a factor ('is anderhalf keer zo groot als een jaar eerder', 'is verdubbeld') is
    /// read so in a sentence of no number at all.
    func timedRowChange(at index: Int, unit: NumberUnit) -> (from: Operand, to: Operand)? {
        let whole = tokens.indices.filter { analysis.stretches[$0] == analysis.stretches[index] }
        // 'PMD nam met 41 procent toe en GFT met een kwart', 'De zorg groeide met 29,5%, kantoor kromp met een kwart':
        // each conjunct is a stretch of its own; one of a gapped verb has the verb's direction.
        let conjuncts = changeConjuncts(in: whole)
        let stretch = conjuncts.map { Array($0.second.contains(index) ? $0.second : $0.first) } ?? whole
        let stretchNumbers = analysis.numberIndices.filter(stretch.contains)
        guard let table = analysis.sentence.timedTable else { return nil }
        // 'Met 98 toernooien lag het aanbod 11,4% hoger': a number of the stretch may state the later value of a row.
        let statedRow = tokens[index].kind == .number ? statedEndRow(of: index, among: stretchNumbers, table) : nil
        // A fraction in words is its stretch's only number as a number in digits is: beside numbers of other
        // stretches ('…, terwijl het onderwijs 3 procent minder uren afnam') its own stretch must say its direction.
        // 'nam toe met 14, ofwel 7,5%': a number of the other unit that restates the claim, or that the claim
        // restates (`restatingPartner(of:)`), is the same change of the same row, no value of another.
        // So is the count of a difference the claim stands beside ('23 junioren erbij, een toename van 15,5 procent').
        let restating = tokens[index].kind == .number
            ? (restatingPartner(of: index) ?? Self.apposedDifference(of: index, analysis)).flatMap {
                isOtherUnit($0, of: index) ? $0 : nil
            } : nil
        let onlyClaim =
            tokens[index].kind == .number
            ? stretchNumbers.filter({ $0 != restating }) == [index] || statedRow != nil : stretchNumbers.isEmpty
        // Beside numbers of other stretches the claim's own stretch says its direction: another's verb is another's.
        let directed = conjuncts?.sharesVerb == true ? whole : stretch
        let ownDirection =
            stretchNumbers == analysis.numberIndices || tokens[index].number?.sign != nil
            || comparative(after: index) != nil
            || !directions(in: directed[0]..<(directed[directed.count - 1] + 1)).isEmpty
            || directed.contains { tokens[$0].kind == .word && Self.directionSign(of: tokens[$0].text) != nil }
        guard onlyClaim, ownDirection,
            tokens.allSatisfy({ $0.year.map { [table.earlier, table.later].contains($0) } ?? true }),
            namesOnlyQuartersOf(table),
            !tokens.indices.contains(where: { isPerStep($0, table: table) })
        else { return nil }
        for than in tokens.indices where comparesWithOther(at: than) {
            let after = (than + 1)..<min(tokens.count, than + 1 + Self.thanReach)
            guard after.contains(where: { namesEarlierColumn(at: $0, of: table) }) || analysis.hasEarlierMarker(after)
            else { return nil }
        }
        let words = Set(analysis.words(stretch[0]..<(stretch[stretch.count - 1] + 1)))
            .subtracting(Lexicon.grammarWords)
        let rows = table.rows
        let labels = rows.map(\.label)
        // 'de recreatievaart (+14,9%)': the row the noun right before the brackets names; else the one the stretch's
        // words tell, at last by an inflected adjective ('De totale inkomsten': 'Totaal', `toldRow`).
        // At last, a stretch that names only the table's quantity names its total row ('Het aantal incidenten').
        let named =
            bracketHost(ofClaim: index).flatMap { Self.toldRow(amongst: labels, by: [$0]) }
            ?? Self.toldRow(amongst: labels, by: words) ?? headingTotalRow(in: stretch, of: table)
        // A stated later value tells its row, which words that tell a row must agree with.
        let row = statedRow == nil ? named : named == nil || named == statedRow ? statedRow : nil
        guard let told = row, rows[told].from.unit == unit,
            !namesRowOfOtherQuantity(
                rows[told].label, in: stretch[0]...stretch[stretch.count - 1], claim: index, table: table)
        else { return nil }
        return (rows[told].from, rows[told].to)
    }

    /// The start and end value of a difference `number` at `index` that names one row of the table above
    /// (`timedRowChange`), read only when neither the claim nor the line right above the table states a scale: a
    /// difference, unlike a change in percent, is of the rows' scale ('0,4 miljoen' under '(x 1 mln)').
    func timedRowDifference(at index: Int, _ number: WrittenNumber) -> (from: Operand, to: Operand)? {
        guard number.multiplier == 1, analysis.sentence.timedTable?.statesScale == false else { return nil }
        return timedRowChange(at: index, unit: number.unit)
    }

    /// Whether every quarter the sentence names ('Q2', 'in het tweede kwartaal') is one of the two the columns of a
    /// table of quarters are: a change since another quarter is none of the table's. Always so under a table of years.
    private func namesOnlyQuartersOf(_ table: TimedTable) -> Bool {
        guard let quarters = table.quarters else { return true }
        return tokens.indices.allSatisfy {
            quarter(at: $0).map { [quarters.earlier, quarters.later].contains($0) } ?? true
        }
    }

    /// Whether the token at `position` names the earlier column of `table`: its year, or its quarter.
    private func namesEarlierColumn(at position: Int, of table: TimedTable) -> Bool {
        if let quarters = table.quarters { return quarter(at: position) == quarters.earlier }
        return tokens[position].year != nil && tokens[position].year == table.earlier
    }

    /// The quarter the token at `position` names: a quarter's mark ('Q3', 'K3') or 'kwartaal' after an ordinal ('het
    /// derde kwartaal'); nil for any other token.
    private func quarter(at position: Int) -> Int? {
        guard tokens[position].kind == .word else { return nil }
        if let moment = LabelMoment.named(by: tokens[position].text), moment.kind == .quarter { return moment.order }
        guard tokens[position].isWord("kwartaal"), position > 0 else { return nil }
        return Self.ordinals[tokens[position - 1].text]
    }

    /// Whether the numbers at `other` and `index` are a change in percent and its amount: one a percentage, the other
    /// a count.
    private func isOtherUnit(_ other: Int, of index: Int) -> Bool {
        Set([other, index].map { tokens[$0].number?.unit }) == [.count, .percent]
    }

    /// Whether the word at `position` says what a comparison is with: 'dan' after a comparative, or 'als' after the
    /// 'zo' or 'zoveel' of a factor of equal degree ('anderhalf keer zo groot als een jaar eerder').
    private func comparesWithOther(at position: Int) -> Bool {
        tokens[position].isWord("dan")
            || tokens[position].isWord("als") && tokens[..<position].contains { $0.isWord("zo") || $0.isWord("zoveel") }
    }

    /// Whether the word at `position` makes a change a mean or a rate (`perStepWords`): a change of a row 'per jaar'
    /// or 'gemiddeld' is no change from column to column. 'per' before a word of the table's heading names the rate
    /// the table's values are in ('met 8 kilo per inwoner' under 'Hoeveel kilo per inwoner?'), not a step.
    private func isPerStep(_ position: Int, table: TimedTable) -> Bool {
        guard tokens[position].kind == .word, Self.perStepWords.contains(tokens[position].text) else { return false }
        guard tokens[position].isWord("per"), position + 1 < tokens.count else { return true }
        return !table.heading.contains(tokens[position + 1].text)
    }

    /// Words of a mean or a rate: a change of a row 'per jaar' or 'gemiddeld' is no change from column to column.
    private static let perStepWords = Lexicon.averageWords.union(["per", "jaarlijks"])
    /// The most tokens after 'dan' that name the earlier column ('dan in dezelfde maand van 2023').
    private static let thanReach = 6
}
