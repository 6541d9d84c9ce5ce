import Foundation

/// The figures' PNGs in the output folder, read once for both workbooks: the XLSX and the ODS are
/// written on threads of their own and store the same maps (5 MB in the seed annex), so whichever
/// asks for a PNG first reads it and the other gets the same bytes, and its CRC-32, which both
/// archives record for it (made once, not twice, and from the checksums of the PNG's chunks: `PNGChecksum`).
/// The workbooks may start before the figures are written: a PNG is read once `placed` says they are.
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
    /// Left once the figures' files are written (or failed to be).
    private let written = DispatchGroup()

    init(folder: String) {
        self.folder = folder
        written.enter()
    }

    /// Says that the figures' files are written, or will not be: the PNGs can be read.
    func placed() {
        written.leave()
    }

    /// The PNG of `image` (a path relative to `folder`), nil when there is none.
    func png(_ image: String) -> PNG? {
        written.wait()
        return lock.withLock {
            if let known = read[image] { return known }
            let png = FileManager.default.contents(atPath: folder + "/" + image).map {
                PNG(data: $0, crc: PNGChecksum.of($0))
            }
            read[image] = png
            return png
        }
    }
}
