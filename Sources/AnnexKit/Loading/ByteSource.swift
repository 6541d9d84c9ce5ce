import Foundation

/// Bytes of a file read in fixed-size chunks, so that a reader never holds the whole file.
///
/// Every input file is opened here (`open(path:file:)`), whatever reads it: CSV, XLSX.
final class ByteSource {
    private var buffer: [UInt8]
    private var position = 0
    private let handle: FileHandle?
    private let chunkSize: Int
    /// The size of the file in bytes when it was opened (of the bytes, served from memory).
    let size: Int

    /// Opens the file at `path` through `InputFile` (a regular file within the size limit); `file`
    /// names it in the error when it cannot be read.
    static func open(path: String, file: String, chunkSize: Int = 1 << 16) throws -> ByteSource {
        ByteSource(handle: try InputFile.open(path, file: file), chunkSize: chunkSize)
    }

    /// Reads `handle` in chunks of `chunkSize` bytes.
    init(handle: FileHandle, chunkSize: Int = 1 << 16) {
        self.handle = handle
        self.chunkSize = chunkSize
        var status = stat()
        size = fstat(handle.fileDescriptor, &status) == 0 ? Int(status.st_size) : 0
        buffer = []
    }

    /// Serves `bytes` from memory.
    init(bytes: [UInt8]) {
        handle = nil
        chunkSize = 0
        size = bytes.count
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

    /// Appends the unread bytes before the next one that `stops` (or the end of the file), at most
    /// `limit`, to `bytes`, consumed a chunk at a time, and returns how many; the byte that stops is
    /// left unread.
    func append(upTo stops: (UInt8) -> Bool, limit: Int, to bytes: inout [UInt8]) -> Int {
        var count = 0
        while count < limit, position < buffer.count || refill() {
            let start = position, bound = min(buffer.count, start + limit - count)
            let end = buffer[start..<bound].firstIndex(where: stops) ?? bound
            bytes.append(contentsOf: buffer[start..<end])
            count += end - start
            position = end
            if end < bound { break }
        }
        return count
    }

    /// The first `limit` unread bytes (fewer at the end of the file), without consuming them.
    func head(limit: Int) -> ArraySlice<UInt8> {
        while buffer.count - position < limit, refill() {}
        return buffer[position..<min(buffer.count, position + limit)]
    }

    /// Consumes `count` bytes that `head` or `peek` have buffered.
    func skip(_ count: Int) {
        position = min(position + count, buffer.count)
    }

    /// Every unread byte, consumed: for formats that need the whole file, such as a ZIP archive.
    func readToEnd() -> [UInt8] {
        while refill() {}
        defer { position = buffer.count }
        return Array(buffer[position...])
    }
}
