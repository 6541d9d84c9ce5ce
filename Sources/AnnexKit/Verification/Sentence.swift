/// A sentence of prose, with the line of the source file each of its characters stood on.
public struct Sentence: Sendable {
    public let text: String
    /// Where each source line begins, as (offset in Unicode scalars of `text`, 1-based line), in order;
    /// the first entry is at offset 0.
    let lineStarts: [(offset: Int, line: Int)]
    /// Index of the paragraph the sentence belongs to.
    public let paragraph: Int
    /// The last heading before the sentence ('#### 2.1.3 Informatiesysteem Forensische Zorg (Ifzo)').
    public let heading: String
    /// The year of the title line the sentence stands under in a block of value lines ('Kerncijfers 2025' over
    /// 'Aanmeldingen: 1.240'), for its numbers that have no year of their own.
    var titleYear: Int? = nil
    /// The scale of the sentence's counts when it is value lines: the one the title over them states ('Instroom (x
    /// 1.000)' over '2023: 46,9'), 1 when no title states one (`TitleScale`); nil for prose.
    var titleScale: Int? = nil
    /// Whether every line of the sentence is a value line ('Kosten 2024: 296,0 mln', with the items of its list),
    /// ended at its line end: a line of a block whose values a prose sentence right under it may take.
    var isValueLines = false
    /// Whether the sentence is prose that opens on the line right under a value line, as its block's first reader.
    var isUnderValueLines = false
    /// Whether the sentence is one value of a line of values between '|' marks (`ListedValues`), written as its own
    /// value line: an operand of the sentences under it, never a claim.
    var isListedValue = false
    /// Whether the sentence opens its paragraph right under a table row with numbers that is read as no value line
    /// ('Auto\t201\t190'): the value lines it begins may be only the end of their block.
    var isAfterDroppedRow = false
    /// Whether the sentence holds cells of a row pasted with spaces that is read as no value line ('vo (12–18 jaar;
    /// met mbo)  305', `SpacedRow.isRow`): its counts may be only some of their table's rows.
    var holdsRowCells = false
    /// Whether the sentence is a row of a table written as text (`TableBlock.readsRow`) read as prose, as the rows of
    /// a table without a header are: its cells are checked by the table's own rows (`TableShareRow`), so a share
    /// it states is no claim for want of a report.
    var isTableRow = false
    /// The total row of a table written as text that the sentence is, with the parts of each column it sums
    /// (`TableTotal`): checked by the table's rows alone, no sentence of the prose.
    var tableTotal: TableTotal? = nil
    /// The body row of a table written as text that the sentence is, with the count and whole of each of its shares
    /// (`TableShareRow`): checked by the table's rows alone, no sentence of the prose.
    var tableShares: TableShareRow? = nil
    /// The table written as text right above the sentence (`TableAboveReader.above`), for a share or change of a row
    /// it names.
    var tableAbove: TableAbove? = nil
    /// The rows right above the sentence that give their earlier values in brackets (`BracketedTableReader.above`).
    var bracketedTable: TimedTable? = nil
    /// The table of two times right above the sentence, for a change of a row the sentence names: the rows with
    /// earlier values in brackets, or else the table above as one of two columns of time.
    var timedTable: TimedTable? { bracketedTable ?? tableAbove?.timed }

    /// The source line of the Unicode scalar at `offset`.
    public func line(at offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        return lineStarts[low].line
    }

    /// Every source line the sentence stands on.
    public var lines: ClosedRange<Int> { lineStarts[0].line...lineStarts[lineStarts.count - 1].line }
}
