import Foundation
import Testing
import ZIPFoundation
@testable import AnnexKit

@Suite("ZIP writer: the archives annex writes itself")
struct ZIPWriterTests {
    /// Entries of every kind: empty, small, stored, and one deflated part larger than a block.
    static let entries: [(name: String, data: Data, deflated: Bool)] = [
        ("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8), false),
        ("leeg.xml", Data(), true),
        ("map/één.xml", Data("<a>Súdwest-Fryslân</a>".utf8), true),
        ("groot.xml", Data((0..<200_000).map { "<c r=\"A\($0)\"><v>\($0 * 7 % 1000)</v></c>" }.joined().utf8), true),
        ("beeld.png", Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }), false),
    ]

    /// `entries` written by ZIPWriter into a new archive; its path.
    static func sampleArchive() throws -> String {
        let path = try temporaryFolder() + "/a.zip"
        let writer = try ZIPWriter(path: path, year: 2024, month: 8, day: 15)
        for entry in entries {
            try writer.add(entry.name, entry.data, method: entry.deflated ? .deflated : .stored)
        }
        try writer.finish()
        return path
    }

    @Test("Read back by ZIPFoundation: every entry whole, its checksum right")
    func readBack() throws {
        let path = try Self.sampleArchive()
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        #expect(archive.map(\.path) == Self.entries.map(\.name))
        for entry in Self.entries {
            var data = Data()
            _ = try archive.extract(try #require(archive[entry.name]), consumer: { data.append($0) })
            #expect(data == entry.data, "\(entry.name)")
            #expect(archive[entry.name]?.fileAttributes[.modificationDate] as? Date == Self.date)
        }
    }

    @Test("The same bytes as ZIPFoundation writes for the same entries and date")
    func sameAsZIPFoundation() throws {
        let folder = try temporaryFolder()
        let writer = try ZIPWriter(path: folder + "/ours.zip", year: 2024, month: 8, day: 15)
        let archive = try Archive(url: URL(fileURLWithPath: folder + "/theirs.zip"), accessMode: .create)
        for entry in Self.entries {
            try writer.add(entry.name, entry.data, method: entry.deflated ? .deflated : .stored)
            try archive.addEntry(with: entry.name, type: .file, uncompressedSize: Int64(entry.data.count),
                                 modificationDate: Self.date, compressionMethod: entry.deflated ? .deflate : .none) {
                entry.data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
        try writer.finish()
        let ours = try #require(FileManager.default.contents(atPath: folder + "/ours.zip"))
        let theirs = try #require(FileManager.default.contents(atPath: folder + "/theirs.zip"))
        #expect(ours == theirs)
    }

    @Test("An entry written in pieces is the entry written at once")
    func streamed() throws {
        let folder = try temporaryFolder()
        let large = Self.entries[3].data
        let whole = try ZIPWriter(path: folder + "/whole.zip", year: 2024, month: 8, day: 15)
        try whole.add("groot.xml", large, method: .deflated)
        try whole.finish()
        let pieces = try ZIPWriter(path: folder + "/pieces.zip", year: 2024, month: 8, day: 15)
        try pieces.begin("groot.xml", method: .deflated)
        for start in stride(from: 0, to: large.count, by: 77_777) {
            try pieces.write(large.subdata(in: start..<min(start + 77_777, large.count)))
        }
        try pieces.end()
        try pieces.finish()
        #expect(FileManager.default.contents(atPath: folder + "/whole.zip")
            == FileManager.default.contents(atPath: folder + "/pieces.zip"))
    }

    @Test("A stored entry written in pieces, the large ones straight to the file, is the entry stored at once")
    func storedInPieces() throws {
        let folder = try temporaryFolder()
        let data = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 11) })
        let whole = try ZIPWriter(path: folder + "/whole.zip", year: 2024, month: 8, day: 15)
        let pieces = try ZIPWriter(path: folder + "/pieces.zip", year: 2024, month: 8, day: 15)
        for writer in [whole, pieces] { try writer.add("klein.xml", Data("<a/>".utf8), method: .deflated) }
        try whole.add("beeld.png", data, method: .stored)
        try pieces.begin("beeld.png", method: .stored)
        var start = 0
        for size in [10, 65_535, 65_536, 3, 100_000, 1] {
            try pieces.write(data.subdata(in: start..<start + size))
            start += size
        }
        try pieces.write(data.subdata(in: start..<data.count))
        try pieces.end()
        for writer in [whole, pieces] {
            try writer.add("na.xml", Data("<b/>".utf8), method: .stored)
            try writer.finish()
        }
        let written = try #require(FileManager.default.contents(atPath: folder + "/whole.zip"))
        #expect(FileManager.default.contents(atPath: folder + "/pieces.zip") == written)
        let archive = try Archive(url: URL(fileURLWithPath: folder + "/whole.zip"), accessMode: .read)
        var read = Data()
        _ = try archive.extract(try #require(archive["beeld.png"])) { read.append($0) }
        #expect(read == data)
    }

    @Test("An entry whose checksum is given is the entry whose checksum is computed, and records the one given")
    func knownChecksum() throws {
        let folder = try temporaryFolder()
        for (name, known) in [("computed.zip", false), ("given.zip", true), ("wrong.zip", true)] {
            let writer = try ZIPWriter(path: folder + "/" + name, year: 2024, month: 8, day: 15)
            for entry in Self.entries {
                let method: ZIPWriter.Method = entry.deflated ? .deflated : .stored
                let crc = CRC32.of(entry.data) ^ (name == "wrong.zip" ? 1 : 0)
                try known ? writer.add(entry.name, entry.data, method: method, crc: crc)
                    : writer.add(entry.name, entry.data, method: method)
            }
            try writer.finish()
        }
        let computed = try #require(FileManager.default.contents(atPath: folder + "/computed.zip"))
        #expect(FileManager.default.contents(atPath: folder + "/given.zip") == computed)
        let wrong = try Archive(url: URL(fileURLWithPath: folder + "/wrong.zip"), accessMode: .read)
        for entry in Self.entries {
            #expect(try #require(wrong[entry.name]).checksum == CRC32.of(entry.data) ^ 1, "\(entry.name)")
        }
    }

    @Test("An entry deflated in blocks on several threads reads back whole, checksum right, with any piece sizes")
    func blocks() throws {
        // Over three blocks, so that blocks are primed, flushed, joined and waited for; then an
        // entry of exactly one block (its last block empty) and an empty one.
        let large = Data((0..<(3 * BlockDeflate.blockSize + 12_345)).map { index in
            UInt8(ascii: "a") + UInt8((index &* 2_654_435_761) >> 29 & 15)
        })
        let exact = large.prefix(BlockDeflate.blockSize)
        let path = try temporaryFolder() + "/blocks.zip"
        let writer = try ZIPWriter(path: path, year: 2024, month: 8, day: 15)
        for (name, data) in [("groot.xml", large), ("blok.xml", Data(exact)), ("leeg.xml", Data())] {
            try writer.begin(name, method: .deflatedInBlocks)
            for start in stride(from: 0, to: data.count, by: 300_001) {
                try writer.write(data.subdata(in: start..<min(start + 300_001, data.count)))
            }
            try writer.end()
        }
        try writer.finish()
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        for (name, data) in [("groot.xml", large), ("blok.xml", Data(exact)), ("leeg.xml", Data())] {
            var read = Data()
            let entry = try #require(archive[name])
            _ = try archive.extract(entry) { read.append($0) }
            #expect(read == data, "\(name)")
            #expect(entry.compressedSize < UInt64(max(data.count, 8)), "\(name): deflated")
        }
    }

    /// Midnight of the date in the time zone ZIPFoundation reads MS-DOS dates in.
    static let date: Date = {
        var components = DateComponents()
        (components.year, components.month, components.day) = (2024, 8, 15)
        return Calendar.current.date(from: components)!
    }()
}

