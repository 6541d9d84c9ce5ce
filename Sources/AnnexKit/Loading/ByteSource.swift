import Foundation

/// Bytes of a file read in fixed-size chunks, so that a reader never holds the whole file.
final class ByteSource {
    private var buffer: [UInt8]
    private var position = 0
    private let handle: FileHandle?
    private let chunkSize: Int

    /// Reads `handle` in chunks of `chunkSize` bytes.
    init(handle: FileHandle, chunkSize: Int = 1 << 16) {
        self.handle = handle
        self.chunkSize = chunkSize
        buffer = []
    }

    /// Serves `bytes` from memory.
    init(bytes: [UInt8]) {
        handle = nil
        chunkSize = 0
        buffer = bytes
    }

    deinit { try? handle?.close() }

    /// Appends the next chunk; false at the end of the file.
    private func refill() -> Bool {
        guard let handle, let data = try? handle.read(upToCount: chunkSize), !data.isEmpty else { return false }
        buffer.removeFirst(position)
        position = 0
        buffer.append(contentsOf: data)
        return true
    }

    /// The next byte without consuming it.
    func peek() -> UInt8? {
        if position == buffer.count && !refill() { return nil }
        return buffer[position]
    }

    /// The next byte, consumed.
    func next() -> UInt8? {
        guard let byte = peek() else { return nil }
        position += 1
        return byte
    }

    /// The unread bytes up to and including the first line break (the whole rest if there is none),
    /// without consuming them; at most `limit` bytes are buffered for it.
    func firstLine(limit: Int = 1 << 20) -> ArraySlice<UInt8> {
        while !buffer[position...].contains(0x0A), buffer.count - position < limit, refill() {}
        let rest = buffer[position...]
        guard let end = rest.firstIndex(of: 0x0A) else { return rest }
        return rest[...end]
    }

    /// Consumes `count` bytes that `firstLine` or `peek` have buffered.
    func skip(_ count: Int) {
        position = min(position + count, buffer.count)
    }
}
