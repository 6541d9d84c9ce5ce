/// Checks the workbook layout against the rules for accessible statistical spreadsheets before
/// anything is written: every table sheet has a title and a source, no blank row inside a table,
/// sheet and table names are unique and valid, so are the column headings of a table (Excel repairs
/// a table object with two alike), every table starts within the first 8 rows, every
/// sign used is named above its table and explained on the cover, every figure has a title and a
/// text alternative, and no text is longer than a cell holds (a long note is an error, never
/// silently dropped). (Merged cells cannot occur: the layout has no way to express them.)
public enum AccessibilityCheck {
    /// A table starts within the first 8 rows of its sheet: only its title and a few lines stand above it.
    static let maximumHeaderRow = 8

    /// The problems; empty when the workbook may be written. `wording` says what the source
    /// lines, note references and sign explanations look like.
    static func problems(_ sheets: [SheetLayout], _ wording: Wording) -> [MessageText] {
        var problems: [MessageText] = []
        var names = Set<String>(), tableNames = Set<String>()
        let notesSheet = wording(.sheetNotes), coverSheet = wording(.sheetCover)
        let withoutSource: Set<String> = [wording(.sheetContents), notesSheet, wording(.sheetMethods)]
        let reference = noteReference(wording)
        let sourcePrefix = wording(.sourceLine, ["source": ""])
        // Notes: every note a table sheet refers to is on the notes sheet, and every note there is referred to.
        let scans = sheets.map { scan($0, wording, reference: reference) }
        let referred = zip(sheets, scans).filter { $0.0.name != notesSheet }.reduce(into: Set<String>()) {
            $0.formUnion($1.1.references)
        }
        let defined = Set(sheets.filter { $0.name == notesSheet }.flatMap { sheet in
            sheet.rows.dropFirst(2).compactMap { row -> String? in
                if case .text(let text, _)? = row.first { return text }
                return nil
            }
        })
        for note in referred.subtracting(defined).sorted() {
            problems.append(MessageText(.accessNoteMissing, ["note": "\(note)", "sheet": "\(notesSheet)"]))
        }
        for note in defined.subtracting(referred).sorted() {
            problems.append(MessageText(.accessNoteUnused, ["note": "\(note)", "sheet": "\(notesSheet)"]))
        }
        let explained = texts(sheets.first { $0.name == coverSheet }?.rows ?? SheetRows([])).joined(separator: "\n")
        for (sheet, scan) in zip(sheets, scans) {
            func problem(_ message: Message, _ values: [String: MessageText.Value] = [:]) {
                let found = MessageText(message, values)
                problems.append(MessageText(.accessOnSheet, ["sheet": "\(sheet.name)", "problem": .message(found)]))
            }
            if let reason = SheetName.problem(sheet.name) { problem(.accessSheetName, ["problem": .message(reason)]) }
            for (cell, length) in scan.tooLong {
                problems.append(MessageText(.accessTooLong, ["sheet": "\(sheet.name)", "cell": "\(cell)",
                                                             "length": .number(length),
                                                             "limit": .number(SheetCell.maximumTextLength)]))
            }
            if !names.insert(sheet.name.lowercased()).inserted { problem(.accessDuplicateSheet) }
            if sheet.figure?.description.isEmpty == true { problem(.accessNoAlternative) }
            let hasTitle = {
                if case .text(let title, .title)? = sheet.rows.first?.first { !title.isEmpty } else { false }
            }()
            if (sheet.table != nil || sheet.figure != nil) && !hasTitle {
                problem(.accessNoTitle)
            }
            guard let table = sheet.table else { continue }
            if !tableNames.insert(table.name.lowercased()).inserted {
                problem(.accessDuplicateTable, ["table": "\(table.name)"])
            }
            var columns = Set<String>()
            for column in table.headers where !columns.insert(column.lowercased()).inserted {
                problem(.accessDuplicateColumn, ["column": "\(column)"])
            }
            let above = texts(sheet.rows[..<table.headerRow])
            let hasSource = above.contains { $0.hasPrefix(sourcePrefix) && $0.count > sourcePrefix.count }
            if !withoutSource.contains(sheet.name) && !hasSource {
                problem(.accessNoSource)
            }
            if table.headerRow >= maximumHeaderRow {
                problem(.accessHeaderRow, ["row": .number(table.headerRow + 1), "limit": .number(maximumHeaderRow)])
            }
            for row in scan.blankRows { problem(.accessBlankRow, ["row": .number(row + 1)]) }
            for symbol in Symbol.allCases where scan.symbols.contains(symbol) {
                let sign = wording.sign(symbol)
                if !above.contains(where: { $0.contains(wording.item(symbol)) }) {
                    problem(.accessSignNotNamed, ["sign": "\(sign)"])
                }
                if !explained.contains(wording.explanation(symbol)) {
                    problem(.accessSignNotExplained, ["sign": "\(sign)", "sheet": "\(coverSheet)"])
                }
            }
        }
        return problems
    }

