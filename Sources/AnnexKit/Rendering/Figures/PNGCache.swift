import Foundation

/// The PNGs the rasterizer drew before, kept in the output folder (`<out>/.annex-cache/png/`) so
/// that a build whose figures did not change does not draw them again: drawing the seed annex's
/// maps at 300 dpi takes seconds, everything else of a build milliseconds.
///
/// An entry is found by its key, which holds everything the PNG is made from: the rasterizer
/// (its path, size and modification time, so an upgrade of it draws anew), its arguments, the
/// state of the font configuration, and the SVG itself, byte for byte. The key is stored beside
/// the PNG and compared in full, so two SVGs can never share a PNG; the file name is only a hash
/// of the key. A damaged or missing entry is drawn again; the cache never stops a build. The
/// least recently used entries beyond `capacity` are removed.
struct PNGCache {
    /// The folder of the cache, relative to the output folder.
    static let folder = ".annex-cache/png"
    /// The most entries kept (the seed annex has 14 figures per language).
    static let capacity = 256
    /// Files whose state the PNG depends on besides the rasterizer: the font configuration.
    static let fontConfiguration = ["/etc/fonts", "/var/cache/fontconfig"]

    private let path: String
    /// What every key starts with: the rasterizer, its arguments and the fonts.
    private let prefix: String

    /// The cache of `output` for `program` called with `arguments`; nil when the cache folder
    /// cannot be made (the figures are then drawn every time).
    init?(output: OutputFolder, program: String, arguments: [String]) {
        guard let path = try? output.resolve(Self.folder),
              (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil
        else { return nil }
        self.path = path
        let state = ([program] + Self.fontConfiguration).map { file -> String in
            var status = stat()
            guard stat(file, &status) == 0 else { return "\(file) -" }
            return "\(file) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        prefix = (state + [arguments.joined(separator: " ")]).joined(separator: "\n") + "\n\n"
        removeTemporaries()
    }

    /// The PNG drawn before from `svg`, opened (so that it can be copied even if another build
    /// removes the entry meanwhile), or nil.
    func png(for svg: ByteBuffer) -> FileHandle? {
        let key = key(svg)
        let name = Self.name(key)
        guard FileManager.default.contents(atPath: file(name, "key")) == key,
              let png = FileHandle(forReadingAtPath: file(name, "png")), Self.isComplete(png)
        else { return nil }
        // The modification time says when an entry was last used.
        utimes(file(name, "png"), nil)
        return png
    }

    /// Keeps `png`, drawn from `svg`; each file is written under a temporary name and renamed, so
    /// a build that is killed leaves no half entry.
    func store(_ png: Data, for svg: ByteBuffer) {
        let key = key(svg)
        let name = Self.name(key)
        guard write(png, to: file(name, "png")), write(key, to: file(name, "key")) else { return }
        prune()
    }

    /// The key of `svg`: the prefix, then the SVG's bytes.
    private func key(_ svg: ByteBuffer) -> Data {
        var key = Data(capacity: prefix.utf8.count + svg.count)
        key.append(contentsOf: prefix.utf8)
        svg.withUnsafeBytes { key.append(contentsOf: $0) }
        return key
    }

    private func file(_ name: String, _ fileExtension: String) -> String { "\(path)/\(name).\(fileExtension)" }

    private func write(_ data: Data, to target: String) -> Bool {
        let temporary = target + ".tmp-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let written = FileManager.default.createFile(atPath: temporary, contents: data)
            && Publication.sync(temporary) && rename(temporary, target) == 0
        if !written { unlink(temporary) }
        return written
    }

    /// Removes the half-written files of builds that were killed while storing an entry (at worst,
    /// one that another build is writing now, which then keeps its PNG out of the cache).
    private func removeTemporaries() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where name.contains(".tmp-") {
            unlink(path + "/" + name)
        }
    }

    /// Removes the least recently used entries beyond `capacity`.
    private func prune() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let entries = names.filter { $0.hasSuffix(".png") }
        guard entries.count > Self.capacity else { return }
        let used = entries.map { name -> (name: String, time: Int) in
            var status = stat()
            return (name, stat(path + "/" + name, &status) == 0 ? status.st_mtim.tv_sec : 0)
        }
        let oldest = used.sorted { ($0.time, $0.name) < ($1.time, $1.name) }.prefix(entries.count - Self.capacity)
        for entry in oldest {
            let stem = String(entry.name.dropLast(".png".count))
            unlink(file(stem, "key"))
            unlink(file(stem, "png"))
        }
    }

    /// A PNG that was written to its end (its last chunk is `IEND`); read from its start and end.
    static func isComplete(_ png: FileHandle) -> Bool {
        guard let head = try? png.read(upToCount: 4), let size = try? png.seekToEnd(), size >= 12,
              (try? png.seek(toOffset: size - 8)) != nil, let tail = try? png.read(upToCount: 4)
        else { return false }
        return head.elementsEqual([0x89, 0x50, 0x4E, 0x47]) && tail.elementsEqual("IEND".utf8)
    }

    /// The file name of a key: a 64-bit hash in hexadecimal, FNV-1a's taken eight bytes at a time
    /// (the key is a figure's SVG, up to some 200 KB, looked up at every build), each step's high
    /// half folded into its low half so that every byte reaches every bit.
    static func name(_ key: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x0000_0100_0000_01b3
            hash ^= hash >> 32
        }
        key.withUnsafeBytes { bytes in
            let words = bytes.count / MemoryLayout<UInt64>.size
            for index in 0..<words {
                mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
            }
            for byte in bytes[(words * 8)...] { mix(UInt64(byte)) }
        }
        mix(UInt64(key.count))
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
