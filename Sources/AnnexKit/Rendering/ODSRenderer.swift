import Foundation

/// The ODS workbook could not be written: which file, and why.
public struct ODSError: FileNotWritten {
    public static let headline = Message.odsNotWritten
    public let path: String
    public let reason: MessageText

    public init(path: String, reason: MessageText) {
        self.path = path
        self.reason = reason
    }
}

/// Writes a report as an OpenDocument spreadsheet (ODS, the open-standards alternative to XLSX)
/// from the same `SheetLayout`s as the XLSX: the same sheets, values and number formats, numbers
/// as numbers, wrapped text in rows of the same heights, the same frozen panes (`settings.xml`) and
/// page setup (`styles.xml`). Plain XML in a ZIP; every entry carries the publication date, so the
/// same inputs give the same bytes.
public enum ODSRenderer {
    /// Writes the workbook's `sheets` (see `workbookSheets`); the figures' PNGs are taken from `pngs`
    /// (the output folder's) and stored in the ODS, each with its title and text alternative.
    static func write(_ report: ComputedReport, _ wording: Wording, sheets: [SheetLayout], to path: String,
                      pngs: FigurePNGs) throws {
        let created = try XLSXLayout.creationDate(report.spec, path: path)
        var pictures: [String: FigurePNGs.PNG] = [:]
        for figure in sheets.compactMap(\.figure) {
            guard let png = pngs.png(figure.image) else {
                throw FigureError(path: pngs.folder + "/" + figure.image, .figureImageMissing)
            }
            pictures[figure.image] = png
        }
        let archive = try ZIPWriter(path: path, year: created.year, month: created.month, day: created.day)
        func add(_ name: String, _ text: String) throws {
            try archive.add(name, Array(text.utf8), method: .deflated)
        }
        // The mimetype comes first and uncompressed, as ODF requires.
        try archive.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8), method: .stored)
        try add("META-INF/manifest.xml", manifest(pictures: pictures.keys.sorted()))
        try add("meta.xml", meta(report.spec, wording))
        try add("styles.xml", styles(sheets))
        try add("settings.xml", settings(sheets))
        let (head, body) = content(sheets, wording.numbers, pictures: pictures.mapValues(\.data))
        try archive.begin("content.xml", method: contentDeflate)
        try archive.write(head)
        try archive.write(body)
        try archive.end()
        // A PNG is compressed already.
        for (name, png) in pictures.sorted(by: { $0.key < $1.key }) {
            try archive.add(picture(name), png.data, method: .stored, crc: png.crc)
        }
        try archive.finish()
    }

    /// How `content.xml` (the sheets) is deflated: at zlib's level 2, as the XLSX's sheets
    /// (`XLSXTablesRenderer.sheetDeflate`), instead of its default (6). The seed annex's 1,7 MB of sheets
    /// take about a third of the time to deflate and are 94 instead of 72 KB; the small parts keep the default.
    static let contentDeflate = ZIPWriter.Method.deflated(level: 2, memoryLevel: 9)

    /// Where a figure's PNG is stored in the ODS.
    static func picture(_ image: String) -> String { "Pictures/" + (image as NSString).lastPathComponent }

    static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
    xmlns:dc="http://purl.org/dc/elements/1.1/" \
    xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
    xmlns:xlink="http://www.w3.org/1999/xlink" \
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
    xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" \
    office:version="1.3"
    """

    static func manifest(pictures: [String]) -> String {
        let images = pictures.map {
            "<manifest:file-entry manifest:full-path=\"\(escape(picture($0)))\" manifest:media-type=\"image/png\"/>\n"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
        <manifest:file-entry manifest:full-path="/" \
        manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
        <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
        <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
        \(images.joined())</manifest:manifest>

        """
    }

    static func meta(_ spec: ReportSpec, _ wording: Wording) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-meta \(namespaces)><office:meta>\
        <dc:title>\(escape(wording.report.title))</dc:title>\
        <dc:subject>\(escape(wording(.documentSubject, ["id": spec.id])))</dc:subject>\
        <dc:description>\(escape(wording(.sourceLine, ["source": wording.report.source])))</dc:description>\
        <meta:keyword>\(escape(wording(.documentKeywords)))</meta:keyword>\
        <meta:initial-creator>\(escape(spec.author ?? ""))</meta:initial-creator>\
        <meta:creation-date>\(escape(spec.published))T00:00:00</meta:creation-date>\
        <dc:language>\(escape(wording(.languageTag)))</dc:language>\
        </office:meta></office:document-meta>

        """
    }

    // MARK: Styles

    /// The data style (number format) of a cell style; the status decides prefix ('≥'), suffix
    /// (the estimate's marker) and italics. A counted zero shows the nil marker (`#,##0;-#,##0;"-"`).
    static func dataStyle(_ style: NumberCellStyle, numbers: NumberStyle) -> String {
        let (format, status) = (style.format, style.status)
        let name = styleName(style)
        func text(_ value: String) -> String { value.isEmpty ? "" : "<number:text>\(escape(value))</number:text>" }
        let prefix = text(NumberStyle.prefix(status)), suffix = text(numbers.suffix(status))
        let number = "<number:number number:decimal-places=\"\(format.decimals)\" "
            + "number:min-decimal-places=\"\(format.decimals)\" number:min-integer-digits=\"1\" "
            + "number:grouping=\"true\"/>"
        switch format.style {
        case .count where status == .ok:
            return "<number:number-style style:name=\"\(name)Z\" style:volatile=\"true\">"
                + "\(text(numbers.nilMarker))</number:number-style>"
                + "<number:number-style style:name=\"\(name)\">\(number)"
                + "<style:map style:condition=\"value()=0\" style:apply-style-name=\"\(name)Z\"/></number:number-style>"
        case .count, .number:
            return "<number:number-style style:name=\"\(name)\">\(prefix)\(number)\(suffix)</number:number-style>"
        case .percentage:
            return "<number:percentage-style style:name=\"\(name)\">\(prefix)\(number)"
                + text("%" + numbers.suffix(status)) + "</number:percentage-style>"
        case .change, .percentageChange:
            // '+#,##0;-#,##0;0': once a style has conditions, positive and negative values each need
            // a sub-style with their sign written out; the main style shows zero.
            let percent = format.style == .percentageChange
            let element = percent ? "number:percentage-style" : "number:number-style"
            let body = number + (percent ? text("%" + numbers.suffix(status)) : suffix)
            func signed(_ suffix: String, _ sign: String) -> String {
                "<\(element) style:name=\"\(name)\(suffix)\" style:volatile=\"true\">"
                    + "\(prefix)<number:text>\(sign)</number:text>\(body)</\(element)>"
            }
            return signed("P", "+") + signed("N", "-")
                + "<\(element) style:name=\"\(name)\">\(prefix)\(body)"
                + "<style:map style:condition=\"value()&gt;0\" style:apply-style-name=\"\(name)P\"/>"
                + "<style:map style:condition=\"value()&lt;0\" style:apply-style-name=\"\(name)N\"/></\(element)>"
        }
    }

    static func styleName(_ style: NumberCellStyle) -> String { "N-" + style.key }

    static func cellStyle(_ style: NumberCellStyle) -> String { "\(cellStylePrefix)" + style.key }

    /// What the name of a number cell's style (`cellStyle`) starts with.
    static let cellStylePrefix: StaticString = "ce-"

    static func textStyle(_ style: TextStyle) -> StaticString? {
        switch style {
        case .plain: nil
        case .wrapped: "ce-wrapped"
        case .label: "ce-label"
        case .title: "ce-title"
        case .bold: "ce-bold"
        case .header: "ce-header"
        case .numberHeader: "ce-numberheader"
        case .marker: "ce-marker"
        }
    }

    /// The styles of `numbers` (the number styles the sheets use) and of the text cells.
    static func automaticStyles(_ styles: [NumberCellStyle], numbers: NumberStyle) -> String {
        var out = "<office:automatic-styles>"
        for style in styles {
            out += dataStyle(style, numbers: numbers)
            let italic = style.status == .estimated ? "<style:text-properties fo:font-style=\"italic\"/>" : ""
            out += "<style:style style:name=\"\(cellStyle(style))\" style:family=\"table-cell\" "
                + "style:data-style-name=\"\(styleName(style))\">\(italic)</style:style>"
        }
        out += """
        <style:style style:name="ce-title" style:family="table-cell">\
        <style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>\
        <style:style style:name="ce-bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/>\
        </style:style>\
        <style:style style:name="ce-wrapped" style:family="table-cell">\
        <style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>\
        <style:style style:name="ce-label" style:family="table-cell">\
        <style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>\
        <style:text-properties fo:font-weight="bold"/></style:style>\
        <style:style style:name="ce-header" style:family="table-cell">\
        <style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>\
        <style:text-properties fo:font-weight="bold"/></style:style>\
        <style:style style:name="ce-numberheader" style:family="table-cell">\
        <style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>\
        <style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>\
        <style:style style:name="ce-marker" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/>\
        </style:style>
        """
        return out
    }

    // MARK: Content

    /// `content.xml` in two parts: its head (the styles) and its body (the sheets as tables). Each
    /// sheet's rows are made once: the tables are written first, and the styles of the row heights
    /// they use go into the head before them.
    static func content(_ sheets: [SheetLayout], _ numbers: NumberStyle,
                        pictures: [String: Data] = [:]) -> (head: ByteBuffer, body: ByteBuffer) {
        var body = ByteBuffer(), heights = Set<Double>()
        let styles = Set(sheets.flatMap(\.numberStyles)).sorted()
        let numberCells = ODSNumberCells(styles, numbers)
        for sheet in sheets {
            let placed = sheet.figure.map { frame($0, png: pictures[$0.image]) }
            table(sheet, numbers, numberCells: numberCells, frame: placed, to: &body, heights: &heights)
        }
        body.append("</office:spreadsheet></office:body></office:document-content>\n")
        var out = ByteBuffer()
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \(namespaces)>")
        let tenths = Set(sheets.flatMap { $0.columnWidths.map(widthInTenths) })
        out.append(automaticStyles(styles, numbers: numbers))
        for width in tenths.sorted() {
            // As wide as in the XLSX (`PageSetup.points`): 7 pixels a character and 5 of padding, at
            // 0,75 point a pixel; for a width in tenths of a character, (7 × tenths + 50) × 3/40 pt.
            let points = PlainNumber.format(Exact((7 * width + 50) * 3, over: 40))
            out.append("<style:style style:name=\"co-\(width)\" style:family=\"table-column\">"
                + "<style:table-column-properties style:column-width=\"\(points)pt\"/></style:style>")
        }
        for height in heights.sorted() {
            out.append("<style:style style:name=\"\(rowStyle(height))\" style:family=\"table-row\">"
                + "<style:table-row-properties "
                + "style:row-height=\"\(PlainNumber.format(Exact(Int((height * 10).rounded()), over: 10)))pt\" "
                + "style:use-optimal-row-height=\"false\"/></style:style>")
        }
        for (name, _) in pages(sheets) {
            out.append("<style:style style:name=\"ta-\(name)\" style:family=\"table\" "
                + "style:master-page-name=\"\(name)\"><style:table-properties table:display=\"true\"/></style:style>")
        }
        out.append("</office:automatic-styles><office:body><office:spreadsheet>")
        return (out, body)
    }

    /// A column width in characters, to a tenth: 12,5 characters is 125.
    static func widthInTenths(_ width: Double) -> Int { Int((width * 10).rounded()) }

    /// The style name of a column width: 'co-125' is 12,5 characters.
    static func columnStyle(_ width: Double) -> String { "co-\(widthInTenths(width))" }

    /// The style name of a row height in points: 'ro-195' is 19,5 pt.
    static func rowStyle(_ height: Double) -> String { "ro-\(Int((height * 10).rounded()))" }

    /// A sheet as a table; `frame` is the figure placed in the sheet's figure cell. The heights of
    /// its rows that have one are added to `heights`.
    static func table(_ sheet: SheetLayout, _ numbers: NumberStyle, numberCells: ODSNumberCells, frame: String? = nil,
                      to out: inout ByteBuffer, heights: inout Set<Double>) {
        out.append("<table:table table:name=\"")
        out.append(xmlEscaped: sheet.name)
        out.append("\" table:style-name=\"ta-\(pageName(sheet.page))\">")
        for (index, width) in sheet.columnWidths.enumerated() {
            let column = "<table:table-column table:style-name=\"\(columnStyle(width))\"/>"
            // The row labels repeat on every printed page across.
            out.append(index == 0 && sheet.page.repeatsLabels
                ? "<table:table-header-columns>" + column + "</table:table-header-columns>" : column)
        }
        for index in 0..<max(sheet.rows.count, (sheet.figure?.row ?? -1) + 1) {
            var cells = index < sheet.rows.count ? sheet.rows[index] : []
            var anchor: String?
            if let figure = sheet.figure, figure.row == index, let frame {
                cells += [SheetCell?](repeating: nil, count: max(figure.column - cells.count, 0))
                anchor = frame
            }
            let height = SheetLayout.height(cells, widths: sheet.columnWidths)
            if let height { heights.insert(height) }
            // The header row repeats on every printed page, in its place among the rows.
            let header = index == sheet.page.repeatedRow
            if header { out.append("<table:table-header-rows>" as StaticString) }
            row(cells, height: height, numbers, numberCells: numberCells, anchor: anchor, to: &out)
            if header { out.append("</table:table-header-rows>" as StaticString) }
        }
        out.append("</table:table>")
    }

    /// A figure's image in a frame with its title and text alternative, at its size in CSS pixels
    /// (the PNG's width and height, in its header at bytes 16 to 23, divided by the print scale).
    static func frame(_ figure: SheetFigure, png: Data?) -> String {
        let bytes = [UInt8](png?.prefix(24) ?? Data())
        func centimetres(_ at: Int) -> String {
            let pixels = bytes.count == 24 ? bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } : 0
            // A pixel of the PNG is 1/300 inch: 2,54/300 cm.
            let length = Exact(pixels * 254, over: FigureStyle.printDotsPerInch * 100).rounded(toDecimals: 2)
            return PlainNumber.format(length) + "cm"
        }
        return "<draw:frame draw:name=\"\(escape(figure.title))\" svg:width=\"\(centimetres(16))\" "
            + "svg:height=\"\(centimetres(20))\" svg:x=\"0cm\" svg:y=\"0cm\">"
            + "<draw:image xlink:href=\"\(escape(picture(figure.image)))\" xlink:type=\"simple\" "
            + "xlink:show=\"embed\" xlink:actuate=\"onLoad\"/><svg:title>\(escape(figure.title))</svg:title>"
            + "<svg:desc>\(escape(figure.description))</svg:desc></draw:frame>"
    }

    /// A row of cells; `numberCells` has the openings of the workbook's number cells (without it, each is made
    /// from its parts).
    static func row(_ cells: [SheetCell?], height: Double?, _ numbers: NumberStyle, numberCells: ODSNumberCells? = nil,
                    anchor: String? = nil, to out: inout ByteBuffer) {
        let numberCells = numberCells ?? ODSNumberCells([], numbers)
        if let height {
            out.append("<table:table-row table:style-name=\"" as StaticString)
            out.append(rowStyle(height))
            out.append("\">" as StaticString)
        } else {
            out.append("<table:table-row>" as StaticString)
        }
        var shown = ByteBuffer()  // a number cell's text, before it is escaped
        for cell in cells {
            switch cell {
            case .text(let text, let style)?:
                out.append("<table:table-cell" as StaticString)
                if let name = textStyle(style) {
                    out.append(" table:style-name=\"" as StaticString)
                    out.append(name)
                    out.append(UInt8(ascii: "\""))
                }
                out.append(" office:value-type=\"string\">" as StaticString)
                paragraphs(text, to: &out)
                out.append("</table:table-cell>" as StaticString)
            case .number(let value, let format, let status)?:
                numberCells.appendOpening(NumberCellStyle(format: format, status: status), to: &out)
                // The value and its text from the same digits where it fits in 64 bits (`ScaledCellValue`).
                let scaled = ScaledCellValue(value, format)
                if let scaled { scaled.appendPlain(to: &out) } else { PlainNumber.append(value, to: &out) }
                out.append("\"><text:p>" as StaticString)
                if numberCells.escapesShown {
                    shown.removeAll()
                    appendShown(value, scaled, format, status, numbers, to: &shown)
                    out.append(xmlEscaped: shown)
                } else {
                    appendShown(value, scaled, format, status, numbers, to: &out)
                }
                out.append("</text:p></table:table-cell>" as StaticString)
            case .link(let text, let target)?:
                out.append("<table:table-cell office:value-type=\"string\"><text:p><text:a xlink:type=\"simple\" "
                           + "xlink:href=\"#")
                out.append(xmlEscaped: target)
                out.append(".A1\">" as StaticString)
                out.append(xmlEscaped: text)
                out.append("</text:a></text:p></table:table-cell>" as StaticString)
            case nil:
                out.append("<table:table-cell/>" as StaticString)
            }
        }
        if let anchor {
            out.append("<table:table-cell>" as StaticString)
            out.append(anchor)
            out.append("</table:table-cell>" as StaticString)
        }
        out.append("</table:table-row>" as StaticString)
    }

    /// The bytes that may make a text cell more than one paragraph copied as it is: the control characters (line
    /// breaks among them) and those XML escapes.
    private static let paragraphBytes = SpecialBytes(below: 0x20, "&<>\"".utf8)

    /// A number cell's shown text, before it is escaped: from `scaled` when the value fits in it.
    private static func appendShown(_ value: Exact, _ scaled: ScaledCellValue?, _ format: CellFormat, _ status: Status,
                                    _ numbers: NumberStyle, to out: inout ByteBuffer) {
        if let scaled {
            scaled.appendShown(status: status, numbers, to: &out)
        } else {
            numbers.appendCell(shownAmount(value, format, status), as: format, to: &out)
        }
    }

    /// `text` as paragraphs (`<text:p>`), a line break starting the next. A line break is a character of its
    /// own except in CR LF, so a text without CR is cut at its LF bytes; one with CR at its "\n" characters.
    /// Most texts are one paragraph with nothing to escape: one look at their bytes tells (`paragraphBytes`),
    /// and they are copied whole.
    private static func paragraphs(_ text: String, to out: inout ByteBuffer) {
        var text = text
        let cut = text.withUTF8 { utf8 -> Bool in
            if paragraphBytes.first(in: utf8, from: 0) == utf8.count {
                out.append("<text:p>" as StaticString)
                out.append(contentsOf: utf8)
                out.append("</text:p>" as StaticString)
                return true
            }
            guard !utf8.contains(UInt8(ascii: "\r")) else { return false }
            var start = 0
            repeat {
                let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.count
                out.append("<text:p>" as StaticString)
                out.append(xmlEscaped: UnsafeBufferPointer(rebasing: utf8[start..<end]))
                out.append("</text:p>" as StaticString)
                start = end + 1
            } while start <= utf8.count
            return true
        }
        guard !cut else { return }
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out.append("<text:p>")
            out.append(xmlEscaped: String(paragraph))
            out.append("</text:p>")
        }
    }

    /// The amount a stored cell value stands for, for the cell's display text.
    static func shownAmount(_ value: Exact, _ format: CellFormat, _ status: Status) -> Amount {
        let exact = format.isPercent ? value * 100 : value
        switch shownStatus(status) {
        case .estimated: return .estimated(exact)
        case .incomplete: return .incomplete(exact)
        default: return .value(exact)
        }
    }

    /// The status a number cell's display text shows: an estimate's marker or an incomplete sum's prefix; any
    /// other status (the cell's style tells it) is shown as `ok`.
    static func shownStatus(_ status: Status) -> Status {
        status == .estimated || status == .incomplete ? status : .ok
    }

    static func escape(_ text: String) -> String {
        var out = ByteBuffer()
        out.append(xmlEscaped: text)
        return out.text
    }
}
