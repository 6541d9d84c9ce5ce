import Foundation
import Testing
@testable import AnnexKit

@Suite("PNG cache: a figure drawn before is not drawn again, and never taken for another")
struct PNGCacheTests {
    /// A PNG as far as the cache looks at it: the signature, something, and the `IEND` chunk.
    static func png(_ body: String) -> Data {
        Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(body.utf8)
            + Data([0, 0, 0, 0]) + Data("IEND".utf8) + Data([0xAE, 0x42, 0x60, 0x82])
    }

    /// A cache in a fresh output folder, for a stand-in rasterizer program (a file of its own).
    static func cache() throws -> (cache: PNGCache, output: OutputFolder, program: String) {
        let output = try OutputFolder(temporaryFolder())
        let program = try temporaryFile("rasterizer", "#!/bin/sh\n")
        let cache = try #require(PNGCache(output: output, program: program, arguments: ["--zoom", "2"]))
        return (cache, output, program)
    }

    @Test("The PNG of the same SVG comes back byte for byte; another SVG finds nothing")
    func hitAndMiss() throws {
        let (cache, _, _) = try Self.cache()
        #expect(cache.bytes(for: "<svg>a</svg>") == nil)
        cache.store(Self.png("a"), for: "<svg>a</svg>")
        #expect(cache.bytes(for: "<svg>a</svg>") == Self.png("a"))
        #expect(cache.bytes(for: "<svg>b</svg>") == nil)
        #expect(cache.bytes(for: "<svg>a</svg> ") == nil)
    }

    @Test("An entry's name: 16 hexadecimal digits, another for a key one byte or one length apart")
    func names() {
        let key = Data("<svg>0123456789abcdefghijklmnopqrstuvwxyz</svg>".utf8)
        var names: Set<String> = [PNGCache.name(key)]
        for index in key.indices {
            var changed = key
            changed[index] ^= 1
            names.insert(PNGCache.name(changed))
            names.insert(PNGCache.name(key.prefix(index)))
        }
        names.insert(PNGCache.name(key + Data([0])))
        #expect(names.count == 2 * key.count + 2)
        #expect(names.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
        #expect(PNGCache.name(Data()) == PNGCache.name(Data()))
    }

    @Test("Another rasterizer, other arguments or a changed program draw anew")
    func keyedOnTheRasterizer() throws {
        let (cache, output, program) = try Self.cache()
        cache.store(Self.png("a"), for: "<svg/>")
        let otherArguments = try #require(PNGCache(output: output, program: program, arguments: ["--zoom", "3"]))
        #expect(otherArguments.bytes(for: "<svg/>") == nil)
        let otherProgram = try temporaryFile("rasterizer", "#!/bin/sh\n")
        #expect(try #require(PNGCache(output: output, program: otherProgram, arguments: ["--zoom", "2"]))
            .bytes(for: "<svg/>") == nil)
        try Data("#!/bin/sh\n# upgraded\n".utf8).write(to: URL(fileURLWithPath: program))
        #expect(try #require(PNGCache(output: output, program: program, arguments: ["--zoom", "2"]))
            .bytes(for: "<svg/>") == nil)
    }

    @Test("A damaged entry is drawn again: a cut-off PNG or a key that does not match")
    func damagedEntries() throws {
        let (cache, output, _) = try Self.cache()
        cache.store(Self.png("a"), for: "<svg/>")
        let folder = try output.resolve(PNGCache.folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 2)
        let stem = String(try #require(files.first { $0.hasSuffix(".png") }).dropLast(4))
        try Self.png("a").prefix(10).write(to: URL(fileURLWithPath: "\(folder)/\(stem).png"))
        #expect(cache.bytes(for: "<svg/>") == nil)
        cache.store(Self.png("a"), for: "<svg/>")
        try Data("other".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(stem).key"))
        #expect(cache.bytes(for: "<svg/>") == nil)
    }

    @Test("Beyond its capacity the least recently used entries go; one just used stays")
    func capacity() throws {
        let (cache, output, _) = try Self.cache()
        let folder = try output.resolve(PNGCache.folder)
        for index in 0..<PNGCache.capacity { cache.store(Self.png("\(index)"), for: "<svg>\(index)</svg>") }
        // Every entry last used long ago, then the first one used now.
        var long = [timeval(tv_sec: 1_000_000, tv_usec: 0), timeval(tv_sec: 1_000_000, tv_usec: 0)]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) { utimes(folder + "/" + name, &long) }
        #expect(cache.bytes(for: "<svg>0</svg>") != nil)
        cache.store(Self.png("new"), for: "<svg>new</svg>")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(entries.filter { $0.hasSuffix(".png") }.count == PNGCache.capacity)
        #expect(entries.filter { $0.hasSuffix(".key") }.count == PNGCache.capacity)
        #expect(cache.bytes(for: "<svg>0</svg>") != nil)
        #expect(cache.bytes(for: "<svg>new</svg>") != nil)
    }
}

extension PNGCache {
    /// The cache as the tests ask it, with SVGs written as texts.
    func store(_ png: Data, for svg: String) { store(png, for: Self.bytes(svg)) }

    func png(for svg: String) -> FileHandle? { png(for: Self.bytes(svg)) }

    private static func bytes(_ text: String) -> ByteBuffer {
        var bytes = ByteBuffer()
        bytes.append(text)
        return bytes
    }

    /// The bytes of the PNG drawn before from `svg`, or nil.
    func bytes(for svg: String) -> Data? {
        guard let png = png(for: svg) else { return nil }
        defer { try? png.close() }
        try? png.seek(toOffset: 0)
        return try? png.readToEnd()
    }
}

@Suite("Figures copied from the PNG cache")
struct PNGCopyTests {
    @Test("The copy is the cached PNG byte for byte, even when another build removed the entry meanwhile")
    func copy() throws {
        let (cache, output, _) = try PNGCacheTests.cache()
        let png = PNGCacheTests.png(String(repeating: "kaart ", count: 50_000))
        cache.store(png, for: "<svg/>")
        let opened = try #require(cache.png(for: "<svg/>"))
        let folder = try output.resolve(PNGCache.folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) { unlink(folder + "/" + name) }
        let target = try temporaryFolder() + "/kaart.png"
        try FigureFiles.copy(opened, to: target)
        #expect(FileManager.default.contents(atPath: target) == png)
        #expect(throws: FigureError.self) { try FigureFiles.copy(opened, to: target) }  // never over a file
    }
}
