/// Pieces of bytes written one after another into one buffer, each found again by its position: encodings made
/// once and copied from there for every row that uses them (a source's CSV field, a status's JSON pair).
struct PackedBytes {
    /// The pieces, one after the other.
    private(set) var bytes: ByteBuffer
    /// Where each piece ends in `bytes`.
    private var ends: [Int] = []

    /// No pieces yet, with room for `capacity` bytes and `pieces` pieces.
    init(capacity: Int = 0, pieces: Int = 0) {
        bytes = ByteBuffer(capacity: capacity)
        ends.reserveCapacity(pieces)
    }

    /// A piece more, the bytes `write` appends.
    mutating func add(_ write: (inout ByteBuffer) -> Void) {
        write(&bytes)
        ends.append(bytes.count)
    }

    /// The length of the longest piece (0 when there is none).
    var longest: Int { ends.indices.reduce(0) { Swift.max($0, range($1).count) } }

    /// Where the piece at `position` lies in `bytes`.
    func range(_ position: Int) -> Range<Int> { (position == 0 ? 0 : ends[position - 1])..<ends[position] }
}
