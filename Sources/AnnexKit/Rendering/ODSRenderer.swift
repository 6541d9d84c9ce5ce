import Foundation
import ZIPFoundation

/// Writes a report as an OpenDocument spreadsheet (ODS, the open-standards alternative to XLSX)
/// from the same `SheetLayout`s as the XLSX: the same sheets, values and number formats, numbers
/// as numbers. Plain XML in a ZIP; every entry carries the publication date, so the same inputs
/// give the same bytes.
public enum ODSRenderer {
    /// Writes the workbook's `sheets` (see `workbookSheets`).
    static func write(_ report: ComputedReport, _ wording: Wording, sheets: [SheetLayout], to path: String) throws {
        let date = Date(timeIntervalSince1970: TimeInterval(try XLSXLayout.creationTime(report.spec, path: path)))
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        func add(_ name: String, _ text: String, compressed: Bool = true) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: compressed ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        // The mimetype comes first and uncompressed, as ODF requires.
        try add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compressed: false)
        try add("META-INF/manifest.xml", manifest)
        try add("meta.xml", meta(report.spec, wording))
        try add("styles.xml", styles)
        try add("content.xml", content(sheets, wording.numbers))
    }

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
    office:version="1.3"
    """

    static let manifest = """
    <?xml version="1.0" encoding="UTF-8"?>
    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
    <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
    <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
    <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
    </manifest:manifest>

    """

    static let styles = """
    <?xml version="1.0" encoding="UTF-8"?>
    <office:document-styles \(namespaces)><office:styles/></office:document-styles>

    """

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

    /// The data style (number format) of a cell style; the status decides prefix and italics.
    /// A counted zero shows the nil marker (`#,##0;-#,##0;"-"`).
    static func dataStyle(_ style: NumberCellStyle, nilMarker: String) -> String {
        let (format, status) = (style.format, style.status)
        let name = styleName(style)
        let prefix = status == .incomplete ? "<number:text>≥</number:text>" : ""
        let number = "<number:number number:decimal-places=\"\(format.decimals)\" "
            + "number:min-decimal-places=\"\(format.decimals)\" number:min-integer-digits=\"1\" "
            + "number:grouping=\"true\"/>"
        switch format.style {
        case .count where status == .ok:
            return "<number:number-style style:name=\"\(name)Z\" style:volatile=\"true\"><number:text>\(escape(nilMarker))</number:text></number:number-style>"
                + "<number:number-style style:name=\"\(name)\">\(number)"
                + "<style:map style:condition=\"value()=0\" style:apply-style-name=\"\(name)Z\"/></number:number-style>"
        case .count, .number:
            return "<number:number-style style:name=\"\(name)\">\(prefix)\(number)</number:number-style>"
        case .percentage:
            return "<number:percentage-style style:name=\"\(name)\">\(prefix)\(number)"
                + "<number:text>%</number:text></number:percentage-style>"
        case .change, .percentageChange:
            // '+#,##0;-#,##0;0': once a style has conditions, positive and negative values each need
            // a sub-style with their sign written out; the main style shows zero.
            let percent = format.style == .percentageChange
            let element = percent ? "number:percentage-style" : "number:number-style"
            let body = number + (percent ? "<number:text>%</number:text>" : "")
            func signed(_ suffix: String, _ sign: String) -> String {
                "<\(element) style:name=\"\(name)\(suffix)\" style:volatile=\"true\">\(prefix)<number:text>\(sign)</number:text>\(body)</\(element)>"
            }
            return signed("P", "+") + signed("N", "-")
                + "<\(element) style:name=\"\(name)\">\(prefix)\(body)"
                + "<style:map style:condition=\"value()&gt;0\" style:apply-style-name=\"\(name)P\"/>"
                + "<style:map style:condition=\"value()&lt;0\" style:apply-style-name=\"\(name)N\"/></\(element)>"
        }
    }

    static func styleName(_ style: NumberCellStyle) -> String { "N-" + style.key }

    static func cellStyle(_ style: NumberCellStyle) -> String { "ce-" + style.key }

    static func textStyle(_ style: TextStyle) -> String? {
        switch style {
        case .plain: nil
        case .title: "ce-title"
        case .bold: "ce-bold"
        case .header: "ce-header"
        case .numberHeader: "ce-numberheader"
        case .marker: "ce-marker"
        }
    }

    /// The styles of `numbers` (the number styles the sheets use) and of the text cells.
    static func automaticStyles(_ numbers: [NumberCellStyle], nilMarker: String) -> String {
        var out = "<office:automatic-styles>"
        for style in numbers {
            out += dataStyle(style, nilMarker: nilMarker)
            let italic = style.status == .estimated ? "<style:text-properties fo:font-style=\"italic\"/>" : ""
            out += "<style:style style:name=\"\(cellStyle(style))\" style:family=\"table-cell\" "
                + "style:data-style-name=\"\(styleName(style))\">\(italic)</style:style>"
        }
        out += """
        <style:style style:name="ce-title" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>\
        <style:style style:name="ce-bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>\
        <style:style style:name="ce-header" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-weight="bold"/></style:style>\
        <style:style style:name="ce-numberheader" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>\
        <style:style style:name="ce-marker" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
        """
        return out
    }

    // MARK: Content

    static func content(_ sheets: [SheetLayout], _ numbers: NumberStyle) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \(namespaces)>"
        let tenths = Set(sheets.flatMap { $0.columnWidths.map(widthInTenths) })
        out += automaticStyles(Set(sheets.flatMap(\.numberStyles)).sorted(), nilMarker: numbers.nilMarker)
        for width in tenths.sorted() {
            // A character is 0,19 cm wide: a tenth of one is 0,019 cm.
            let centimetres = PlainNumber.format(Exact(width * 19, over: 1000))
            out += "<style:style style:name=\"co-\(width)\" style:family=\"table-column\">"
                + "<style:table-column-properties style:column-width=\"\(centimetres)cm\"/></style:style>"
        }
        out += "<style:style style:name=\"ro-header\" style:family=\"table-row\"><style:table-row-properties style:use-optimal-row-height=\"true\"/></style:style>"
        out += "</office:automatic-styles><office:body><office:spreadsheet>"
        for sheet in sheets { out += table(sheet, numbers) }
        return out + "</office:spreadsheet></office:body></office:document-content>\n"
    }

    /// A column width in characters, to a tenth: 12,5 characters is 125.
    static func widthInTenths(_ width: Double) -> Int { Int((width * 10).rounded()) }

    /// The style name of a column width: 'co-125' is 12,5 characters.
    static func columnStyle(_ width: Double) -> String { "co-\(widthInTenths(width))" }

    static func table(_ sheet: SheetLayout, _ numbers: NumberStyle) -> String {
        var out = "<table:table table:name=\"\(escape(sheet.name))\">"
        for width in sheet.columnWidths { out += "<table:table-column table:style-name=\"\(columnStyle(width))\"/>" }
        for (index, cells) in sheet.rows.enumerated() {
            // The header row repeats on every printed page, in its place among the rows.
            out += index == sheet.table?.headerRow
                ? "<table:table-header-rows>" + row(cells, header: true, numbers) + "</table:table-header-rows>"
                : row(cells, header: false, numbers)
        }
        return out + "</table:table>"
    }

    static func row(_ cells: [SheetCell?], header: Bool, _ numbers: NumberStyle) -> String {
        var out = header ? "<table:table-row table:style-name=\"ro-header\">" : "<table:table-row>"
        for cell in cells {
            switch cell {
            case .text(let text, let style)?:
                let styled = textStyle(style).map { " table:style-name=\"\($0)\"" } ?? ""
                out += "<table:table-cell\(styled) office:value-type=\"string\"><text:p>\(escape(text))</text:p></table:table-cell>"
            case .number(let value, let format, let status)?:
                let type = format.isPercent ? "percentage" : "float"
                let shown = numbers.cell(shownAmount(value, format, status), as: format)
                let style = cellStyle(NumberCellStyle(format: format, status: status))
                out += "<table:table-cell table:style-name=\"\(style)\" office:value-type=\"\(type)\" "
                    + "office:value=\"\(PlainNumber.format(value))\"><text:p>\(escape(shown))</text:p></table:table-cell>"
            case .link(let text, let target)?:
                out += "<table:table-cell office:value-type=\"string\"><text:p><text:a xlink:type=\"simple\" "
                    + "xlink:href=\"#\(escape(target)).A1\">\(escape(text))</text:a></text:p></table:table-cell>"
            case nil:
                out += "<table:table-cell/>"
            }
        }
        return out + "</table:table-row>"
    }

    /// The amount a stored cell value stands for, for the cell's display text.
    static func shownAmount(_ value: Exact, _ format: CellFormat, _ status: Status) -> Amount {
        let exact = format.isPercent ? value * 100 : value
        switch status {
        case .estimated: return .estimated(exact)
        case .incomplete: return .incomplete(exact)
        default: return .value(exact)
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
