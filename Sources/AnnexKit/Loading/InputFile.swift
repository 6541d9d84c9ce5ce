import Foundation

/// Opens every file annex reads (CSV, YAML, templates): only a regular file, not a folder, a device
/// such as `/dev/zero` or a pipe, of at most `Limits.current.fileSize` bytes. Every problem is a
/// `LoadError` in Dutch naming the file; `file` is the name used in it (by default `path`).
public enum InputFile {
    /// An open handle on the file, checked.
    public static func open(_ path: String, file: String? = nil) throws -> FileHandle {
        let name = file ?? path
        let descriptor = openForReading(path)
        guard descriptor >= 0 else { throw unreadable(name, FileProblem.describe(errno: errno)) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw unreadable(name, FileProblem.describe(errno: code))
        }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG else {
            close(descriptor)
            throw unreadable(name, kind == S_IFDIR ? FileProblem.describe(errno: EISDIR)
                                 : MessageText(.fileNotRegular))
        }
        guard Int(status.st_size) <= Limits.current.fileSize else {
            close(descriptor)
            throw tooLarge(name, size: Int(status.st_size))
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The whole file.
    public static func bytes(_ path: String, file: String? = nil) throws -> Data {
        let handle = try open(path, file: file)
        let limit = Limits.current.fileSize
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw unreadable(file ?? path, FileProblem.describe(error))
        }
        // The file may have grown since it was opened.
        guard data.count <= limit else { throw tooLarge(file ?? path, size: data.count) }
        return data
    }

    /// The whole file as UTF-8 text, without a byte-order mark.
    public static func text(_ path: String, file: String? = nil) throws -> String {
        let data = try bytes(path, file: file)
        guard var text = String(validating: data, as: UTF8.self) else {
            throw LoadErrors([LoadError(file: file ?? path, .invalidEncoding)])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    private static func unreadable(_ file: String, _ reason: MessageText) -> LoadErrors {
        LoadErrors([LoadError(file: file, .unreadable(reason: reason))])
    }

    private static func tooLarge(_ file: String, size: Int) -> LoadErrors {
        LoadErrors([LoadError(file: file, .fileTooLarge(size: size, limit: Limits.current.fileSize))])
    }
}

/// The system's `open`, for reading without waiting (a pipe would block) and not inherited by
/// child processes; at file scope, where `open` is not `InputFile.open`.
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
}
