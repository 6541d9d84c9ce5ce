import CWriteback
import Foundation

/// A new file of an annex, written as its bytes come: a writer hands over a block at a time, so a
/// file of any size is written in constant memory. Never opened through a link or over a file
/// that is already there. When it is closed, its writeback to disk is started (`annex_start_writeback`),
/// so that `Publication.commit`, which flushes every file, finds little left to write.
final class OutputFile {
    let path: String
    private let descriptor: Int32

    /// `replacing`: a file at `path` that this build wrote is removed first (it is rewritten from
    /// its bytes in memory).
    init(path: String, replacing: Bool = false) throws {
        self.path = path
        if replacing { unlink(path) }  // should it stay, the exclusive open below says why
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw notWritten }
    }

    deinit {
        annex_start_writeback(descriptor)
        close(descriptor)
    }

    /// The file could not be written, for the reason `errno` gives.
    private var notWritten: OutputError {
        OutputError(path: path, .outputFailed, ["what": .message(MessageText(.outputNotWritten)),
                                                "reason": .message(FileProblem.describe(errno: errno))])
    }

    func write(_ buffer: ByteBuffer) throws {
        try buffer.withUnsafeBytes(write)
    }

    func write(_ data: Data) throws {
        try data.withUnsafeBytes(write)
    }

    private func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw notWritten }
            offset += written
        }
    }
}
