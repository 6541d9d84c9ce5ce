/// A share row of a small table written as text (`TableBlock`) that gives, per column, the row above it as a
/// percentage of the row above that: 'Aangeboden | 512 | 640', 'Waarvan geslaagd | 301 | 394', 'Percentage geslaagd |
/// 58,8% | 61,6%'. The share row's label is a word of share ('percentage', 'aandeel', '%') and the words the part row's
/// label gives after its word of part ('waarvan', 'daarvan'); the whole is the row right above the part row. Each of
/// its cells is, in its column, the part row's value as a share of the whole row's: a share claim.
///
/// When in doubt no claim: labels that do not say so, or rows of other widths; a column whose cells are not two
/// values of one unit (unsigned, no percentages, the part no larger than the whole, the whole above zero) and a
/// percentage; and a share row fewer than half of whose columns that give all three cells show the part's share of
/// the whole within the cell's last digit (a row of another share is then no claim, never an `inconsistent` one).
extension TableRowColumns {
    /// The share rows of a block whose rows, in their order and with their lines, are `rows` (each with its label
    /// first), with their claims of share (see the extension).
    static func partShareRows(_ rows: [(cells: [String], line: Int)]) -> [TableShareRow] {
        guard rows.count >= partShareSpan else { return [] }
        return (partShareSpan - 1..<rows.count).compactMap { index in
            let (whole, part, share) = (rows[index - 2], rows[index - 1], rows[index])
            guard let named = sharedWords(share.cells[0]), partWords(part.cells[0]) == named,
                whole.cells.count == share.cells.count, part.cells.count == share.cells.count
            else { return nil }
            return partShareRow(
                whole: TableBlock.Row(cells: whole.cells, line: whole.line),
                part: TableBlock.Row(cells: part.cells, line: part.line),
                share: TableBlock.Row(cells: share.cells, line: share.line))
        }
    }

    /// The share row `share` of `part` out of `whole`, when at least half its columns that give all three cells show
    /// it.
    private static func partShareRow(whole: TableBlock.Row, part: TableBlock.Row, share: TableBlock.Row)
        -> TableShareRow?
    {
        let columns = share.cells.indices.dropFirst().filter { shareValues(whole, part, share, $0) != nil }
        let shown = columns.filter { column in
            guard let (of, member, cell) = shareValues(whole, part, share, column) else { return false }
            let computed = Exact(100) * member.value / of.value
            return Interval.hedged(cell.value, hedge: .about, step: cell.step).contains(computed)
        }
        guard !columns.isEmpty, shown.count * 2 >= columns.count else { return nil }
        let (text, ranges) = share.sentence(marking: Set(columns))
        let cells = columns.compactMap { column -> TableShareRow.Cell? in
            guard let (of, member, _) = shareValues(whole, part, share, column) else { return nil }
            return TableShareRow.Cell(cell: ranges[column], part: (member, part.line), whole: [(of, whole.line)])
        }
        return TableShareRow(text: text, line: share.line, cells: cells)
    }

    /// The whole's value, the part's and the share's cell in `column`; nil when one is no value, the two values are
    /// of different units, signed or percentages, the part exceeds the whole or the whole is not above zero, or the
    /// cell is no unsigned percentage.
    private static func shareValues(
        _ whole: TableBlock.Row, _ part: TableBlock.Row, _ share: TableBlock.Row, _ column: Int
    ) -> (whole: WrittenNumber, part: WrittenNumber, share: WrittenNumber)? {
        guard let of = whole.values[column - 1].value, let member = part.values[column - 1].value,
            let cell = share.value(column, percent: true).value?.number, cell.unit == .percent, cell.sign == nil,
            of.unit == member.unit, [of, member].allSatisfy({ $0.number.sign == nil && $0.number.unit != .percent }),
            of.number.value > Exact(0), member.number.value <= of.number.value
        else { return nil }
        return (of.number, member.number, cell)
    }

    /// The words a share row's label names its part by: those after its word of share ('Percentage geslaagd',
    /// 'Aandeel geslaagd') or its mark ('% geslaagd'); nil for another label or one with no words after it.
    private static func sharedWords(_ label: String) -> [String]? {
        let words = TableBlock.words(label)
        if label.hasPrefix(percentMark) { return words.isEmpty ? nil : words }
        guard let first = words.first, TableTotal.shareWords.contains(first), words.count > 1 else { return nil }
        return Array(words.dropFirst())
    }

    /// The words a part row's label names its part by after its word of part ('Waarvan geslaagd'); nil for another
    /// label.
    private static func partWords(_ label: String) -> [String]? {
        let words = TableBlock.words(label)
        guard let first = words.first, partLabelWords.contains(first), words.count > 1 else { return nil }
        return Array(words.dropFirst())
    }

    /// The rows a share row needs: its whole's, its part's and its own.
    private static let partShareSpan = 3
    /// The mark that opens a share row's label ('% geslaagd').
    private static let percentMark = "%"
    /// Words that open a part row's label: it counts a part of the row above ('Waarvan geslaagd').
    private static let partLabelWords = Lexicon.partReferences.union(["waarvan"])
}
