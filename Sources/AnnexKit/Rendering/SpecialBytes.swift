/// The bytes a writer escapes or quotes (control characters, quotes, separators), found among the many it
/// copies as they are sixteen bytes at a time: a block of text holds one of them when one of its bytes is below
/// `below` or equals one of the others, which a few vector operations on the whole block tell (`SIMD16`, compiled
/// to the processor's byte-wise comparisons).
struct SpecialBytes: Sendable {
    /// The same bytes, for the bytes of a block that holds one.
    private let set: ByteSet
    /// `below` in every byte of a block (0: no byte is special for being small).
    private let limit: SIMD16<UInt8>
    /// The other special bytes, each in every byte of a block; repeated to four, so that a block is always
    /// compared with four (a comparison costs less than asking how many there are).
    private let equal: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)

    /// The bytes below `below` (at most 0x80) and `others` (one to four bytes).
    init(below: UInt8 = 0, _ others: some Collection<UInt8>) {
        precondition(below <= 0x80 && (1...4).contains(others.count), "SpecialBytes: at most 4 bytes below 0x81")
        set = ByteSet(others).union(0..<below)
        limit = SIMD16(repeating: below)
        let blocks = others.map { SIMD16<UInt8>(repeating: $0) }
        equal = (blocks[0], blocks[min(1, blocks.count - 1)], blocks[min(2, blocks.count - 1)],
                 blocks[blocks.count - 1])
    }

    func contains(_ byte: UInt8) -> Bool { set.contains(byte) }

    /// The position of the first special byte of `bytes` at or after `start`, or `bytes.count` when there is none.
    func first(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 16 <= bytes.count, !holds(raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)) {
                index += 16
            }
            // Eight bytes more at once: after the blocks, or the first half of the block that holds a special byte.
            if index + 8 <= bytes.count, !holds(raw.loadUnaligned(fromByteOffset: index, as: SIMD8<UInt8>.self)) {
                index += 8
            }
        }
        while index < bytes.count && !set.contains(bytes[index]) { index += 1 }
        return index
    }

    /// Whether a byte of `block` is special.
    @inline(__always)
    private func holds(_ block: SIMD16<UInt8>) -> Bool {
        any(block .< limit .| block .== equal.0 .| block .== equal.1 .| block .== equal.2 .| block .== equal.3)
    }

    /// Whether a byte of `block` (eight bytes) is special.
    @inline(__always)
    private func holds(_ block: SIMD8<UInt8>) -> Bool {
        any(block .< limit.lowHalf .| block .== equal.0.lowHalf .| block .== equal.1.lowHalf
            .| block .== equal.2.lowHalf .| block .== equal.3.lowHalf)
    }
}
