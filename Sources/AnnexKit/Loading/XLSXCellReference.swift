/// A cell reference such as `C5`: 0-based column, 1-based row.
struct CellReference: Equatable {
    static let maximumColumns = 16_384
    static let maximumRows = 1_048_576

    let column: Int
    let row: Int

    /// `C5`, or nil when it is no reference within Excel's bounds.
    init?(_ text: Substring) {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        guard !letters.isEmpty, letters.count <= 3, let row = Int(text.dropFirst(letters.count)),
              (1...Self.maximumRows).contains(row) else { return nil }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        guard column <= Self.maximumColumns else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// `A1:E1` as its first and last cell.
    static func range(_ text: String) -> (CellReference, CellReference)? {
        let ends = text.split(separator: ":")
        guard ends.count == 2, let first = CellReference(ends[0]), let last = CellReference(ends[1]) else { return nil }
        return (first, last)
    }
}
