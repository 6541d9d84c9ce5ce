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

    let earlier: Int
    /// The later year; nil when only the earlier is named ('Instroom (tussen haakjes 2024)').
    let later: Int?
    /// Whether the line right above the table states a scale for its values (`TitleScale`: '(x 1 mln)').
    let statesScale: Bool
    var rows: [Row] = []
}

/// Reads the lines of a text for the tables of two columns of time (`TimedTable`): the last one read stays over the
/// prose under it, in its paragraph and the one right under it, until another table or a heading. A row that is not
/// a label and two values of one unit ends the table unread: a row the prose names may be among the unread.
struct TimedTableReader: Sendable {
    private var building: TimedTable?
    /// The table right above the lines read now, if any.
    private(set) var above: TimedTable?
    /// The paragraphs opened since that table ended.
    private var breaks = 0
    /// Whether the line before was blank.
    private var afterBlank = false
    /// Whether the table being read gives its earlier values in brackets (`BracketedTimedRow`).
    private var inBrackets = false
    /// The line read before, the title of rows that open under it.
    private var previous = String.UnicodeScalarView()
    /// Whether the line read before was a row with its earlier value in brackets: a row under it opens no table.
    private var afterBracketedRow = false

    /// Reads the line numbered `number`.
    mutating func read(_ line: String.UnicodeScalarView, number: Int) {
        let blank = line.allSatisfy(\.properties.isWhitespace)
        let bracketed = BracketedTimedRow(line)
        defer { (afterBlank, previous, afterBracketedRow) = (blank, line, bracketed != nil) }
        if let bracketed {
            read(bracketed, number: number)
            return
        }
        guard TextTableRow.mayBeRow(line), let row = TextTableRow(String(line)) else {
            if let table = building {
                (above, breaks) = (table.rows.count >= ClaimParser.leastParts ? table : nil, 0)
                building = nil
            }
            // Counted at the line that opens a paragraph: the sentence a blank line closes is read with the table.
            if !blank, afterBlank { breaks += 1 }
            if breaks > Self.paragraphsUnder || line.first == "#" { above = nil }
            return
        }
        above = nil
        guard row.cells.count == Self.cells else {
            building = nil
            return
        }
        if let years = Self.columnYears(row.cells[1], row.cells[2]) {
            building =
                years.earlier < years.later
                ? TimedTable(earlier: years.earlier, later: years.later, statesScale: titleScale) : nil
            inBrackets = false
            return
        }
        let values = row.cells.dropFirst().compactMap { cell -> WrittenNumber? in
            guard case .value(let number, _) = TableCell(cell), number.sign == nil else { return nil }
            return number
        }
        guard let table = building, !inBrackets, values.count == 2, values[0].unit == values[1].unit else {
            building = nil
            return
        }
        let label = Tokenizer.tokens(Array(row.cells[0].unicodeScalars)).filter { $0.kind == .word }.map(\.text)
        building = Self.adding(label, from: values[0], to: values[1], line: number, to: table)
    }

    /// Reads a row that gives its earlier value in brackets: it opens a table under the line before (no such row)
    /// when that line or the row's bracket names the earlier time (`BracketedTimedRow.times`); a bracket of another
    /// year ends the table unread, as does such a row in a table of year columns.
    private mutating func read(_ row: BracketedTimedRow, number: Int) {
        above = nil
        if !inBrackets { building = nil }
        if building == nil {
            guard !afterBracketedRow else { return }
            inBrackets = true
            building = BracketedTimedRow.times(under: Tokenizer.tokens(Array(previous)), first: row).map {
                TimedTable(earlier: $0.earlier, later: $0.later, statesScale: titleScale)
            }
        }
        guard let table = building, row.bracketYear.map({ $0 == table.earlier }) ?? true else {
            building = nil
            return
        }
        building = Self.adding(row.label, from: row.earlier, to: row.value, line: number, to: table)
    }

    /// Whether the line read before, the title of a table that opens now, states a scale (`TitleScale`).
    private var titleScale: Bool { TitleScale(Tokenizer.tokens(Array(previous))) != nil }

