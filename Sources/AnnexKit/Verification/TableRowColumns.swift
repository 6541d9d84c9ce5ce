/// The columns of a small table written as text (`TableBlock`) that each row derives from its own cells, read as claims
/// of the sentence the row makes (`TableShareRow`), each operand bound by its row:
///
/// - **A share of the row's two counts** ('Ingeschreven | Gediplomeerd | %': 5.112 of 6.240 is 81,9%): a column whose
///   header names a share ('%', 'aandeel', 'percentage' or a compound whose head is one: 'slaagpercentage'), or whose
///   cells all carry '%', right after exactly two columns of counts of one unit. The share is the later count of the
///   earlier, which it can be only when the later is no larger in every row that gives both; or the share of the rest
///   of the earlier less the later ('controles | overtredingen | naleving': 357 of 420 is 85%), when more than half
///   the column's rows show that and fewer than half show the later count's share.
/// - **A difference or change** ('2023 | 2024 | verschil'): a column headed by a word of change (`changeHeads` or a
///   compound whose head is one: 'prijsverschil'; or '+/-') right after exactly two columns of one unit named by
///   periods ('2023', 'Q3 2024', '2023/24') or as old and new ('oud', 'nieuw', 'vorig jaar', 'dit jaar'), that name
///   the same thing otherwise. The periods' order, not the columns', says which is old. A cell is a difference when
///   it is a number in the levels' unit, points when the levels are percentages (or bare numbers under a header of
///   points: 'Verschil (pp)'), a change in percent when it carries '%' (or its header does, over levels that are no
///   percentages). A cell without a sign claims a rise.
///
/// When in doubt no claim: a block without a header; a share column that splits one whole (`TableShareRow` reads it
/// against its column's total); a header that names another whole after 'van', a rate ('per'), a mean, or a change over
/// a share, or besides its mark of share a thing neither count column names ('Tevreden (%)'), or such a thing without a
/// mark of share over cells fewer than half of which are their row's share ('Op tijd'), or a time neither count column
/// names over such cells ('2023' after 'Kandidaten' and 'Geslaagd'); count columns named by two
/// periods (levels of a change, no part and whole); a column of change after more than two level columns, after columns
/// that name no order or other things, or whose header names another year; levels that are signed or of two units; a
/// cell of change in '%' over levels in percentages (points or a change in percent); and per row, a missing or
/// suppressed cell among those its claim needs.
enum TableRowColumns {
    /// A cell of change of a row: where it stands in the row's sentence, the kind of change, and the old and new level.
    struct Change: Sendable {
        let cell: Range<Int>
        let kind: ClaimKind
        let from: Level
        let to: Level
    }

    /// A level of a change: the row's cell, the year its column names, and the row's line.
    struct Level: Sendable {
        let number: WrittenNumber
        let year: Int?
        let line: Int
    }

    /// What a derived column is read from: the part column's count of the whole column's, the change from the old
    /// column to the new one (with what its header says of its unit and whether the levels are percentages), the
    /// difference between two columns of no order, a rate of two columns, or a product of a column and a tariff.
    enum ColumnReading {
        case share(whole: Int, part: Int, rest: Bool)
        case change(old: Int, new: Int, header: HeaderUnit, levelsInPercent: Bool)
        case difference(first: Int, second: Int)
        case rate(part: Int, whole: Int, scale: Exact)
        case product(units: Int, tariff: Level)
    }

    /// What the header of a column of change says of its cells' unit.
    enum HeaderUnit { case none, percent, points }

    /// A column's header, read: its tokens, and the moment it names.
    struct Named {
        let tokens: [Token]
        let text: String

        /// The year the header names first ('Q3 2024', '2023/24': 2023), and a quarter or month within it.
        var moment: (year: Int?, within: LabelMoment?) {
            (tokens.lazy.compactMap(\.year).first, words.lazy.compactMap(LabelMoment.named(by:)).first)
        }

        var names: Bool { moment.year != nil || moment.within != nil }

        /// Its words, lower case.
        var words: [String] { tokens.filter { $0.kind == .word || $0.kind == .label }.map { $0.text.lowercased() } }

        /// Whether it names a column of shares: '%' or a word of share, or a compound whose head is one.
        var namesShare: Bool {
            tokens.contains { $0.isMark("%") }
                || words.contains { TableRowColumns.hasHead($0, in: TableTotal.shareWords) }
        }

