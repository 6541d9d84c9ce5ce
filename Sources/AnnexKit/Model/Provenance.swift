/// Where a figure comes from: the delivery and the part of it (table, paragraph) and the line of
/// its extracted text; the data file and line it was read from; how it was derived from that, if
/// it was; and the correction applied to it. Researchers read all of it in `figures.csv`
/// (`citation`); readers see the delivery with citations by section and page instead
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

    /// The delivery (document or file) the figure was read from.
    public let delivery: Delivery
    /// Table or paragraph within the delivery, e.g. "Tabel 1" or "§2.1.2 (tekst)"; empty when
    /// the data file names none.
    public let table: String
    /// Line in the delivery's extracted text where the figure is printed, when known.
    public let line: Int?
    /// The data file as the spec names it and the line (or worksheet row) the figure was read
    /// from; nil for figures not read from a file.
    public let file: FileLocation?
    /// How the figure was derived from the cited one(s), when it was: 'som van 5 gemeenten'.
    public let derivation: String?
    /// The correction applied to the published value, if any.
    public let correction: Correction?

    public init(delivery: Delivery, table: String, line: Int? = nil, file: FileLocation? = nil,
                derivation: String? = nil, correction: Correction? = nil) {
        self.delivery = delivery
        self.table = table
        self.line = line
        self.file = file
        self.derivation = derivation
        self.correction = correction
    }

    /// A figure derived from this one alone, as `derivation` says (an estimate from a share).
    public func derived(_ derivation: String) -> Provenance {
        Provenance(delivery: delivery, table: table, line: line, file: file, derivation: derivation)
    }

    /// A figure combined from this one and others of the same table (a sum), as `derivation`
    /// says: no single line or file holds it.
    public func combined(_ derivation: String) -> Provenance {
        Provenance(delivery: delivery, table: table, derivation: derivation)
    }

    /// The same provenance with a correction.
    public func corrected(_ correction: Correction) -> Provenance {
        Provenance(delivery: delivery, table: table, line: line, file: file, derivation: derivation,
                   correction: correction)
    }

    /// One line for `figures.csv`: 'delivery, table, r. 880 (derivation); bestand file:12;
    /// gecorrigeerd: evidence (r. 337, 1633)'.
    public var citation: String {
        var parts = [delivery.citation, table]
        if let line { parts.append("r. \(line)") }
        var text = parts.filter { !$0.isEmpty }.joined(separator: ", ")
        if let derivation { text += text.isEmpty ? derivation : " (\(derivation))" }
        if let file { text += "; bestand \(file)" }
        if let correction {
            let lines = correction.lines.map(String.init).joined(separator: ", ")
            text += "; gecorrigeerd: \(correction.evidence)" + (lines.isEmpty ? "" : " (r. \(lines))")
        }
        return text
    }
}

/// A line (or worksheet row) of a data file, the file named as in the spec: `figures/x.csv:12`,
/// `leveringen/injus.xlsx[Gemeenten]:14`.
public struct FileLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
