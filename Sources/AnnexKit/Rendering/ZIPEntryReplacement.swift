import Foundation

/// Replaces entries of a ZIP archive another program wrote (libxlsxwriter's XLSX) with stored
/// ones, copying every other entry byte for byte: its local header, its compressed data and its
/// record in the central directory, only moved. An archive with ZIP64 records is refused.
enum ZIPEntryReplacement {
    /// The fields of a central directory record that change.
    private enum Directory {
        static let signature: UInt32 = 0x0201_4b50
        static let fixedSize = 46
        static let flags = 8, method = 10, crc = 16, compressedSize = 20, uncompressedSize = 24
        static let nameLength = 28, extraLength = 30, commentLength = 32, localOffset = 42
    }

    private enum End {
        static let signature: UInt32 = 0x0605_4b50
        static let size = 22
        static let entries = 10, directorySize = 12, directoryOffset = 16
    }

    private static let localSignature: UInt32 = 0x0403_4b50
    private static let localSize = 30
    /// General purpose flag: sizes and checksum follow the data in a descriptor.
    private static let dataDescriptor: UInt16 = 0x0008

    /// Rewrites the archive at `path`: an entry for which `replacement` (given its name, CRC-32 and
    /// size) returns bytes (with their CRC-32) gets them, stored; the others stay as they are. The new
    /// archive is written as it is made, a replacement's bytes straight from where they are.
    static func replace(in path: String, _ replacement: (String, UInt32, Int) -> (bytes: Data, crc: UInt32)?) throws {
        let archive = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        guard let end = endRecord(archive) else { throw damaged(path) }
        let count = Int(archive.little(UInt16.self, at: end + End.entries))
        let directoryOffset = Int(archive.little(UInt32.self, at: end + End.directoryOffset))
        let directorySize = Int(archive.little(UInt32.self, at: end + End.directorySize))
        guard count != Int(UInt16.max), directoryOffset != Int(UInt32.max),
              directoryOffset + directorySize <= end else { throw damaged(path) }
        var records: [(start: Int, length: Int, local: Int)] = []
        var position = directoryOffset
        for _ in 0..<count {
            guard position + Directory.fixedSize <= end,
                  archive.little(UInt32.self, at: position) == Directory.signature else { throw damaged(path) }
            let length = Directory.fixedSize + [Directory.nameLength, Directory.extraLength, Directory.commentLength]
                .reduce(0) { $0 + Int(archive.little(UInt16.self, at: position + $1)) }
            records.append((position, length, Int(archive.little(UInt32.self, at: position + Directory.localOffset))))
            position += length
        }
        // An entry runs from its local header to the next one's, or to the central directory.
        let starts = records.map(\.local).sorted() + [directoryOffset]
        let file = try OutputFile(path: path, replacing: true)
        // What is to be written, and how many bytes were written before it.
        var out = ByteBuffer(capacity: archive.count), written = 0
        var directory = ByteBuffer()
        for record in records {
            let start = record.local
            guard let next = starts.first(where: { $0 > start }), start + localSize <= next,
                  archive.little(UInt32.self, at: start) == localSignature else { throw damaged(path) }
            var central = Array(archive[record.start..<record.start + record.length])
            let nameLength = Int(central.little(UInt16.self, at: Directory.nameLength))
            let name = String(decoding: central[Directory.fixedSize..<Directory.fixedSize + nameLength], as: UTF8.self)
            let crc = central.little(UInt32.self, at: Directory.crc)
            let size = Int(central.little(UInt32.self, at: Directory.uncompressedSize))
            central.setLittle(UInt32(written + out.count), at: Directory.localOffset)
            if let replaced = replacement(name, crc, size) {
                let (bytes, newCRC) = replaced
                let flags = central.little(UInt16.self, at: Directory.flags) & ~dataDescriptor
                central.setLittle(flags, at: Directory.flags)
                central.setLittle(UInt16(0), at: Directory.method)
                central.setLittle(newCRC, at: Directory.crc)
                central.setLittle(UInt32(bytes.count), at: Directory.compressedSize)
                central.setLittle(UInt32(bytes.count), at: Directory.uncompressedSize)
                // The local header: signature and version as they were, then the central record's
                // flags, method, time, date, checksum and sizes, the name and no extra field.
                out.append(contentsOf: archive[start..<start + 6])
                out.append(contentsOf: central[Directory.flags..<Directory.nameLength])
                out.appendLittleEndian(UInt16(nameLength))
                out.appendLittleEndian(UInt16(0))
                out.append(contentsOf: central[Directory.fixedSize..<Directory.fixedSize + nameLength])
                try file.write(out)
                try file.write(bytes)
                written += out.count + bytes.count
                out.removeAll()
            } else {
                out.append(contentsOf: archive[start..<next])
            }
            directory.append(contentsOf: central)
        }
        var endRecord = Array(archive[end...])
        endRecord.setLittle(UInt32(directory.count), at: End.directorySize)
        guard written + out.count + directory.count <= Int(UInt32.max) else { throw damaged(path) }
        endRecord.setLittle(UInt32(written + out.count), at: End.directoryOffset)
        out.append(directory)
        out.append(contentsOf: endRecord)
        try file.write(out)
    }

    /// Where the end of central directory record starts (the archive has no comment, or a short one).
    private static func endRecord(_ archive: [UInt8]) -> Int? {
        guard archive.count >= End.size else { return nil }
        let earliest = max(0, archive.count - End.size - Int(UInt16.max))
        return stride(from: archive.count - End.size, through: earliest, by: -1).first {
            archive.little(UInt32.self, at: $0) == End.signature
        }
    }

    private static func damaged(_ path: String) -> XLSXError {
        XLSXError(path: path, .xlsxPicturesNotStored)
    }
}

extension Array where Element == UInt8 {
    /// The little-endian integer at `offset`.
    func little<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) -> T {
        (0..<MemoryLayout<T>.size).reduce(T.zero) { $0 | T(self[offset + $1]) << ($1 * 8) }
    }

    /// Writes `value` little-endian at `offset`.
    mutating func setLittle<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        for index in 0..<MemoryLayout<T>.size { self[offset + index] = UInt8(truncatingIfNeeded: value >> (index * 8)) }
    }
}
