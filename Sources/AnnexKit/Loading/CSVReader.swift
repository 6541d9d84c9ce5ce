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
/// Records are produced one at a time from the bytes, so callers never hold a copy of the whole
/// file as a string.
public struct CSVReader: Sequence, IteratorProtocol {
    public let file: String
    public let separator: UInt8
    private let bytes: [UInt8]
    private var position: Int
    private var line = 1

    /// Reads the file at `path`; `file` is the name used in error messages.
    public init(path: String, file: String? = nil) throws {
        let name = file ?? path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadErrors([LoadError(file: name, .unreadable(reason: "bestaat niet of geen leesrechten"))])
        }
        self.init(bytes: [UInt8](data), file: name)
    }

    public init(bytes: [UInt8], file: String) {
        self.file = file
        self.bytes = bytes
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        position = bytes.starts(with: bom) ? 3 : 0
        separator = Self.detectSeparator(bytes, from: position)
    }

    /// The separator that occurs most often outside quotes on the first line (comma on a tie).
    static func detectSeparator(_ bytes: [UInt8], from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes[start...] {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted && (byte == 0x0A || byte == 0x0D) { break }
            if !quoted, counts[byte] != nil { counts[byte]! += 1 }
        }
        let comma = counts[UInt8(ascii: ",")]!, semicolon = counts[UInt8(ascii: ";")]!, tab = counts[UInt8(ascii: "\t")]!
        if semicolon > comma && semicolon >= tab { return UInt8(ascii: ";") }
        if tab > comma && tab > semicolon { return UInt8(ascii: "\t") }
        return UInt8(ascii: ",")
    }

    /// The next record; a malformed record ends the sequence with `error` set.
    public private(set) var error: LoadError?

    public mutating func next() -> CSVRecord? {
        guard error == nil, position < bytes.count else { return nil }
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
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                        field.append(byte)
                        position += 1
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
