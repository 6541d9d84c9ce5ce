/// 'Zaterdag trok 45% meer bezoekers dan maandag.' under 'Dag | Bezoekers | Incidenten', 'Zaterdag | 38.000 | 11',
/// …, 'Totaal | 148.000 | 37': the rows of a table written as text right above (`TableAbove`: between bars, at tabs)
/// that a comparison sets against each other by their labels (`ClaimParser.comparedRows`). The value column is the
/// one the sentence's words tell apart among the header's cells (`TableAbove.column`), or the only one when the
/// sentence names its header or the title over the table ('met 15 procent meer verhuizingen dan juni' under
/// 'Verhuizingen in de zomer'): a sentence that names no column may compare something the table does not give. The
/// rows are those that name a part (`TableAbove.isPart`: no total, subtotal, mean or change), at least `leastParts`,
/// each an unsigned count of one currency in that column. None for a sentence with a year (a table of years is read
/// by `timedRowChange`) and for cells in percent, which a change in percent compares in points.
extension ClaimParser {
    /// The labels' words and the values of the rows of the table right above in the column the sentence names.
    func tableRows(of unit: NumberUnit) -> (labels: [[String]], values: [Operand])? {
        guard unit == .count, let table = analysis.sentence.tableAbove, let width = table.rows.first?.cells.count,
            width >= 2, table.rows.allSatisfy({ $0.cells.count == width }), !tokens.contains(where: { $0.year != nil })
        else { return nil }
        let headed = table.rows[0].cells.dropFirst().allSatisfy(TableBlock.mayNameColumn)
        let header = headed ? table.rows[0].cells : nil
        let words = Set(analysis.words(tokens.indices)).subtracting(Lexicon.grammarWords)
        guard let column = TableAbove.column(width: width, header: header, words: words, years: [], latest: false)
        else { return nil }
        let named = (header.map { TableBlock.words($0[column]) } ?? []) + table.title
        guard width > 2 || named.contains(where: { cell in words.contains { Self.namesUnit($0, cell) } }) else {
            return nil
        }
        let body = table.rows.dropFirst(headed ? 1 : 0).filter { TableAbove.isPart($0.cells[0]) }
        let numbers = body.compactMap { row -> WrittenNumber? in
            guard case .value(let number, _) = TableCell(row.cells[column]), number.sign == nil, number.unit == .count
            else { return nil }
            return number
        }
        guard body.count >= Self.leastParts, numbers.count == body.count, Set(numbers.map(\.currency)).count == 1
        else { return nil }
        let labels = body.map { row in
            let words = TableAbove.labelWords(row.cells[0])
            return words + words.compactMap(LabelMoment.named(by:)).flatMap(\.names)
        }
        let values = zip(body, numbers).map { row, number in
            Operand(number, year: nil, token: nil, line: row.line)
        }
        return (labels, values)
    }
}

extension LabelMoment {
    /// The words besides its own label that name the moment in prose: a month's name ('juni'), a quarter's ordinal
    /// ('derde' of 'het derde kwartaal' for 'Q3'); none for a year, which prose names by its digits.
    var names: [String] {
        let months = { (word: String) in Lexicon.months.contains(word) }
        let words = ContrastedGroups.timeOrdinals.filter { $0.value == order }.keys
        switch kind {
        case .year: return []
        case .month: return words.filter(months)
        case .quarter: return words.filter { !months($0) }
        }
    }
}
