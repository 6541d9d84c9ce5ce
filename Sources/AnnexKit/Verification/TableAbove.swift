/// The rows of a table written as text (`TextTableRow`: between bars, at tabs or aligned with spaces), as the prose
/// right under it reads them: in its paragraph and the one right under it, until another table or a heading. Its
/// cells are read as a table of two columns of time once, when the block ends (`TimedTable`), and as one value column
/// with its total row only when a sentence asks (`rowsAndTotal(namedBy:years:wholeNamed:)`).
struct TableAbove: Sendable {
    /// A row: its cells, the label first, and its line.
    struct Row: Sendable {
        let cells: [String]
        let line: Int
    }

    /// The rows of the block, in order: its consecutive lines that are rows.
    let rows: [Row]
    /// The words of the line right above the block, lower case, when it is no blank line: its title.
    let title: [String]
    /// The years that title names ('Verkopen naar woningtype, 2024').
    let titleYears: Set<Int>
    /// The block read as a table of two columns of time, if it is one.
    let timed: TimedTable?

    /// The block of `rows` under the line `title` (empty after a blank line).
    init(rows: [Row], title: String) {
        self.rows = rows
        self.title = TableBlock.words(title)
        titleYears = Set(Tokenizer.tokens(Array(title.unicodeScalars)).compactMap(\.year))
        timed = TimedTable(rows, title: Tokenizer.tokens(Array(title.unicodeScalars)))
    }

    /// The words of a label, as a sentence's words are read.
    static func labelWords(_ label: String) -> [String] {
        Tokenizer.tokens(Array(label.unicodeScalars)).filter { $0.kind == .word }.map(\.text)
    }
}

/// Reads the lines of a text for the table right above the prose (`TableAbove`): the last block of rows read stays over
/// the prose under it, in its paragraph and the one right under it, until another table or a heading.
struct TableAboveReader: Sendable {
    private var building: [TableAbove.Row] = []
    /// The line read last when it is no row nor blank; empty after a blank line.
    private var lastProse = "".unicodeScalars
    /// The line right above the rows read now (`TableAbove.title`).
    private var titleOfBuilding = "".unicodeScalars
    /// The table right above the lines read now, if any.
    private(set) var above: TableAbove?
    /// The paragraphs opened since that table ended.
    private var breaks = 0
    /// Whether the line before was blank.
    private var afterBlank = false

    /// Reads the line numbered `number`.
    mutating func read(_ line: String.UnicodeScalarView, number: Int) {
        // A rule under the header or between rows (`TableRule`) is no row: the block goes on under it.
        if !building.isEmpty, TableRule.isRule(line) { return }
        let blank = line.allSatisfy(\.properties.isWhitespace)
        defer { afterBlank = blank }
        guard TextTableRow.mayBeRow(line), let row = TextTableRow(String(line)) else {
            if !building.isEmpty {
                (above, breaks) = (TableAbove(rows: building, title: String(titleOfBuilding)), 0)
                building = []
            }
            // Counted at the line that opens a paragraph: the sentence a blank line closes is read with the table.
            if !blank, afterBlank { breaks += 1 }
            if breaks > Self.paragraphsUnder || line.first == "#" { above = nil }
            lastProse = blank ? "".unicodeScalars : line
            return
        }
        above = nil
        if building.isEmpty { titleOfBuilding = lastProse }
        building.append(TableAbove.Row(cells: row.cells, line: number))
    }

    /// The paragraphs under the table whose prose may still name its rows: its own and the one right under it.
    private static let paragraphsUnder = 1
}
