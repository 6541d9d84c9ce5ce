/// A small table written as text, read row by row for its total rows (`TextTableRow`: rows between bars, split by tabs
/// or aligned with spaces): an optional header that names the columns, body rows, and rows whose label opens with a
/// word of totalling ('Totaal', `ClaimParser.totalledWords`), close on 'totaal' ('Cluster totaal'), open with a
/// compound of one ('Subtotaal'), or name the quarter or half year whose months the rows above name (`totalsPeriod`).
/// Per value column a total row is the sum of the body rows above it, back to the header or the total row before it;
/// a total row with no body rows since the one before sums the totals before it, and a total after subtotals sums the
/// body rows under them (`TableTotal`).
///
/// When in doubt no claim: a row of another number of cells than the header's (or the first row's) leaves the block's
/// totals unread (but a total row that leaves off only share columns at its end, `padded`), as does a row with a cell
/// that is no value; a sub-row (set in further than the first row, opening
/// with a list's mark, or labelled as a part of the row above: 'waarvan …') is no part; a column whose header names a
/// mean, a change or a rate, or whose cells are signed, is not summed, nor one of percentages unless its total is
/// 100% (a sum of shares); one whose cells name different units is not summed; a missing or suppressed cell
/// (`TableCell.missingMarks`) leaves its column's total unverifiable.
///
/// When the block ends (a line that is no row of it, a row of another style, a new header, the end of the text), its
/// share columns are read against its count columns (`TableShareRow`): only in a block whose rows could all be read,
/// with at most one total row, not a subtotal, and no body row under it.
struct TableBlock: Sendable {
    /// The lines that head a block: its header row's line, and the line right above its first row (its title), if
    /// it is no row and not blank.
    struct Heading: Sendable {
        var headerLine: Int?
        var title: (text: String, line: Int)?
    }

    /// A body or total row: its cells, its value cells read once (`TableCell`), and its line.
    struct Row: Sendable {
        let cells: [String]
        /// The cells after the label, read.
        let values: [TableCell]
        let line: Int

        /// The row of the cells `cells` (the label first) on line `line`, its value cells read.
        init(cells: [String], line: Int) {
            (self.cells, values, self.line) = (cells, cells.dropFirst().map { TableCell($0) }, line)
        }

        /// Whether each cell after the label is a value or a mark of a missing one: else the row cannot be read.
        var isRead: Bool {
            values.allSatisfy { $0.value != nil || $0.isMissing }
        }

        /// The cell of column `column` (the label's is 0), read; as a percentage when `percent` and it names no unit
        /// of its own, read again only then.
        func value(_ column: Int, percent: Bool) -> TableCell {
            let read = values[column - 1]
            guard percent, read.value?.number.unit == .count else { return read }
            return TableCell(cells[column], percent: true)
        }
    }

    private var style: TextTableRow.Style?
    /// The block's heading, for a tariff its header or title states (`TableRowColumns.product`).
    private var heading = Heading()
    /// The line read last when it is no row nor blank, kept when a block ends: the title of a block opened next.
    private var lineBefore: (text: String, line: Int)?
    private var header: [String]?
    /// The number of cells of the block's rows: the header's, else the first row's.
    private var width: Int?
    /// How far the first row's label is set in.
    private var indent = 0
    /// The body rows since the last total row, and since the last total that closed subtotals.
    private var segment: [Row] = []
    private var body: [Row] = []
    /// The total rows since the last total that summed totals, each with whether it is a subtotal.
    private var closed: [(row: Row, subtotal: Bool)] = []
    /// The body rows of the block whose cells are not read yet (`TextTableRow.cells`), each with its line and whether
    /// it is a part of the next total (a body row of the segment) if it can be read. Most rows of a text's tables stand
    /// in blocks without a total row or a share column, which never need their values: they are read when a total row
    /// comes, when a part would open the segment (so that whether the segment is empty is always known), and when the
    /// block ends if it may have share or derived columns (`TableShareRow.mayHaveShares`, `TableRowColumns.mayDerive`).
    private var unchecked: [(cells: [String], line: Int, isPart: Bool)] = []
    /// Whether a row of the block could not be read.
    private var unread = false
    /// The block's body rows (no sub-rows) and total rows, for its share columns.
    private var shareBody: [Row] = []
    private var totals: [Row] = []
    /// The block's rows under its header, sub-rows and total rows too, in their order: for a share row of the two
    /// rows above it (`TableRowColumns.partShareRows`).
    private var ordered: [(cells: [String], line: Int)] = []
    /// Whether the block's rows give no shares to check: a subtotal, a total row of another width, or a body row under
    /// a total row.
    private var noShares = false
    /// Whether the line read last is a row between bars of a table with a header: no prose, whether or not it has the
    /// outer bars.
    private(set) var inBarredTable = false
    /// Whether the block's header names a column by words with digits ('Reizen 2023 (mln)') and no row has come under
    /// it yet: such a line may be prose split by bars ('Deelnemers: 840 | waarvan vrouwen: 126 (15%)'), so it is read
    /// as prose too until a row under it shows a table.
    private var headerUnconfirmed = false
    /// Whether the line read last is a row of the block (`TextTableRow`): prose does not run on from it into the next
    /// line.
    private(set) var readsRow = false

