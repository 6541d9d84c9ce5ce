/// A total in prose right under a table written as text that has no total row (`TableAbove`): 'Samen brengen deze drie
/// branches € 353,80 per marktdag op.' under 'Branche | meters | marktgeld per dag' and its rows. With a word that
/// joins ('samen', 'in totaal', `joiningCues`), the sentence's one number in digits is the sum of the table's one
/// column of its kind: of amounts in its currency, or of counts under a header that names its noun (or its unit in
/// another form: 'hl' for 'hectoliter'); each cell a part bound by its row.
///
/// When in doubt no claim: a table with a total row, rows of other widths or a row that is no plain part ('waarvan …');
/// a sentence that names a row by a word of its label (the total of some rows), that states a mean or another number
/// in digits; a number no larger than each cell; none or several columns of its kind.
extension ClaimParser {
    /// The total and its parts, each a body row's cell of the column the total sums; nil when the sentence is no
    /// such total.
    func columnTotalUnderTable() -> (total: Int, parts: [Operand])? {
        guard let table = analysis.sentence.tableAbove, let header = table.rows.first,
            header.cells.dropFirst().allSatisfy(Self.namesColumn),
            tokens.indices.contains(where: { analysis.firstPhrase(Self.totalCues, at: $0) != nil })
        else { return nil }
        let body = table.rows.dropFirst()
        let digits = analysis.numberIndices.filter { tokens[$0].number?.isWord == false }
        guard let total = digits.first else { return nil }
        // '…, waarvan Pers A 39%', '…; de logistiek nam daarvan 43% …': past the total's stretch only a share of
        // a part split off it may follow; its words name that part, not rows the total is of.
        let stretch = 0..<stretchEnd(after: total)
        guard body.count >= Self.leastParts,
            digits.allSatisfy({ $0 == total || !stretch.contains($0) && tokens[$0].number?.unit == .percent }),
            let number = tokens[total].number, number.unit == .count, number.sign == nil, !isAveraged(total),
            body.allSatisfy({ $0.cells.count == header.cells.count && TableAbove.isPart($0.cells[0]) })
        else { return nil }
        let words = Set(tokens[stretch].filter { $0.kind == .word }.map(\.text))
        let labels = body.flatMap { TableAbove.labelWords($0.cells[0]) }.filter { !Lexicon.grammarWords.contains($0) }
        guard words.isDisjoint(with: labels) else { return nil }
        let noun = ReadingSanity.noun(after: total, in: tokens)
        // A label cell that names a currency in brackets ('Opbrengsten (€)') states the currency of the bare cells.
        let statedCurrency = Self.bracketsCurrency(header.cells[0])
        let columns = header.cells.indices.dropFirst().filter { column in
            let cells = body.map { TableCell($0.cells[column]).value?.number }
            guard cells.allSatisfy({ cell in
                cell.map { cell in
                    cell.unit == .count && cell.sign == nil
                        && (cell.currency.isEmpty && !statedCurrency) == number.currency.isEmpty
                } == true
            })
            else { return false }
            if !number.currency.isEmpty { return true }
            return noun.map { noun in
                TableBlock.words(header.cells[column]).contains { Self.areForms($0, noun) || Self.sameUnit($0, noun) }
            } == true
        }
        guard let column = columns.count == 1 ? columns.first : namedYearColumn(columns, header: header) else {
            return nil
        }
        let parts = body.compactMap { row -> Operand? in
            TableCell(row.cells[column]).value.map {
                Operand($0.number, year: nil, token: nil, line: row.line, binding: OperandBinding(.labelledLine))
            }
        }
        guard parts.allSatisfy({ $0.value < number.value }) else { return nil }
        return (total, parts)
    }

    /// Of several columns of the total's kind, the one whose header is the one year the sentence names ('Samen brachten
    /// de drie posten in 2023 …' over '… | 2022 | 2023'): the total is of that year.
    private func namedYearColumn(_ columns: [Int], header: TableAbove.Row) -> Int? {
        let years = Set(tokens.compactMap(\.year))
        guard years.count == 1 else { return nil }
        let named = columns.filter { column in
            Tokenizer.tokens(Array(header.cells[column].unicodeScalars)).compactMap(\.year) == Array(years)
        }
        return named.count == 1 ? named[0] : nil
    }

    /// Where the stretch of the total at `total` ends: at the first ';' or word that splits a part off it after it
    /// ('waarvan', 'daarvan'), else at the sentence's end.
    private func stretchEnd(after total: Int) -> Int {
        tokens.indices.first { index in
            index > total && tokens[index].depth == 0
                && (tokens[index].isMark(";") || tokens[index].isWord("waarvan")
                    || Lexicon.partReferences.contains(tokens[index].text))
        } ?? tokens.count
    }

    /// Whether a header cell names a column: a year or text (`TableCell.namesColumn`), or words whose digits are no
    /// number of their own but part of a word that names a period ('ritten K2', 'uren Q3'), with no number or label.
    private static func namesColumn(_ cell: String) -> Bool {
        TableCell(cell).namesColumn
            || Tokenizer.tokens(Array(cell.unicodeScalars)).allSatisfy { [.word, .mark].contains($0.kind) }
    }

    /// Whether a label cell names a currency in brackets ('Opbrengsten (€)', 'Kosten (euro)').
    private static func bracketsCurrency(_ label: String) -> Bool {
        let cell = Tokenizer.tokens(Array(label.unicodeScalars))
        return cell.indices.dropFirst().dropLast().contains { index in
            cell[index - 1].isMark("(") && cell[index + 1].isMark(")")
                && (cell[index].isMark("€") || Tokenizer.currencyWords.contains(cell[index].text))
        }
    }

    /// Whether two nouns name one unit of measure in two forms ('hl' and 'hectoliter', `MeasureUnit`).
    private static func sameUnit(_ word: String, _ noun: String) -> Bool {
        MeasureUnit(noun: word).map { $0 == MeasureUnit(noun: noun) } == true
    }

    /// The words that make a number the total of the rows above: they join them ('samen', 'opgeteld', 'in totaal').
    private static let totalCues = Lexicon.joiningCues + ["in totaal", "totaal"]
}
