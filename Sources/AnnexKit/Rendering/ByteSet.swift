/// A set of bytes, tested with one mask: for the characters a writer quotes or escapes, looked up
/// for every byte it writes (a `Set<UInt8>` hashes each one).
struct ByteSet: Sendable {
    /// Bit `b % 64` of word `b / 64` is set when byte `b` is in the set.
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { insert(byte) }
    }

    func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << (byte & 63)
        switch byte >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }

    /// The set with `bytes` added.
    func union<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> ByteSet {
        var set = self
        for byte in bytes { set.insert(byte) }
        return set
    }

    private mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << (byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }
}