        /// Whether, besides a mark or word of share if any, it names a thing none of `others` names ('Tevreden (%)'
        /// or 'Op tijd' after 'Leners' and 'Achterstallig'): with a mark of share its values measure that thing, no
        /// share of those columns' counts; without one they may name the share itself ('Opkomst').
        func namesOtherThing(than others: [Named]) -> Bool {
            let own = contentWords
            let named = others.flatMap(\.contentWords)
            return !own.isEmpty
                && !own.contains { word in
                    named.contains { ClaimParser.sharesStem(word, $0) || ClaimParser.areForms(word, $0) }
                }
        }

        /// Its words that may name a thing: no grammar words, no words of share nor compounds whose head is one.
        private var contentWords: [String] {
            words.filter {
                !Lexicon.grammarWords.contains($0) && !TableRowColumns.hasHead($0, in: TableTotal.shareWords)
            }
        }

        /// Whether it names a rate or a mean ('per 1.000', 'gemiddeld'), or another whole after 'van'.
        var namesRateOrWhole: Bool {
            words.contains { $0 == TableRowColumns.rateMark || $0 == TableRowColumns.wholeMark }
                || words.contains(where: Lexicon.averageWords.contains)
        }
    }

    /// The rows of the block under `header` whose derived columns make claims: its body rows (no sub-rows) and its one
    /// total row, if any.
    static func rows(
        header: [String]?, body: [TableBlock.Row], total: TableBlock.Row?, heading: TableBlock.Heading = .init()
    ) -> [TableShareRow] {
        guard let header, !body.isEmpty else { return [] }
        let rows = body + (total.map { [$0] } ?? [])
        let named = header.map { Named(tokens: Tokenizer.tokens(Array($0.unicodeScalars)), text: $0) }
        var derived: [(column: Int, derivation: ColumnReading)] = []
        for column in header.indices.dropFirst(leastProductColumn) {
            let ofTwo =
                column < leastColumn
                ? nil
                : change(column, named, rows) ?? share(column, named, rows, body: body, total: total)
                    ?? difference(column, named, rows)
            let reading = ofTwo ?? rate(column, named, rows) ?? product(column, named, rows, heading: heading)
            if let reading { derived.append((column, reading)) }
        }
        guard !derived.isEmpty else { return [] }
        let percent = derived.filter {
            if case .share = $0.derivation { return true }
            if case .change(_, _, .percent, _) = $0.derivation { return true }
            return false
        }
        return rows.compactMap { row in
            let (text, ranges) = row.sentence(marking: Set(percent.map(\.column)))
            var shares: [TableShareRow.Cell] = []
            var changes: [Change] = []
            var rates: [Rate] = []
            var products: [Product] = []
            for (column, derivation) in derived {
                switch derivation {
                case .share(let whole, let part, let rest):
                    guard let share = Self.share(row, column, whole: whole, part: part) else { continue }
                    shares.append(
                        TableShareRow.Cell(cell: ranges[column], part: share.part, whole: [share.whole], rest: rest))
                case .change(let old, let new, let unit, let levelsInPercent):
                    guard let kind = kind(row, column, header: unit, levelsInPercent: levelsInPercent, level: old),
                        let from = level(row, old, named, percent: levelsInPercent),
                        let to = level(row, new, named, percent: levelsInPercent)
                    else { continue }
                    changes.append(Change(cell: ranges[column], kind: kind, from: from, to: to))
                case .difference(let first, let second):
                    guard let (from, to) = difference(row, column, first, second, named) else { continue }
                    changes.append(Change(cell: ranges[column], kind: .difference, from: from, to: to))
                case .rate(let part, let whole, let scale):
                    guard derivedCell(row, column) != nil, let of = level(row, part, named),
                        let per = level(row, whole, named), !per.number.value.isZero
                    else { continue }
                    rates.append(Rate(cell: ranges[column], part: of, whole: per, scale: scale))
                case .product(let units, let tariff):
                    guard derivedCell(row, column) != nil, let count = level(row, units, named) else { continue }
                    products.append(Product(cell: ranges[column], tariff: tariff, units: count))
                }
            }
            guard !shares.isEmpty || !changes.isEmpty || !rates.isEmpty || !products.isEmpty else { return nil }
            var derivedRow = TableShareRow(text: text, line: row.line, cells: shares, changes: changes)
            (derivedRow.rates, derivedRow.products) = (rates, products)
            return derivedRow
        }
    }

