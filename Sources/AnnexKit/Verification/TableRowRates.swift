/// The columns of a small table written as text (`TableBlock`) that each row derives from its own cells by a rate, read
/// beside its shares and changes (`TableRowColumns`):
///
/// - **A rate of two columns** ('bezoekers | subsidie (€) | subsidie per bezoeker (€)': 118.000 / 64.200 is 1,84): a
///   column whose header reads 'X per Y' or 'X per N Y', where the words X name exactly one other column and Y (a form
///   of it, a compound whose head it is, or a word it abbreviates with a full stop: 'inw.') exactly one other, both of
///   counts; each cell is that row's X over its Y, times N, each in the scale its header states ('Melkkoeien (x
///   1.000)'). Words X that name no column, or none ('per 1.000 inw.'), are the one column of counts besides Y's when
///   the table has two ('Zoekers per toewijzing' beside 'Ingeschreven').
/// - **A product with a tariff** ('m³ | kosten (€ 1,42/m³)', or 'meters | marktgeld' under a title '(tarief € 3,05 per
///   meter)'): the tariff is one amount of money followed by '/' or 'per' and a unit, in the column's own header, else
///   in the line right above the table when that column is its only one of amounts in the tariff's currency; the unit
///   names exactly one column of counts. Each cell is that row's count times the tariff.
///
/// When in doubt no claim: a header whose words name no column, or several; a tariff stated twice or of another
/// currency than the cells; and a column at most half of whose rows show the reading (`showsReading`): a scale left
/// unstated (amounts in thousands under a header in euros), or a column that measures something else under a title
/// stating a tariff.
extension TableRowColumns {
    /// A cell of a rate of a row: where it stands in the row's sentence, its part and whole, and the rate's scale.
    struct Rate: Sendable {
        let cell: Range<Int>
        let part: Level
        let whole: Level
        let scale: Exact
    }

    /// A cell of a product of a row: where it stands in the row's sentence, the tariff, and the row's count.
    struct Product: Sendable {
        let cell: Range<Int>
        let tariff: Level
        let units: Level
    }

    /// A column of a rate of two other columns its header names ('subsidie per bezoeker').
    static func rate(_ column: Int, _ named: [Named], _ rows: [TableBlock.Row]) -> ColumnReading? {
        let tokens = named[column].tokens
        guard let per = tokens.firstIndex(where: { $0.isWord(rateMark) }) else { return nil }
        let of = tokens[..<per].filter { $0.kind == .word && !Lexicon.grammarWords.contains($0.text) }.map(\.text)
        var next = per + 1
        var scale = Exact(1)
        // 'per 1.000 inwoners', 'per duizend': the scale, a label of its own (`ClaimParser.scale`).
        if next < tokens.count, let stated = ClaimParser.scale(tokens[next]) { (scale, next) = (stated, next + 1) }
        guard next < tokens.count, tokens[next].kind == .word else { return nil }
        let others = named.indices.dropFirst().filter { $0 != column && isCounts($0, named, rows) }
        var parts = of.isEmpty ? [] : others.filter { other in of.allSatisfy { word in names(named[other], word) } }
        let unit = tokens[next].text
        let abbreviated = named[column].text.lowercased().contains(unit + ".")
        let wholes = others.filter { names(named[$0], unit) || abbreviated && abbreviates(unit, named[$0]) }
        // 'Zoekers per toewijzing' beside 'Ingeschreven' and 'Toewijzingen', 'per 1.000 inw.' beside 'incidenten' and
        // 'inwoners': words X that name no column, or none at all, are the one column of counts beside Y's (the rows
        // must show it).
        if parts.isEmpty, wholes.count == 1, others.count == 2 { parts = others.filter { $0 != wholes[0] } }
        guard parts.count == 1, wholes.count == 1, parts[0] != wholes[0] else { return nil }
        let (part, whole) = (parts[0], wholes[0])
        // 'Melkkoeien (x 1.000)': a scale a column's header states is its cells'.
        scale = scale * headerScale(named[part]) / headerScale(named[whole])
        let shown = showsReading(rows, column) { row in
            guard let of = level(row, part, named), let per = level(row, whole, named), !per.number.value.isZero
            else { return nil }
            return of.number.value / per.number.value * scale
        }
        return shown ? .rate(part: part, whole: whole, scale: scale) : nil
    }