    /// A note reference's text before and after its number ('(' and ')').
    static func noteReference(_ wording: Wording) -> [String] {
        wording.phrases.text(.noteReference, ["number": "\u{0}"]).components(separatedBy: "\u{0}")
    }

    /// Scans `sheet`: the rows laid out in advance here, those of its table as scanned when it was laid out.
    private static func scan(_ sheet: SheetLayout, _ wording: Wording, reference: [String]) -> SheetScan {
        var scan = SheetScan()
        for (row, cells) in sheet.rows[..<sheet.rows.headCount].enumerated() {
            scan.add(cells, row: row, table: sheet.table, wording, reference: reference)
        }
        scan.append(sheet.bodyScan)
        return scan
    }

    /// The note references in `text`: the reference's opening, a number, its closing.
    static func references(_ text: String, _ reference: [String]) -> [String] {
        text.components(separatedBy: reference[0]).dropFirst().compactMap { rest in
            guard let end = rest.range(of: reference[1]), rest[..<end.lowerBound].allSatisfy(\.isNumber)
            else { return nil }
            return reference[0] + rest[..<end.lowerBound] + reference[1]
        }
    }

    /// The texts of `rows`, read as they are asked for (a table's rows are made one at a time).
    private static func texts(_ rows: some Sequence<[SheetCell?]>) -> some Sequence<String> {
        rows.lazy.joined().compactMap { cell -> String? in
            if case .text(let text, _)? = cell { return text }
            return nil
        }
    }

    /// The sheets of a report's workbooks, checked; throws with every problem found.
    static func check(_ sheets: [SheetLayout], _ wording: Wording, report: String) throws {
        let found = problems(sheets, wording)
        if !found.isEmpty {
            throw LoadErrors(found.map {
                LoadError(file: report, .invalidSpec(reason: MessageText(.accessProblem, ["problem": .message($0)])))
            })
        }
    }
}

/// The sheets of a report's workbooks, in order: cover, contents, notes, one per table, one per
/// figure. Laid out once per build, checked, and written by both workbook renderers.
func workbookSheets(_ report: ComputedReport, _ wording: Wording) -> [SheetLayout] {
    workbookSheets(report, wording, methods: Methods(report, wording))
}

/// The sheets of a report's workbooks, with its methods made before.
func workbookSheets(_ report: ComputedReport, _ wording: Wording, methods: Methods) -> [SheetLayout] {
    let words = FigureWording(wording, report: report)
    return [SheetLayout.cover(report, wording), SheetLayout.contents(report, wording, methods: methods)]
        + [SheetLayout.notes(report, wording), SheetLayout.methods(methods, wording)].compactMap { $0 }
        + report.tables.map { SheetLayout($0, wording, methods: methods) }
        + report.charts.map { SheetLayout(figure: $0, words) }
}
