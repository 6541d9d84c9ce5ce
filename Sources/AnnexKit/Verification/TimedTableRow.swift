/// A table written as text whose two value columns are two times, the earlier first ('Boottype | 2022 | 2023',
/// 'Opleiding | examen 2021 | examen 2023': header cells alike but for one year each), and its rows of a label and
/// two unsigned values of one unit. Prose under it that names one row by its label states that row's change:
/// 'Het aantal kajakken daalde met 12,5 procent.' under 'Kajakken | 48 | 42' runs from 48 to 42
/// (`ClaimParser.timedRowChange`).
struct TimedTable: Sendable {
    /// A body row: the words of its label and its values in the earlier and the later column.
    struct Row: Sendable {
        let label: [String]
        let from: Operand
        let to: Operand
    }

    let earlier: Int
    let later: Int
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

    /// Reads the line numbered `number`.
    mutating func read(_ line: String.UnicodeScalarView, number: Int) {
        let blank = line.allSatisfy(\.properties.isWhitespace)
        defer { afterBlank = blank }
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
            building = years.earlier < years.later ? TimedTable(earlier: years.earlier, later: years.later) : nil
            return
        }
        let values = row.cells.dropFirst().compactMap { cell -> WrittenNumber? in
            guard case .value(let number, _) = TableCell(cell), number.sign == nil else { return nil }
            return number
        }
        guard var table = building, values.count == 2, values[0].unit == values[1].unit else {
            building = nil
            return
        }
        let label = Tokenizer.tokens(Array(row.cells[0].unicodeScalars)).filter { $0.kind == .word }.map(\.text)
        let bound = OperandBinding(.labelledLine)
        table.rows.append(
            TimedTable.Row(
                label: label,
                from: Operand(values[0], year: table.earlier, token: nil, line: number, binding: bound),
                to: Operand(values[1], year: table.later, token: nil, line: number, binding: bound)))
        building = table
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

    /// Words of a mean or a rate: a change of a row 'per jaar' or 'gemiddeld' is no change from column to column.
    private static let perStepWords = Lexicon.averageWords.union(["per", "jaarlijks"])
    /// The most tokens after 'dan' that name the earlier column ('dan in dezelfde maand van 2023').
    private static let thanReach = 6
}
