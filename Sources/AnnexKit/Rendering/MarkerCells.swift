/// The marker cells of a sheet's table ('–', '.', a figure too long for a number cell), gathered
/// row by row while the sheet is written, so that its rows are not laid out a second time: a
/// workbook silences Excel's 'number stored as text' check for them. Number cells are never text.
struct MarkerCells {
    /// The first row of the table's body; rows above it are not looked at (no table: none are).
    let firstRow: Int
    /// The ranges found so far: 'C7', 'C7:D7'.
    private var ranges: [String] = []

    init(_ layout: SheetLayout) {
        firstRow = layout.table.map { $0.headerRow + 1 } ?? layout.rows.count
    }

    /// Adds the marker cells of row `row` (0-based), each run of adjacent ones as one range.
    mutating func add(_ cells: [SheetCell?], row: Int) {
        guard row >= firstRow else { return }
        var start: Int?
        for column in 0...cells.count {
            let isMarker = column < cells.count
                && { if case .text(_, .marker)? = cells[column] { true } else { false } }()
            if isMarker, start == nil { start = column }
            if !isMarker, let first = start {
                let range = XLSXLayout.cellReference(row: row, column: first)
                let last = XLSXLayout.cellReference(row: row, column: column - 1)
                ranges.append(first == column - 1 ? range : range + ":" + last)
                start = nil
            }
        }
    }

    /// The ranges as an Excel range list ('C7:D7 F9'); nil without markers.
    var rangeList: String? { ranges.isEmpty ? nil : ranges.joined(separator: " ") }
}
