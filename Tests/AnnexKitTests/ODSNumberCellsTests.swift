import Testing
@testable import AnnexKit

/// The ODS's number cells written from openings made once per workbook are the cells written from their parts.
@Suite("ODS number cells: openings made once, shown texts unescaped where nothing needs it")
struct ODSNumberCellsTests {
    /// Every style of number cell: each format's style with a few decimals, each status.
    static let styles: [NumberCellStyle] = [CellFormat.Style.count, .number, .change, .percentage, .percentageChange]
        .flatMap { style in (0...3).map { CellFormat(style, decimals: $0) } }
        .flatMap { format in Status.allCases.map { NumberCellStyle(format: format, status: $0) } }

    /// A style whose estimate's marker and nil marker need XML's escapes.
    static let marked = NumberStyle(decimalSeparator: ",", groupingSeparator: ".", missingMarker: ".",
                                    suppressedMarker: "x", notComparableMarker: "n.vgl.", nilMarker: "<0>",
                                    estimatedMarker: "[s&g]")

    @Test("A style's opening made in advance is its opening from the style's name and value type")
    func openings() {
        let made = ODSNumberCells(Self.styles, .dutch), none = ODSNumberCells([], .dutch)
        for style in Self.styles {
            var ahead = ByteBuffer(), parts = ByteBuffer()
            made.appendOpening(style, to: &ahead)
            none.appendOpening(style, to: &parts)
            let type = style.format.isPercent ? "percentage" : "float"
            #expect(ahead.text == "<table:table-cell table:style-name=\"\(ODSRenderer.cellStyle(style))\" "
                + "office:value-type=\"\(type)\" office:value=\"", "\(style.key)")
            #expect(parts.text == ahead.text, "\(style.key)")
        }
    }

    @Test("Shown texts are escaped only where a style's texts hold one of XML's special characters")
    func escapes() {
        #expect(!ODSNumberCells([], .dutch).escapesShown)
        let english = NumberStyle(decimalSeparator: ".", groupingSeparator: ",", missingMarker: "..",
                                  suppressedMarker: "x", notComparableMarker: "n.c.", nilMarker: "-",
                                  estimatedMarker: "[e]")
        #expect(!ODSNumberCells([], english).escapesShown)
        #expect(ODSNumberCells([], Self.marked).escapesShown)
        let quoted = NumberStyle(decimalSeparator: "\"", groupingSeparator: ".", missingMarker: ".",
                                 suppressedMarker: "x", notComparableMarker: "n.vgl.", nilMarker: "-",
                                 estimatedMarker: "[g]")
        #expect(ODSNumberCells([], quoted).escapesShown)
    }

    @Test("A row of number cells is the same with the openings made in advance as with none, escaped alike")
    func rows() {
        let values = [Exact(0), Exact(1838), Exact(-2049), Exact(134, over: 1000), Exact(1, over: 3),
                      Exact(123_456_789, over: 100)]
        for numbers in [NumberStyle.dutch, Self.marked] {
            let cells: [SheetCell?] = Self.styles.flatMap { style in
                values.map { SheetCell.number($0, style.format, style.status) }
            } + [.text("a<b", .plain), nil]
            var ahead = ByteBuffer(), parts = ByteBuffer()
            ODSRenderer.row(cells, height: nil, numbers, numberCells: ODSNumberCells(Self.styles, numbers), to: &ahead)
            ODSRenderer.row(cells, height: nil, numbers, to: &parts)
            #expect(ahead.text == parts.text)
            // Each cell's shown text is the number style's text of its amount, escaped for XML.
            for case .number(let value, let format, let status)? in cells {
                var shown = ByteBuffer()
                shown.append(xmlEscaped: numbers.cell(ODSRenderer.shownAmount(value, format, status), as: format))
                #expect(ahead.text.contains("<text:p>" + shown.text + "</text:p>"))
            }
        }
        var marked = ByteBuffer()
        ODSRenderer.row([.number(Exact(0), .count, .ok), .number(Exact(5), .count, .estimated)], height: nil,
                        Self.marked, numberCells: ODSNumberCells(Self.styles, Self.marked), to: &marked)
        #expect(marked.text.contains("<text:p>&lt;0&gt;</text:p>"))
        #expect(marked.text.contains("<text:p>5\u{00A0}[s&amp;g]</text:p>"))
    }
}
