import Foundation

/// Paths with every symbolic link, '.' and '..' resolved, to decide whether a path lies inside a folder.
enum RealPath {
    /// The real path of an existing file or folder; nil when it does not exist.
    static func of(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Whether the real path `path` is `folder` or lies inside it (both real paths).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
