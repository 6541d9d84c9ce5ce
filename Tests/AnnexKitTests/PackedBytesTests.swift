import Testing

@testable import AnnexKit

@Suite("PackedBytes: pieces one after another, found by position")
struct PackedBytesTests {
    @Test("Each piece is found again by its position, an empty one too")
    func piecesByPosition() {
        var packed = PackedBytes(capacity: 4, pieces: 2)
        for piece in ["ab", "", "cde", "f"] { packed.add { $0.append(piece) } }
        #expect(packed.bytes.text == "abcdef")
        #expect([0, 1, 2, 3].map(packed.range) == [0..<2, 2..<2, 2..<5, 5..<6])
    }
}
