import Foundation

/// Writes a workbook of tables (no figures) as XLSX itself: the parts of SpreadsheetML in a ZIP
/// (`ZIPWriter`, as the ODS), each sheet written row by row as it is laid out and deflated in
/// blocks on every core (`BlockDeflate`), so that a sheet of a million rows is never held as XML,
/// and strings inline in their cells (a shared-strings table would hold every distinct text, and a
/// large table's labels are nearly all distinct). It has what libxlsxwriter's workbook of the same
/// sheets has: the Excel table objects, the cell formats and number formats
/// (`XLSXLayout.numberFormat`), column widths and row heights, frozen panes, the page setup with
/// its repeated rows and columns, links to sheets, the document properties; no theme part (the
/// fonts are named). Workbooks with figures stay with libxlsxwriter (`takes`).
enum XLSXTablesRenderer {
    /// Whether a workbook of `sheets` is written by this renderer: it has no figures.
    static func takes(_ sheets: [SheetLayout]) -> Bool { sheets.allSatisfy { $0.figure == nil } }

    /// The text styles in the order of their cell formats (after the default format 0); the link
    /// format and the number formats follow.
    static let textStyles: [TextStyle] = [.plain, .wrapped, .title, .bold, .header, .numberHeader, .marker, .label]
    /// The first custom number format's id (the ids before are Excel's built-in formats).
    static let firstNumberFormat = 164
    /// Sheet XML gathered before it goes to the archive.
    static let chunkSize = 1 << 16
    /// How a sheet's XML is deflated: zlib's level 2 instead of its default (6), which made deflating
    /// the largest part of writing a large table. The bench job's workbook of 10.000 rows (5,5 MB of
    /// sheet XML) is 935 KB instead of 761 KB, and its build takes about 14% less CPU time
    /// (docs/performance.md). The small parts keep the default level.
    static let sheetDeflate = ZIPWriter.Method.deflatedInBlocks(level: 2, memoryLevel: 9)