    /// Reads the next line of the text, numbered `number`: the share rows of the block it ends, if any, and the total
    /// it claims when it is a total row. A line that cannot be a row (`TextTableRow.mayBeRow`) ends the block before
    /// anything of it is built.
    mutating func read(
        _ text: String.UnicodeScalarView, number line: Int
    ) -> (shares: [TableShareRow], total: TableTotal?) {
        readsRow = false
        if style != nil, TableRule.isRule(text) { return ([], nil) }
        guard TextTableRow.mayBeRow(text), let row = TextTableRow(String(text)) else {
            let ended = end()
            let blank = text.allSatisfy(\.properties.isWhitespace)
            lineBefore = blank ? nil : (String(text), line)
            return (ended, nil)
        }
        defer { lineBefore = nil }
        var shares: [TableShareRow] = []
        let opens = row.style != style
        if opens { shares = end() }
        // Set after ending the block before, which starts anew: the first row of a block is a row too, unless its
        // label holds a number (values split by bars, '2023: 410 | 2024: 452', may be a line of prose).
        readsRow = !opens || !row.cells[0].contains(where: \.isNumber)
        defer { inBarredTable = style == .barred && header != nil && !headerUnconfirmed }
        if segment.isEmpty, row.cells.count > 1, let names = Self.columnNames(row.cells) {
            shares += end()
            (style, header, width, indent) = (row.style, row.cells, row.cells.count, row.indent)
            heading = Heading(headerLine: line, title: lineBefore)
            headerUnconfirmed = !names.allSatisfy(\.namesColumn)
            return (shares, nil)
        }
        headerUnconfirmed = false
        if style == nil {
            (style, width, indent) = (row.style, row.cells.count, row.indent)
            heading = Heading(title: lineBefore)
        }
        ordered.append((row.cells, line))
        let words = Self.words(row.cells[0])
        let totalsPeriod = totalsPeriod(row.cells[0])
        let isTotal = ClaimParser.totalledWords(words) != nil || Self.closesOnTotal(words) || totalsPeriod
        let isSubtotal = !isTotal && words.first.map(ClaimParser.isTotalCompound) == true
        guard isTotal || isSubtotal else {
            if row.cells.count != width {
                unread = true
            } else {
                let isPart =
                    row.indent <= indent && ClaimParser.isPlainLabel(words) && !Self.opensAsPart(row.cells[0], words)
                unchecked.append((row.cells, line, isPart))
                if isPart, segment.isEmpty { check() }
            }
            return (shares, nil)
        }
        check()
        let cells = padded(row.cells)
        let read = Row(cells: cells, line: line)
        defer { segment = [] }
        noShares = noShares || isSubtotal || cells.count != width
        totals.append(read)
        guard cells.count == width, !unread else { return (shares, nil) }
        let parts: [Row]
        if segment.isEmpty {
            guard closed.count >= ClaimParser.leastParts else { return (shares, nil) }
            parts = closed.map(\.row)
            (closed, body) = ([], [])
        } else if isTotal, closed.contains(where: \.subtotal) {
            parts = body
            (closed, body) = ([], [])
        } else {
            parts = segment
            closed.append((read, isSubtotal))
        }
        guard parts.count >= ClaimParser.leastParts else { return (shares, nil) }
        var total = TableTotal(row: read, header: header, parts: parts)
        total?.confirmsOnly = totalsPeriod
        return (shares, total)
    }

