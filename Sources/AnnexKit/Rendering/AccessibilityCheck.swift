/// Checks the workbook layout against the rules for accessible statistical spreadsheets before
/// anything is written: every table sheet has a title and a source, no blank row inside a table,
/// sheet and table names are unique and valid, every marker used is explained on its sheet, and
/// every figure has a title and a text alternative, and no text is longer than a cell holds (a long
/// note is an error, never silently dropped). (Merged cells cannot occur: the layout has no way to
/// express them.)
public enum AccessibilityCheck {
    /// The problems, in Dutch; empty when the workbook may be written. `wording` says what the
    /// source lines, note references and marker explanations look like.
    static func problems(_ sheets: [SheetLayout], _ wording: Wording) -> [String] {
        var problems: [String] = []
        var names = Set<String>(), tableNames = Set<String>()
        let notesSheet = wording(.sheetNotes)
        let reference = wording.phrases.text(.noteReference, ["number": "\u{0}"]).components(separatedBy: "\u{0}")
        let sourcePrefix = wording(.sourceLine, ["source": ""])
        // Notes: every note a table sheet refers to is on the notes sheet, and every note there is referred to.
        func references(_ sheet: SheetLayout) -> Set<String> {
            Set(texts(sheet).flatMap { text -> [String] in
                text.components(separatedBy: reference[0]).dropFirst().compactMap { rest in
                    guard let end = rest.range(of: reference[1]), rest[..<end.lowerBound].allSatisfy(\.isNumber) else { return nil }
                    return reference[0] + rest[..<end.lowerBound] + reference[1]
                }
            })
        }
        let referred = sheets.filter { $0.name != notesSheet }.reduce(into: Set<String>()) { $0.formUnion(references($1)) }
        let defined = Set(sheets.filter { $0.name == notesSheet }.flatMap { sheet in
            sheet.rows.dropFirst(2).compactMap { row -> String? in
                if case .text(let text, _)? = row.first { return text }
                return nil
            }
        })
        for note in referred.subtracting(defined).sorted() {
            problems.append("\(note) wordt gebruikt maar staat niet op het werkblad \(notesSheet)")
        }
        for note in defined.subtracting(referred).sorted() {
            problems.append("\(note) staat op het werkblad \(notesSheet) maar wordt nergens gebruikt")
        }
        for sheet in sheets {
            let place = "werkblad '\(sheet.name)'"
            if let problem = SheetName.problem(sheet.name) { problems.append("\(place): \(problem)") }
            problems += tooLong(sheet).map {
                "\(place), cel \($0.cell): tekst van \(LoadError.grouped($0.length)) tekens; "
                    + "een werkbladcel houdt er hoogstens \(LoadError.grouped(SheetCell.maximumTextLength))"
            }
            if !names.insert(sheet.name.lowercased()).inserted { problems.append("\(place): naam komt twee keer voor") }
            if sheet.figure?.description.isEmpty == true { problems.append("\(place): figuur zonder tekstalternatief") }
            let hasTitle = {
                if case .text(let title, .title)? = sheet.rows.first?.first { !title.isEmpty } else { false }
            }()
            if (sheet.table != nil || sheet.figure != nil) && !hasTitle {
                problems.append("\(place): geen titel in A1")
            }
            guard let table = sheet.table else { continue }
            if !tableNames.insert(table.name.lowercased()).inserted { problems.append("\(place): tabelnaam '\(table.name)' komt twee keer voor") }
            let texts = texts(sheet)
            if sheet.name != wording(.sheetContents) && sheet.name != notesSheet
                && !texts.contains(where: { $0.hasPrefix(sourcePrefix) && $0.count > sourcePrefix.count }) {
                problems.append("\(place): geen bronregel")
            }
            for row in (table.headerRow + 1)...max(table.headerRow + 1, table.lastRow) where row < sheet.rows.count {
                if sheet.rows[row].allSatisfy({ $0 == nil }) { problems.append("\(place): lege rij \(row + 1) in de tabel") }
            }
            let hasNil = sheet.rows[(table.headerRow + 1)...].contains { $0.contains(.number(0, .count, .ok)) }
            if hasNil && !texts.contains(wording.nilLine) {
                problems.append("\(place): teken '\(wording.numbers.nilMarker)' (nihil) wordt gebruikt maar niet uitgelegd")
            }
            for status in [Status.missing, .suppressed, .notComparable] {
                let marker = wording.numbers.marker(status)
                let used = sheet.rows[(table.headerRow + 1)...].contains { $0.contains(.text(marker, .marker)) }
                if used && !texts.contains(wording.markerLine(status)) {
                    problems.append("\(place): teken '\(marker)' wordt gebruikt maar niet uitgelegd")
                }
            }
        }
        return problems
    }

    /// The cells whose text is longer than a worksheet cell holds.
    private static func tooLong(_ sheet: SheetLayout) -> [(cell: String, length: Int)] {
        sheet.rows.enumerated().flatMap { row, cells in
            cells.enumerated().compactMap { column, cell -> (cell: String, length: Int)? in
                let text: String
                switch cell {
                case .text(let value, _)?, .link(let value, _)?: text = value
                case .number?, nil: return nil
                }
                let length = text.utf16.count
                guard length > SheetCell.maximumTextLength else { return nil }
                return (XLSXLayout.cellReference(row: row, column: column), length)
            }
        }
    }

    private static func texts(_ sheet: SheetLayout) -> [String] {
        sheet.rows.flatMap { $0 }.compactMap { cell -> String? in
            if case .text(let text, _)? = cell { return text }
            return nil
        }
    }

    /// The sheets of a report's workbooks, checked; throws with every problem found.
    static func check(_ sheets: [SheetLayout], _ wording: Wording, report: String) throws {
        let found = problems(sheets, wording)
        if !found.isEmpty {
            throw LoadErrors(found.map { LoadError(file: report, .invalidSpec(reason: "toegankelijkheid: " + $0)) })
        }
    }
}

/// The sheets of a report's workbooks, in order: cover, contents, notes, one per table, one per
/// figure. Laid out once per build, checked, and written by both workbook renderers.
func workbookSheets(_ report: ComputedReport, _ wording: Wording) -> [SheetLayout] {
    let words = FigureWording(wording, report: report)
    return [SheetLayout.cover(report.spec, wording), SheetLayout.contents(report, wording)]
        + (SheetLayout.notes(report, wording).map { [$0] } ?? [])
        + report.tables.map { SheetLayout($0, wording) }
        + report.charts.map { SheetLayout(figure: $0, words) }
}
