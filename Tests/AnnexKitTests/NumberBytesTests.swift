import Testing
@testable import AnnexKit

/// Cells are read from their bytes: a number's notation, a marker, the spaces around them. Each is compared with
/// how the text was read before (the oracles below: by characters and by `String` comparison), on seeded texts.
@Suite("Numbers, markers and spaces read from bytes, against the text")
struct NumberBytesTests {
    /// `CellParser.plain` as it read the text before: by characters, then `Exact(decimal:)`.
    static func plainBefore(_ text: String) -> Exact? {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        return Exact(decimal: text)
    }

    /// `CellParser.marker` as it compared the text before.
    static func markerBefore(_ text: String) -> Result<Amount, LoadError.Problem>? {
        switch text {
        case "", ".": .success(.missing)
        case "x", "X": .success(.suppressed)
        case "-", "–", "—", "−": .failure(.ambiguousMarker(cell: text))
        default: nil
        }
    }

    static let pieces = ["0", "1", "2", "5", "9", "12", "123", "1234", ".", ",", "-", "+", "−", "–", "—", "%", " ",
                         "\t", "\u{A0}", "\u{3000}", "\u{301}", "e", "E", "x", "X", "a", "é", "1\u{301}",
                         String(repeating: "9", count: 19), String(repeating: "4", count: 30)]

    static func texts(_ count: Int, seed: UInt64) -> [String] {
        var random = ReceivedTableFuzzTests.Seeded(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    @Test("Plain numbers and markers from bytes as from the text (a property test, 20.000 seeded texts)")
    func plainAndMarkers() {
        for text in Self.texts(20_000, seed: 11) + ["-", "–", "—", "−", "x", "X", ".", "", "1.", ".5", "-.5"] {
            #expect(CellParser.plain(text) == Self.plainBefore(text), "\(Array(text.unicodeScalars))")
            #expect(CellParser.marker(text) == Self.markerBefore(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("Spaces cut among the bytes as from the text, spaces of other scripts and marks too (20.000 texts)")
    func trimmedSpaces() {
        for text in Self.texts(20_000, seed: 12) + [" \u{301}a", "\u{A0}", " \t ", "a\u{A0} \t", "\u{3000}é "] {
            var bytes = text
            let trimmed = bytes.withUTF8 { $0.withTrimmedSpaces { String(decoding: $0, as: UTF8.self) } }
            #expect(trimmed == text.trimmingSpaces(), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("Numbers read from bytes in each notation, hand-computed", arguments: [
        ("1.500", CellParser.Notation.dutch, Exact(1500) as Exact?), ("13,4 %", .dutch, Exact(134, over: 10)),
        ("−2,5", .dutch, Exact(-5, over: 2)), ("1,412", .english, Exact(1412)),
        ("-3.25", .plain, Exact(-13, over: 4)),
        ("12345678901234567890", .plain, Exact(decimal: "12345678901234567890")!), ("1.50", .dutch, nil),
        ("1 500", .dutch, nil), ("+5", .plain, nil), ("1e3", .plain, nil),
    ])
    func notations(text: String, notation: CellParser.Notation, expected: Exact?) {
        var bytes = text
        #expect(bytes.withUTF8 { CellParser.read($0, notation) } == expected)
    }
}
