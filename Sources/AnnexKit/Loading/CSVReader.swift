import Foundation

/// One record of a CSV file with the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]

    /// Whether every field is empty (a blank line, or only separators).
    public var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces().isEmpty } }
}

/// Reads RFC 4180 CSV as exported by spreadsheets: UTF-8 with or without BOM, comma,
/// semicolon (Dutch Excel) or tab separated, quoted fields with doubled quotes; lines end in LF,
/// CRLF or CR alone (as old Mac Excel saves 'CSV (Macintosh)').
///
/// The file is read in chunks and records are produced one at a time, so memory does not grow
/// with the size of the file. Files, fields and records are held to `Limits.current`.
public struct CSVReader: Sequence, IteratorProtocol {
    public let file: String
    public let separator: UInt8
    private let source: ByteSource
    private var line = 1
    /// The length of the last record read: room for the next one.
    private var lastRecordSize = 64

    /// The size of the file in bytes, as it was opened.
    public var fileSize: Int { source.size }

    /// A malformed record ends the sequence and is described here.
    public private(set) var error: LoadError?

    /// Reads the file at `path`; `file` is the name used in error messages.
    public init(path: String, file: String? = nil) throws {
        try self.init(path: path, file: file, chunkSize: 1 << 16)
    }

    init(path: String, file: String?, chunkSize: Int) throws {
        let name = file ?? path
        self.init(source: try ByteSource.open(path: path, file: name, chunkSize: chunkSize), file: name)
    }

    /// Reads CSV held in memory.
    public init(bytes: [UInt8], file: String) {
        self.init(source: ByteSource(bytes: bytes), file: file)
    }

    private init(source: ByteSource, file: String) {
        self.file = file
        self.source = source
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if source.head(limit: bom.count).elementsEqual(bom) { source.skip(bom.count) }
        separator = Self.detectSeparator(source.head(limit: Self.separatorSampleBytes))
    }

    /// How much of the start of a file separator detection looks at, and in how many lines.
    static let separatorSampleBytes = 1 << 16
    static let separatorSampleLines = 20

    /// The separator that splits the first lines most consistently: the one whose most common
    /// count outside quotes (not zero) occurs on the most lines, then the most frequent one
    /// (comma on a tie). Several lines, so that a title above the table (`Tabel 3, 2023`, a
    /// quoted CBS title with a semicolon in it) or decimal commas do not decide.
    static func detectSeparator(_ head: ArraySlice<UInt8>) -> UInt8 {
        let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
        let candidates = [comma, semicolon, tab]
        // Per candidate, its count on each line read so far.
        var perLine: [[Int]] = [[0], [0], [0]]
        var quoted = false
        for (index, byte) in zip(head.indices, head) {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A || Self.endsLineAlone(byte, before: head[index...].dropFirst().first) {
                if perLine[0].count == separatorSampleLines { break }
                for candidate in perLine.indices { perLine[candidate].append(0) }
            } else if let candidate = candidates.firstIndex(of: byte) {
                perLine[candidate][perLine[candidate].count - 1] += 1
            }
        }
        func score(_ separator: UInt8) -> (Int, Int) {
            let counts = perLine[candidates.firstIndex(of: separator)!].filter { $0 > 0 }
            let modal = Dictionary(grouping: counts, by: { $0 }).values.map(\.count).max() ?? 0
            return (modal, counts.reduce(0, +))
        }
        if score(semicolon) > score(comma) && score(semicolon) >= score(tab) { return semicolon }
        if score(tab) > score(comma) && score(tab) > score(semicolon) { return tab }
        return comma
    }

    public mutating func next() -> CSVRecord? { nextFields()?.record }

    /// The next record as bytes, each field checked (nil after the last, or at a malformed record, which `error`
    /// then describes).
    mutating func nextFields() -> CSVFields? {
        guard error == nil, source.peek() != nil else { return nil }
        let startLine = line
        let (fieldLimit, recordLimit) = (Limits.current.fieldSize, Limits.current.recordSize)
        var record = CSVFields(line: startLine, capacity: lastRecordSize)
        var recordSize = 0
        var quoted = false
        var fieldStart = true
        // The problem of the field just read, if any.
        func finishField() -> LoadError.Problem? {
            if let problem = Self.problem(record.pending, limit: fieldLimit) { return problem }
            record.endField()
            fieldStart = true
            return nil
        }
        defer { lastRecordSize = recordSize }
        while let byte = source.next() {
            recordSize += 1
            if recordSize > recordLimit { return fail(.recordTooLong(limit: recordLimit), startLine) }
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if source.peek() == UInt8(ascii: "\"") {
                        record.append(byte)
                        _ = source.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A || Self.endsLineAlone(byte, before: source.peek()) { line += 1 }
                    record.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where fieldStart:
                quoted = true
                fieldStart = false
            case separator:
                if let problem = finishField() { return fail(problem, startLine, column: record.count + 1) }
            case 0x0D where source.peek() == 0x0A:
                break
            case 0x0A, 0x0D:
                line += 1
                if let problem = finishField() { return fail(problem, startLine, column: record.count + 1) }
                return record
            default:
                record.append(byte)
                fieldStart = false
                // The rest of an unquoted field up to its separator or line end, taken in one step (at
                // most one byte past the record's limit, which is then reported).
                let (separator, limit) = (separator, recordLimit - recordSize + 1)
                recordSize += record.growing { bytes in
                    source.append(upTo: { $0 == separator || $0 == 0x0A || $0 == 0x0D }, limit: limit, to: &bytes)
                }
                if recordSize > recordLimit { return fail(.recordTooLong(limit: recordLimit), startLine) }
            }
        }
        if quoted { return fail(.unterminatedQuote, startLine) }
        if let problem = finishField() { return fail(problem, startLine, column: record.count + 1) }
        return record
    }

    /// The problem of a field's bytes, if any: longer than `limit`, not UTF-8, or holding a control character.
    /// A field of printable ASCII (nearly every one) has none, which is told from its bytes alone.
    static func problem(_ field: ArraySlice<UInt8>, limit: Int) -> LoadError.Problem? {
        guard field.count <= limit else { return .fieldTooLong(limit: limit) }
        guard field.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
        let bytes = Array(field)
        guard let text = String(validating: bytes, as: UTF8.self) else { return .invalidEncoding }
        if let scalar = Self.controlCharacter(in: bytes, text) {
            return .controlCharacter(scalar: String(format: "U+%04X", scalar.value))
        }
        return nil
    }

    /// Whether `byte` is a CR that ends a line by itself (not followed by LF, as in CRLF); `next` is
    /// looked at for a CR only.
    static func endsLineAlone(_ byte: UInt8, before next: @autoclosure () -> UInt8?) -> Bool {
        byte == 0x0D && next() != 0x0A
    }

    /// The first character of a field that no text of an annex may hold: a control character other than
    /// tab and line breaks (C0 and C1: an escape that steers a terminal, a NUL), or U+FFFE and U+FFFF, which
    /// XML, and so a workbook, cannot hold. Only fields with a byte that may start one are looked at.
    static func controlCharacter(in bytes: [UInt8], _ text: String) -> Unicode.Scalar? {
        guard bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) else { return nil }
        return text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: false
            case 0x00..<0x20, 0x7F..<0xA0, 0xFFFE, 0xFFFF: true
            default: false
            }
        }
    }

    private mutating func fail(_ problem: LoadError.Problem, _ line: Int, column: Int? = nil) -> CSVFields? {
        error = LoadError(file: file, line: line, column: column, problem)
        return nil
    }
}
