import Foundation

/// The figures' PNGs in the output folder, read once for both workbooks: the XLSX and the ODS are
/// written on threads of their own and store the same maps (5 MB in the seed annex), so whichever
/// asks for a PNG first reads it and the other gets the same bytes, and its CRC-32, which both
/// archives record for it (made once, not twice, and from the checksums of the PNG's chunks: `PNGChecksum`).
/// The workbooks may start before the figures are written: a PNG is read once `placed` says they are, or says
/// that the PNGs' cache holds every one (then from the cache, while their copies are still being made).
final class FigurePNGs: @unchecked Sendable {
    /// A figure's PNG as read, with its CRC-32.
    struct PNG {
        let data: Data
        let crc: UInt32
    }

    /// The output folder the figures' paths are relative to.
    let folder: String
    private let lock = NSLock()
    private var read: [String: PNG] = [:]
    /// The PNGs as the cache holds them, opened, by their paths relative to `folder` (see `placed(from:)`).
    private var cached: [String: FileHandle] = [:]
    /// Whether `placed` was called.
    private var told = false
    /// Left once the figures' files are written (or failed to be), or their PNGs are known to be in the cache.
    private let written = DispatchGroup()

    init(folder: String) {
        self.folder = folder
        written.enter()
    }

    /// Says that the figures' files are written, or will not be: the PNGs can be read. With `cached`, says it
    /// before they are written: every PNG is in the cache, opened (by its path relative to `folder`), and is read
    /// from there, with the bytes its copy in `folder` gets. Only the first call counts.
    func placed(from cached: [String: FileHandle] = [:]) {
        let first = lock.withLock {
            guard !told else { return false }
            told = true
            self.cached = cached
            return true
        }
        if first { written.leave() }
    }

    /// The PNG of `image` (a path relative to `folder`), nil when there is none.
    func png(_ image: String) -> PNG? {
        written.wait()
        return lock.withLock {
            if let known = read[image] { return known }
            let data = if let entry = cached[image] {
                Self.contents(of: entry)
            } else {
                FileManager.default.contents(atPath: folder + "/" + image)
            }
            let png = data.map { PNG(data: $0, crc: PNGChecksum.of($0)) }
            read[image] = png
            return png
        }
    }

    /// The whole file `handle` has open, read from its start without moving its offset: the figure's copy may
    /// be read from the same handle meanwhile.
    private static func contents(of handle: FileHandle) -> Data? {
        var status = stat()
        guard fstat(handle.fileDescriptor, &status) == 0 else { return nil }
        var data = Data(count: Int(status.st_size))
        let complete = data.withUnsafeMutableBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = pread(handle.fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset,
                                  off_t(offset))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        return complete ? data : nil
    }
}
