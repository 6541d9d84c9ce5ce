/// Where a figure comes from: the source document, the part of it (table, paragraph) and the line
/// of its extracted text; how it was derived from that, if it was; and the correction applied to it.
/// Researchers read this in `figures.csv`; readers see citations by section and page instead
/// (`Wording.citation`).
public struct Provenance: Sendable, Hashable {
    /// A correction of the published figure: the evidence, and the lines of the source's extracted
    /// text it rests on.
    public struct Correction: Sendable, Hashable {
        public let evidence: String
        public let lines: [Int]

        public init(evidence: String, lines: [Int] = []) {
            self.evidence = evidence
            self.lines = lines
        }
    }

    /// Short citation of the source document.
    public let source: String
    /// Table or paragraph within the source, e.g. "Tabel 1" or "§2.1.2 (tekst)".
    public let table: String
    /// Line in the source text, when known.
    public let line: Int?
    /// How the figure was derived from the cited one(s), when it was: 'som van 5 gemeenten'.
    public let derivation: String?
    /// The correction applied to the published value, if any.
    public let correction: Correction?

    public init(source: String, table: String, line: Int?, derivation: String? = nil, correction: Correction? = nil) {
        self.source = source
        self.table = table
        self.line = line
        self.derivation = derivation
        self.correction = correction
    }

    /// One line for `figures.csv`: 'source, table, r. 880 (derivation); gecorrigeerd: evidence (r. 337, 1633)'.
    public var citation: String {
        var parts = [source, table]
        if let line { parts.append("r. \(line)") }
        var text = parts.filter { !$0.isEmpty }.joined(separator: ", ")
        if let derivation { text += text.isEmpty ? derivation : " (\(derivation))" }
        if let correction {
            let lines = correction.lines.map(String.init).joined(separator: ", ")
            text += "; gecorrigeerd: \(correction.evidence)" + (lines.isEmpty ? "" : " (r. \(lines))")
        }
        return text
    }
}
