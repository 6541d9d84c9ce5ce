import Foundation
import Testing
@testable import AnnexKit

/// The CSV reader reads fields as bytes and checks them among their bytes; what it gives must be what the reader
/// that made and validated a `String` per field gave (`CSVReaderOracle`): the same records, separator and error.
@Suite("CSV fields read as bytes, against the reader before")
struct CSVFieldsTests {
    typealias Seeded = ReceivedTableFuzzTests.Seeded

    /// What a reader gives for `bytes`: its separator, the records with their trimmed fields and whether each is
    /// blank, and the error it ended with.
    struct Reading: Equatable {
        var separator: UInt8
        var records: [CSVRecord] = []
        var trimmed: [[String]] = []
        var blank: [Bool] = []
        var error: LoadError?
    }

    static func read(_ bytes: [UInt8], path: String? = nil, chunkSize: Int = 1 << 16) throws -> Reading {
        var reader = try path.map { try CSVReader(path: $0, file: "in.csv", chunkSize: chunkSize) }
            ?? CSVReader(bytes: bytes, file: "in.csv")
        var reading = Reading(separator: reader.separator)
        while let fields = reader.nextFields() {
            reading.records.append(fields.record)
            reading.trimmed.append((0..<fields.count).map(fields.trimmed))
            reading.blank.append(fields.isBlank)
        }
        reading.error = reader.error
        return reading
    }

    static func oracle(_ bytes: [UInt8]) -> Reading {
        var reader = CSVReaderOracle(bytes)
        var reading = Reading(separator: reader.separator)
        while let record = reader.next() {
            reading.records.append(record)
            reading.trimmed.append(record.fields.map { $0.trimmingSpaces() })
            reading.blank.append(record.isBlank)
        }
        reading.error = reader.error
        return reading
    }

    static func expectSame(_ bytes: [UInt8], _ comment: @autoclosure () -> String = "",
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = try read(bytes), expected = oracle(bytes)
        #expect(found == expected, "\(comment()) \(Array(bytes.prefix(80)))", sourceLocation: sourceLocation)
    }

    static let fixtures = ["bench/wide.csv", "wide/appendix-semicolon.csv", "wide/appendix-comma.csv",
                           "golden/figures.csv"]

    @Test("Every prefix of received tables and a tidy file reads as before", arguments: fixtures)
    func prefixes(fixture: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Paths.fixtures + "/" + fixture)))
        // Every prefix of the first 3.000 bytes (the header, quotes, the first rows), and every 97th after.
        for length in Array(0...min(bytes.count, 3_000)) + Array(stride(from: 3_000, to: bytes.count, by: 97)) {
            try Self.expectSame(Array(bytes[..<length]), "\(fixture), \(length) bytes")
        }
    }

    static let damaged: [String: [UInt8]] = [
        "lone 0xFF": Array("a;b\nc;".utf8) + [0xFF, 0x0A],
        "truncated sequence": Array("naam;waarde\nCaf".utf8) + [0xC3, 0x3B, 0x31, 0x0A],
        "overlong NUL": Array("a,b\n".utf8) + [0xC0, 0x80, 0x2C, 0x31],
        "surrogate": Array("a,b\n".utf8) + [0xED, 0xA0, 0x80, 0x2C, 0x31],
        "beyond U+10FFFF": Array("a,b\n".utf8) + [0xF4, 0x90, 0x80, 0x80],
        "bad byte in quotes": Array("a;\"b".utf8) + [0x80] + Array("\";c\n".utf8),
        "quote left open": Array("naam;waarde\n\"Amsterdam;12\nUtrecht;3\n".utf8),
        "quote closed mid-field": Array("naam;waarde\n\"Amster\"dam;12\n".utf8),
        "quote inside a field": Array("naam;waarde\nAm\"ster\"dam;12\n".utf8),
        "ragged rows": Array("a;b;c\n1;2\n1;2;3;4\n\n;;\n".utf8),
        "huge numbers": Array(("a;b\nx;" + String(repeating: "9", count: 400) + ",5\ny;1.234.567.890.123.456.789\n")
            .utf8),
        "BOM and CRLF": Array("\u{FEFF}a;b\r\n1;2\r\n\r\n3;4".utf8),
        "BOM alone": Array("\u{FEFF}".utf8),
        "lone CRs": Array("a,b\r1,2\r\r3,\"4\r5\"\r".utf8),
        "tabs": Array("a\tb\tc\n1\t2\t3\n".utf8),
        "separators in quotes": Array("\"a;b\";\"c,d\"\n\"e\"\"f\";g\n".utf8),
        "control characters": Array("a;b\n1;\u{1B}[31m\n".utf8),
        "C1 and U+FFFE": Array("a;b\n\u{85};\u{FFFE}\n".utf8),
        "spaces of other scripts": Array("a;b\n\u{A0}x\u{3000};\u{2003}\u{A0}\n \t;\t\n".utf8),
        "combining mark after a space": Array("a;b\n \u{301}x; y\u{301} \n".utf8),
        "only separators": Array(";;;\n;;;\n".utf8),
        "empty": [],
    ]

    @Test("Damaged files read as before, to the error and its line and column", arguments: damaged.keys.sorted())
    func damagedFiles(name: String) throws {
        let bytes = try #require(Self.damaged[name])
        try Self.expectSame(bytes, name)
        for length in 0...bytes.count { try Self.expectSame(Array(bytes[..<length]), "\(name), \(length) bytes") }
        // Small limits, so that a field or record is one byte too long somewhere.
        for (field, record) in [(1, 1_000), (3, 1_000), (1_000, 4), (1_000, 9)] {
            var limits = Limits()
            (limits.fieldSize, limits.recordSize) = (field, record)
            try Limits.$current.withValue(limits) { try Self.expectSame(bytes, "\(name), limits \(field), \(record)") }
        }
    }

    /// Pieces of generated rows: text, numbers in both notations, separators, quotes, line ends, bytes that are no
    /// UTF-8, control characters and spaces of other scripts.
    static let pieces: [[UInt8]] = [
        "Amsterdam", "’s-Hertogenbosch", "Café", "1.412", "12,5", "−2", "x", ".", "", " ", "\t", "\u{A0}",
        ";", ",", "\t", "\"", "\"\"", "\n", "\r\n", "\r", "\u{01}", "\u{9B}", "\u{FFFF}", "2023", "GM0363",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x88], [0xED, 0xA0, 0x80]]

    @Test("Generated files read as before, whatever the chunk size (a property test, 3.000 seeded files)")
    func generated() throws {
        var random = Seeded(state: 15)
        for index in 0..<3_000 {
            var bytes: [UInt8] = random.next() % 4 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<Int.random(in: 0...60, using: &random) {
                bytes += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
            }
            let expected = Self.oracle(bytes)
            #expect(try Self.read(bytes) == expected, "file \(index): \(bytes)")
            if index % 10 == 0 {
                let path = try temporaryFile("in.csv", "")
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                for size in [1, 2, 7] {
                    let chunked = try Self.read(bytes, path: path, chunkSize: size)
                    #expect(chunked == expected, "file \(index), chunks \(size)")
                }
            }
        }
    }
}