    /// Whether a row's label names a quarter or half of a year (`StatedPeriod`: 'Tweede kwartaal', 'Q2') whose months
    /// or quarters the parts since the last total name, one a row, each once and in their order ('april', 'mei',
    /// 'juni'): the row is their total. A quarter of a flow is the sum of its months, one of a stock or a mean is not,
    /// so its sums may confirm it, never contradict it (`TableTotal.confirmsOnly`).
    private func totalsPeriod(_ label: String) -> Bool {
        let named = label.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard let period = StatedPeriod(label: named) else { return false }
        let labels = segment.map { $0.cells[0] } + unchecked.filter(\.isPart).map(\.cells[0])
        let moments = labels.compactMap { label -> LabelMoment? in
            let words = Self.words(label)
            return words.count == 1 ? LabelMoment.named(by: words[0]) : nil
        }
        guard moments.count == labels.count, moments.count >= ClaimParser.leastParts, let kind = moments.first?.kind,
            moments.allSatisfy({ $0.kind == kind }), let bounds = period.moments(in: kind), bounds.count == 2
        else { return false }
        return moments.map(\.order) == Array(bounds[0].order...bounds[1].order)
    }

    /// Ends the block: its share rows of the two rows above them (`TableRowColumns.partShareRows`) and its rate rows of
    /// two other rows (`TableRowColumns.rateRows`), the rows of its share columns that make claims (`TableShareRow`),
    /// then those of the columns each row derives from its own cells (`TableRowColumns`); but for the first two, none
    /// when a row could not be read, or it has a subtotal, more than one total row, or body rows under its total.
    mutating func end() -> [TableShareRow] {
        let before = lineBefore
        defer {
            self = TableBlock()
            lineBefore = before
        }
        let partShares = TableRowColumns.partShareRows(ordered) + TableRowColumns.rateRows(ordered)
        guard !noShares, totals.count <= 1,
            TableShareRow.mayHaveShares(header: header, total: !totals.isEmpty) || TableRowColumns.mayDerive(header)
        else { return partShares }
        check()
        guard !unread, !noShares else { return partShares }
        let rows = TableShareRow.rows(header: header, body: shareBody, total: totals.first)
            + TableRowColumns.rows(header: header, body: shareBody, total: totals.first, heading: heading)
            + TableRowColumns.balanceRows(body: shareBody, total: totals.first)
        // A share row of the rows above it is read once, as such.
        return partShares + rows.filter { row in !partShares.contains { $0.line == row.line } }
    }

    /// Reads the cells of the rows not read yet, in their order: a row that cannot be read leaves the block's totals
    /// and shares unread, one that can and is a part joins the segment.
    private mutating func check() {
        for (cells, line, isPart) in unchecked {
            let row = Row(cells: cells, line: line)
            if !row.isRead {
                unread = true
            } else if isPart {
                segment.append(row)
                body.append(row)
                shareBody.append(row)
                noShares = noShares || !totals.isEmpty
            }
        }
        unchecked = []
    }

    /// The cells of a total row, with a blank cell for each column it leaves off at its end when those are columns of
    /// percentages ('Totaal | 1.146' under 'Leeftijd | medewerkers | aandeel'): a total need not restate 100%. Only
    /// when every column it leaves off holds percentages (or missing cells) in the rows since the last total, one at
    /// least, and none it gives does; else its cells as they are (a row of another width).
    private func padded(_ cells: [String]) -> [String] {
        guard let width, cells.count >= 2, cells.count < width, !segment.isEmpty else { return cells }
        func percentages(_ column: Int) -> Bool {
            let read = segment.map { $0.values[column - 1] }
            return read.contains { $0.value?.number.unit == .percent }
                && read.allSatisfy { $0.isMissing || $0.value?.number.unit == .percent }
        }
        let given = 1..<cells.count
        guard (cells.count..<width).allSatisfy(percentages),
            !given.contains(where: { percentages($0) || TableCell(cells[$0]).value?.number.unit == .percent })
        else { return cells }
        return cells + Array(repeating: "", count: width - cells.count)
    }

