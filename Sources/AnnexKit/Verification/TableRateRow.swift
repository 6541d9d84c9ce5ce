/// A rate row of a small table written as text (`TableBlock`) whose columns are periods and whose rows are measures:
/// 'Recepten | 46.490 | 48.260', 'Beoordelingen | 356 | 412', 'Beoordelingen per 1.000 recepten | 7,7 | 8,5'. The rate
/// row's label reads 'X per Y' or 'X per N Y'; the words X name exactly one other row, the word Y exactly one other
/// (`namesWord`: a form of it, or a compound whose head is one: 'Openingsdagen' for 'dag'). Each of its cells
/// is, in its column, the X row's value over the Y row's, times N: a claim of a rate.
///
/// When in doubt no claim: a label that names no row, or several, for X or Y; rows of another width; a column whose
/// cells are not two unsigned values that are no percentages, the whole above zero, and an unsigned count; and a rate
/// row fewer than half of whose columns that give all three cells show the reading within the cell's last digit (a row
/// of another rate, or of a scale its label leaves out, is then no claim, never an `inconsistent` one).
extension TableRowColumns {
    /// The rate rows of a block whose rows, in their order and with their lines, are `rows` (each with its label
    /// first), with their claims of rate (see the extension).
    static func rateRows(_ rows: [(cells: [String], line: Int)]) -> [TableShareRow] {
        let read = rows.map { TableBlock.Row(cells: $0.cells, line: $0.line) }
        return read.compactMap { row in
            guard let (part, whole, scale) = rateOperands(row, among: read) else { return nil }
            return rateRow(row, part: part, whole: whole, scale: scale)
        }
    }

    /// The rows a rate row's label names as its part and whole, and the scale it states; nil when it reads no 'X per
    /// (N) Y' or its words name no one row each.
    private static func rateOperands(_ row: TableBlock.Row, among rows: [TableBlock.Row])
        -> (part: TableBlock.Row, whole: TableBlock.Row, scale: Exact)?
    {
        let tokens = Tokenizer.tokens(Array(row.cells[0].unicodeScalars))
        guard let per = tokens.firstIndex(where: { $0.isWord(rateMark) }) else { return nil }
        let of = tokens[..<per].filter { $0.kind == .word && !Lexicon.grammarWords.contains($0.text) }
            .map { $0.text.lowercased() }
        var next = per + 1
        var scale = Exact(1)
        if next < tokens.count, let stated = ClaimParser.scale(tokens[next]) { (scale, next) = (stated, next + 1) }
        guard !of.isEmpty, next < tokens.count, tokens[next].kind == .word else { return nil }
        let unit = tokens[next].text.lowercased()
        // Rows of the rate row's width that state no rate themselves.
        let others = rows.filter { other in
            other.line != row.line && other.cells.count == row.cells.count
                && !TableBlock.words(other.cells[0]).contains(rateMark)
        }
        let parts = others.filter { other in of.allSatisfy { namesWord(other.cells[0], $0) } }
        let wholes = others.filter { namesWord($0.cells[0], unit) }
        guard parts.count == 1, wholes.count == 1, parts[0].line != wholes[0].line else { return nil }
        return (parts[0], wholes[0], scale)
    }

    /// The rate row `row` of `part` over `whole` times `scale`, when at least half its columns that give all three
    /// cells show it.
    private static func rateRow(_ row: TableBlock.Row, part: TableBlock.Row, whole: TableBlock.Row, scale: Exact)
        -> TableShareRow?
    {
        let columns = row.cells.indices.dropFirst().filter { rateValues(row, part, whole, $0) != nil }
        let shown = columns.filter { column in
            guard let (of, per, cell) = rateValues(row, part, whole, column) else { return false }
            return Interval.hedged(cell.value, hedge: .about, step: cell.step).contains(of.value / per.value * scale)
        }
        guard !columns.isEmpty, shown.count * 2 >= columns.count else { return nil }
        let (text, ranges) = row.sentence(marking: [])
        var rateRow = TableShareRow(text: text, line: row.line, cells: [])
        rateRow.rates = columns.compactMap { column in
            guard let (of, per, _) = rateValues(row, part, whole, column) else { return nil }
            return Rate(
                cell: ranges[column], part: Level(number: of, year: nil, line: part.line),
                whole: Level(number: per, year: nil, line: whole.line), scale: scale)
        }
        return rateRow
    }

    /// The part's value, the whole's and the rate's cell in `column`; nil when one is no value, either value is signed
    /// or a percentage, the whole is not above zero, or the cell is no unsigned count.
    private static func rateValues(
        _ row: TableBlock.Row, _ part: TableBlock.Row, _ whole: TableBlock.Row, _ column: Int
    ) -> (part: WrittenNumber, whole: WrittenNumber, rate: WrittenNumber)? {
        guard let of = part.values[column - 1].value, let per = whole.values[column - 1].value,
            let cell = derivedCell(row, column),
            [of, per].allSatisfy({ $0.number.sign == nil && $0.number.unit != .percent }),
            per.number.value > Exact(0)
        else { return nil }
        return (of.number, per.number, cell)
    }

    /// Whether a row's label names `word`: one of its words is `word`, a form of it, or a compound whose head is one
    /// (`ClaimParser.namesUnit`: 'openingsdagen' for 'dag').
    private static func namesWord(_ label: String, _ word: String) -> Bool {
        TableBlock.words(label).contains { ClaimParser.namesUnit($0, word) }
    }
}
