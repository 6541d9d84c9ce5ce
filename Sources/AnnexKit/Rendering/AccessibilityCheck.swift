/// Checks the workbook layout against the rules for accessible statistical spreadsheets before
/// anything is written: every table sheet has a title and a source, no blank row inside a table,
/// sheet and table names are unique and valid, and every marker used is explained on its sheet.
/// (Merged cells cannot occur: the layout has no way to express them.)
public enum AccessibilityCheck {
    /// The problems, in Dutch; empty when the workbook may be written.
    static func problems(_ sheets: [SheetLayout]) -> [String] {
        var problems: [String] = []
        var names = Set<String>(), tableNames = Set<String>()
        // Notes: every '[noot N]' a table sheet refers to is on the notes sheet, and every note there is referred to.
        func references(_ sheet: SheetLayout) -> Set<String> {
            Set(sheet.rows.flatMap { $0 }.flatMap { cell -> [String] in
                guard case .text(let text, _)? = cell, text.hasPrefix("Noten: ") else { return [] }
                return text.components(separatedBy: "[noot ").dropFirst().map { "[noot " + $0.prefix { $0 != "]" } + "]" }
            })
        }
        let referred = sheets.filter { $0.name != SheetLayout.notesName }.reduce(into: Set<String>()) { $0.formUnion(references($1)) }
        let defined = Set(sheets.filter { $0.name == SheetLayout.notesName }.flatMap { sheet in
            sheet.rows.dropFirst(2).compactMap { row -> String? in
                if case .text(let text, _)? = row.first { return text }
                return nil
            }
        })
        for note in referred.subtracting(defined).sorted() { problems.append("\(note) wordt gebruikt maar staat niet op het werkblad Noten") }
        for note in defined.subtracting(referred).sorted() { problems.append("\(note) staat op het werkblad Noten maar wordt nergens gebruikt") }
        for sheet in sheets {
            let place = "werkblad '\(sheet.name)'"
            if sheet.name.isEmpty || sheet.name.count > 31 || sheet.name.contains(where: { "[]:*?/\\".contains($0) }) {
                problems.append("\(place): naam is leeg, langer dan 31 tekens of bevat []:*?/\\")
            }
            if !names.insert(sheet.name.lowercased()).inserted { problems.append("\(place): naam komt twee keer voor") }
            guard let table = sheet.table else { continue }
            if !tableNames.insert(table.name.lowercased()).inserted { problems.append("\(place): tabelnaam '\(table.name)' komt twee keer voor") }
            let texts = sheet.rows.flatMap { $0 }.compactMap { cell -> String? in
                if case .text(let text, _)? = cell { return text }
                return nil
            }
            if case .text(let title, .title)? = sheet.rows.first?.first, !title.isEmpty {} else {
                problems.append("\(place): geen titel in A1")
            }
            if sheet.name != SheetLayout.contentsName && !texts.contains(where: { $0.hasPrefix("Bron: ") && $0.count > 6 }) {
                problems.append("\(place): geen bronregel")
            }
            for row in (table.headerRow + 1)...max(table.headerRow + 1, table.lastRow) where row < sheet.rows.count {
                if sheet.rows[row].allSatisfy({ $0 == nil }) { problems.append("\(place): lege rij \(row + 1) in de tabel") }
            }
            for status in [Status.missing, .suppressed, .notComparable] {
                let marker = DutchFormat.marker(status)
                let used = sheet.rows[(table.headerRow + 1)...].contains { $0.contains(.text(marker, .marker)) }
                if used && !texts.contains("Teken: " + DutchFormat.markerExplanation(status)) {
                    problems.append("\(place): teken '\(marker)' wordt gebruikt maar niet uitgelegd")
                }
            }
        }
        return problems
    }

    /// The sheets of a report's workbooks, checked; throws with every problem found.
    public static func check(_ report: ComputedReport) throws {
        let found = problems(workbookSheets(report))
        if !found.isEmpty {
            throw LoadErrors(found.map { LoadError(file: report.spec.id, .invalidSpec(reason: "toegankelijkheid: " + $0)) })
        }
    }
}

/// The sheets of a report's workbooks, in order: cover, contents, one per table.
func workbookSheets(_ report: ComputedReport) -> [SheetLayout] {
    [SheetLayout.cover(report.spec), SheetLayout.contents(report)] + (SheetLayout.notes(report).map { [$0] } ?? [])
        + report.tables.map(SheetLayout.init)
}
