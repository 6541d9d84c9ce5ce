/// Writes RFC 4180 CSV: CRLF line ends, fields quoted only when they contain a comma, quote or line break.
///
/// Every CSV annex writes goes through here (`tables/*.csv`, `figures.csv`, `verify --format csv`),
/// so every one is safe to open in a spreadsheet: a text field that starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return would be read as a formula (`=HYPERLINK(…)` becomes a live link), so
/// it gets a `'` in front, as OWASP recommends. A number stays a number: `-30.9` is not text.
public struct CSVWriter {
    public private(set) var text = ""

    public init() {}

    public mutating func row(_ fields: [String]) {
        text += fields.map { Self.quote(Self.neutralise($0)) }.joined(separator: ",") + "\r\n"
    }

    /// `field` with a `'` before it when a spreadsheet would take it for a formula.
    static func neutralise(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
        return isPlainNumber(field) ? field : "'" + field
    }

    /// `-8738`, `-30.900178662258393`: an optional minus, digits and at most one decimal point.
    static func isPlainNumber(_ field: String) -> Bool {
        let digits = field.hasPrefix("-") ? field.utf8.dropFirst() : field.utf8[...]
        let parts = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let digit = UInt8(ascii: "0")...UInt8(ascii: "9")
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(digit.contains) }
    }

    static func quote(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
