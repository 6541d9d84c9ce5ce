/// A share in prose under a table written as text (`TableAbove`: between bars, at tabs) that names a row by its label,
/// of the table's total row in one value column: 'Appartementen waren goed voor 35 procent van alle verkopen.' under
/// 'Type | verkocht', 'Appartement | 1.106', …, 'Totaal | 3.160'. Such rows never reach the discourse as memo lines
/// (`Discourse.rowsAndTotal` reads value lines and rows of two cells at tabs), so `labelledRowShare` takes them from
/// here. Of several value columns the one the sentence names is read: the one its words tell apart among the header's
/// cells ('van de leden' under 'Vestiging | Leden | Uitleningen'), or the one whose header's year it names; a
/// sentence that names none, or two, gets none (`unverifiable`), as does a share of no named whole of a column that
/// may count a part of another column's rows. The whole a share names after 'van' is the total row when it is named by
/// the title, the column's header or the header's first cell, which names what each row is ('van alle ontvangen
/// subsidie' under 'Subsidies 2023 | Bedrag').
extension TableAbove {
    /// The body rows and total row of the column the sentence of `words` and `years` names, with the words of the
    /// title and that column's header, as `Discourse.Table`; none unless every row has as many cells, the last row is
    /// a total row ('Totaal', 'Totaal drie sectoren') and the others above it, at least `Discourse.fewestRows`, are
    /// plain parts (no subtotal, 'waarvan' or mean), and the column's body cells are unsigned values of one unit, no
    /// percentages, that add up to its total: a column that does not may hold no parts of one whole. A column whose
    /// value is in each row at most another column's may count a part of that column's rows ('Adviezen | waarvan
    /// vroeghulp', 'Gescreend | Indicatie'): a share that names no whole after 'van' (not `wholeNamed`) may then be of
    /// its own row ('het hoogste aandeel vroeghulp'), and gets none, unless the noun it counts (`countedNoun`, 'vier op
    /// de tien doden') names the column: that noun is the whole's. A header's cell may give its unit in brackets
    /// ('levering 2023 (mln m3)', `TableBlock.mayNameColumn`).
    func rowsAndTotal(
        namedBy words: Set<String>, years: Set<Int>, latest: Bool, wholeNamed: Bool, countedNoun: String?
    ) -> Discourse.Table? {
        guard let width = rows.first?.cells.count, width >= 2, rows.allSatisfy({ $0.cells.count == width }),
            let last = rows.last, ClaimParser.totalledWords(TableBlock.words(last.cells[0])) != nil
        else { return nil }
        let headed = rows[0].cells.dropFirst().allSatisfy(TableBlock.mayNameColumn)
        let body = rows[(headed ? 1 : 0)..<(rows.count - 1)]
        guard body.count >= Discourse.fewestRows, body.allSatisfy({ Self.isPart($0.cells[0]) }) else { return nil }
        let header = headed ? rows[0].cells : nil
        guard let column = Self.column(width: width, header: header, words: words, years: years, latest: latest),
            years.isSubset(of: titleYears.union(header.map { Self.years($0[column]) } ?? [])),
            !Self.namesOtherColumn(than: column, header: header, words: words)
        else { return nil }
        let counts = (body + [last]).compactMap { row -> Operand? in
            guard case .value(let number, _) = TableCell(row.cells[column]), number.sign == nil,
                number.unit != .percent
            else { return nil }
            return Operand(number, year: nil, token: nil, line: row.line, binding: OperandBinding(.labelledLine))
        }
        let named = header.map { TableBlock.words($0[column]) } ?? []
        let nounNamesColumn = countedNoun.map { noun in named.contains { ClaimParser.namesUnit(noun, $0) } } ?? false
        guard counts.count == body.count + 1, Set(counts.map(\.unit)).count == 1,
            Operand(summing: Array(counts.dropLast())).value == counts[counts.count - 1].value,
            wholeNamed || nounNamesColumn || !Self.mayBePart(column, of: Array(body))
        else { return nil }
        let labels = body.map { Self.labelWords($0.cells[0]) }
        // The header's first cell names what each row is ('Subsidies 2023' over 'Gemeente | € 35.000'): all of them
        // ('van alle ontvangen subsidie') are the total row; its compounds with a word of the value column's header
        // name the column's quantity ('stilstandsuren').
        let rowsNamed = header.map { TableBlock.words($0[0]) } ?? []
        let compounds = Self.compounds(of: rowsNamed, with: named)
        let names = title + rowsNamed + named + compounds
        return (Array(zip(labels, counts.dropLast())), counts[counts.count - 1], names, false)
    }

