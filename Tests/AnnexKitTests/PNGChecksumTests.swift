import Foundation
import Testing
@testable import AnnexKit

@Suite("A PNG's checksum from its chunks' checksums: the same as from its bytes")
struct PNGChecksumTests {
    /// Bytes that look random, `count` of them, different for each `seed`.
    static func noise(_ count: Int, seed: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: (UInt64($0 + seed << 32) &* 0x9E37_79B9_7F4A_7C15) >> 40) }
    }

    /// A PNG of chunks as a rasterizer writes them: a short header, image data in chunks of one length and a
    /// shorter last one, a chunk of no data at the end.
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        + PNGChunk.bytes(type: "IHDR", data: noise(13, seed: 1))
        + PNGChunk.bytes(type: "pHYs", data: noise(9, seed: 2))
        + [3, 4, 5, 6].flatMap { PNGChunk.bytes(type: "IDAT", data: noise(8192, seed: $0)) }
        + PNGChunk.bytes(type: "IDAT", data: noise(3001, seed: 7))
        + PNGChunk.bytes(type: "tEXt", data: noise(300, seed: 8))
        + PNGChunk.bytes(type: "IEND", data: [])

    @Test("A PNG of short and long chunks, and of its signature and one chunk")
    func wholeChunks() {
        #expect(Self.png.withUnsafeBufferPointer(PNGChecksum.fromChunks) != nil)
        #expect(PNGChecksum.of(Self.png) == CRC32.of(Self.png))
        #expect(PNGChecksum.of(Data(Self.png)) == CRC32.of(Self.png))
        let short = Array(Self.png.prefix(8)) + PNGChunk.bytes(type: "IDAT", data: Self.noise(5000, seed: 9))
        #expect(PNGChecksum.of(short) == CRC32.of(short))
    }

    @Test("Bytes that are no PNG of whole chunks are checksummed byte by byte")
    func notWholeChunks() {
        let cut = Array(Self.png.dropLast(3))
        let longer = Self.png + [0, 0, 0]
        let overrun = Array(Self.png.prefix(8)) + [0, 1, 0, 0] + Array("IDAT".utf8) + Self.noise(300, seed: 10)
        let noSignature = Array(Self.png.dropFirst())
        for bytes in [cut, longer, overrun, noSignature, [], Self.noise(20_000, seed: 11)] {
            #expect(bytes.withUnsafeBufferPointer(PNGChecksum.fromChunks) == nil)
            #expect(PNGChecksum.of(bytes) == CRC32.of(bytes))
        }
    }

    @Test("A chunk whose checksum is wrong gives a file checksum that is wrong as well")
    func damagedChunk() {
        var damaged = Self.png
        damaged[8 + 25 + 21 + 8 + 100] ^= 0x10  // a byte of the first image data, its chunk's checksum unchanged
        #expect(PNGChecksum.of(damaged) != CRC32.of(damaged))
        #expect(PNGChecksum.of(damaged) == CRC32.of(Self.png))
    }
}
