/// Bytes written one after another into room reserved ahead (`ByteBuffer.append(upTo:)`), without a
/// check per byte: for output made of many short pieces whose length has a known bound, such as a map's
/// path data (a few bytes per point, thousands of points) or a row of encoded fields. A run of bytes is
/// checked against the room's end; a single byte is not.
struct ByteCursor {
    /// Where the room starts.
    let start: UnsafeMutablePointer<UInt8>
    /// Where the next byte goes.
    private(set) var position: UnsafeMutablePointer<UInt8>
    /// Where the room ends.
    private let end: UnsafeMutablePointer<UInt8>

    /// A cursor at the start of `room`, which must hold every byte written.
    init(_ room: UnsafeMutableBufferPointer<UInt8>) {
        start = room.baseAddress!
        position = start
        end = start + room.count
    }

    /// The bytes written so far.
    var count: Int { position - start }

    /// The most bytes `put(tenths:leadingZero:)` writes: a sign, the 18 digits of `Int.min / 10`, a point and
    /// a digit.
    static let maximumTenthsBytes = 21

    mutating func put(_ byte: UInt8) {
        position.initialize(to: byte)
        position += 1
    }

    /// The bytes of `bytes`, in one copy.
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(bytes.count <= end - position, "ByteCursor: more bytes than room")
        guard let source = bytes.baseAddress else { return }
        position.update(from: source, count: bytes.count)
        position += bytes.count
    }

    /// The bytes of `buffer` at `range`, in one copy.
    mutating func put(_ buffer: ByteBuffer, _ range: Range<Int>) {
        buffer.withUnsafeBufferPointer { put(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The bytes of `text`, in one copy.
    mutating func put(_ text: StaticString) {
        text.withUTF8Buffer { put($0) }
    }

    /// The UTF-8 bytes of `text`, in one copy.
    mutating func put(_ text: String) {
        text.withUTF8InPlace { put($0) }
    }

    /// The bytes of `buffer`, in one copy.
    mutating func put(_ buffer: ByteBuffer) {
        buffer.withUnsafeBufferPointer { put($0) }
    }

    /// The decimal digits of `value`, most significant first.
    mutating func put(digits value: UInt) {
        var length = 1, rest = value / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        rest = value
        for index in stride(from: length - 1, through: 0, by: -1) {
            position[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        position += length
    }

    /// Tenths as a decimal: 125 → `12.5`, -5 → `-0.5`, 120 → `12`; without `leadingZero` a value under
    /// one drops its zero (`.5`, `-.5`).
    mutating func put(tenths: Int, leadingZero: Bool) {
        if tenths < 0 { put(UInt8(ascii: "-")) }
        let magnitude = tenths.magnitude
        if magnitude >= 10 || leadingZero || magnitude == 0 { put(digits: magnitude / 10) }
        if magnitude % 10 != 0 {
            put(UInt8(ascii: "."))
            put(UInt8(ascii: "0") + UInt8(magnitude % 10))
        }
    }
}