    /// Whether a block under `header` (if any) may have a derived column at all: its header has a column after the
    /// label and the one it would be derived from (with a tariff), or the two. Else its rows need not be read for
    /// derived columns.
    static func mayDerive(_ header: [String]?) -> Bool {
        (header?.count ?? 0) > leastProductColumn
    }

    // MARK: Shares of the row's counts

    /// A share column of the two count columns right before it, over `rows` (the `body` rows and the `total` row, if
    /// any): none when the header names a rate, a mean or another whole, the counts are named by two periods, the
    /// later count is larger than the earlier in a row, or the shares split one whole; under a noun of change only a
    /// column of percentages more than half of whose rows show their share.
    private static func share(
        _ column: Int, _ named: [Named], _ rows: [TableBlock.Row], body: [TableBlock.Row], total: TableBlock.Row?
    ) -> ColumnReading? {
        let (whole, part) = (column - 2, column - 1)
        let cells = rows.map { $0.value(column, percent: false) }.filter { !$0.isMissing }
        let percentages = !cells.isEmpty && cells.allSatisfy { $0.value?.number.unit == .percent }
        let otherThing = named[column].namesOtherThing(than: [named[whole], named[part]])
        let namesChange = named[column].words.contains(where: Lexicon.changeNouns.contains)
        guard named[column].namesShare || percentages, !named[column].namesRateOrWhole, !namesChange || percentages,
            [whole, part].allSatisfy({ isCounts($0, named, rows) }), whole == 1 || !isCounts(whole - 1, named, rows),
            unit(whole, rows) == unit(part, rows), !namesTwoPeriods(named[whole], named[part]),
            !TableShareRow.splitsWhole(column, body: body, total: total)
        else { return nil }
        let fits = rows.allSatisfy { row in
            guard let of = row.value(whole, percent: false).value?.number,
                let count = row.value(part, percent: false).value?.number
            else { return true }
            return count.value <= of.value
        }
        // A header with no mark of share that names another thing ('Op tijd' after 'Ritten' and 'Uitgevallen'), or
        // one that names a time neither count column names ('2023' after 'Kandidaten' and 'Geslaagd'), is read as the
        // rows' shares only when half its rows at least show their share ('Opkomst'): a column of fewer, one cell
        // equal to its share by chance, measures that thing or that time.
        let ownShares = rows.filter { isOwnShare($0, column, whole: whole, part: part) }.count
        let otherTime = named[column].names
            && [whole, part].allSatisfy { named[$0].moment.year != named[column].moment.year }
        guard fits else { return nil }
        // 'Geplant | Uitgevallen | Uitval' with '5,9%' in each row: a noun of change may name the loss the part column
        // counts ('uitval', 'daling'), as the rows' share of the whole column; but it may as well name a change
        // between the two, so only when more than half its rows show their share, which a column of changes does not.
        if namesChange { return ownShares * 2 > rows.count ? .share(whole: whole, part: part, rest: false) : nil }
        // 'controles | overtredingen | naleving': a column more than half of whose rows show the share of the rest of
        // the earlier count less the later, and fewer than half the later count's share, holds the rest's shares.
        let restShares = rows.filter { isOwnShare($0, column, whole: whole, part: part, rest: true) }.count
        if !otherTime, restShares * 2 > rows.count, ownShares * 2 < rows.count {
            return .share(whole: whole, part: part, rest: true)
        }
        let measuresOther =
            named[column].namesShare && otherThing
            || (otherThing && !named[column].namesShare || otherTime) && ownShares * 2 < rows.count
        return measuresOther ? nil : .share(whole: whole, part: part, rest: false)
    }

    /// Whether a row's cell in `column` is, within a step of its last digit, the share of its count in `part` of its
    /// count in `whole`, or when `rest` that of the rest of `whole` less `part`.
    private static func isOwnShare(
        _ row: TableBlock.Row, _ column: Int, whole: Int, part: Int, rest: Bool = false
    ) -> Bool {
        guard let cells = share(row, column, whole: whole, part: part),
            let cell = row.value(column, percent: true).value?.number
        else { return false }
        let (of, count) = (cells.whole.number.value, cells.part.number.value)
        let computed = (rest ? of - count : count) / of * Exact(TableTotal.wholeShare)
        return Interval.hedged(cell.value, hedge: .about, step: cell.step).contains(computed)
    }

