import Foundation

/// One record of a CSV file with the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]

    /// Whether every field is empty (a blank line, or only separators).
    public var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
}

/// Reads RFC 4180 CSV as exported by spreadsheets: UTF-8 with or without BOM, comma,
/// semicolon (Dutch Excel) or tab separated, quoted fields with doubled quotes, LF or CRLF.
///
/// The file is read in chunks and records are produced one at a time, so memory does not grow
/// with the size of the file.
public struct CSVReader: Sequence, IteratorProtocol {
    public let file: String
    public let separator: UInt8
    private let source: ByteSource
    private var line = 1

    /// A malformed record ends the sequence and is described here.
    public private(set) var error: LoadError?

    /// Reads the file at `path`; `file` is the name used in error messages.
    public init(path: String, file: String? = nil) throws {
        try self.init(path: path, file: file, chunkSize: 1 << 16)
    }

    init(path: String, file: String?, chunkSize: Int) throws {
        let name = file ?? path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LoadErrors([LoadError(file: name, .unreadable(reason: "bestaat niet of geen leesrechten"))])
        }
        self.init(source: ByteSource(handle: handle, chunkSize: chunkSize), file: name)
    }

    /// Reads CSV held in memory.
    public init(bytes: [UInt8], file: String) {
        self.init(source: ByteSource(bytes: bytes), file: file)
    }

    private init(source: ByteSource, file: String) {
        self.file = file
        self.source = source
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if source.firstLine().starts(with: bom) { source.skip(3) }
        separator = Self.detectSeparator(source.firstLine())
    }

    /// The separator that occurs most often outside quotes on the first line (comma on a tie).
    static func detectSeparator(_ firstLine: ArraySlice<UInt8>) -> UInt8 {
        let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
        var counts: [UInt8: Int] = [comma: 0, semicolon: 0, tab: 0]
        var quoted = false
        for byte in firstLine {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, let count = counts[byte] { counts[byte] = count + 1 }
        }
        if counts[semicolon]! > counts[comma]! && counts[semicolon]! >= counts[tab]! { return semicolon }
        if counts[tab]! > counts[comma]! && counts[tab]! > counts[semicolon]! { return tab }
        return comma
    }

    public mutating func next() -> CSVRecord? {
        guard error == nil, source.peek() != nil else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStart = true
        func finishField() -> Bool {
            guard let text = String(validating: field, as: UTF8.self) else { return false }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldStart = true
            return true
        }
        while let byte = source.next() {
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if source.peek() == UInt8(ascii: "\"") {
                        field.append(byte)
                        _ = source.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where fieldStart:
                quoted = true
                fieldStart = false
            case separator:
                guard finishField() else { return fail(.invalidEncoding, startLine) }
            case 0x0D:
                break
            case 0x0A:
                line += 1
                guard finishField() else { return fail(.invalidEncoding, startLine) }
                return CSVRecord(line: startLine, fields: fields)
            default:
                field.append(byte)
                fieldStart = false
            }
        }
        if quoted { return fail(.unterminatedQuote, startLine) }
        guard finishField() else { return fail(.invalidEncoding, startLine) }
        return CSVRecord(line: startLine, fields: fields)
    }

    private mutating func fail(_ problem: LoadError.Problem, _ line: Int) -> CSVRecord? {
        error = LoadError(file: file, line: line, problem)
        return nil
    }
}
