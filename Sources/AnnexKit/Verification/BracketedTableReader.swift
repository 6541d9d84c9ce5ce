/// Reads the lines of a text for rows that give their earlier value in brackets (`BracketedTimedRow`): the last table
/// of such rows stays over the prose under it, in its paragraph and the one right under it, until another table or a
/// heading. Tables between bars of other rows are `TableAboveReader`'s.
struct BracketedTableReader: Sendable {
    private var building: TimedTable?
    /// The table right above the lines read now, if any.
    private(set) var above: TimedTable?
    /// The paragraphs opened since that table ended.
    private var breaks = 0
    /// Whether the line before was blank.
    private var afterBlank = false
    /// The line read before, the title of rows that open under it.
    private var previous = String.UnicodeScalarView()
    /// Whether the line read before was a row with its earlier value in brackets: a row under it opens no table.
    private var afterBracketedRow = false
    /// Whether the line read before was a row of any table (`TextTableRow`, `BracketedTimedRow`).
    private var afterRow = false

    /// Reads the line numbered `number`.
    mutating func read(_ line: String.UnicodeScalarView, number: Int) {
        // A rule under a header or between rows (`TableRule`) is no line of its own: the rows under it read the header
        // above it as their title, and a table of them goes on.
        if afterRow, TableRule.isRule(line) { return }
        let blank = line.allSatisfy(\.properties.isWhitespace)
        let bracketed = BracketedTimedRow(line)
        let otherRow = bracketed == nil && TextTableRow.mayBeRow(line) && TextTableRow(String(line)) != nil
        defer {
            (afterBlank, previous) = (blank, line)
            (afterBracketedRow, afterRow) = (bracketed != nil, bracketed != nil || otherRow)
        }
        if let bracketed {
            read(bracketed, number: number)
            return
        }
        if let table = building {
            (above, breaks) = (table.rows.count >= ClaimParser.leastParts ? table : nil, 0)
            building = nil
        }
        // A row of another table ends this one's reach: the prose under it reads that table.
        if otherRow {
            above = nil
            return
        }
        // Counted at the line that opens a paragraph: the sentence a blank line closes is read with the table.
        if !blank, afterBlank { breaks += 1 }
        if breaks > Self.paragraphsUnder || line.first == "#" { above = nil }
    }

    /// Reads a row that gives its earlier value in brackets: it opens a table under the line before (no such row)
    /// when that line or the row's bracket names the earlier time (`BracketedTimedRow.times`); a bracket of another
    /// year ends the table unread.
    private mutating func read(_ row: BracketedTimedRow, number: Int) {
        above = nil
        if building == nil {
            guard !afterBracketedRow else { return }
            let title = Tokenizer.tokens(Array(previous))
            building = BracketedTimedRow.times(under: title, first: row).map {
                TimedTable(
                    earlier: $0.earlier, later: $0.later, statesScale: TitleScale(title) != nil,
                    heading: TimedTable.heading(title))
            }
        }
        guard var table = building, row.bracketYear.map({ $0 == table.earlier }) ?? true else {
            building = nil
            return
        }
        table.append(row.label, from: row.earlier, to: row.value, line: number)
        building = table
    }

    /// The paragraphs under the table whose prose may still name its rows: its own and the one right under it.
    private static let paragraphsUnder = 1
}
