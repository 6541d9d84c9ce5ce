import CDeflate
import CWriteback
import Foundation

/// A ZIP archive written entry by entry straight to a new file, as the workbooks annex writes
/// itself are (the ODS, the sheets of a large XLSX): an entry is stored or deflated by zlib while
/// it is written, so an entry of hundreds of megabytes never is in memory at once.
///
/// Every entry carries the same date (the publication date, never the clock), UTF-8 names and
/// Unix permissions 0644; the archive has no data descriptors, no extra fields and no comment.
/// An archive or entry beyond 4 GB (ZIP64) is refused. The bytes are those ZIPFoundation writes
/// for the same entries, level and memory level; an entry deflated in blocks (`deflatedInBlocks`)
/// is another valid deflate stream of the same content.
final class ZIPWriter {
    /// How an entry is stored.
    enum Method: Equatable {
        case stored
        /// zlib's deflate at `level` (0–9) with `memoryLevel` (1–9) of state.
        case deflated(level: Int32, memoryLevel: Int32)
        /// As `deflated`, in blocks deflated side by side (`BlockDeflate`): for entries of many megabytes.
        case deflatedInBlocks(level: Int32, memoryLevel: Int32)
        /// zlib's default level, with the most memory (as ZIPFoundation deflates).
        static let deflated = Method.deflated(level: Z_DEFAULT_COMPRESSION, memoryLevel: 9)
        /// `deflated` in blocks.
        static let deflatedInBlocks = Method.deflatedInBlocks(level: Z_DEFAULT_COMPRESSION, memoryLevel: 9)
    }

    /// The largest archive or entry without ZIP64 extensions.
    static let maximumSize = UInt64(UInt32.max)
    /// How much output is gathered before it is written to the file.
    static let blockSize = 1 << 20

    private let path: String
    private let descriptor: Int32
    /// MS-DOS time and date of every entry.
    private let time: UInt16, date: UInt16
    /// Where the next byte goes in the file.
    private var offset: UInt64 = 0
    private var pending = ByteBuffer()
    private var directory = ByteBuffer()
    private var entries = 0
    private var entry: OpenEntry?

    /// The entry being written.
    private struct OpenEntry {
        let name: String
        let method: Method
        let headerOffset: UInt64
        var crc: UInt = crc32(0, nil, 0)
        /// The content's CRC-32 when the caller knows it (`add(_:_:method:crc:)`): not computed again.
        var knownCRC: UInt?
        var size: UInt64 = 0
        var compressedSize: UInt64 = 0
        /// zlib's state of a deflated entry; it must not move while in use, so it lives on the heap.
        var stream: UnsafeMutablePointer<z_stream>?
        /// The blocks of an entry deflated in blocks.
        var blocks: BlockDeflate?
    }

