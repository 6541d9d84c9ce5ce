import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One worksheet of an XLSX workbook as rows of cells, the way Excel shows it: shared and inline
/// strings resolved, numbers as stored, a formula by its computed value, and the value of a merged
/// text range (a title over several columns, a year over its measures) in every cell of the range.
/// Styles are not read: they do not change a value.
struct XLSXWorksheet {
    /// Most cells a worksheet may expand to (filled merged ranges included).
    static let maximumCells = 5_000_000

    let name: String
    /// The names of every sheet in the workbook, in order.
    let sheetNames: [String]
    let rows: [InputRow]

    /// Reads the sheet `choice` (the first when nil) of the workbook at `path`.
    init(path: String, file: String, choice: SheetChoice?) throws {
        let archive = try XLSXArchive(path: path, file: file)
        let sheets = XMLElementCollector(name: "sheet")
        try archive.parse("xl/workbook.xml", with: sheets)
        let relations = XMLElementCollector(name: "Relationship")
        try archive.parse("xl/_rels/workbook.xml.rels", with: relations)
        let named = sheets.found.filter { $0["name"] != nil }
        sheetNames = named.map { $0["name"]! }
        let index: Int?
        switch choice {
        case nil: index = sheetNames.isEmpty ? nil : 0
        case .name(let wanted):
            index = sheetNames.firstIndex(of: wanted)
                ?? sheetNames.firstIndex { $0.lowercased() == wanted.lowercased() }
        case .number(let number): index = sheetNames.indices.contains(number - 1) ? number - 1 : nil
        }
        guard let index else {
            let problem = LoadError.Problem.unknownSheet(choice: choice?.description ?? "1", sheets: sheetNames)
            throw LoadErrors([LoadError(file: file, problem)])
        }
        name = sheetNames[index]
        func target(_ relation: [String: String]?) -> String? {
            guard let target = relation?["Target"] else { return nil }
            return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        let relationID = named[index].first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value
        guard let sheetPath = target(relations.found.first { $0["Id"] == relationID }) else {
            throw LoadErrors([
                LoadError(
                    file: file, .notAWorkbook(reason: MessageText(.workbookSheetWithoutPart, ["sheet": "\(name)"])))
            ])
        }
        var strings: [String] = []
        if let stringsPath = target(relations.found.first { $0["Type"]?.hasSuffix("/sharedStrings") == true }),
           archive.contains(stringsPath) {
            let reader = XLSXSharedStringsReader()
            try archive.parse(stringsPath, with: reader)
            strings = reader.strings
        }
        let reader = XLSXSheetReader(strings: strings)
        try archive.parse(sheetPath, with: reader)
        rows = try reader.rows(file: file)
    }
}
