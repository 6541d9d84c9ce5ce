/// Where a figure comes from: the source document, the table in it and the location.
public struct Provenance: Sendable, Hashable {
    /// Short citation of the source document.
    public let source: String
    /// Table or paragraph within the source, e.g. "Tabel 1" or "§2.1.2 (tekst)".
    public let table: String
    /// Line in the source text, when known.
    public let line: Int?
    /// Evidence of a correction applied to the published value, if any.
    public let correction: String?

    public init(source: String, table: String, line: Int?, correction: String? = nil) {
        self.source = source
        self.table = table
        self.line = line
        self.correction = correction
    }

    /// One line for `figures.csv`: "source, table, r. 880".
    public var citation: String {
        var parts = [source, table]
        if let line { parts.append("r. \(line)") }
        var text = parts.filter { !$0.isEmpty }.joined(separator: ", ")
        if let correction { text += "; gecorrigeerd: \(correction)" }
        return text
    }
}
