/// A balance row of a small table written as text (`TableBlock`): a row labelled 'Saldo' (or a compound whose head it
/// is: 'Migratiesaldo') right under exactly two body rows, as in 'Instroom | 131 | 158', 'Uitstroom | 117 | 124',
/// 'Saldo | +14 | +34'. Each of its cells is the first row's cell less the second's, in that column: a difference
/// claim (`TableRowColumns.Change`) from the second row's level to the first's, its sign the cell's (unsigned is a
/// rise).
///
/// When in doubt no claim: a block with a total row, or with other than two body rows above the balance; a column
/// whose three cells are not values of one unit, the two levels unsigned and no percentages; and a balance row fewer
/// than half of whose columns that give all three cells show the first less the second (a balance written as the
/// second less the first, or one of another thing, is then no claim, never an `inconsistent` one).
extension TableRowColumns {
    /// The balance row of a block's body rows `body`, with its claims of difference; none when the block has a total
    /// row or its rows are no two levels and their balance. The levels name no year: both are the column's.
    static func balanceRows(body: [TableBlock.Row], total: TableBlock.Row?) -> [TableShareRow] {
        guard total == nil, body.count == balancedRows + 1, let balance = body.last,
            isBalance(TableBlock.words(balance.cells[0]))
        else { return [] }
        let (first, second) = (body[0], body[1])
        let columns = balance.cells.indices.dropFirst().filter { levels(first, second, balance, $0) != nil }
        let shown = columns.filter { column in
            guard let (from, to, cell) = levels(first, second, balance, column) else { return false }
            return Interval.hedged(cell.value, hedge: .about, step: cell.step).contains(to.value - from.value)
        }
        guard !columns.isEmpty, shown.count * 2 >= columns.count else { return [] }
        let (text, ranges) = balance.sentence(marking: [])
        let changes = columns.compactMap { column -> Change? in
            guard let (from, to, _) = levels(first, second, balance, column) else { return nil }
            return Change(
                cell: ranges[column], kind: .difference, from: Level(number: from, year: nil, line: second.line),
                to: Level(number: to, year: nil, line: first.line))
        }
        return [TableShareRow(text: text, line: balance.line, cells: [], changes: changes)]
    }

    /// The second row's level, the first's and the balance's cell in `column`; nil when one is no value, the levels
    /// are signed or percentages, or the three are of different units.
    private static func levels(
        _ first: TableBlock.Row, _ second: TableBlock.Row, _ balance: TableBlock.Row, _ column: Int
    ) -> (from: WrittenNumber, to: WrittenNumber, cell: WrittenNumber)? {
        // Its sign is no part of its unit ('+14' beside '131').
        let unsigned = TableCell(String(balance.cells[column].drop(while: signMarks.contains)))
        guard let to = first.values[column - 1].value, let from = second.values[column - 1].value,
            let cell = balance.values[column - 1].value, from.unit == to.unit, unsigned.value?.unit == to.unit,
            [from, to].allSatisfy({ $0.number.sign == nil && $0.number.unit != .percent })
        else { return nil }
        return (from.number, to.number, cell.number)
    }

    /// Whether a label's words are one word of balance or a compound whose head it is ('saldo', 'migratiesaldo').
    private static func isBalance(_ words: [String]) -> Bool {
        words.count == 1 && hasHead(words[0], in: [balanceHead])
    }

    /// The head of a balance row's label.
    private static let balanceHead = "saldo"
    /// The number of body rows a balance row balances.
    private static let balancedRows = 2
}
