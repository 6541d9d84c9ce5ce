#if os(Linux)
import Glibc

/// The names of the files created in a folder while it is watched (Linux inotify): a file that is
/// created and unlinked at once, as a temporary file is, still shows.
final class CreatedFiles {
    private let descriptor: Int32
    private static let bufferSize = 1 << 16

    /// Starts watching `folder`; nil when inotify is not available.
    init?(in folder: String) {
        let watcher = inotify_init1(Int32(IN_NONBLOCK))
        guard watcher >= 0 else { return nil }
        guard inotify_add_watch(watcher, folder, UInt32(IN_CREATE)) >= 0 else {
            close(watcher)
            return nil
        }
        descriptor = watcher
    }

    deinit { close(descriptor) }

    /// The names of the files created since the watch started (or since the last call).
    func names() -> [String] {
        var names: [String] = []
        var buffer = [UInt8](repeating: 0, count: Self.bufferSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return names }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (length, name) = buffer.withUnsafeBytes { bytes in
                    let event = bytes.load(fromByteOffset: offset, as: inotify_event.self)
                    let start = offset + MemoryLayout<inotify_event>.size
                    let field = bytes[start..<start + Int(event.len)].prefix { $0 != 0 }
                    return (Int(event.len), String(decoding: field, as: UTF8.self))
                }
                names.append(name)
                offset += MemoryLayout<inotify_event>.size + length
            }
        }
    }
}
#endif
