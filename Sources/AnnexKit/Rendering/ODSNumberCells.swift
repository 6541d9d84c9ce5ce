/// What the ODS writes alike for many of its number cells, found once per workbook: the opening of a cell's
/// tag up to its value (`<table:table-cell table:style-name="ce-count0-ok" office:value-type="float"
/// office:value="`), made per number style of the workbook and copied whole into each cell, not put together
/// from its parts per cell; and whether a cell's shown text needs XML's escapes, which it does only when a text
/// the number style writes besides digits and signs (`NumberStyle.texts`, the prefix of an incomplete sum)
/// holds `&`, `<`, `>` or `"`. Without them the shown text goes into the sheet as it is made.
struct ODSNumberCells {
    /// The openings made in advance, one after another.
    private let bytes: ByteBuffer
    /// Where each style's opening lies among `bytes`: a short list compared by value, no hashing per cell.
    private let openings: [(style: NumberCellStyle, range: Range<Int>)]
    /// Whether a number cell's shown text is to be escaped for XML.
    let escapesShown: Bool

    /// The openings of the number cells of `styles` (a style missing here is written from its parts) and
    /// whether the texts of `numbers` need escaping.
    init(_ styles: [NumberCellStyle], _ numbers: NumberStyle) {
        var bytes = ByteBuffer(), openings: [(style: NumberCellStyle, range: Range<Int>)] = []
        for style in styles {
            let start = bytes.count
            Self.appendOpening(style, to: &bytes)
            openings.append((style, start..<bytes.count))
        }
        (self.bytes, self.openings) = (bytes, openings)
        escapesShown = (numbers.texts + [NumberStyle.prefix(.incomplete)]).contains { text in
            text.utf8.contains { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                || $0 == UInt8(ascii: "\"") }
        }
    }

    /// Appends the opening of a number cell's tag in `style`, up to its value.
    func appendOpening(_ style: NumberCellStyle, to out: inout ByteBuffer) {
        for opening in openings where opening.style == style {
            return out.append(bytes, opening.range)
        }
        Self.appendOpening(style, to: &out)
    }

    /// The opening of a number cell's tag from its parts: its style's name (`ODSRenderer.cellStyle`, written in
    /// place) and its value's type.
    private static func appendOpening(_ style: NumberCellStyle, to out: inout ByteBuffer) {
        out.append("<table:table-cell table:style-name=\"" as StaticString)
        out.append(ODSRenderer.cellStylePrefix)
        style.appendKey(to: &out)
        out.append(style.format.isPercent ? "\" office:value-type=\"percentage\" office:value=\"" as StaticString
                   : "\" office:value-type=\"float\" office:value=\"")
    }
}
