/// What the accessibility check needs of a sheet's cells, gathered row by row as they are laid out
/// (`AccessibilityCheck`): a table's rows are made as they are read, so the pass that lays them out
/// to measure the columns scans them too, and the check reads none of them again.
struct SheetScan: Sendable {
    /// The note references in its texts ('(1)').
    var references = Set<String>()
    /// The cells whose text is longer than a worksheet cell holds.
    var tooLong: [(cell: String, length: Int)] = []
    /// The rows of its table without a cell.
    var blankRows: [Int] = []
    /// The signs its table's cells show: markers of figures without a value, the cues of
    /// estimated and incomplete figures, and nil (a counted zero).
    var symbols = Set<Symbol>()

    /// Scans the cells of the sheet's row `row` (from 0); `table` is the sheet's table object, if any;
    /// `reference` a note reference's text before and after its number.
    mutating func add(_ cells: [SheetCell?], row: Int, table: TableObject?, _ wording: Wording,
                      reference: [String]) {
        let inTable = table.map { row > $0.headerRow } ?? false
        if let table, inTable, row <= max(table.headerRow + 1, table.lastRow), cells.allSatisfy({ $0 == nil }) {
            blankRows.append(row)
        }
        // Only texts with the reference's first character are searched (a table's cells seldom have it).
        let opening = reference[0].utf8.first
        for (column, cell) in cells.enumerated() {
            let text: String
            switch cell {
            case .text(let value, let style)?:
                if opening.map(value.utf8.contains) ?? true {
                    references.formUnion(AccessibilityCheck.references(value, reference))
                }
                if inTable && style == .marker,
                   let symbol = Symbol.allCases.first(where: { wording.sign($0) == value }) {
                    symbols.insert(symbol)
                }
                text = value
            case .link(let value, _)?:
                text = value
            case .number(let value, let format, let status)?:
                if inTable, let symbol = Symbol(status) { symbols.insert(symbol) }
                if inTable && NumberStyle.isNil(.value(value), format) && status == .ok {
                    symbols.insert(.nilValue)
                }
                continue
            case nil:
                continue
            }
            let length = text.utf16.count
            if length > SheetCell.maximumTextLength {
                tooLong.append((XLSXLayout.cellReference(row: row, column: column), length))
            }
        }
    }

    /// Adds what `later`, a scan of rows below these, found.
    mutating func append(_ later: SheetScan) {
        references.formUnion(later.references)
        tooLong += later.tooLong
        blankRows += later.blankRows
        symbols.formUnion(later.symbols)
    }
}
