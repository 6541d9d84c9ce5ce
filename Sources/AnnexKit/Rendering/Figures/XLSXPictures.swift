import Foundation

/// The PNGs of a workbook (its maps), stored in the XLSX as they are instead of deflated again.
///
/// A PNG is compressed already: libxlsxwriter deflating the seed annex's 5,4 MB of maps again made
/// them 2–13% smaller and took a quarter of the whole build. So libxlsxwriter gets a placeholder per
/// PNG (the PNG's chunks before its image data, from which it takes the picture's size and
/// resolution, and the picture's number), and once the workbook is closed each placeholder's part
/// (`xl/media/imageN.png`) is replaced by the PNG itself, stored. Every other part keeps its bytes:
/// unzipped, the workbook is the one libxlsxwriter writes with the PNGs themselves.
final class XLSXPictures {
    /// The PNG signature.
    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    private struct Picture {
        let png: FigurePNGs.PNG
        let placeholder: [UInt8]
        /// The placeholder's CRC-32, by which its part is found.
        let crc: UInt32
    }

    private var pictures: [Picture] = []

    /// The bytes to give libxlsxwriter for `png`: its placeholder, the same for the same PNG (as
    /// libxlsxwriter keeps one part for identical pictures); `png` itself when it is no PNG.
    func placeholder(for png: FigurePNGs.PNG) -> [UInt8] {
        if let known = pictures.first(where: { $0.png.data == png.data }) { return known.placeholder }
        guard let header = Self.header(png.data) else { return Array(png.data) }
        var bytes = Self.signature + header
        bytes += PNGChunk.bytes(type: "tEXt", data: Array("Comment\0annex picture \(pictures.count + 1)".utf8))
        bytes += PNGChunk.bytes(type: "IEND", data: [])
        pictures.append(Picture(png: png, placeholder: bytes, crc: CRC32.of(bytes)))
        return bytes
    }

    /// Puts each PNG in place of its placeholder in the closed workbook at `path`.
    func store(in path: String) throws {
        guard !pictures.isEmpty else { return }
        var stored = 0
        try ZIPEntryReplacement.replace(in: path) { name, crc, size in
            guard name.hasPrefix("xl/media/"),
                  let picture = pictures.first(where: { $0.crc == crc && $0.placeholder.count == size })
            else { return nil }
            stored += 1
            return (picture.png.data, picture.png.crc)
        }
        guard stored == pictures.count else {
            throw XLSXError(path: path, .xlsxPicturesNotStored)
        }
    }

    /// The PNG's chunks before its image data (`IHDR`, `pHYs`, ...), or nil when it is no PNG.
    /// Only the chunks' headers are read, not the image data.
    private static func header(_ png: Data) -> [UInt8]? {
        guard png.starts(with: signature) else { return nil }
        let first = png.startIndex + signature.count
        var offset = first
        while offset + 8 <= png.endIndex {
            let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            if png[offset + 4..<offset + 8].elementsEqual("IDAT".utf8) {
                return offset > first ? Array(png[first..<offset]) : nil
            }
            offset += 12 + length
        }
        return nil
    }
}