    /// Whether a column holds counts (`TableShareRow.isCountColumn`) under a header that names no rate or mean.
    static func isCounts(_ column: Int, _ named: [Named], _ rows: [TableBlock.Row]) -> Bool {
        !named[column].namesRateOrWhole && TableShareRow.isCountColumn(column, rows)
    }

    /// A row's share of its own counts, with its part and whole; nil when one of them is missing, the whole is zero, or
    /// the share is no unsigned percentage.
    private static func share(
        _ row: TableBlock.Row, _ column: Int, whole: Int, part: Int
    ) -> (part: (number: WrittenNumber, line: Int), whole: (number: WrittenNumber, line: Int))? {
        guard let share = row.value(column, percent: true).value?.number, share.unit == .percent, share.sign == nil,
            let of = row.value(whole, percent: false).value?.number, !of.value.isZero,
            let count = row.value(part, percent: false).value?.number
        else { return nil }
        return ((count, row.line), (of, row.line))
    }

    // MARK: Changes between two periods

    /// A column of change over the two level columns right before it, named by periods in an order: none when its
    /// header names a rate or a mean or a year of neither level, or a third level column named by a period stands
    /// before them.
    private static func change(_ column: Int, _ named: [Named], _ rows: [TableBlock.Row]) -> ColumnReading? {
        let header = named[column]
        let isChange =
            header.words.contains { hasHead($0, in: changeHeads) }
            || signedHeads.contains(String(header.text.unicodeScalars.filter { $0 != " " }))
        let (first, second) = (column - 2, column - 1)
        guard isChange, !header.namesRateOrWhole, let (old, new) = order(first, second, named),
            first == 1 || !named[first - 1].names && !namesAge(named[first - 1]),
            let levels = levelUnit(first, named, rows), let other = levelUnit(second, named, rows), other == levels
        else { return nil }
        let years = [named[old].moment.year, named[new].moment.year]
        guard header.tokens.compactMap(\.year).allSatisfy(years.contains) else { return nil }
        let unit: HeaderUnit =
            header.words.contains(where: pointHeads.contains)
            ? .points
            : header.tokens.contains { $0.isMark("%") } || header.words.contains(where: Lexicon.percentWords.contains)
                ? .percent : .none
        // A change in points is one between percentages: levels written bare under it are percentages ('91,2' under
        // '2022' beside 'Verschil (pp)').
        let bare = unit == .points && [first, second].allSatisfy { isBare($0, rows) }
        return .change(old: old, new: new, header: unit, levelsInPercent: levels.percent || bare)
    }

    /// Whether every cell of a column that is not missing is a bare number: no unit, mark or multiplier ('91,2').
    private static func isBare(_ column: Int, _ rows: [TableBlock.Row]) -> Bool {
        rows.allSatisfy { row in
            let cell = row.values[column - 1]
            guard let number = cell.value?.number else { return cell.isMissing }
            return cell.namesNoUnit && number.unit == .count && number.multiplier == 1
        }
    }

    /// A column of the difference between the two columns right before it when they name no order ('vacante plaatsen
    /// | zoekende studenten | tekort'): its header's head is a word of difference (`differenceHeads`), the two hold
    /// counts of one unit and name no period or age, no third column of counts stands before them, and its cells are
    /// unsigned values of their unit (or missing). Each cell is then the larger level less the smaller; the column is
    /// read so only when at least half its rows that give all three show it (`showsReading`): else it measures
    /// something else.
    private static func difference(_ column: Int, _ named: [Named], _ rows: [TableBlock.Row]) -> ColumnReading? {
        let header = named[column]
        let (first, second) = (column - 2, column - 1)
        guard header.words.contains(where: { hasHead($0, in: differenceHeads) }), !header.namesRateOrWhole,
            !header.namesShare,
            [first, second].allSatisfy({ !named[$0].names && !namesAge(named[$0]) && isCounts($0, named, rows) }),
            first == 1 || !isCounts(first - 1, named, rows), let levels = unit(first, rows),
            unit(second, rows) == levels,
            rows.allSatisfy({ $0.values[column - 1].isMissing || $0.values[column - 1].value?.unit == levels })
        else { return nil }
        let shown = showsReading(rows, column) { row in
            difference(row, column, first, second, named).map { $0.to.number.value - $0.from.number.value }
        }
        return shown ? .difference(first: first, second: second) : nil
    }

