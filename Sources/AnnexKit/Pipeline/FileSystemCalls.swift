import Foundation

/// Runs a blocking file-system call (`fsync`, `unlink`) on many paths at once, on a few threads.
///
/// On a busy disk such a call mostly waits: for the journal, for the device, for a core once it
/// may go on. One after the other, the waits add up (47 files: 70–140 ms to flush, as much to
/// remove, under load); side by side they overlap, and the file system commits the flushes of one
/// moment together.
enum FileSystemCalls {
    /// How many calls are under way at once: enough for the waits to overlap, few for two cores.
    static let width = 8

    /// Calls `call` once for every path; the first path in `paths`' order whose call failed (returned
    /// false), with the `errno` it left, or nil when all succeeded.
    static func each(_ paths: [String], _ call: @escaping @Sendable (String) -> Bool) -> (path: String, errno: Int32)? {
        let lanes = min(width, paths.count)
        guard lanes > 1 else { return first(paths, call) }
        let work = (1..<lanes).map { lane in
            SideWork { first(stride(from: lane, to: paths.count, by: lanes).map { paths[$0] }, call) }
        }
        let failures = [first(stride(from: 0, to: paths.count, by: lanes).map { paths[$0] }, call)]
            + work.map { try? $0.result() }
        let order = Dictionary(paths.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return failures.compactMap { $0 }.min { order[$0.path, default: 0] < order[$1.path, default: 0] }
    }

    /// The first of `paths` whose call failed, with its `errno`; every path is called.
    private static func first(_ paths: [String], _ call: (String) -> Bool) -> (path: String, errno: Int32)? {
        var failure: (path: String, errno: Int32)?
        for path in paths where !call(path) && failure == nil {
            failure = (path, errno)
        }
        return failure
    }
}