    /// The compounds of a word of the label column's header on a word of the value column's, with and without the
    /// linking 's' ('stilstandsuren' of 'Oorzaak stilstand | Uren'): the quantity the column counts, named in one
    /// word.
    private static func compounds(of labelHeader: [String], with heads: [String]) -> [String] {
        labelHeader.filter(ContrastedGroups.isContent).flatMap { first in
            heads.flatMap { [first + $0, first + "s" + $0] }
        }
    }

    /// The value column a sentence of `words` and `years` speaks of: the only one, or, under a header, the one its
    /// words tell apart among the header's cells (`ClaimParser.toldRow`; a compound names the cell of its head,
    /// 'verkeersdoden' the column 'Doden') or whose year it names, both the same when both tell one; none otherwise.
    /// With `latest` (a level a change ended at, no year named) the column of the latest year is the one dated.
    static func column(width: Int, header: [String]?, words: Set<String>, years: Set<Int>, latest: Bool)
        -> Int?
    {
        guard width > 2 else { return 1 }
        guard let header else { return nil }
        let columns = Array(1..<width)
        let cells = columns.map { TableBlock.words(header[$0]) }
        let heads = cells.joined().filter { cell in words.contains { $0 != cell && ClaimParser.namesUnit($0, cell) } }
        let byWords = ClaimParser.toldRow(amongst: cells, by: words.union(heads)).map { columns[$0] }
        let dated =
            latest
            ? latestColumn(header, columns).map { [$0] } ?? []
            : columns.filter { !Self.years(header[$0]).isDisjoint(with: years) }
        let byYear = dated.count == 1 ? dated[0] : nil
        guard years.isEmpty || byYear != nil else { return nil }
        let told = Set([byWords, byYear].compactMap { $0 })
        return told.count == 1 ? told.first : nil
    }

    /// Whether `words` hold a form of a word of another value column's header than `column` ('In Centrum leidde 15,4
    /// procent van de meldingen tot een boete' under 'Stadsdeel | meldingen | boetes'): the share may be of one column
    /// over the other within a row, not of the column's total.
    private static func namesOtherColumn(than column: Int, header: [String]?, words: Set<String>) -> Bool {
        guard let header else { return false }
        return header.indices.dropFirst().contains { other in
            other != column && TableBlock.words(header[other]).contains { cell in
                words.contains { ClaimParser.areForms($0, cell) }
            }
        }
    }

    /// Whether the value of `column` is in each of `body`'s rows at most that of another value column, read.
    private static func mayBePart(_ column: Int, of body: [Row]) -> Bool {
        let read = { (row: Row, at: Int) in TableCell(row.cells[at]).value?.number.value }
        return (1..<(body.first?.cells.count ?? 1)).contains { other in
            other != column
                && body.allSatisfy { row in
                    guard let own = read(row, column), let larger = read(row, other) else { return false }
                    return own <= larger
                }
        }
    }

    /// The value column whose header names the latest year, when each of `columns` names one year, all different.
    private static func latestColumn(_ header: [String], _ columns: [Int]) -> Int? {
        let named = columns.map { years(header[$0]) }
        guard named.allSatisfy({ $0.count == 1 }), Set(named.joined()).count == columns.count else { return nil }
        return zip(columns, named.joined()).max { $0.1 < $1.1 }?.0
    }

    /// The years a cell names.
    private static func years(_ cell: String) -> Set<Int> {
        Set(Tokenizer.tokens(Array(cell.unicodeScalars)).compactMap(\.year))
    }

    /// Whether a body row's label names a part of the whole its total row gives: no total or subtotal, no part of the
    /// row above ('waarvan …', a list's mark), no mean or change (`ClaimParser.isPlainLabel`).
    static func isPart(_ label: String) -> Bool {
        let words = TableBlock.words(label)
        return ClaimParser.totalledWords(words) == nil && words.first.map(ClaimParser.isTotalCompound) != true
            && ClaimParser.isPlainLabel(words) && !TableBlock.opensAsPart(label, words)
    }
}
