/// A body row of a small table written as text (`TableBlock`) with a cell in a share column, as the sentence it makes
/// ('Horeca | 87 | 12,8%'): per share cell, the row's count in the column it is a share of, and the whole, each with
/// its line.
///
/// A share column is one whose header names a share or '%' (`TableTotal.shareWords`), or one of percentages only
/// whose total row says 100. Its count column is a column of values of one unit, unsigned and no percentages, that
/// it follows: the one such column since the label or the share column before it ('2023 | % 2023 | 2024 | % 2024'),
/// else the one of those whose header shares a word or year with the share's header. The whole is the total row's
/// cell in the count column, else the sum of the body rows' cells in it.
///
/// When in doubt no claim: a header that names a mean, a change or a rate ('gemiddeld', 'groei', 'per'), or another
/// whole ('% van inwoners', '% van vorig jaar'); shares that are no split of one whole: a total row whose share is
/// not 100, or, without one, shares that do not add up to 100 within their rounding, unless more than half the rows
/// show their count's share of the count column's whole (`splitsWhole`: one slip breaks the sum, not the column);
/// count columns the header does not choose between, or a part column before the share ('Leden | waarvan jeugd | %
/// jeugd'); a sub-row (`TableBlock`: its share may be of the row above); a block with more than one total row or body
/// rows under its total. A missing or suppressed count leaves its row's share unverifiable, and every share when the
/// whole is the sum of the counts.
struct TableShareRow: Sendable {
    /// A share cell: where it stands in the sentence, the count it is the share of, and the whole's operands (the
    /// total row's count, or the body rows' counts it sums); nil when missing.
    struct Cell: Sendable {
        let cell: Range<Int>
        let part: (number: WrittenNumber, line: Int)?
        let whole: [(number: WrittenNumber, line: Int)]?
        /// Whether the share is of the rest of the whole less the count ('controles | overtredingen | naleving').
        var rest = false
    }

    /// The sentence the row makes.
    let text: String
    let line: Int
    let cells: [Cell]
    /// The row's cells of change against its own levels (`TableRowColumns`).
    var changes: [TableRowColumns.Change] = []
    /// The row's cells of a rate of two of its columns, and of a product of one with a tariff (`TableRowColumns`).
    var rates: [TableRowColumns.Rate] = []
    var products: [TableRowColumns.Product] = []

    /// A share column and the column of counts its shares are of.
    private struct Pair {
        let share: Int
        let count: Int
    }

    /// The rows with share claims of a block under `header` (if any): its body rows (no sub-rows) and its one total
    /// row, if any.
    static func rows(header: [String]?, body: [TableBlock.Row], total: TableBlock.Row?) -> [TableShareRow] {
        guard body.count >= ClaimParser.leastParts else { return [] }
        let pairs = Self.pairs(header: header, body: body, total: total)
        guard !pairs.isEmpty else { return [] }
        return body.compactMap { row in
            let (text, ranges) = row.sentence(marking: Set(pairs.map(\.share)))
            let cells = pairs.compactMap { pair -> Cell? in
                guard let share = row.value(pair.share, percent: true).value?.number, share.unit == .percent,
                    share.sign == nil
                else { return nil }
                return Cell(
                    cell: ranges[pair.share], part: count(row, pair.count).map { ($0, row.line) },
                    whole: whole(of: pair.count, body: body, total: total))
            }
            return cells.isEmpty ? nil : TableShareRow(text: text, line: row.line, cells: cells)
        }
    }

    /// Whether a block under `header` (if any), with a total row or not (`total`), may have a share column at all: one
    /// of its header's cells names a share or '%', or it has a total row (whose cell may say 100 in a column of
    /// percentages). Else its rows need not be read for shares.
    static func mayHaveShares(header: [String]?, total: Bool) -> Bool {
        guard !total, let header else { return total }
        return header.dropFirst().contains { TableTotal.namesShare(Tokenizer.tokens(Array($0.unicodeScalars))) }
    }

