/// Excel's limit on the rows of a worksheet (`Limits.worksheetRows`): a table sheet with more rows,
/// header rows and total included, cannot go into an XLSX workbook; the CSV tables and the pages hold it.
enum WorksheetRows {
    /// Throws for the first sheet with more rows than the limit, naming the workbook `path`, the
    /// sheet, its rows and the limit; checked before anything of the build is written.
    static func check(_ sheets: [SheetLayout], workbook path: String) throws {
        let limit = Limits.current.worksheetRows
        guard let sheet = sheets.first(where: { $0.rows.count > limit }) else { return }
        throw XLSXError(path: path, .xlsxTooManyRows,
                        ["sheet": "\(sheet.name)", "rows": .number(sheet.rows.count), "limit": .number(limit)])
    }
}