    /// A column of a product of a column of counts and a tariff stated in its header or in the table's title.
    static func product(
        _ column: Int, _ named: [Named], _ rows: [TableBlock.Row], heading: TableBlock.Heading
    ) -> ColumnReading? {
        let amounts = rows.compactMap { derivedCell($0, column) }
        guard !amounts.isEmpty, rows.allSatisfy({ derivedCell($0, column) != nil || $0.values[column - 1].isMissing })
        else { return nil }
        let stated: (tariff: WrittenNumber, unit: String, line: Int)
        if let own = tariff(named[column].text), let line = heading.headerLine {
            stated = (own.amount, own.unit, line)
        } else if let title = heading.title, let own = tariff(title.text),
            named.indices.dropFirst().filter({ isAmounts($0, rows, currency: own.amount.currency) }) == [column]
        {
            stated = (own.amount, own.unit, title.line)
        } else {
            return nil
        }
        guard isAmounts(column, rows, currency: stated.tariff.currency) else { return nil }
        let counts = named.indices.dropFirst().filter {
            $0 != column && isCounts($0, named, rows) && !isAmounts($0, rows, currency: stated.tariff.currency)
                && names(named[$0], stated.unit)
        }
        guard counts.count == 1 else { return nil }
        let shown = showsReading(rows, column) { row in
            level(row, counts[0], named).map { $0.number.value * stated.tariff.value }
        }
        let tariff = Level(number: stated.tariff, year: nil, line: stated.line)
        return shown ? .product(units: counts[0], tariff: tariff) : nil
    }

