/// '4 standplaatsen (8%) staan leeg.' under 'Locatie | Standplaatsen | Bewoond', its rows and 'Totaal | 64 | 60': a
/// share in brackets right after a count whose noun names one value column of the table right above by its header (a
/// form of a word of it) is of that column's total row, the whole of all rows, not of one row.
///
/// When in doubt no whole: a sentence that names a row by a word of its label (the share may be of that row), a noun
/// that names no column or several, a table without a header or a total row closing it, a body row that is no plain
/// part, a column whose body cells do not add up to its total (they may be no parts of one whole), and a count no
/// smaller than that total.
extension ClaimParser {
    /// The total row's cell of the column the noun of the count at `part` names, as the whole of the share in brackets
    /// at `start` right after it (see the extension).
    func columnTotalWhole(ofPart part: Int, shareAt start: Int) -> Operand? {
        guard part < start, analysis.enclosingParenthesis(of: start)?.lowerBound == start,
            let noun = ReadingSanity.noun(after: part, in: tokens),
            let table = analysis.sentence.tableAbove, let header = table.rows.first, let last = table.rows.last,
            header.cells.count >= 2, table.rows.allSatisfy({ $0.cells.count == header.cells.count }),
            header.cells.dropFirst().allSatisfy(TableBlock.mayNameColumn),
            Self.totalledWords(TableBlock.words(last.cells[0])) != nil
        else { return nil }
        let body = table.rows.dropFirst().dropLast()
        let words = Set(tokens.filter { $0.kind == .word }.map(\.text))
        let labels = body.flatMap { TableAbove.labelWords($0.cells[0]) }.filter { !Lexicon.grammarWords.contains($0) }
        let columns = header.cells.indices.dropFirst().filter { column in
            TableBlock.words(header.cells[column]).contains { Self.areForms($0, noun) }
        }
        guard body.count >= Discourse.fewestRows, body.allSatisfy({ TableAbove.isPart($0.cells[0]) }),
            words.isDisjoint(with: labels), columns.count == 1
        else { return nil }
        let cells = (body + [last]).compactMap { row -> Operand? in
            guard case .value(let number, _) = TableCell(row.cells[columns[0]]), number.sign == nil,
                number.unit == .count
            else { return nil }
            return Operand(number, year: nil, token: nil, line: row.line, binding: OperandBinding(.labelledLine))
        }
        guard cells.count == body.count + 1, let total = cells.last,
            Operand(summing: Array(cells.dropLast())).value == total.value, operand(part).value < total.value
        else { return nil }
        return total
    }
}
