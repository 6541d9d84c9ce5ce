import Foundation

/// Numbers distinct texts in the order they first come: a text gets the number of the text with the same
/// bytes numbered before, else the next number.
///
/// Texts are the same when their UTF-8 bytes are (not, as `String`'s `==` has it, when they are canonically
/// equivalent: a text in another Unicode normalization is a text of its own, written as it came). A text is
/// found by a hash of its bytes taken eight at a time (a multiplication a word, where `Hasher` takes some
/// seven instructions a byte) in a table of its own (`HashSlots`).
struct TextNumbers {
    /// The distinct texts, in the order first numbered.
    private(set) var texts: [String] = []
    private var table: HashSlots

    /// An empty numbering with room for `capacity` texts before its table grows.
    init(capacity: Int = 0) {
        table = HashSlots(capacity: capacity)
        texts.reserveCapacity(capacity)
    }

    /// The number of `text`: that of the text with its bytes numbered before, else the next, `text` numbered.
    mutating func number(of text: String) -> Int {
        let hash = Self.hash(text)
        var probe = table.probe(hash)
        while let number = table.next(&probe) {
            if table.hash(of: number) == hash && Self.sameBytes(texts[number], text) { return number }
        }
        texts.append(text)
        return table.place(probe)
    }

    /// A hash of the UTF-8 bytes of `text`, eight at a time: each word, and then the last bytes and the count,
    /// mixed in by a rotation, an exclusive or and a multiplication by an odd constant.
    static func hash(_ text: String) -> UInt64 {
        withBytes(text) { bytes in
            var hash: UInt64 = 0, index = 0
            while index + 8 <= bytes.count {
                hash = mixed(hash, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            var last = UInt64(bytes.count)
            while index < bytes.count {
                last = last << 8 | UInt64(bytes[index])
                index += 1
            }
            return mixed(hash, last)
        }
    }

    private static func mixed(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        (hash.rotated(by: rotation) ^ word) &* multiplier
    }

    /// The multiplier and rotation of `hash`: an odd constant with its bits spread (2⁶⁴ divided by the golden
    /// ratio), and a rotation that brings the high bits a multiplication has stirred down to the low ones.
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let rotation = 26

    /// Whether `first` and `second` have the same UTF-8 bytes (the same storage at once).
    static func sameBytes(_ first: String, _ second: String) -> Bool {
        withBytes(first) { first in
            withBytes(second) { second in
                first.count == second.count
                    && (first.isEmpty || first.baseAddress == second.baseAddress
                        || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0)
            }
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text`, in place for a native string.
    private static func withBytes<Result>(_ text: String, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        text.withUTF8InPlace { body(UnsafeRawBufferPointer($0)) }
    }
}

private extension UInt64 {
    /// The bits rotated left by `count` (0 < `count` < 64).
    func rotated(by count: Int) -> UInt64 { self << UInt64(count) | self >> UInt64(64 - count) }
}
