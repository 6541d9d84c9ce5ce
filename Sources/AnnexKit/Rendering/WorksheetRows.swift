/// The rows a worksheet holds: Excel's (`Limits.worksheetRows`) in an XLSX workbook, LibreOffice's
/// (`Limits.odsSheetRows`) in an ODS. A table sheet with more rows, header rows and total
/// included, cannot go into that workbook; the CSV tables and the pages hold it.
enum WorksheetRows {
    /// Throws for the first sheet with more rows than the limit of `format` (`.xlsx` or `.ods`),
    /// naming the workbook `path`, the sheet, its rows and the limit; checked before anything of
    /// the build is written.
    static func check(_ sheets: [SheetLayout], workbook path: String, format: OutputFormat) throws {
        let limit = format == .ods ? Limits.current.odsSheetRows : Limits.current.worksheetRows
        guard let sheet = sheets.first(where: { $0.rows.count > limit }) else { return }
        let values: [String: MessageText.Value] = ["sheet": "\(sheet.name)", "rows": .number(sheet.rows.count),
                                                   "limit": .number(limit)]
        if format == .ods { throw ODSError(path: path, .odsTooManyRows, values) }
        throw XLSXError(path: path, .xlsxTooManyRows, values)
    }
}
