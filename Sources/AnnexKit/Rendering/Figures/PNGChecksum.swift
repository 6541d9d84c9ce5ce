import CDeflate
import Foundation

/// The CRC-32 of a whole PNG file, which both workbooks record for each figure they store (the seed annex's
/// 6,3 MB of maps and charts), put together from the checksums the file carries: every chunk ends with the
/// CRC-32 of its type and data (PNG specification, section 5.3; the checksum of a ZIP entry), so the file's
/// checksum is that of the bytes around them (the signature, each chunk's length and checksum) with each
/// long chunk's checksum combined in (zlib's `crc32_combine_op`), and a chunk's data, 8 KB of image data
/// in most, is not read again.
///
/// Bytes that are not a PNG of whole chunks are checksummed byte by byte. A chunk whose checksum is wrong
/// is damaged; the file's checksum made from it is then wrong for the file's bytes too, so that a reader
/// of the archive that checks it finds the damage.
enum PNGChecksum {
    /// The CRC-32 of `png`'s bytes.
    static func of(_ png: some ContiguousBytes) -> UInt32 {
        png.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return fromChunks(bytes) ?? UInt32(crc32(0, bytes.baseAddress, UInt32(bytes.count)))
        }
    }

    /// The PNG signature.
    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The shortest type and data whose checksum is combined in rather than made again from their bytes:
    /// below it, checksumming the bytes costs less than combining.
    private static let shortestCombined = 256
    /// The bytes of a chunk's length, of its type and of its checksum, each a 32-bit word: a chunk is at least three.
    private static let fieldSize = 4

    /// The checksum of `png` from its chunks' checksums, or nil when it is not the signature followed by whole
    /// chunks (each its length, type and data, and checksum).
    static func fromChunks(_ png: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let base = png.baseAddress, png.starts(with: signature) else { return nil }
        let raw = UnsafeRawPointer(base)
        func word(at offset: Int) -> UInt32 {
            UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }
        var crc = crc32(0, base, UInt32(signature.count))
        // What combines in a checksum of the length last combined (zlib's operator for it): most chunks are as long.
        var combining: (length: Int, combiner: UInt) = (0, 0)
        var offset = signature.count
        while offset < png.count {
            guard png.count - offset >= fieldSize * 3 else { return nil }
            let body = fieldSize + Int(word(at: offset))  // type and data
            guard body <= png.count - offset - fieldSize * 2 else { return nil }
            if body < shortestCombined {
                crc = crc32(crc, base + offset, UInt32(fieldSize + body + fieldSize))
            } else {
                crc = crc32(crc, base + offset, UInt32(fieldSize))
                if combining.length != body { combining = (body, crc32_combine_gen(numericCast(body))) }
                crc = crc32_combine_op(crc, UInt(word(at: offset + fieldSize + body)), combining.combiner)
                crc = crc32(crc, base + offset + fieldSize + body, UInt32(fieldSize))
            }
            offset += fieldSize + body + fieldSize
        }
        return UInt32(crc)
    }
}