    /// The cells after the label of a row, read, when each may name a header's column (`namesColumn`); nil at the
    /// first that cannot, the cells after it unread.
    private static func columnNames(_ cells: [String]) -> [TableCell]? {
        var names: [TableCell] = []
        var worded = false
        for text in cells.dropFirst() {
            let read = TableCell(text)
            worded = worded || isWordedValue(read, text)
            guard mayNameColumn(text) else { return nil }
            names.append(read)
        }
        return !worded || names.contains(where: \.isText) ? names : nil
    }

    /// Whether a cell may name a header's column (`namesColumn`), also as a value's words ('Binnen 30 sec.',
    /// `isWordedValue`): a header's cell may hold its unit in brackets ('levering 2023 (mln m3)').
    static func mayNameColumn(_ text: String) -> Bool {
        let read = TableCell(text)
        return namesColumn(read, text) || isWordedValue(read, text)
    }

    /// Whether a cell, read as `read`, may name a header's column: a year or text (`TableCell.namesColumn`), or words
    /// with digits that are no value ('Reizen 2023 (mln)', 'Omzet 2024 (x € 1.000)', 'Q1 2024'): a cell that opens with
    /// a letter and is no plain value, or with a year ('2022 (m³)', '2023/24'), or a range ('0-1 jaar',
    /// `opensWithRange`). Such a row is a header only where a block may start (no body row above it since the last
    /// total); the rows under it must hold values in its columns for any total to be read.
    private static func namesColumn(_ read: TableCell, _ text: String) -> Bool {
        if read.namesColumn || opensWithRange(text) { return true }
        guard case .other = read else { return false }
        return text.first?.isLetter == true
            || Tokenizer.tokens(Array(text.unicodeScalars)).first?.year != nil
    }

    /// Whether a cell opens with a range of two whole numbers joined by a dash, the first the smaller, and holds only
    /// words after it ('0-1 jaar', '12–17'): a class of ages or sizes that names a column, no value.
    private static func opensWithRange(_ text: String) -> Bool {
        let pieces = text.split(separator: " ")
        guard let first = pieces.first, pieces.dropFirst().allSatisfy({ $0.allSatisfy(\.isLetter) }) else {
            return false
        }
        let bounds = first.split(omittingEmptySubsequences: false) { rangeDashes.contains($0) }
        guard bounds.count == 2, bounds.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            let low = Int(bounds[0]), let high = Int(bounds[1])
        else { return false }
        return low < high
    }

    /// Whether a label closes on the word of totalling after what it totals ('Cluster totaal', 'Regio totaal'): the
    /// postposed form of 'Totaal cluster'.
    private static func closesOnTotal(_ words: [String]) -> Bool {
        words.count > 1 && words.last == closingTotal
    }

    /// The dashes that join the bounds of a range in a header's cell.
    private static let rangeDashes: Set<Character> = ["-", "–"]
    /// The word of totalling that may close a total row's label.
    private static let closingTotal = "totaal"

    /// Whether a cell reads as a value yet opens with a word that is no hedge ('Binnen 30 sec.'): a header's name
    /// with a number in it, when a cell of words alone beside it shows the row a header ('Gesprekken'). A body row's
    /// value opens with its number or its currency, or with a hedge ('ruim 500', 'ca. 40').
    private static func isWordedValue(_ read: TableCell, _ text: String) -> Bool {
        guard case .value(let number, _) = read else { return false }
        return number.hedge == nil && text.first?.isLetter == true
    }

    /// The words of a label, lower case.
    static func words(_ label: String) -> [String] {
        label.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
    }

    /// Whether a label says its row is a part of the row above: it opens with a list's mark ('- containers') or a
    /// word that refers to that row ('daarvan …').
    static func opensAsPart(_ label: String, _ words: [String]) -> Bool {
        TabValueLine.itemMarks.contains(where: { label.hasPrefix($0) })
            || words.first.map(Lexicon.partReferences.contains) == true
    }
}
