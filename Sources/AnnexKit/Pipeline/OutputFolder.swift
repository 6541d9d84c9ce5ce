import Foundation

/// The annex could not be written or published; the previous output is left as it was.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let path: String
    /// What went wrong, in Dutch.
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}

/// The output folder of a build (`--out`). Every path annex writes, renames or deletes is made here,
/// by `resolve`, from names that cannot lead anywhere else; nothing outside the folder is ever
/// written or deleted.
struct OutputFolder {
    /// The folder's real path (symbolic links resolved).
    let path: String

    /// The folder at `path`, created when it does not exist.
    init(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: path, reason: "uitvoermap niet aan te maken: \(FileProblem.describe(error))")
        }
        guard let real = RealPath.of(path) else {
            throw OutputError(path: path, reason: "uitvoermap niet te vinden: \(FileProblem.describe(errno: errno))")
        }
        self.path = real
    }

    /// The path of `relative` (names joined by '/') inside the folder. A name that is empty, '.' or
    /// '..', or holds a control character, could lead elsewhere and is refused.
    func resolve(_ relative: String) throws -> String {
        let names = relative.split(separator: "/", omittingEmptySubsequences: false)
        for name in names
        where name.isEmpty || name == "." || name == ".." || name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw OutputError(path: path, reason: "'\(LoadError.quote(relative))' is geen pad binnen de uitvoermap")
        }
        return path + "/" + relative
    }

    /// The names in the folder that start with `prefix`.
    func entries(startingWith prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
    }
}
