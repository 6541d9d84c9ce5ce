/// The parts of an ODS workbook that say how its sheets print and what stays in view: page layouts
/// and master pages (`styles.xml`, one per page setup the sheets use) and the frozen panes and
/// active sheet (`settings.xml`), from the same `SheetLayout`s as the XLSX.
extension ODSRenderer {
    /// A4 in centimetres, and the margins of the XLSX (0,7 inch at the sides, 0,75 at top and bottom).
    static let pageWidth = "21cm", pageHeight = "29.7cm", sideMargin = "1.778cm", endMargin = "1.905cm"

    /// The name of a page setup's master page: 'landscape-2x0' is landscape, fitted to 2 pages across.
    static func pageName(_ page: PageSetup) -> String {
        (page.landscape ? "landscape" : "portrait") + "-\(page.pagesWide)x\(page.pagesTall)"
    }

    /// The page setups of `sheets` by name, once each, in order of name. Setups that differ only in
    /// what they repeat share a page layout: repeated rows and columns are part of a sheet.
    static func pages(_ sheets: [SheetLayout]) -> [(name: String, page: PageSetup)] {
        var pages: [String: PageSetup] = [:]
        for sheet in sheets where pages[pageName(sheet.page)] == nil { pages[pageName(sheet.page)] = sheet.page }
        return pages.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// `styles.xml`: cells aligned to the top (as in the XLSX, so that a cell beside wrapped text
    /// starts on its first line); a page layout and a master page per page setup; no header or footer.
    static func styles(_ sheets: [SheetLayout]) -> String {
        var layouts = "", masters = ""
        for (name, page) in pages(sheets) {
            let (width, height) = page.landscape ? (pageHeight, pageWidth) : (pageWidth, pageHeight)
            // One page for the cover; else fitted to the pages across, as many down as needed.
            let scale = page.pagesTall == 1 && page.pagesWide == 1 ? "style:scale-to-pages=\"1\""
                : "style:scale-to-X=\"\(page.pagesWide)\" style:scale-to-Y=\"\(page.pagesTall)\""
            layouts += "<style:page-layout style:name=\"pm-\(name)\"><style:page-layout-properties "
                + "fo:page-width=\"\(width)\" fo:page-height=\"\(height)\" style:print-orientation=\""
                + (page.landscape ? "landscape" : "portrait") + "\" fo:margin-left=\"\(sideMargin)\" "
                + "fo:margin-right=\"\(sideMargin)\" fo:margin-top=\"\(endMargin)\" fo:margin-bottom=\"\(endMargin)\" "
                + "\(scale) style:print-page-order=\"ttb\"/></style:page-layout>"
            masters += "<style:master-page style:name=\"\(name)\" style:page-layout-name=\"pm-\(name)\">"
                + "<style:header style:display=\"false\"/><style:footer style:display=\"false\"/></style:master-page>"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(namespaces)><office:styles><style:default-style style:family="table-cell">\
        <style:table-cell-properties style:vertical-align="top"/></style:default-style></office:styles>\
        <office:automatic-styles>\(layouts)</office:automatic-styles>\
        <office:master-styles>\(masters)</office:master-styles></office:document-styles>

        """
    }

    /// `settings.xml`: the first sheet active, and per sheet the frozen rows and columns.
    static func settings(_ sheets: [SheetLayout]) -> String {
        func item(_ name: String, _ type: String, _ value: String) -> String {
            "<config:config-item config:name=\"\(name)\" config:type=\"\(type)\">\(escape(value))</config:config-item>"
        }
        var tables = ""
        for sheet in sheets {
            guard let freeze = sheet.freeze else { continue }
            tables += "<config:config-item-map-entry config:name=\"\(escape(sheet.name))\">"
                + item("HorizontalSplitMode", "short", freeze.columns > 0 ? "2" : "0")
                + item("VerticalSplitMode", "short", freeze.rows > 0 ? "2" : "0")
                + item("HorizontalSplitPosition", "int", String(freeze.columns))
                + item("VerticalSplitPosition", "int", String(freeze.rows))
                + item("ActiveSplitRange", "short", "2")
                + item("PositionLeft", "int", "0") + item("PositionRight", "int", String(freeze.columns))
                + item("PositionTop", "int", "0") + item("PositionBottom", "int", String(freeze.rows))
                + "</config:config-item-map-entry>"
        }
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-settings \(namespaces)><office:settings>\
        <config:config-item-set config:name="ooo:view-settings">\
        <config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>\
        \(item("ViewId", "string", "view1"))\
        <config:config-item-map-named config:name="Tables">\(tables)</config:config-item-map-named>\
        \(item("ActiveTable", "string", sheets.first?.name ?? ""))\
        </config:config-item-map-entry></config:config-item-map-indexed>\
        </config:config-item-set></office:settings></office:document-settings>

        """
    }
}
