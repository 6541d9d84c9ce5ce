/// The bytes a writer escapes or quotes (control characters, quotes, separators), found among the many it
/// copies as they are eight bytes at a time: a word of text holds one of them when one of its bytes is below
/// `below` or equals one of the others, which a few operations on the whole word tell.
struct SpecialBytes: Sendable {
    /// The same bytes, for the bytes of a word that holds one.
    private let set: ByteSet
    /// `below` in every byte of a word (0: no byte is special for being small).
    private let limit: UInt64
    /// The other special bytes, each in every byte of a word; repeated to four.
    private let equal: (UInt64, UInt64, UInt64, UInt64)
    /// How many of `equal` differ (1 to 4): a word is compared with those only.
    private let distinct: Int

    /// The bytes below `below` (at most 0x80) and `others` (one to four bytes).
    init(below: UInt8 = 0, _ others: some Collection<UInt8>) {
        precondition(below <= 0x80 && (1...4).contains(others.count), "SpecialBytes: at most 4 bytes below 0x81")
        set = ByteSet(others).union(0..<below)
        limit = Self.everyByte(below)
        let words = others.map(Self.everyByte)
        equal = (words[0], words[min(1, words.count - 1)], words[min(2, words.count - 1)], words[words.count - 1])
        distinct = words.count
    }

    func contains(_ byte: UInt8) -> Bool { set.contains(byte) }

    /// The position of the first special byte of `bytes` at or after `start`, or `bytes.count` when there is none.
    func first(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count, !holds(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
        }
        while index < bytes.count && !set.contains(bytes[index]) { index += 1 }
        return index
    }

    /// Whether a byte of `word` is special: only the tests the set needs are made (a set of one byte, the CSV
    /// quote, costs a fifth of one of four; the conditions are the same for every word of a text).
    @inline(__always)
    private func holds(_ word: UInt64) -> Bool {
        var found = limit == 0 ? 0 : Self.hasByte(below: limit, word)
        found |= Self.hasZero(word ^ equal.0)
        if distinct > 1 { found |= Self.hasZero(word ^ equal.1) }
        if distinct > 2 { found |= Self.hasZero(word ^ equal.2) }
        if distinct > 3 { found |= Self.hasZero(word ^ equal.3) }
        return found != 0
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    private static func everyByte(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// Nonzero when a byte of `word` is 0 (a borrow only runs on from a byte that is).
    private static func hasZero(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highBits }

    /// Nonzero when a byte of `word` is below the byte repeated in `limit` (at most 0x80).
    private static func hasByte(below limit: UInt64, _ word: UInt64) -> UInt64 { (word &- limit) & ~word & highBits }
}