    /// `table` with a row of `label` and its values at the earlier and the later time, read on line `line`.
    private static func adding(
        _ label: [String], from earlier: WrittenNumber, to later: WrittenNumber, line: Int, to table: TimedTable
    ) -> TimedTable {
        var table = table
        let bound = OperandBinding(.labelledLine)
        table.rows.append(
            TimedTable.Row(
                label: label,
                from: Operand(earlier, year: table.earlier, token: nil, line: line, binding: bound),
                to: Operand(later, year: table.later, token: nil, line: line, binding: bound)))
        return table
    }

    /// The years of two header cells that are alike but for one year each ('2022', 'cohort 2022'); nil otherwise.
    private static func columnYears(_ first: String, _ second: String) -> (earlier: Int, later: Int)? {
        let read = [first, second].map { Tokenizer.tokens(Array($0.unicodeScalars)) }
        let years = read.map { $0.compactMap(\.year) }
        let rest = read.map { $0.filter { $0.year == nil }.map(\.text) }
        guard years.allSatisfy({ $0.count == 1 }), rest[0] == rest[1] else { return nil }
        return (years[0][0], years[1][0])
    }

    /// The cells of a row of such a table: its label and two values.
    private static let cells = 3
    /// The paragraphs under the table whose prose may still name its rows: its own and the one right under it.
    private static let paragraphsUnder = 1
}

extension ClaimParser {
    /// The start and end value of a change of `unit` at `index` that names one row of the table above the sentence
    /// (`Sentence.timedTable`) by its label: the row's earlier and later value. Read only when the claim is its
    /// sentence's only number, the sentence names no year but the table's and no mean or rate ('gemiddeld 3 procent
    /// per jaar' is no change over the whole span), and any 'dan' in it compares with the earlier column (its year or
    /// a mark of an earlier time right after it): a comparison with another group or level is no change of the row.
    /// The row is the one the words of the claim's stretch tell apart (`TellingWords`, `sharesStem`).
    func timedRowChange(at index: Int, unit: NumberUnit) -> (from: Operand, to: Operand)? {
        guard let table = analysis.sentence.timedTable, analysis.numberIndices == [index],
            tokens.allSatisfy({ $0.year.map { [table.earlier, table.later].contains($0) } ?? true }),
            !tokens.contains(where: { $0.kind == .word && Self.perStepWords.contains($0.text) })
        else { return nil }
        for than in tokens.indices where tokens[than].isWord("dan") {
            let after = (than + 1)..<min(tokens.count, than + 1 + Self.thanReach)
            guard tokens[after].contains(where: { $0.year == table.earlier }) || analysis.hasEarlierMarker(after)
            else { return nil }
        }
        let stretch = tokens.indices.filter { analysis.stretches[$0] == analysis.stretches[index] }
        let words = Set(analysis.words(stretch[0]..<(stretch[stretch.count - 1] + 1)))
            .subtracting(Lexicon.grammarWords)
        let rows = table.rows
        guard let told = Self.toldRow(amongst: rows.map(\.label), by: words), rows[told].from.unit == unit else {
            return nil
        }
        return (rows[told].from, rows[told].to)
    }

    /// The start and end value of a difference `number` at `index` that names one row of the table above
    /// (`timedRowChange`), read only when neither the claim nor the line right above the table states a scale: a
    /// difference, unlike a change in percent, is of the rows' scale ('0,4 miljoen' under '(x 1 mln)').
    func timedRowDifference(at index: Int, _ number: WrittenNumber) -> (from: Operand, to: Operand)? {
        guard number.multiplier == 1, analysis.sentence.timedTable?.statesScale == false else { return nil }
        return timedRowChange(at: index, unit: number.unit)
    }

    /// Words of a mean or a rate: a change of a row 'per jaar' or 'gemiddeld' is no change from column to column.
    private static let perStepWords = Lexicon.averageWords.union(["per", "jaarlijks"])
    /// The most tokens after 'dan' that name the earlier column ('dan in dezelfde maand van 2023').
    private static let thanReach = 6
}
