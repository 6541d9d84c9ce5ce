import Foundation

/// Numbers distinct texts in the order they first come: a text gets the number of the text with the same
/// bytes numbered before, else the next number.
///
/// Texts are the same when their UTF-8 bytes are (not, as `String`'s `==` has it, when they are canonically
/// equivalent: a text in another Unicode normalization is a text of its own, written as it came). A text is
/// found by a hash of its bytes taken eight at a time (a multiplication a word, where `Hasher` takes some
/// seven instructions a byte) in a table of its own: open addressing, the next slot when one is taken, at
/// most half full.
struct TextNumbers {
    /// The distinct texts, in the order first numbered.
    private(set) var texts: [String] = []
    /// The hash of each text of `texts`, for finding it and for placing it again when the table grows.
    private var hashes: [UInt64] = []
    /// For each slot of the table, 0 when it is empty, else the number of the text placed there plus 1.
    private var slots: [Int]

    /// An empty numbering with room for `capacity` texts before its table grows.
    init(capacity: Int = 0) {
        var count = Self.leastSlots
        while count < 2 * capacity { count *= 2 }
        slots = Array(repeating: 0, count: count)
        texts.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// The fewest slots a table has (a power of two, as every count of slots).
    private static let leastSlots = 16

    /// The number of `text`: that of the text with its bytes numbered before, else the next, `text` numbered.
    mutating func number(of text: String) -> Int {
        let hash = Self.hash(text)
        var slot = Self.slot(of: hash, among: slots.count)
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            if hashes[number] == hash && Self.sameBytes(texts[number], text) { return number }
            slot = (slot + 1) & (slots.count - 1)
        }
        let number = texts.count
        texts.append(text)
        hashes.append(hash)
        slots[slot] = number + 1
        if 2 * texts.count > slots.count { grow() }
        return number
    }

    /// Twice the slots, every text placed again by its hash.
    private mutating func grow() {
        slots = Array(repeating: 0, count: 2 * slots.count)
        for (number, hash) in hashes.enumerated() {
            var slot = Self.slot(of: hash, among: slots.count)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = number + 1
        }
    }

    /// The first slot tried for `hash` among `count` slots (a power of two): its high bits, which every
    /// byte of the text has stirred.
    private static func slot(of hash: UInt64, among count: Int) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - count.trailingZeroBitCount))
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