    /// Creates the archive at `path`, a new file (never through a link or over a file); every entry
    /// is dated `year`-`month`-`day` 00:00.
    init(path: String, year: Int, month: Int, day: Int) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Self.failure(path, .outputNotWritten) }
        time = 0
        date = UInt16(truncatingIfNeeded: max(year - 1980, 0) << 9 | month << 5 | day)
    }

    deinit {
        if let stream = entry?.stream { Self.release(stream) }
        annex_start_writeback(descriptor)
        close(descriptor)
    }

    /// Adds an entry with `bytes` as its content.
    func add(_ name: String, _ bytes: some ContiguousBytes, method: Method) throws {
        try begin(name, method: method)
        try write(bytes)
        try end()
    }

    /// Adds an entry with `bytes` as its content, whose CRC-32 the caller knows to be `crc`.
    func add(_ name: String, _ bytes: some ContiguousBytes, method: Method, crc: UInt32) throws {
        try begin(name, method: method)
        entry?.knownCRC = UInt(crc)
        try write(bytes)
        try end()
    }

    /// Starts an entry; its content follows with `write`, and `end` closes it.
    func begin(_ name: String, method: Method) throws {
        precondition(entry == nil, "ZIPWriter: an entry is open")
        var opened = OpenEntry(name: name, method: method, headerOffset: offset + UInt64(pending.count))
        if case .deflated(let level, let memoryLevel) = method {
            let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
            stream.initialize(to: z_stream())
            guard annex_deflate_init(stream, level, memoryLevel) == Z_OK else {
                stream.deallocate()
                throw Self.failure(path, .outputNotCompressed, errno: ENOMEM)
            }
            opened.stream = stream
        }
        if case .deflatedInBlocks(let level, let memoryLevel) = method {
            opened.blocks = BlockDeflate(level: level, memoryLevel: memoryLevel)
        }
        entry = opened
        header(local: true, opened)
    }

    /// More content of the open entry.
    func write(_ bytes: some ContiguousBytes) throws {
        guard var current = entry else { preconditionFailure("ZIPWriter: no entry is open") }
        try bytes.withUnsafeBytes { raw in
            let input = raw.bindMemory(to: UInt8.self)
            current.size += UInt64(input.count)
            if let blocks = current.blocks {
                current.compressedSize += try compressing { try blocks.write(input, to: &pending) }
                return
            }
            if current.knownCRC == nil { current.crc = crc32(current.crc, input.baseAddress, UInt32(input.count)) }
            if let stream = current.stream {
                current.compressedSize += try deflate(stream, input, flush: Z_NO_FLUSH)
            } else {
                current.compressedSize += UInt64(input.count)
                try store(input)
            }
        }
        entry = current
        try flushIfFull()
    }

    /// Closes the open entry: its sizes and checksum go into its header.
    func end() throws {
        guard var current = entry else { preconditionFailure("ZIPWriter: no entry is open") }
        if let stream = current.stream {
            current.compressedSize += try deflate(stream, UnsafeBufferPointer(start: nil, count: 0), flush: Z_FINISH)
            Self.release(stream)
            current.stream = nil
        }
        if let blocks = current.blocks {
            current.compressedSize += try compressing { try blocks.finish(to: &pending) }
            current.crc = blocks.crc
            current.blocks = nil
        }
        if let known = current.knownCRC { current.crc = known }
        entry = nil
        guard current.size <= Self.maximumSize, current.compressedSize <= Self.maximumSize else {
            throw Self.failure(path, .outputPartTooLarge, ["part": "\(current.name)"], errno: EFBIG)
        }
        try flush()
        // The header was written before the content: its checksum and sizes now.
        var fields = ByteBuffer()
        fields.appendLittleEndian(UInt32(current.crc))
        fields.appendLittleEndian(UInt32(current.compressedSize))
        fields.appendLittleEndian(UInt32(current.size))
        try writeAll(fields, at: current.headerOffset + 14)
        header(local: false, current)
        entries += 1
    }

    /// Writes the central directory and closes the file.
    func finish() throws {
        precondition(entry == nil, "ZIPWriter: an entry is open")
        let start = offset + UInt64(pending.count)
        pending.append(directory)
        guard start + UInt64(directory.count) <= Self.maximumSize, entries <= Int(UInt16.max) else {
            throw Self.failure(path, .outputArchiveTooLarge, errno: EFBIG)
        }
        pending.appendLittleEndian(UInt32(0x0605_4b50))
        pending.appendLittleEndian(UInt32(0))  // this disk, the disk of the directory
        pending.appendLittleEndian(UInt16(entries))
        pending.appendLittleEndian(UInt16(entries))
        pending.appendLittleEndian(UInt32(directory.count))
        pending.appendLittleEndian(UInt32(start))
        pending.appendLittleEndian(UInt16(0))  // no comment
        try flush()
    }

    // MARK: Parts

    /// The local header (before the content) or the entry's record in the central directory.
    private func header(local: Bool, _ entry: OpenEntry) {
        var out = ByteBuffer()
        out.appendLittleEndian(UInt32(local ? 0x0403_4b50 : 0x0201_4b50))
        if !local { out.appendLittleEndian(UInt16(0x0315)) }  // made by: Unix, ZIP 2.1
        out.appendLittleEndian(UInt16(20))  // needed: ZIP 2.0
        out.appendLittleEndian(UInt16(0x0800))  // the name is UTF-8
        out.appendLittleEndian(UInt16(entry.method == .stored ? 0 : 8))
        out.appendLittleEndian(time)
        out.appendLittleEndian(date)
        out.appendLittleEndian(UInt32(local ? 0 : entry.crc))
        out.appendLittleEndian(UInt32(local ? 0 : entry.compressedSize))
        out.appendLittleEndian(UInt32(local ? 0 : entry.size))
        out.appendLittleEndian(UInt16(entry.name.utf8.count))
        out.appendLittleEndian(UInt16(0))  // no extra field
        if !local {
            out.appendLittleEndian(UInt16(0))  // no comment
            out.appendLittleEndian(UInt16(0))  // disk
            out.appendLittleEndian(UInt16(0))  // internal attributes
            out.appendLittleEndian(UInt32(0o100644) << 16)  // a regular file, rw-r--r--
            out.appendLittleEndian(UInt32(entry.headerOffset))
        }
        out.append(entry.name)
        if local { pending.append(out) } else { directory.append(out) }
    }

    /// Deflates `input` into the pending output; returns how many bytes it produced.
    private func deflate(_ stream: UnsafeMutablePointer<z_stream>, _ input: UnsafeBufferPointer<UInt8>,
                         flush: Int32) throws -> UInt64 {
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.pointee.avail_in = UInt32(input.count)
        var produced: UInt64 = 0
        var result: Int32 = Z_OK
        repeat {
            var written = 0
            pending.append(upTo: Self.deflateChunk) { output in
                stream.pointee.next_out = output.baseAddress
                stream.pointee.avail_out = UInt32(output.count)
                result = CDeflate.deflate(stream, flush)
                written = output.count - Int(stream.pointee.avail_out)
                return written
            }
            guard result == Z_OK || result == Z_STREAM_END || result == Z_BUF_ERROR else {
                throw Self.failure(path, .outputNotCompressed, errno: EIO)
            }
            produced += UInt64(written)
        } while stream.pointee.avail_out == 0 || (flush == Z_FINISH && result != Z_STREAM_END)
        return produced
    }

    /// Stored content: gathered with the output before it when short, else written to the file from where it
    /// lies after what is gathered (a figure's PNG of hundreds of kilobytes is not copied on its way).
    private func store(_ input: UnsafeBufferPointer<UInt8>) throws {
        guard input.count >= Self.directSize else { return pending.append(contentsOf: input) }
        try flush()
        try writeAll(UnsafeRawBufferPointer(input), at: offset)
        offset += UInt64(input.count)
    }

    /// The least stored content written to the file without being gathered first.
    private static let directSize = 1 << 16

    /// The result of `work`, or the error of an entry that could not be compressed.
    private func compressing<T>(_ work: () throws -> T) throws -> T {
        do { return try work() } catch { throw Self.failure(path, .outputNotCompressed, errno: ENOMEM) }
    }

    /// How much room deflate gets at a time.
    private static let deflateChunk = 1 << 16

    private static func release(_ stream: UnsafeMutablePointer<z_stream>) {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    private func flushIfFull() throws {
        if pending.count >= Self.blockSize { try flush() }
    }

    private func flush() throws {
        try writeAll(pending, at: offset)
        offset += UInt64(pending.count)
        pending.removeAll()
    }

    private func writeAll(_ bytes: ByteBuffer, at position: UInt64) throws {
        try bytes.withUnsafeBytes { try writeAll($0, at: position) }
    }

    private func writeAll(_ buffer: UnsafeRawBufferPointer, at position: UInt64) throws {
        var done = 0
        while done < buffer.count {
            let written = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done,
                                 off_t(position) + off_t(done))
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw Self.failure(path, .outputNotWritten) }
            done += written
        }
    }

    private static func failure(_ path: String, _ what: Message, _ values: [String: MessageText.Value] = [:],
                                errno code: Int32 = errno) -> OutputError {
        OutputError(path: path, .outputFailed, ["what": .message(MessageText(what, values)),
                                                "reason": .message(FileProblem.describe(errno: code))])
    }
}

extension ByteBuffer {
    /// `value` in little-endian byte order, as ZIP headers hold numbers.
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
