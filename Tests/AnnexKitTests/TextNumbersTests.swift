import Testing
@testable import AnnexKit

/// `TextNumbers` numbers the distinct texts in the order they first come, by their bytes.
@Suite("Numbering texts by their bytes")
struct TextNumbersTests {
    @Test("A text seen before gets its number again; a new text the next number")
    func firstSeenOrder() {
        var numbers = TextNumbers()
        let texts = ["Tabel 1, r. 12", "Tabel 2", "Tabel 1, r. 12", "", "Tabel 2", "Tabel 1, r. 13", ""]
        #expect(texts.map { numbers.number(of: $0) } == [0, 1, 0, 2, 1, 3, 2])
        #expect(numbers.texts == ["Tabel 1, r. 12", "Tabel 2", "", "Tabel 1, r. 13"])
    }

    @Test("Texts made apart with the same bytes are one text; past the first table's room the numbers hold")
    func sameBytesApart() {
        var numbers = TextNumbers(capacity: 2)
        // Long texts (not kept inside the string) that differ only in their last bytes, made twice each.
        func text(_ index: Int) -> String { String(repeating: "bron ", count: 1 + index % 5) + "regel \(index)" }
        let first = (0..<1_000).map { numbers.number(of: text($0)) }
        #expect(first == Array(0..<1_000))
        let again = (0..<1_000).reversed().map { numbers.number(of: text($0)) }
        #expect(again == Array((0..<1_000).reversed()))
        #expect(numbers.texts.count == 1_000 && numbers.texts[417] == text(417))
    }

    @Test("Texts that Unicode calls equivalent but whose bytes differ are two texts")
    func bytesNotEquivalence() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed)
        var numbers = TextNumbers()
        #expect([composed, decomposed, composed, decomposed].map { numbers.number(of: $0) } == [0, 1, 0, 1])
        #expect(!TextNumbers.sameBytes(composed, decomposed))
        #expect(TextNumbers.sameBytes(composed, "caf" + "\u{E9}") && TextNumbers.sameBytes("", ""))
        #expect(!TextNumbers.sameBytes("abc", "abcd") && !TextNumbers.sameBytes("", "a"))
    }

    @Test("The hash tells apart texts that differ in one byte, in a full word or the bytes after, or in length")
    func hashDiffers() {
        let pairs = [("abcdefgh", "abcdefgi"), ("abcdefghi", "abcdefghj"), ("bcdefghi", "abcdefgh"), ("", "\u{0}"),
                     ("a", "a\u{0}"), ("12345678", "123456780"), ("Tabel 1, r. 151; bestand x.csv:2",
                                                                     "Tabel 1, r. 151; bestand x.csv:3")]
        for (first, second) in pairs {
            #expect(TextNumbers.hash(first) != TextNumbers.hash(second), "\(first) / \(second)")
            #expect(TextNumbers.hash(first) == TextNumbers.hash(String(decoding: Array(first.utf8), as: UTF8.self)))
        }
    }
}