    /// The share columns with the count column each takes.
    private static func pairs(header: [String]?, body: [TableBlock.Row], total: TableBlock.Row?) -> [Pair] {
        let columns = Array(body[0].cells.indices.dropFirst())
        let named = columns.map { column in header.map { Tokenizer.tokens(Array($0[column].unicodeScalars)) } ?? [] }
        func says(_ column: Int) -> [Token] { named[column - 1] }
        let shares = columns.filter { column in
            let namesShare = TableTotal.namesShare(says(column))
            let percentages = body.allSatisfy { $0.values[column - 1].value?.number.unit == .percent }
            return (namesShare || (percentages && saysWhole(total, column)))
                && !says(column).contains { TableTotal.unsummedWords.contains($0.text) }
                && !namesOtherWhole(says(column)) && splitsWhole(column, body: body, total: total)
        }
        let counts = columns.filter { column in
            !shares.contains(column) && !says(column).contains { TableTotal.unsummedWords.contains($0.text) }
                && isCountColumn(column, body)
        }
        let chosen = shares.compactMap { share -> Pair? in
            let since = shares.last { $0 < share } ?? 0
            guard !columns.contains(where: { $0 > since && $0 < share && says($0).contains(where: namesPart) }) else {
                return nil
            }
            let candidates = counts.filter { $0 > since && $0 < share }
            if candidates.count == 1 { return Pair(share: share, count: candidates[0]) }
            let words = Self.words(says(share)).subtracting(TableTotal.shareWords)
            let chosen = candidates.filter { !words.isDisjoint(with: Self.words(says($0))) }
            return chosen.count == 1 ? Pair(share: share, count: chosen[0]) : nil
        }
        // A column whose shares do not add up to 100 is read only against the count column its rows show.
        return chosen.filter {
            isSplit($0.share, body: body, total: total) || showsShares($0.share, of: $0.count, body: body, total: total)
        }
    }

    /// Whether a header's word makes its column a part of the one before ('waarvan jeugd'): a share after it may be of
    /// that part in its row's whole.
    private static func namesPart(_ token: Token) -> Bool {
        token.text == Self.partMark || Lexicon.partReferences.contains(token.text)
    }

    /// The words and years of a header's cell that may name what its column counts: no grammar words.
    private static func words(_ tokens: [Token]) -> Set<String> {
        Set(tokens.filter { $0.kind == .word || $0.kind == .year }.map(\.text)).subtracting(Lexicon.grammarWords)
    }

    /// Whether a column's body cells are values of one unit, unsigned and no percentages, or missing, one at least a
    /// value.
    static func isCountColumn(_ column: Int, _ body: [TableBlock.Row]) -> Bool {
        let cells = body.map { $0.values[column - 1] }
        let values = cells.compactMap(\.value)
        guard let unit = values.first?.unit, values.count == cells.filter({ !$0.isMissing }).count else {
            return false
        }
        return values.allSatisfy { $0.unit == unit && $0.number.sign == nil && $0.number.unit != .percent }
    }

    /// Whether the shares of a column split one whole: the total row's share says 100, or, without one, the body
    /// rows' shares add up to 100 within their rounding.
    static func isSplit(_ column: Int, body: [TableBlock.Row], total: TableBlock.Row?) -> Bool {
        if let total, !total.value(column, percent: true).isMissing { return saysWhole(total, column) }
        let shares = body.compactMap { row -> Interval? in
            guard let share = row.value(column, percent: true).value?.number, share.unit == .percent,
                share.sign == nil
            else { return nil }
            return .rounding(to: share.value, step: share.step)
        }
        guard shares.count == body.count else { return false }
        return shares.dropFirst().reduce(shares[0], +).contains(Exact(TableTotal.wholeShare))
    }

    /// Whether the shares of a column are those of one whole: they split it (`isSplit`), or more than half the body
    /// rows that give a share show it as their count's share of the whole of a count column before it
    /// (`showsShares`). A share column with a slip in it ('21%' for 12%) no longer adds up to 100, yet its other rows
    /// still tell which whole it splits; a column of shares of each row's own whole ('aandeel vrouwen') shows none.
    static func splitsWhole(_ column: Int, body: [TableBlock.Row], total: TableBlock.Row?) -> Bool {
        isSplit(column, body: body, total: total)
            || (1..<column).contains { count in
                isCountColumn(count, body) && showsShares(column, of: count, body: body, total: total)
            }
    }

