/// 'In de bouw werd 59,0 procent van de uitspraken gegrond verklaard, bij energie 55,4 procent en bij telecom 42,9
/// procent.' under 'Branche | Klachten | Uitspraken | Gegrond', 'Bouw | 1.318 | 602 | 355', …: a share that names a
/// row by its label in its own stretch, while its sentence names one value column's header as the whole after 'van'
/// ('van de uitspraken') and one other column's header by a word of its own ('gegrond'), is that row's cell of the
/// part column over its cell of the whole column, when the part column's value is in every row under the header at
/// most the whole column's: it counts a part of that column's rows. Several shares of one sentence may share the
/// columns ('…, bij energie 55,4 procent'); each names its row between the number before it and itself. Nil when the
/// stretch names no row or several, the sentence names no such pair of columns or several, or a year, or a cell is
/// no unsigned count.
extension ClaimParser {
    /// The part and whole of the share at `start` in the row its words name (see the extension).
    func columnRatioShare(start: Int) -> (part: Operand, whole: Operand)? {
        guard let table = analysis.sentence.tableAbove, let header = table.rows.first,
            header.cells.count >= Self.leastRatioWidth,
            table.rows.allSatisfy({ $0.cells.count == header.cells.count }),
            header.cells.dropFirst().allSatisfy(TableBlock.mayNameColumn), !tokens.contains(where: { $0.year != nil })
        else { return nil }
        let shares = numbers(.percent, in: tokens.indices)
        let wholeNouns = Set(shares.compactMap { wholeName(afterShareEndingAt: $0 + 1)?.noun })
        guard wholeNouns.count == 1, let wholeNoun = wholeNouns.first else { return nil }
        let columns = Array(1..<header.cells.count)
        let naming = { (column: Int, words: Set<String>) in
            TableBlock.words(header.cells[column]).contains { cell in words.contains { Self.areForms($0, cell) } }
        }
        let wholes = columns.filter { naming($0, [wholeNoun]) }
        let sentenceWords = Set(analysis.words(tokens.indices)).subtracting(Lexicon.grammarWords)
            .subtracting([wholeNoun])
        let parts = columns.filter { !wholes.contains($0) && naming($0, sentenceWords) }
        guard wholes.count == 1, parts.count == 1, let whole = wholes.first, let part = parts.first else { return nil }
        let body = Array(table.rows.dropFirst())
        let read = { (row: TableAbove.Row, column: Int) -> WrittenNumber? in
            guard case .value(let number, _) = TableCell(row.cells[column]), number.sign == nil,
                number.unit == .count
            else { return nil }
            return number
        }
        guard !body.isEmpty, body.allSatisfy({ row in
            guard let own = read(row, part), let larger = read(row, whole) else { return false }
            return own.value <= larger.value
        }) else { return nil }
        let previous = shares.last { $0 < start }.map { $0 + 1 } ?? 0
        let stretch = max(previous, analysis.clause(of: start).lowerBound)..<start
        guard let told = Self.toldRow(amongst: body.map { TableAbove.labelWords($0.cells[0]) },
            by: Set(analysis.words(stretch))),
            let partValue = read(body[told], part), let wholeValue = read(body[told], whole)
        else { return nil }
        let operand = { (number: WrittenNumber) in
            Operand(number, year: nil, token: nil, line: body[told].line, binding: OperandBinding(.labelledLine))
        }
        return (operand(partValue), operand(wholeValue))
    }

    /// The fewest cells of a table whose columns a share sets against each other: a label and two value columns.
    private static let leastRatioWidth = 3
}
