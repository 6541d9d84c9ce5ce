import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation

/// Reads back what the tests need from an XLSX file: sheets, cells with type, value and number
/// format, plus raw parts for structural checks. Test support only.
struct XLSXReader {
    struct Cell: Equatable {
        /// `n` for a number, `inlineStr` or `s` for text.
        let type: String
        let text: String
        let style: Int

        var number: Double? { type == "n" ? Double(text) : nil }
    }

    let archive: Archive

    init(path: String) throws {
        archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    }

    func part(_ name: String) throws -> String {
        guard let entry = archive[name] else { throw CocoaError(.fileNoSuchFile) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `parser`; a part that is not well-formed XML fails the test that reads it.
    static func parse(_ parser: XMLParser) throws {
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    /// Sheet names in workbook order.
    func sheetNames() throws -> [String] {
        try elements(in: part("xl/workbook.xml"), named: "sheet").compactMap { $0["name"] }
    }

    /// Cells of the n-th sheet (1-based) by reference such as "C5"; shared strings resolved.
    func cells(sheet: Int) throws -> [String: Cell] {
        let parser = CellParser()
        let xml = XMLParser(data: Data(try part("xl/worksheets/sheet\(sheet).xml").utf8))
        xml.delegate = parser
        try Self.parse(xml)
        let strings = try sharedStrings()
        return parser.cells.mapValues { cell in
            guard cell.type == "s", let index = Int(cell.text), index < strings.count else { return cell }
            return Cell(type: "s", text: strings[index], style: cell.style)
        }
    }

    /// Cells of the sheet called `name`.
    func cells(named name: String) throws -> [String: Cell] {
        try cells(sheet: try #require(try sheetNames().firstIndex(of: name)) + 1)
    }

    /// The XML of the sheet called `name`.
    func sheetXML(named name: String) throws -> String {
        try part("xl/worksheets/sheet\(try #require(try sheetNames().firstIndex(of: name)) + 1).xml")
    }

    /// The shared string table, in order.
    func sharedStrings() throws -> [String] {
        guard archive["xl/sharedStrings.xml"] != nil else { return [] }
        final class Collector: NSObject, XMLParserDelegate {
            var strings: [String] = []
            private var inItem = false, inText = false
            func parser(
                _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if element == "si" { strings.append(""); inItem = true }
                if element == "t" && inItem { inText = true }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if inText { strings[strings.count - 1] += string }
            }
            func parser(
                _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
            ) {
                if element == "t" { inText = false }
                if element == "si" { inItem = false }
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data(try part("xl/sharedStrings.xml").utf8))
        parser.delegate = collector
        try Self.parse(parser)
        return collector.strings
    }

    /// Number format code per cell style index (`General` where none is set).
    func numberFormats() throws -> [String] {
        let styles = try part("xl/styles.xml")
        var codes: [String: String] = ["0": "General", "3": "#,##0", "9": "0%", "10": "0.00%"]
        for format in try elements(in: styles, named: "numFmt") {
            if let id = format["numFmtId"], let code = format["formatCode"] { codes[id] = code }
        }
        guard let start = styles.range(of: "<cellXfs"), let end = styles.range(of: "</cellXfs>") else { return [] }
        let xfs = try elements(in: String(styles[start.lowerBound..<end.upperBound]), named: "xf")
        return xfs.map { codes[$0["numFmtId"] ?? "0"] ?? "?" }
    }

    /// Whether the cell style at `index` uses a bold font.
    func isBold(style index: Int) throws -> Bool { try font(style: index).contains("<b/>") }

    /// Whether the cell style at `index` uses an italic font.
    func isItalic(style index: Int) throws -> Bool { try font(style: index).contains("<i/>") }

    /// The XML of the font of cell style `index`.
    private func font(style index: Int) throws -> String {
        let styles = try part("xl/styles.xml")
        guard let start = styles.range(of: "<cellXfs"), let end = styles.range(of: "</cellXfs>"),
            let fontsStart = styles.range(of: "<fonts"), let fontsEnd = styles.range(of: "</fonts>")
        else { return "" }
        let xf = try elements(in: String(styles[start.lowerBound..<end.upperBound]), named: "xf")[index]
        let fonts = String(styles[fontsStart.lowerBound..<fontsEnd.upperBound]).components(separatedBy: "<font>")
            .dropFirst()
        let fontIndex = Int(xf["fontId"] ?? "0") ?? 0
        return fonts.dropFirst(fontIndex).first ?? ""
    }

    /// Attributes of every element `name` in `xml`.
    func elements(in xml: String, named name: String) throws -> [[String: String]] {
        let parser = AttributeCollector(name: name)
        let xml = XMLParser(data: Data(xml.utf8))
        xml.delegate = parser
        try Self.parse(xml)
        return parser.found
    }

    private final class AttributeCollector: NSObject, XMLParserDelegate {
        let name: String
        var found: [[String: String]] = []
        init(name: String) { self.name = name }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if element == name { found.append(attributes) }
        }
    }

    private final class CellParser: NSObject, XMLParserDelegate {
        var cells: [String: Cell] = [:]
        private var reference = "", type = "", style = 0, text = "", inText = false

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch element {
            case "c":
                reference = attributes["r"] ?? ""
                type = attributes["t"] ?? "n"
                style = Int(attributes["s"] ?? "0") ?? 0
                text = ""
            case "v", "t": inText = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "v", "t": inText = false
            case "c": cells[reference] = Cell(type: type, text: text, style: style)
            default: break
            }
        }
    }
}
