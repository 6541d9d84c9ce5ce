/// Where a figure comes from: the delivery and the part of it (table, paragraph) and the line of
/// its extracted text; the data file and line it was read from; how it was derived from that, if
/// it was; and the correction applied to it. Researchers read all of it in `figures.csv`
/// (`citation(_:)`); readers see the delivery with citations by section and page instead
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
    public var delivery: Delivery { storage.delivery }
    /// Table or paragraph within the delivery, e.g. "Tabel 1" or "§2.1.2 (tekst)"; empty when
    /// the data file names none.
    public var table: String { storage.table }
    /// Line in the delivery's extracted text where the figure is printed, when known.
    public var line: Int? { storage.line }
    /// The data file as the spec names it and the line (or worksheet row) the figure was read
    /// from; nil for figures not read from a file.
    public var file: FileLocation? { storage.file.map { FileLocation(file: $0, line: fileLine) } }
    /// How the figure was derived from the cited one(s), when it was: the sum of 5 municipalities.
    public var derivation: Derivation? { storage.derivation }
    /// The correction applied to the published value, if any.
    public var correction: Correction? { storage.correction }

    /// The fields but the file's line, held once and shared by every copy and by `atFileLine`: the
    /// figures of one data file share them, so a cell holds one reference and a line number instead
    /// of copies of its strings.
    private let storage: Storage
    /// The line of `storage.file` (0 without a file).
    let fileLine: Int

    private final class Storage: Sendable {
        let delivery: Delivery
        let table: String
        let line: Int?
        /// The data file as the spec names it.
        let file: String?
        let derivation: Derivation?
        let correction: Correction?

        init(delivery: Delivery, table: String, line: Int?, file: String?, derivation: Derivation?,
             correction: Correction?) {
            (self.delivery, self.table, self.line, self.file) = (delivery, table, line, file)
            (self.derivation, self.correction) = (derivation, correction)
        }
    }

    public init(delivery: Delivery, table: String, line: Int? = nil, file: FileLocation? = nil,
                derivation: Derivation? = nil, correction: Correction? = nil) {
        storage = Storage(delivery: delivery, table: table, line: line, file: file?.file, derivation: derivation,
                          correction: correction)
        fileLine = file?.line ?? 0
    }

    private init(storage: Storage, fileLine: Int) {
        self.storage = storage
        self.fileLine = fileLine
    }

    /// What the provenances of one data file share (the copies of one and its `atFileLine`), to
    /// store it once for many figures.
    var sharedRecord: ObjectIdentifier { ObjectIdentifier(storage) }

    /// The same provenance for a figure on another line of its data file, sharing every other field.
    func atFileLine(_ line: Int) -> Provenance { Provenance(storage: storage, fileLine: line) }

    public static func == (left: Provenance, right: Provenance) -> Bool {
        left.fileLine == right.fileLine
            && (left.storage === right.storage
                || (left.delivery == right.delivery && left.table == right.table && left.line == right.line
                    && left.file == right.file && left.derivation == right.derivation
                    && left.correction == right.correction))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(delivery)
        hasher.combine(table)
        hasher.combine(line)
        hasher.combine(file)
        hasher.combine(derivation)
        hasher.combine(correction)
    }

    /// A figure derived from this one alone, as `derivation` says (an estimate from a share).
    public func derived(_ derivation: Derivation) -> Provenance {
        Provenance(delivery: delivery, table: table, line: line, file: file, derivation: derivation)
    }

    /// A figure combined from this one and others of the same table (a sum), as `derivation`
    /// says: no single line or file holds it.
    public func combined(_ derivation: Derivation) -> Provenance {
        Provenance(delivery: delivery, table: table, derivation: derivation)
    }

    /// The same provenance with a correction.
    public func corrected(_ correction: Correction) -> Provenance {
        Provenance(delivery: delivery, table: table, line: line, file: file, derivation: derivation,
                   correction: correction)
    }

    /// One line for `figures.csv`, in the words of `words`: 'delivery, table, r. 880 (som van 5 gemeenten); bestand
    /// file:12; gecorrigeerd: evidence (r. 337, 1633)'. The figures that share a record cite it through its
    /// `recordCitation`, made once.
    public func citation(_ words: CitationWords) -> String { recordCitation(words).text(fileLine: fileLine) }

    /// The citation of every figure that shares this record, each with its own file line.
    func recordCitation(_ words: CitationWords) -> RecordCitation {
        RecordCitation(delivery: storage.delivery, table: storage.table, line: storage.line, file: storage.file,
                       derivation: storage.derivation, correction: storage.correction, words: words)
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
