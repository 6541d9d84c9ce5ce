/// A total row of a small table written as text (`TableBlock`), as the sentence it makes: its cells between bars
/// ('Totaal | 397,7 | 384,5'), and per value column that is summed the parts its cell totals, each a body row's cell
/// with its line.
struct TableTotal: Sendable {
    /// A column's total: where its cell stands in the sentence, and its parts; nil parts when a part's cell is missing
    /// or suppressed.
    struct Column: Sendable {
        let cell: Range<Int>
        let parts: [(number: WrittenNumber, line: Int)]?
    }

    /// The sentence the row makes.
    let text: String
    let columns: [Column]
    /// Whether its sums may confirm it, never contradict it: the total of a quarter's months (`TableBlock`), which is
    /// no sum for a stock or a mean.
    var confirmsOnly = false

    /// The total row `row` under the header `header` (if any), of the rows `parts`: each cell as its row read it,
    /// read again as a percentage only in a column of percentages.
    init?(row: TableBlock.Row, header: [String]?, parts: [TableBlock.Row]) {
        var text = row.cells[0]
        var columns: [Column] = []
        for column in row.cells.indices.dropFirst() {
            let named = header.map { Tokenizer.tokens(Array($0[column].unicodeScalars)) } ?? []
            let percent = Self.namesShare(named)
                || ([row] + parts).contains { $0.values[column - 1].value?.number.unit == .percent }
            var cell = row.cells[column]
            var read = row.values[column - 1]
            if percent, read.value?.number.unit == .count {
                cell += "%"
                read = TableCell(cell)
            }
            text += Self.separator
            let start = text.unicodeScalars.count
            text += cell
            let cells = parts.map { $0.value(column, percent: percent) }
            guard !named.contains(where: { Self.unsummedWords.contains($0.text) }),
                let (total, unit) = read.value, total.sign == nil,
                !percent || total.value == Exact(Self.wholeShare)
            else { continue }
            let range = start..<text.unicodeScalars.count
            if cells.contains(where: \.isMissing) {
                columns.append(Column(cell: range, parts: nil))
                continue
            }
            let values = cells.compactMap(\.value)
            guard values.count == cells.count, values.allSatisfy({ $0.unit == unit && $0.number.sign == nil }) else {
                continue
            }
            columns.append(Column(cell: range, parts: zip(values, parts).map { ($0.number, $1.line) }))
        }
        guard !columns.isEmpty else { return nil }
        (self.text, self.columns) = (text, columns)
    }

    /// Whether a column's header, `named`, makes it one of percentages: it names a share or '%'.
    static func namesShare(_ named: [Token]) -> Bool {
        named.contains { $0.isMark("%") || shareWords.contains($0.text) }
    }

    /// What stands between the cells of the sentence a row makes.
    static let separator = " | "
    /// The total of a column of shares.
    static let wholeShare = 100
    /// Words of a column's header that make it one of percentages.
    static let shareWords = Lexicon.percentWords.union(Lexicon.shareWords)
    /// Words of a column's header that make its values no parts of a total: means, changes and rates ('per').
    static let unsummedWords = Lexicon.averageWords.union(Lexicon.changeNouns).union(["per"])
}

extension ClaimParser {
    /// The sums a table's total row claims (`TableTotal`): per column, its cell is the sum of the body rows' cells
    /// above it, each bound by its row (`OperandBinding.Evidence.labelledLine`); a column with a missing cell has no
    /// parts, so its total is unverifiable.
    func tableTotalClaims() -> [Claim] {
        guard let table = analysis.sentence.tableTotal else { return [] }
        return table.columns.compactMap { column in
            guard let site = analysis.numberIndices.first(where: { column.cell.contains(tokens[$0].start) }),
                let number = tokens[site].number
            else { return nil }
            var claim = Claim(kind: .sum, site: site, claimed: precise(number, direction: nil))
            let binding = OperandBinding(table.confirmsOnly ? [.labelledLine, .partOfList] : [.labelledLine])
            claim.parts = (column.parts ?? []).map {
                Operand($0.number, year: nil, token: nil, line: $0.line, binding: binding)
            }
            return claim
        }
    }
}
