/// The form of a data file, by its extension.
enum InputFormat: Equatable {
    /// Comma, semicolon or tab separated text (any extension that is not a workbook's).
    case csv
    /// An Office Open XML workbook (`.xlsx`, or `.xlsm` with macros, which are not run).
    case workbook
    /// A spreadsheet format that is not read: old Excel (`.xls`, `.xlsb`), OpenDocument, Numbers.
    case unsupported(String)

    static let unsupportedExtensions: Set<String> = ["xls", "xlsb", "ods", "numbers"]

    init(path: String) {
        let ext = path.split(separator: "/").last?.split(separator: ".", omittingEmptySubsequences: false)
            .dropFirst().last.map { $0.lowercased() } ?? ""
        if ext == "xlsx" || ext == "xlsm" {
            self = .workbook
        } else if Self.unsupportedExtensions.contains(ext) {
            self = .unsupported(ext)
        } else {
            self = .csv
        }
    }
}
