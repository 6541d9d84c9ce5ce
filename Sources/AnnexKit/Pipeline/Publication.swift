import CRenameExchange
import Foundation

/// Publishes one annex folder, `<out>/<name>`, atomically and exclusively:
///
/// - a lock file `<out>/.<name>.lock` (flock) makes a second build of the same annex wait until the
///   first is done, or stop with a clear error after `lockTimeout`;
/// - the files are written into a fresh folder with a unique name beside the target,
///   `<out>/.<name>.tmp-<random>`;
/// - `commit` flushes every file and folder to disk (`fsync`, several at once: `FileSystemCalls`)
///   and swaps the new folder in with one rename: on Linux `renameat2(RENAME_EXCHANGE)`, elsewhere
///   by renaming the old folder aside (`.<name>.old-<random>`) first. Only then is the old copy
///   removed, while the output folder is flushed. The writers start each file's writeback as they
///   close it (`OutputFile`), and the build has the files it finished flushed while it writes the others
///   (`flushSoon`), so the disk writes while the build goes on and `commit` waits only for what is still
///   on its way.
///
/// The temporary folders of a build that was killed are removed by the next build of the same
/// annex; an old folder renamed aside whose target is gone is first put back. A failure at any
/// point before the swap leaves the previous output exactly as it was.
///
/// Only an annex folder is ever replaced: every annex holds the marker `.annex-output`, and an
/// annex written before the marker is a folder of only the names annex writes. Anything else at
/// `<out>/<name>` (a file, a link, a folder of the user's) stops the build before a file is written.
///
/// The build's threads ask for paths in the new folder (`path`, `create`: its fixed names and the file
/// system only); `commit` and `abandon` are called by the build's own thread after the others are done.
final class Publication: @unchecked Sendable {
    /// How often a waiting build tries the lock again, in seconds.
    private static let lockRetryInterval = 0.05

    let folder: OutputFolder
    let name: String
    /// `<out>/<name>`.
    let target: String
    /// The folder the new annex is written into.
    let staging: String
    /// Problems that did not stop the build (an old copy that could not be removed).
    private(set) var warnings: [MessageText] = []
    private let lock: Int32
    /// Flushes one file or folder to disk, false when that failed: `sync`, or a recorder in tests.
    private let flush: @Sendable (String) -> Bool
    /// The flushes of finished files started before `commit` (`flushSoon`): the paths, and the first that failed.
    private var early: [(paths: [String], failure: SideWork<(path: String, errno: Int32)?>)] = []

    init(folder: OutputFolder, name: String, lockTimeout: Duration,
         flush: @escaping @Sendable (String) -> Bool = Publication.sync) throws {
        self.folder = folder
        self.name = name
        self.flush = flush
        target = try folder.resolve(name)
        lock = try Self.lock(folder.resolve(".\(name).lock"), for: target, timeout: lockTimeout)
        do {
            try Self.restoreAside(in: folder, name: name, target: target)
            try Self.checkReplaceable(target, name: name)
            for stale in folder.entries(startingWith: ".\(name).tmp-") + folder.entries(startingWith: ".\(name).old-") {
                warnings += Self.remove(try folder.resolve(stale))
            }
            staging = try Self.makeUniqueFolder(in: folder, prefix: ".\(name).tmp-")
        } catch {
            close(lock)
            throw error
        }
    }

    /// The file every annex folder holds, so that a build knows the folder it replaces is an annex.
    static let marker = ".annex-output"
    static let markerText = "This folder is an annex written by annex; the next build of it replaces it whole.\n"

    /// The names an annex written before `marker` held: its files and folders (`--formats` may leave
    /// some out), its pages and workbooks named by the report's id (`mini.md` in `mini.en/` too: an
    /// id has no '.'). A folder of only these is an annex as well.
    private static func earlierNames(_ name: String) -> Set<String> {
        let id = name.prefix { $0 != "." }
        return Set(["figures", "tables", "figures.csv", "figures.json", "findings.csv"]
            + ["md", "html", "xlsx", "ods"].map { "\(id).\($0)" })
    }

    /// Throws unless what is at `target` is nothing or an annex folder (see the type's comment).
    private static func checkReplaceable(_ target: String, name: String) throws {
        guard let kind = kind(target) else { return }
        let entries = kind == S_IFDIR ? (try? FileManager.default.contentsOfDirectory(atPath: target)) : nil
        if let entries, entries.contains(marker) || Set(entries).isSubset(of: earlierNames(name)) { return }
        throw OutputError(path: target, .outputNotAnnex, ["marker": "\(marker)"])
    }

    /// Closing the lock file releases the lock.
    deinit { close(lock) }