    /// Whether more than half the body rows that give a share in `column` and a count in `count` show the share of
    /// their count in the whole of `count` (`whole`), within a step of the share's last digit.
    private static func showsShares(
        _ column: Int, of count: Int, body: [TableBlock.Row], total: TableBlock.Row?
    ) -> Bool {
        guard let whole = whole(of: count, body: body, total: total)?.reduce(Exact(0), { $0 + $1.number.value }),
            !whole.isZero
        else { return false }
        var (given, shown) = (0, 0)
        for row in body {
            guard let share = row.value(column, percent: true).value?.number, share.unit == .percent,
                share.sign == nil, let part = Self.count(row, count)
            else { continue }
            given += 1
            let computed = part.value / whole * Exact(TableTotal.wholeShare)
            if Interval.hedged(share.value, hedge: .about, step: share.step).contains(computed) { shown += 1 }
        }
        return shown * 2 > given
    }

    /// Whether the total row's cell of a column says 100 (percent).
    private static func saysWhole(_ total: TableBlock.Row?, _ column: Int) -> Bool {
        guard let value = total?.value(column, percent: true).value else { return false }
        return value.number.unit == .percent && value.number.value == Exact(TableTotal.wholeShare)
    }

    /// Whether a share column's header names a whole of its own after 'van' ('% van inwoners', '% van vorig jaar'),
    /// other than the total ('% van totaal', 'aandeel van het totaal').
    private static func namesOtherWhole(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.kind == .word || $0.kind == .year }.map(\.text)
        guard let of = words.firstIndex(of: Self.wholeMark) else { return false }
        let named = words[(of + 1)...].filter { !Lexicon.grammarWords.contains($0) }
        return ClaimParser.totalledWords(Array(named)) == nil || named.count > 1
    }

    /// A body row's count in `column`; nil when missing or suppressed.
    private static func count(_ row: TableBlock.Row, _ column: Int) -> WrittenNumber? {
        row.values[column - 1].value?.number
    }

    /// The whole of the counts in `column`: the total row's count (in the body rows' unit), else every body row's
    /// count to sum; nil when one of those is missing or the total row's cell is no such count.
    private static func whole(
        of column: Int, body: [TableBlock.Row], total: TableBlock.Row?
    ) -> [(number: WrittenNumber, line: Int)]? {
        if let total {
            let unit = body.lazy.compactMap { $0.values[column - 1].value?.unit }.first
            if let value = total.values[column - 1].value, value.unit == unit, value.number.sign == nil {
                return [(value.number, total.line)]
            }
            guard total.values[column - 1].isMissing else { return nil }
        }
        let counts = body.compactMap { row in count(row, column).map { ($0, row.line) } }
        return counts.count == body.count ? counts : nil
    }

    /// The word that names the whole a share is of ('% van inwoners').
    private static let wholeMark = "van"
    /// The word that makes a column a part of the one before ('waarvan jeugd').
    private static let partMark = "waarvan"
}

extension ClaimParser {
    /// The shares a table's body row claims (`TableShareRow`): each of the row's count, out of the whole, each operand
    /// bound by its row (`OperandBinding.Evidence.labelledLine`); without a count or a whole, unverifiable.
    func tableShareClaims() -> [Claim] {
        guard let row = analysis.sentence.tableShares else { return [] }
        func operand(_ value: (number: WrittenNumber, line: Int)) -> Operand {
            Operand(value.number, year: nil, token: nil, line: value.line, binding: OperandBinding(.labelledLine))
        }
        return row.cells.compactMap { cell in
            guard let site = analysis.numberIndices.first(where: { cell.cell.contains(tokens[$0].start) }),
                let number = tokens[site].number, number.unit == .percent
            else { return nil }
            var claim = Claim(kind: .share, site: site, claimed: precise(number, direction: nil))
            claim.whole = cell.whole.map { Operand(summing: $0.map(operand)) }
            claim.part = cell.part.map(operand).flatMap { part in
                cell.rest ? claim.whole.map { Operand(rest: $0, less: [part]) } : part
            }
            return claim
        }
    }
}