    /// The one amount of money a text states per unit ('€ 1,42/m³', 'tarief € 3,05 per meter'), with that unit as
    /// written up to a bracket, comma or the end, lower case; nil when it states none or more than one.
    private static func tariff(_ text: String) -> (amount: WrittenNumber, unit: String)? {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars)
        let stated = tokens.indices.filter { index in
            guard let number = tokens[index].number, !number.currency.isEmpty, number.sign == nil,
                index + 1 < tokens.count
            else { return false }
            return tokens[index + 1].isMark("/") || tokens[index + 1].isWord(rateMark)
        }
        guard stated.count == 1, let amount = tokens[stated[0]].number else { return nil }
        let unit = scalars[tokens[stated[0] + 1].end...].prefix { !unitEnds.contains($0) }
        let written = String(scalars: ArraySlice(unit)).trimmingCharacters(in: .whitespaces).lowercased()
        return written.isEmpty ? nil : (amount, written)
    }

    /// Whether a column's header names `word`: one of its words, or the text in its brackets, is `word`, a form of
    /// it ('meters' for 'meter', 'm³' for 'm³') or a compound whose head it is ('melkkoeien' for 'koeien'; a head
    /// of `leastHead` letters at least).
    private static func names(_ named: Named, _ word: String) -> Bool {
        let pieces = named.text.lowercased().split { $0.isWhitespace || "()[],".contains($0) }.map(String.init)
        return (pieces + named.words).contains {
            $0 == word || ClaimParser.areForms($0, word)
                || word.count >= leastHead && $0.count > word.count && $0.hasSuffix(word)
        }
    }

    /// Whether `short`, written with a full stop after it in a header ('per 1.000 inw.'), abbreviates a word of the
    /// column's header `named` ('inwoners'): that word opens with it, of `leastAbbreviation` letters at least.
    private static func abbreviates(_ short: String, _ named: Named) -> Bool {
        short.count >= leastAbbreviation && named.words.contains { $0.count > short.count && $0.hasPrefix(short) }
    }

    /// The scale a column's header states for its cells ('Melkkoeien (x 1.000)': 1.000, `TitleScale`); 1 when none.
    private static func headerScale(_ named: Named) -> Exact {
        Exact(TitleScale(named.tokens)?.factor ?? 1)
    }

    /// Whether every cell of a column that is not missing is an unsigned amount in `currency` ('€ 994,00'), one at
    /// least.
    private static func isAmounts(_ column: Int, _ rows: [TableBlock.Row], currency: String) -> Bool {
        let cells = rows.map { $0.values[column - 1] }.filter { !$0.isMissing }
        return !cells.isEmpty
            && cells.allSatisfy { cell in
                guard let number = cell.value?.number else { return false }
                return number.sign == nil && number.currency.trimmingCharacters(in: .whitespaces)
                    == currency.trimmingCharacters(in: .whitespaces)
            }
    }

    /// A row's cell of a column derived by a rate, a product or a difference: an unsigned value that is no percentage;
    /// nil when missing or otherwise.
    static func derivedCell(_ row: TableBlock.Row, _ column: Int) -> WrittenNumber? {
        guard let number = row.values[column - 1].value?.number, number.sign == nil, number.unit == .count else {
            return nil
        }
        return number
    }

    /// Whether at least half the rows of a column that give its cell and what `computed` reads it from show it: the
    /// value computed lies within a step of the cell's last digit. A column read by its header's words alone might
    /// measure another thing, in another scale; its rows then rarely show the reading.
    static func showsReading(_ rows: [TableBlock.Row], _ column: Int, computed: (TableBlock.Row) -> Exact?) -> Bool {
        var given = 0
        var shown = 0
        for row in rows {
            guard let cell = derivedCell(row, column), let value = computed(row) else { continue }
            given += 1
            if Interval.hedged(cell.value, hedge: .about, step: cell.step).contains(value) { shown += 1 }
        }
        return given > 0 && shown * 2 >= given
    }

    /// The marks that end a tariff's unit ('€ 1,42/m³)').
    private static let unitEnds: Set<Unicode.Scalar> = [")", "]", ",", ";"]
    /// The fewest letters of a word a header's compound may have as its head ('koeien' in 'melkkoeien').
    private static let leastHead = 4
    /// The fewest letters of an abbreviation that may name a column ('inw.').
    private static let leastAbbreviation = 3
}

extension ClaimParser {
    /// The rates and products a table's row claims (`TableRowColumns.rate`, `product`): a rate of the row's part
    /// over its whole, a count that is the row's units times the tariff; each operand bound by its row or the line
    /// that states the tariff.
    func tableRateClaims() -> [Claim] {
        guard let row = analysis.sentence.tableShares else { return [] }
        func operand(_ level: TableRowColumns.Level) -> Operand {
            Operand(level.number, year: nil, token: nil, line: level.line, binding: OperandBinding(.labelledLine))
        }
        func site(_ cell: Range<Int>) -> (Int, WrittenNumber)? {
            guard let site = analysis.numberIndices.first(where: { cell.contains(tokens[$0].start) }),
                let number = tokens[site].number
            else { return nil }
            return (site, number)
        }
        let rates = row.rates.compactMap { rate -> Claim? in
            guard let (site, number) = site(rate.cell) else { return nil }
            var claim = Claim(kind: .ratio, site: site, claimed: precise(number, direction: nil, derived: true))
            (claim.part, claim.whole, claim.scale) = (operand(rate.part), operand(rate.whole), rate.scale)
            return claim
        }
        let products = row.products.compactMap { product -> Claim? in
            guard let (site, number) = site(product.cell) else { return nil }
            var claim = Claim(kind: .count, site: site, claimed: precise(number, direction: nil))
            (claim.factors, claim.scale) = ([operand(product.tariff), operand(product.units)], Exact(1))
            return claim
        }
        return rates + products
    }
}