    /// The path of `relative` in the new annex; its folders are created.
    func path(_ relative: String) throws -> String {
        let path = try folder.resolve((staging as NSString).lastPathComponent + "/" + relative)
        let parent = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: parent, .outputFailed, ["what": .message(MessageText(.outputFolderNotCreated)),
                                                            "reason": .message(FileProblem.describe(error))])
        }
        return path
    }

    /// Writes a new file `relative` of the annex.
    func write(_ relative: String, _ bytes: ByteBuffer) throws {
        try create(relative).write(bytes)
    }

    /// A new file `relative` of the annex, to be written block by block.
    func create(_ relative: String) throws -> OutputFile {
        try OutputFile(path: path(relative))
    }

    /// Starts flushing the finished files `relatives` of the new annex to disk, several at once on threads of
    /// their own, while the build goes on; `commit` waits for them and flushes only what is left. A file is
    /// finished when nothing more is written to it. Called by the build's own thread.
    func flushSoon(_ relatives: [String]) {
        guard !relatives.isEmpty else { return }
        let paths = relatives.map { staging + "/" + $0 }, flush = flush
        early.append((paths, SideWork { FileSystemCalls.each(paths, flush) }))
    }

    /// Marks the new annex as annex's (`marker`), flushes it to disk and swaps it in for the old
    /// one, which is then removed.
    func commit() throws {
        var marker = ByteBuffer()
        marker.append(Self.markerText)
        try write(Self.marker, marker)
        try syncTree()
        var old: String?
        if Self.exists(target) {
            if annex_exchange_paths(staging, target) == 0 {
                old = staging
            } else if errno == ENOSYS || errno == EINVAL {
                old = try swapAside()
            } else {
                throw Self.failure(target, .outputNotReplaced)
            }
        } else if rename(staging, target) != 0 {
            throw Self.failure(target, .outputNotCreated)
        }
        // The swap is done and cannot be undone: a failed flush of the folder holding it only leaves the
        // rename to the file system's next commit. The old copy is removed meanwhile, on a thread of its own:
        // both mostly wait for the file system, and `commit` returns only when both are done.
        let removal = old.map { old in SideWork { Self.remove(old) } }
        _ = flush(folder.path)
        if let removal { warnings += (try? removal.result()) ?? [] }
    }

    /// Removes the new annex after a failure; the old one was never touched. The flushes under way end first.
    func abandon() {
        for flushes in early { _ = try? flushes.failure.result() }
        warnings += Self.remove(staging)
    }

    /// Renames the old folder aside, the new one in its place, and returns where the old one is.
    private func swapAside() throws -> String {
        let aside = try Self.uniqueName(in: folder, prefix: ".\(name).old-")
        guard rename(target, aside) == 0 else { throw Self.failure(target, .outputNotReplaced) }
        guard rename(staging, target) == 0 else {
            let failure = Self.failure(target, .outputNotReplaced)
            rename(aside, target)
            throw failure
        }
        return aside
    }

    /// Removes a folder of this annex (never following a symbolic link); what cannot be removed
    /// is left for the next build to try, with a warning. Its files go first, several at once.
    private static func remove(_ path: String) -> [MessageText] {
        _ = FileSystemCalls.each(entries(under: path).files) { unlink($0) == 0 }
        do {
            try FileManager.default.removeItem(atPath: path)
            return []
        } catch {
            return [
                MessageText(.outputNotRemoved, ["path": "\(path)", "reason": .message(FileProblem.describe(error))])
            ]
        }
    }

    // MARK: The file system

    /// An old folder renamed aside by a build killed before it put the new one in place: put back.
    private static func restoreAside(in folder: OutputFolder, name: String, target: String) throws {
        guard !exists(target), let aside = folder.entries(startingWith: ".\(name).old-").first else { return }
        guard rename(try folder.resolve(aside), target) == 0 else { throw failure(target, .outputNotRestored) }
    }

    private static func lock(_ path: String, for target: String, timeout: Duration) throws -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path, .outputNoLock) }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, clock.now < deadline else {
                close(descriptor)
                throw OutputError(path: target, .outputLocked, ["lock": "\(path)",
                        "milliseconds": .number(Int(timeout / .milliseconds(1))),
                    ])
            }
            Thread.sleep(forTimeInterval: lockRetryInterval)
        }
        return descriptor
    }

    private static func makeUniqueFolder(in folder: OutputFolder, prefix: String) throws -> String {
        while true {
            let path = try uniqueName(in: folder, prefix: prefix)
            if mkdir(path, 0o777) == 0 { return path }
            guard errno == EEXIST else { throw failure(path, .outputFolderNotCreated) }
        }
    }

    private static func uniqueName(in folder: OutputFolder, prefix: String) throws -> String {
        try folder.resolve(prefix + String(UInt64.random(in: 0...UInt64.max), radix: 36))
    }

    private static func exists(_ path: String) -> Bool { kind(path) != nil }

    /// Flushes every file and folder of the new annex, and its folder itself, to disk: what `flushSoon` did not
    /// flush, while its flushes end. The first failure found stops the publication.
    private func syncTree() throws {
        let entries = Self.entries(under: staging)
        let flushed = Set(early.flatMap(\.paths))
        let rest = FileSystemCalls.each(entries.files.filter { !flushed.contains($0) } + entries.folders, flush)
        let failures = [rest] + early.map { (try? $0.failure.result()) ?? nil }
        if let failed = failures.lazy.compactMap({ $0 }).first {
            throw Self.failure(failed.path, .outputNotSynced, errno: failed.errno)
        }
    }

    /// The regular files and the folders under `root`, `root` included; a symbolic link is neither
    /// listed nor followed, `root` included.
    private static func entries(under root: String) -> (files: [String], folders: [String]) {
        var files: [String] = [], folders = [root], unread = kind(root) == S_IFDIR ? [root] : []
        while let folder = unread.popLast() {
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
                let path = folder + "/" + name
                switch kind(path) {
                case S_IFDIR:
                    folders.append(path)
                    unread.append(path)
                case S_IFREG: files.append(path)
                default: break
                }
            }
        }
        return (files, folders)
    }

    /// The kind of entry at `path` itself (`S_IFDIR`, `S_IFREG`, `S_IFLNK`…), nil when there is none.
    private static func kind(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    /// Flushes one file or folder to disk; false when that failed.
    @discardableResult
    static func sync(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return fsync(descriptor) == 0
    }

    private static func failure(_ path: String, _ what: Message, errno: Int32 = errno) -> OutputError {
        OutputError(path: path, .outputFailed, ["what": .message(MessageText(what)),
                                                "reason": .message(FileProblem.describe(errno: errno))])
    }
}
