/// A label and its value pasted from a table as two cells split by tabs ('Havo\t226.800', '•\tVwo\t161.000',
/// '2019:\t840'): the value line 'Label: value' it stands for, when written so it is one (`LineShape.value`). A row
/// of more cells, or of cells that make no value line (a header 'Jaar\tAantal'), stays a table row.
enum TabValueLine {
    /// The value line the tabbed line `text` stands for, if any.
    static func line(_ text: String) -> String? {
        let cells = text.split(separator: "\t").map { cell in
            String(scalars: PlainLine.trimmed(Array(cell.unicodeScalars)[...]))
        }
        return line(cells: cells.filter { !$0.isEmpty })
    }

    /// The value line a row of the cells `cells` (trimmed, none empty) stands for, if any: also a row pasted with
    /// spaces (`SpacedRow`).
    static func line(cells: [String]) -> String? {
        var cells = cells
        var mark = ""
        if let first = cells.first, itemMarks.contains(first) {
            mark = first + " "
            cells.removeFirst()
        }
        guard cells.count == 2 else { return nil }
        let label = cells[0].hasSuffix(":") ? String(cells[0].dropLast()) : cells[0]
        let line = mark + label + ": " + cells[1]
        return LineShape(line.unicodeScalars) == .value ? line : nil
    }

    /// Marks of an item of a list that may stand in a cell of their own.
    static let itemMarks: Set<String> = ["-", "–", "•", "*"]

    /// The mark of a line that opens with an item's mark and a space, and the index of that space ('- veldhuur
    /// € 14.500'): for the items read as value lines (`AmountItem`, `CountItem`). Nil when it opens otherwise.
    static func itemMark(of plain: ArraySlice<Unicode.Scalar>) -> (mark: String, space: Int)? {
        guard let space = plain.firstIndex(of: " ") else { return nil }
        let mark = String(scalars: plain[..<space])
        return itemMarks.contains(mark) ? (mark, space) : nil
    }
}