    /// A row's two levels of a column of difference, the smaller first; nil when a cell is missing, or its difference
    /// cell is zero or signed (a shortage of 0 may stand for none at all).
    private static func difference(
        _ row: TableBlock.Row, _ column: Int, _ first: Int, _ second: Int, _ named: [Named]
    ) -> (from: Level, to: Level)? {
        guard let cell = derivedCell(row, column), !cell.value.isZero, let one = level(row, first, named),
            let other = level(row, second, named)
        else { return nil }
        return one.number.value <= other.number.value ? (one, other) : (other, one)
    }

    /// The old and the new column of two, by the moments their headers name ('2023' before '2024', 'Q1' before 'Q4',
    /// '2023/24' before '2024/25'), else by words of old and new ('vorig jaar', 'dit jaar'); nil when they name no
    /// order, or name different things besides.
    private static func order(_ first: Int, _ second: Int, _ named: [Named]) -> (old: Int, new: Int)? {
        let (a, b) = (named[first], named[second])
        guard quantity(a) == quantity(b) else { return nil }
        if a.names || b.names {
            let (x, y) = (a.moment, b.moment)
            guard (x.year == nil) == (y.year == nil), x.within?.kind == y.within?.kind else { return nil }
            let keys = [x, y].map { [$0.year ?? 0, $0.within?.order ?? 0] }
            if keys[0] == keys[1] { return nil }
            return keys[0].lexicographicallyPrecedes(keys[1]) ? (first, second) : (second, first)
        }
        switch (age(a), age(b)) {
        case (-1, 1): return (first, second)
        case (1, -1): return (second, first)
        default: return nil
        }
    }

    /// Whether two headers name their columns by different moments or ages ('2023' and '2024', 'oud' and 'nieuw').
    private static func namesTwoPeriods(_ a: Named, _ b: Named) -> Bool {
        a.moment.year != b.moment.year || a.moment.within != b.moment.within || age(a) != age(b)
    }

    /// -1 when a header names its values old ('oud', 'vorig jaar'), 1 when new ('nieuw', 'dit jaar'), else 0.
    private static func age(_ named: Named) -> Int {
        let old = named.words.contains(where: oldWords.contains)
        let new = named.words.contains(where: newWords.contains)
        return old == new ? 0 : old ? -1 : 1
    }

    private static func namesAge(_ named: Named) -> Bool {
        named.words.contains { oldWords.contains($0) || newWords.contains($0) }
    }

    /// What a header names besides its moment and its age: its other words, no grammar words.
    private static func quantity(_ named: Named) -> Set<String> {
        Set(named.words.filter { LabelMoment.named(by: $0) == nil })
            .subtracting(Lexicon.grammarWords).subtracting(oldWords).subtracting(newWords)
    }

    /// The unit of a level column's cells, read as percentages under a header naming a share, and whether they are
    /// percentages; nil when a cell is no value (other than a missing one), is signed, or is of another unit.
    private static func levelUnit(
        _ column: Int, _ named: [Named], _ rows: [TableBlock.Row]
    ) -> (unit: String, percent: Bool)? {
        let cells = rows.map { $0.value(column, percent: named[column].namesShare) }.filter { !$0.isMissing }
        guard let first = cells.first?.value,
            cells.allSatisfy({ $0.value?.unit == first.unit && $0.value?.number.sign == nil })
        else { return nil }
        return (first.unit, first.number.unit == .percent)
    }

    /// The kind of change a row's cell claims: a difference in the levels' unit (or a bare number beside levels of
    /// no multiplier), points of levels in percentages, a change in percent of levels that are none; nil otherwise.
    private static func kind(
        _ row: TableBlock.Row, _ column: Int, header: HeaderUnit, levelsInPercent: Bool, level: Int
    ) -> ClaimKind? {
        let cell = row.value(column, percent: header == .percent)
        guard let number = cell.value?.number else { return nil }
        if levelsInPercent {
            return number.unit == .points || number.unit == .count && header != .percent ? .points : nil
        }
        switch number.unit {
        case .percent: return .change
        case .points: return nil
        case .count:
            guard header == .none, let levels = row.value(level, percent: false).value else { return nil }
            // Its sign is no part of its unit ('+0,25' beside '€ 2,40').
            let unsigned = TableCell(String(row.cells[column].drop(while: signMarks.contains)))
            let bare = unsigned.namesNoUnit && number.multiplier == 1 && levels.number.multiplier == 1
            return unsigned.value?.unit == levels.unit || bare ? .difference : nil
        }
    }

