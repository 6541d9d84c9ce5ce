@testable import AnnexKit

/// The CSV reader as it was before it read fields as bytes (main at `264ceec`: a `String` made and validated per
/// field), a byte at a time over bytes in memory: the oracle `CSVFieldsTests` compares the reader with.
struct CSVReaderOracle: IteratorProtocol {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1
    let separator: UInt8
    private(set) var error: LoadError?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        separator = Self.detectSeparator(bytes[position..<min(bytes.count, position + CSVReader.separatorSampleBytes)])
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func take() -> UInt8? {
        defer { position += 1 }
        return peek()
    }

    static func detectSeparator(_ head: ArraySlice<UInt8>) -> UInt8 {
        let comma = UInt8(ascii: ","), semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")
        var perLine: [UInt8: [Int]] = [comma: [0], semicolon: [0], tab: [0]]
        var quoted = false
        for (index, byte) in zip(head.indices, head) {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A || byte == 0x0D && head[index...].dropFirst().first != 0x0A {
                if perLine[comma]!.count == CSVReader.separatorSampleLines { break }
                for key in perLine.keys { perLine[key]!.append(0) }
            } else if perLine[byte] != nil {
                perLine[byte]![perLine[byte]!.count - 1] += 1
            }
        }
        func score(_ separator: UInt8) -> (Int, Int) {
            let counts = perLine[separator]!.filter { $0 > 0 }
            let modal = Dictionary(grouping: counts, by: { $0 }).values.map(\.count).max() ?? 0
            return (modal, counts.reduce(0, +))
        }
        if score(semicolon) > score(comma) && score(semicolon) >= score(tab) { return semicolon }
        if score(tab) > score(comma) && score(tab) > score(semicolon) { return tab }
        return comma
    }

    mutating func next() -> CSVRecord? {
        guard error == nil, peek() != nil else { return nil }
        let startLine = line
        let (fieldLimit, recordLimit) = (Limits.current.fieldSize, Limits.current.recordSize)
        var fields: [String] = []
        var field: [UInt8] = []
        var recordSize = 0
        var quoted = false
        var fieldStart = true
        func finishField() -> LoadError.Problem? {
            guard field.count <= fieldLimit else { return .fieldTooLong(limit: fieldLimit) }
            guard let text = String(validating: field, as: UTF8.self) else { return .invalidEncoding }
            if let scalar = CSVReader.controlCharacter(in: field, text) {
                return .controlCharacter(scalar: String(format: "U+%04X", scalar.value))
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldStart = true
            return nil
        }
        while let byte = take() {
            recordSize += 1
            if recordSize > recordLimit { return fail(.recordTooLong(limit: recordLimit), startLine) }
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if peek() == UInt8(ascii: "\"") {
                        field.append(byte)
                        _ = take()
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A || byte == 0x0D && peek() != 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where fieldStart:
                quoted = true
                fieldStart = false
            case separator:
                if let problem = finishField() { return fail(problem, startLine, column: fields.count + 1) }
            case 0x0D where peek() == 0x0A:
                break
            case 0x0A, 0x0D:
                line += 1
                if let problem = finishField() { return fail(problem, startLine, column: fields.count + 1) }
                return CSVRecord(line: startLine, fields: fields)
            default:
                field.append(byte)
                fieldStart = false
            }
        }
        if quoted { return fail(.unterminatedQuote, startLine) }
        if let problem = finishField() { return fail(problem, startLine, column: fields.count + 1) }
        return CSVRecord(line: startLine, fields: fields)
    }

    private mutating func fail(_ problem: LoadError.Problem, _ line: Int, column: Int? = nil) -> CSVRecord? {
        error = LoadError(file: "in.csv", line: line, column: column, problem)
        return nil
    }
}