    static func write(_ report: ComputedReport, _ wording: Wording, sheets: [SheetLayout], to path: String) throws {
        let created = try XLSXLayout.creationDate(report.spec, path: path)
        let styles = Set(sheets.flatMap(\.numberStyles)).sorted()
        let archive = try ZIPWriter(path: path, year: created.year, month: created.month, day: created.day)
        func add(_ name: String, _ text: String) throws {
            try archive.add(name, Array(text.utf8), method: .deflated)
        }
        let tables = sheets.indices.filter { sheets[$0].table != nil }
        try add("[Content_Types].xml", contentTypes(sheets: sheets.count, tables: tables.count))
        try add("_rels/.rels", packageRelationships)
        try add("docProps/app.xml", application(sheets, company: wording.report.organisation ?? ""))
        try add("docProps/core.xml", core(report.spec, wording, created: created))
        try add("docProps/custom.xml", custom(wording))
        try add("xl/workbook.xml", workbook(sheets))
        try add("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: sheets.count))
        try add("xl/styles.xml", stylesheet(styles, shownAs: wording.numbers))
        let formats = Dictionary(uniqueKeysWithValues: styles.enumerated().map {
            ($1, 2 + textStyles.count + $0)
        })
        for (index, sheet) in sheets.enumerated() {
            let table = tables.firstIndex(of: index).map { $0 + 1 }
            try archive.begin("xl/worksheets/sheet\(index + 1).xml", method: sheetDeflate)
            try worksheet(sheet, selected: index == 0, formats: formats, hasTable: table != nil) {
                try archive.write($0)
            }
            try archive.end()
            if let table, let object = sheet.table {
                try add("xl/worksheets/_rels/sheet\(index + 1).xml.rels", relationships([
                    ("table", "../tables/table\(table).xml"),
                ]))
                try add("xl/tables/table\(table).xml", tablePart(object, id: table, columns: sheet.columnWidths.count))
            }
        }
        try archive.finish()
    }

    // MARK: The sheets

    /// A sheet's XML, handed to `flush` in chunks as its rows are written.
    static func worksheet(_ sheet: SheetLayout, selected: Bool, formats: [NumberCellStyle: Int], hasTable: Bool,
                          flush: (ByteBuffer) throws -> Void) throws {
        var out = ByteBuffer(capacity: chunkSize * 2)
        let columns = (0..<max(sheet.columnWidths.count, 1)).map { XLSXLayout.cellReference(row: 0, column: $0) }
            .map { String($0.dropLast()) }
        let last = XLSXLayout.cellReference(row: max(sheet.rows.count - 1, 0), column: columns.count - 1)
        out.append(xmlHeader + "<worksheet \(mainNamespace) \(relationshipNamespace)>")
        out.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:\(last)\"/>")
        out.append(view(sheet.freeze, selected: selected))
        out.append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>")
        for (index, width) in sheet.columnWidths.enumerated() {
            out.append("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(storedWidth(width))\" "
                       + "customWidth=\"1\"/>")
        }
        out.append("</cols><sheetData>")
        var links: [(reference: String, sheet: String)] = []
        var markers = MarkerCells(sheet)
        // Per column the last number style and its index: a column's cells mostly share one, and
        // hashing it per cell took longer than writing the cell.
        var lastStyles = [(style: NumberCellStyle, index: Int)?](repeating: nil, count: columns.count)
        for (index, cells) in sheet.rows.enumerated() {
            markers.add(cells, row: index)
            out.append("<row r=\"")
            out.append(decimal: index + 1)
            if let height = SheetLayout.height(cells, widths: sheet.columnWidths) {
                out.append("\" ht=\"")
                PlainNumber.append(Exact(Int((height * 100).rounded()), over: 100), to: &out)
                out.append("\" customHeight=\"1")
            }
            out.append("\">")
            for (column, cell) in cells.enumerated() {
                guard let cell else { continue }
                out.append("<c r=\"")
                out.append(columns[column])
                out.append(decimal: index + 1)
                out.append("\" s=\"")
                switch cell {
                case .text(let text, var style):
                    // The table object's header row has the table's header styles.
                    if index == sheet.table?.headerRow { style = TableObject.headerStyle(column: column) }
                    out.append(decimal: 1 + textStyles.firstIndex(of: style)!)
                    inline(text, to: &out)
                case .number(let value, let format, let status):
                    let style = NumberCellStyle(format: format, status: status)
                    if column < lastStyles.count, let last = lastStyles[column], last.style == style {
                        out.append(decimal: last.index)
                    } else {
                        let index = formats[style]!
                        if column < lastStyles.count { lastStyles[column] = (style, index) }
                        out.append(decimal: index)
                    }
                    out.append("\"><v>")
                    PlainNumber.append(value, to: &out)
                    out.append("</v></c>")
                case .link(let text, let target):
                    out.append(decimal: 1 + textStyles.count)
                    inline(text, to: &out)
                    links.append((columns[column] + String(index + 1), target))
                }
            }
            out.append("</row>")
            if out.count >= chunkSize {
                try flush(out)
                out.removeAll()
            }
        }
        out.append("</sheetData>")
        if !links.isEmpty {
            out.append("<hyperlinks>")
            for link in links {
                out.append("<hyperlink ref=\"\(link.reference)\" location=\"")
                out.append(xmlEscaped: quotedSheet(link.sheet) + "!A1")
                out.append("\"/>")
            }
            out.append("</hyperlinks>")
        }
        out.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
                   + "header=\"0.3\" footer=\"0.3\"/>")
        out.append(pageSetup(sheet.page))
        if let markers = markers.rangeList {
            out.append("<ignoredErrors><ignoredError sqref=\"\(markers)\" numberStoredAsText=\"1\"/></ignoredErrors>")
        }
        if hasTable { out.append("<tableParts count=\"1\"><tablePart r:id=\"rId1\"/></tableParts>") }
        out.append("</worksheet>")
        try flush(out)
    }

    /// The rest of a text cell after its style: an inline string, or nothing for an empty text.
    static func inline(_ text: String, to out: inout ByteBuffer) {
        guard !text.isEmpty else { return out.append("\"/>") }
        out.append("\" t=\"inlineStr\"><is><t")
        if hasWhitespaceAtEnds(text) { out.append(" xml:space=\"preserve\"") }
        out.append(UInt8(ascii: ">"))
        appendCellText(text, to: &out)
        out.append("</t></is></c>")
    }

    /// Whether the first or the last character of a non-empty `text` is white space; most cells are
    /// told by their bytes (`startsAndEndsVisibleASCII`) without working out their characters.
    static func hasWhitespaceAtEnds(_ text: String) -> Bool {
        !text.startsAndEndsVisibleASCII && (text.first!.isWhitespace || text.last!.isWhitespace)
    }

    /// Text as XML; control characters, which XML cannot hold, as Excel's escapes (`_x0001_`).
    static func appendCellText(_ text: String, to out: inout ByteBuffer) {
        let text = XLSXLayout.literal(text)
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A }) else {
            return out.append(xmlEscaped: text)
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 && scalar.value != 0x09 && scalar.value != 0x0A {
                out.append("_x" + String(format: "%04X", scalar.value) + "_")
            } else {
                out.append(xmlEscaped: String(scalar))
            }
        }
    }

    /// The sheet's view: selected (the first sheet), with the frozen panes.
    static func view(_ freeze: Freeze?, selected: Bool) -> String {
        let open = "<sheetViews><sheetView" + (selected ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\""
        guard let freeze, freeze.rows > 0 || freeze.columns > 0 else { return open + "/></sheetViews>" }
        let corner = XLSXLayout.cellReference(row: freeze.rows, column: freeze.columns)
        let pane = freeze.rows == 0 ? "topRight" : freeze.columns == 0 ? "bottomLeft" : "bottomRight"
        return open + "><pane" + (freeze.columns > 0 ? " xSplit=\"\(freeze.columns)\"" : "")
            + (freeze.rows > 0 ? " ySplit=\"\(freeze.rows)\"" : "")
            + " topLeftCell=\"\(corner)\" activePane=\"\(pane)\" state=\"frozen\"/>"
            + "<selection pane=\"\(pane)\" activeCell=\"\(corner)\" sqref=\"\(corner)\"/></sheetView></sheetViews>"
    }

    /// A4, portrait or landscape, fitted to the pages the setup asks for.
    static func pageSetup(_ page: PageSetup) -> String {
        "<pageSetup paperSize=\"\(XLSXLayout.paperA4)\""
            + (page.pagesWide == 1 ? "" : " fitToWidth=\"\(page.pagesWide)\"")
            + (page.pagesTall == 1 ? "" : " fitToHeight=\"\(page.pagesTall)\"")
            + " orientation=\"\(page.landscape ? "landscape" : "portrait")\"/>"
    }

    /// The width stored for a column `width` characters wide, as Excel stores it: whole pixels of
    /// 7 per character and 5 of padding, in 256ths of a character.
    static func storedWidth(_ width: Double) -> String {
        let pixels = (width * 7 + 0.5).rounded(.down) + 5
        return PlainNumber.format(Exact(Int((pixels / 7 * 256).rounded(.down)), over: 256))
    }

    /// A sheet name in a formula or reference: quoted, a quote doubled.
    static func quotedSheet(_ name: String) -> String {
        "'" + name.replacing("'", with: "''") + "'"
    }

    /// The table object of a sheet, over all its columns.
    static func tablePart(_ table: TableObject, id: Int, columns: Int) -> String {
        let range = XLSXLayout.cellReference(row: table.headerRow, column: 0) + ":"
            + XLSXLayout.cellReference(row: table.lastRow, column: columns - 1)
        let names = table.headers.enumerated().map { index, header in
            var name = ByteBuffer()
            name.append(xmlAttribute: header)
            return "<tableColumn id=\"\(index + 1)\" name=\"\(name.text)\"/>"
        }
        return xmlHeader + "<table \(mainNamespace) id=\"\(id)\" name=\"\(table.name)\" displayName=\"\(table.name)\" "
            + "ref=\"\(range)\" totalsRowShown=\"0\"><autoFilter ref=\"\(range)\"/>"
            + "<tableColumns count=\"\(names.count)\">" + names.joined() + "</tableColumns>"
            + "<tableStyleInfo name=\"TableStyleLight1\" showFirstColumn=\"0\" showLastColumn=\"0\" "
            + "showRowStripes=\"1\" showColumnStripes=\"0\"/></table>"
    }

    // MARK: The workbook's parts

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    static let relationshipNamespace =
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    static func contentTypes(sheets: Int, tables: Int) -> String {
        let office = "application/vnd.openxmlformats-officedocument."
        func override(_ part: String, _ type: String) -> String {
            "<Override PartName=\"/\(part)\" ContentType=\"\(type)\"/>"
        }
        return xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + override("docProps/app.xml", office + "extended-properties+xml")
            + override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
            + override("docProps/custom.xml", office + "custom-properties+xml")
            + override("xl/styles.xml", office + "spreadsheetml.styles+xml")
            + override("xl/workbook.xml", office + "spreadsheetml.sheet.main+xml")
            + (1...max(sheets, 1)).map {
                override("xl/worksheets/sheet\($0).xml", office + "spreadsheetml.worksheet+xml")
            }.joined()
            + (0..<tables).map { override("xl/tables/table\($0 + 1).xml", office + "spreadsheetml.table+xml") }.joined()
            + "</Types>"
    }

    /// A relationships part: (type after the office namespace, target) numbered from rId1.
    static func relationships(_ targets: [(type: String, target: String)]) -> String {
        xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + targets.enumerated().map { index, target in
                let type = target.type.contains("/") ? target.type : officeRelationships + target.type
                return "<Relationship Id=\"rId\(index + 1)\" Type=\"\(type)\" Target=\"\(target.target)\"/>"
            }.joined()
            + "</Relationships>"
    }

    static let packageRelationships = relationships([
        ("officeDocument", "xl/workbook.xml"),
        ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("extended-properties", "docProps/app.xml"), ("custom-properties", "docProps/custom.xml"),
    ])

    static func workbookRelationships(sheets: Int) -> String {
        relationships((1...max(sheets, 1)).map { ("worksheet", "worksheets/sheet\($0).xml") }
                      + [("styles", "styles.xml")])
    }

    /// The sheets in order, and each table sheet's printed titles: the header row and the labels.
    static func workbook(_ sheets: [SheetLayout]) -> String {
        let names = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(ODSRenderer.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        let titles = sheets.enumerated().compactMap { index, sheet -> String? in
            let name = quotedSheet(sheet.name)
            let ranges = (sheet.page.repeatsLabels ? [name + "!$A:$A"] : [])
                + (sheet.page.repeatedRow.map { [name + "!$\($0 + 1):$\($0 + 1)"] } ?? [])
            guard !ranges.isEmpty else { return nil }
            return "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                + ODSRenderer.escape(ranges.joined(separator: ",")) + "</definedName>"
        }
        return xmlHeader + "<workbook \(mainNamespace) \(relationshipNamespace)><bookViews><workbookView/></bookViews>"
            + "<sheets>" + names.joined() + "</sheets>"
            + (titles.isEmpty ? "" : "<definedNames>" + titles.joined() + "</definedNames>")
            + "<calcPr fullCalcOnLoad=\"1\"/></workbook>"
    }

    /// The sheets' names and the organisation, as libxlsxwriter's workbook has them.
    static func application(_ sheets: [SheetLayout], company: String) -> String {
        let names = sheets.map { "<vt:lpstr>\(ODSRenderer.escape($0.name))</vt:lpstr>" }
        return xmlHeader
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>annex</Application><HeadingPairs><vt:vector size=\"2\" baseType=\"variant\">"
            + "<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
            + "<vt:variant><vt:i4>\(sheets.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
            + "<TitlesOfParts><vt:vector size=\"\(sheets.count)\" baseType=\"lpstr\">" + names.joined()
            + "</vt:vector></TitlesOfParts><Company>\(ODSRenderer.escape(company))</Company></Properties>"
    }

    /// Title, subject, author, keywords and source, as libxlsxwriter's workbook has them
    /// (`XLSXRenderer.setProperties`), created and modified at midnight UTC of the publication date.
    static func core(_ spec: ReportSpec, _ wording: Wording, created: CalendarDate) -> String {
        func element(_ name: String, _ text: String) -> String {
            text.isEmpty ? "" : "<\(name)>\(ODSRenderer.escape(text))</\(name)>"
        }
        let date = created.description + "T00:00:00Z"
        return xmlHeader + "<cp:coreProperties "
            + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + element("dc:title", wording.report.title)
            + element("dc:subject", wording(.documentSubject, ["id": spec.id]))
            + element("dc:creator", spec.author ?? "") + element("cp:keywords", wording(.documentKeywords))
            + element("dc:description", wording(.sourceLine, ["source": wording.report.source]))
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(date)</dcterms:modified></cp:coreProperties>"
    }

    /// The custom property 'Language' (the annex's language tag), as in libxlsxwriter's workbook.
    static func custom(_ wording: Wording) -> String {
        xmlHeader + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"Language\">"
            + "<vt:lpwstr>\(ODSRenderer.escape(wording(.languageTag)))</vt:lpwstr></property></Properties>"
    }

    /// The fonts, the cell formats of `textStyles`, the link and `numbers` (as
    /// `XLSXRenderer.Formats` makes them), every cell aligned to the top.
    static func stylesheet(_ numbers: [NumberCellStyle], shownAs shown: NumberStyle) -> String {
        let codes = numbers.enumerated().map { index, style in
            let code = XLSXLayout.numberFormat(style.format, status: style.status, nilMarker: shown.nilMarker,
                                               suffix: shown.suffix(style.status))
            return "<numFmt numFmtId=\"\(firstNumberFormat + index)\" formatCode=\"\(ODSRenderer.escape(code))\"/>"
        }
        // Fonts: 0 plain, 1 title, 2 bold, 3 link, 4 italic (an estimate).
        let font = "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        let fonts = ["<font>" + font, "<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font>",
                     "<font><b/>" + font, "<font><u/><color rgb=\"FF0563C1\"/>" + font, "<font><i/>" + font]
        func format(font: Int = 0, number: Int = 0, wrap: Bool = false, right: Bool = false) -> String {
            "<xf numFmtId=\"\(number)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                + (font > 0 ? " applyFont=\"1\"" : "") + (number > 0 ? " applyNumberFormat=\"1\"" : "")
                + " applyAlignment=\"1\"><alignment" + (right ? " horizontal=\"right\"" : "") + " vertical=\"top\""
                + (wrap ? " wrapText=\"1\"" : "") + "/></xf>"
        }
        let texts = textStyles.map { style -> String in
            switch style {
            case .plain: format()
            case .wrapped: format(wrap: true)
            case .title: format(font: 1)
            case .bold: format(font: 2)
            case .header, .label: format(font: 2, wrap: true)
            case .numberHeader: format(font: 2, wrap: true, right: true)
            case .marker: format(right: true)
            }
        }
        let formats = ["<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"] + texts
            + [format(font: 3)]
            + numbers.enumerated().map { format(font: $1.status == .estimated ? 4 : 0, number: firstNumberFormat + $0) }
        return xmlHeader + "<styleSheet \(mainNamespace)>"
            + (codes.isEmpty ? "" : "<numFmts count=\"\(codes.count)\">" + codes.joined() + "</numFmts>")
            + "<fonts count=\"\(fonts.count)\">" + fonts.joined() + "</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formats.count)\">" + formats.joined() + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }
}
