/// A chunk of a PNG file: its data's length, its type, the data and the CRC-32 of type and data
/// (PNG specification, section 5.3).
enum PNGChunk {
    /// The chunk of `type` (four ASCII letters) holding `data`.
    static func bytes(type: String, data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(CRC32.of(body))
    }

    /// `value` as four bytes, most significant first (PNG's byte order).
    static func bigEndian(_ value: UInt32) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }
}