    /// A row's level in a column, with the year its header names, read as a percentage when `percent` or the header
    /// names a share; nil when missing.
    static func level(_ row: TableBlock.Row, _ column: Int, _ named: [Named], percent: Bool = false) -> Level? {
        row.value(column, percent: percent || named[column].namesShare).value.map {
            Level(number: $0.number, year: named[column].moment.year, line: row.line)
        }
    }

    /// Whether a word is one of `heads` or a compound whose head it is ('slaagpercentage', 'prijsverschil').
    static func hasHead(_ word: String, in heads: Set<String>) -> Bool {
        heads.contains { word.hasSuffix($0) }
    }

    /// A column's unit as its first value names it.
    static func unit(_ column: Int, _ rows: [TableBlock.Row]) -> String? {
        rows.lazy.compactMap { $0.value(column, percent: false).value?.unit }.first
    }

    /// The first column that may be derived from two columns: after a label and those two.
    private static let leastColumn = 3
    /// The first column that may be derived from one column and a tariff: after a label and that column.
    private static let leastProductColumn = 2
    /// The heads of a header of a column of change.
    static let changeHeads: Set<String> = ["verschil", "mutatie", "verandering", "toename", "groei", "stijging"]
    /// The heads of a header of a column of the difference between two columns of no order.
    private static let differenceHeads: Set<String> = ["verschil", "tekort", "overschot"]
    /// The signs a cell of change may open with.
    static let signMarks: Set<Character> = ["+", "-", "−", "–"]
    /// Headers of a column of signed changes in marks only.
    private static let signedHeads: Set<String> = ["+/-", "+/–", "±", "-/+"]
    /// Words of a header of change that say points.
    private static let pointHeads = Lexicon.pointWords.union(["punt", "punten"])
    /// Words that name a column's values as the old ones or the new ones.
    private static let oldWords = Lexicon.pastWords.union(["oud", "oude"])
    private static let newWords: Set<String> = ["nieuw", "nieuwe", "huidig", "huidige", "dit", "nu"]
    /// The word of a header that makes its values a rate ('per 1.000 inwoners').
    static let rateMark = "per"
    /// The word of a header that names the whole its shares are of ('% van inwoners').
    fileprivate static let wholeMark = "van"
}

extension TableBlock.Row {
    /// The sentence the row makes: its cells between `TableTotal.separator`, a bare number in a column of `percent`
    /// marked '%' (read as a percentage); with the range of the sentence each cell takes, by column.
    func sentence(marking percent: Set<Int>) -> (text: String, cells: [Range<Int>]) {
        var text = ""
        var ranges: [Range<Int>] = []
        for column in cells.indices {
            if column > 0 { text += TableTotal.separator }
            let start = text.unicodeScalars.count
            text += cells[column]
            if column > 0, percent.contains(column), value(column, percent: false).value?.number.unit == .count,
                value(column, percent: true).value?.number.unit == .percent
            {
                text += "%"
            }
            ranges.append(start..<text.unicodeScalars.count)
        }
        return (text, ranges)
    }
}

extension ClaimParser {
    /// The differences, point changes and changes in percent a table's row claims (`TableRowColumns`): each from the
    /// row's old level to its new one, each bound by its row; a cell without a sign claims a rise.
    func tableChangeClaims() -> [Claim] {
        guard let row = analysis.sentence.tableShares else { return [] }
        func operand(_ level: TableRowColumns.Level) -> Operand {
            Operand(
                level.number, year: level.year, token: nil, line: level.line, binding: OperandBinding(.labelledLine))
        }
        return row.changes.compactMap { change in
            guard let site = analysis.numberIndices.first(where: { change.cell.contains(tokens[$0].start) }),
                let number = tokens[site].number
            else { return nil }
            var claim = Claim(
                kind: change.kind, site: site, claimed: precise(number, direction: number.sign ?? 1, derived: true))
            (claim.from, claim.to) = (operand(change.from), operand(change.to))
            return claim
        }
    }
}
