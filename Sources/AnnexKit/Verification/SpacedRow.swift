/// A row of a table pasted with spaces: a label, a run of two or more spaces, and one value that opens with a digit,
/// a sign or '€' ('Rechtbanken  2.140', '18-64 jaar  5.420', 'Horeca  78', 'Totaal  370,3'). In a block of two or
/// more such lines each is read as the value line 'Label: value' it stands for (`TabValueLine.line(cells:)`), as a
/// row split by a tab is; a lone such line stays text whose run of spaces splits it (`TextDocument`: text saved as
/// one long line).
enum SpacedRow {
    /// The value line the line `text` stands for, if it is such a row.
    static func line(_ text: String.UnicodeScalarView) -> String? {
        rowCells(text).flatMap { cells in TabValueLine.line(cells: cells.map { String(scalars: $0) }) }
    }

    /// Whether the line `text` has the form of such a row, a label and one value after a run of spaces, whether or
    /// not the two make a value line ('vo (12–18 jaar; met mbo)  305').
    static func isRow(_ text: String.UnicodeScalarView) -> Bool { rowCells(text) != nil }

    /// The label and value cells of the line `text` when it has the form of a row.
    private static func rowCells(_ text: String.UnicodeScalarView) -> [ArraySlice<Unicode.Scalar>]? {
        guard !text.contains("\t") else { return nil }
        var cells = Self.cells(PlainLine(text).scalars)
        // A column of amounts aligned on their digits leaves spaces after the currency sign ('€  4.250').
        if cells.count == 3, String(scalars: cells[1]) == "€" {
            cells = [cells[0], Array("€ ".unicodeScalars)[...] + cells[2]]
        }
        guard cells.count == 2, let opening = cells[1].first,
            ("0"..."9").contains(opening) || valueOpeners.contains(opening)
        else { return nil }
        return cells
    }

    /// The pieces of a line between runs of at least `cellGap` spaces, trimmed, none empty (also the cells of a row of
    /// more values: `TextTableRow`).
    static func cells(_ line: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var cells: [ArraySlice<Unicode.Scalar>] = []
        var start = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            let gap = line[index...].prefix { $0 == " " }.count
            if gap >= cellGap {
                cells.append(line[start..<index])
                start = index + gap
            }
            index += max(gap, 1)
        }
        cells.append(line[start...])
        return cells.map(PlainLine.trimmed).filter { !$0.isEmpty }
    }

    /// The least run of spaces between a row's label and its value.
    private static let cellGap = 2
    /// Marks a value may open with before its digits ('€ 12,4', '−3', '+8%').
    private static let valueOpeners: Set<Unicode.Scalar> = ["€", "+", "-", "−"]
}