@Suite("ZIP entries replaced in an archive written by another program")
struct ZIPEntryReplacementTests {
    @Test("The replaced entry is stored with its new bytes and checksum; the others keep their bytes")
    func replace() throws {
        let path = try ZIPWriterTests.sampleArchive()
        let before = try Archive(url: URL(fileURLWithPath: path), accessMode: .read).map { $0 }
        let replacement = Data("nieuw".utf8)
        try ZIPEntryReplacement.replace(in: path) { name, _, _ in
            name == "map/één.xml" ? (replacement, CRC32.of(replacement)) : nil
        }
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        #expect(archive.map(\.path) == ZIPWriterTests.entries.map(\.name))
        for (entry, old) in zip(ZIPWriterTests.entries, before) {
            let new = try #require(archive[entry.name])
            var data = Data()
            _ = try archive.extract(new) { data.append($0) }
            if entry.name == "map/één.xml" {
                #expect(data == replacement && new.compressedSize == UInt64(replacement.count))
            } else {
                #expect(data == entry.data && new.checksum == old.checksum && new.compressedSize == old.compressedSize)
            }
        }
    }

    @Test("A file that is no ZIP archive is an error naming it")
    func notAnArchive() throws {
        let path = try temporaryFile("a.xlsx", "geen zip")
        #expect(throws: XLSXError.self) { try ZIPEntryReplacement.replace(in: path) { _, _, _ in nil } }
    }
}
