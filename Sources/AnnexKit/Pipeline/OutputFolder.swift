import Foundation

/// The annex could not be written or published; the previous output is left as it was.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public let path: String
    /// What went wrong.
    public let reason: MessageText

    init(path: String, _ message: Message, _ values: [String: MessageText.Value] = [:]) {
        self.path = path
        reason = MessageText(message, values)
    }

    /// The error in `language`: 'path: reason'.
    public func description(in language: Language) -> String { "\(path): \(reason.text(in: language))" }

    public var description: String { description(in: .source) }
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
            throw OutputError(path: path, .outputFolderNotMade, ["reason": .message(FileProblem.describe(error))])
        }
        guard let real = RealPath.of(path) else {
            throw OutputError(
                path: path, .outputFolderNotFound, ["reason": .message(FileProblem.describe(errno: errno))])
        }
        self.path = real
    }

    /// The path of `relative` (names joined by '/') inside the folder. A name that is empty, '.' or
    /// '..', or holds a control character, could lead elsewhere and is refused.
    func resolve(_ relative: String) throws -> String {
        let names = relative.split(separator: "/", omittingEmptySubsequences: false)
        for name in names
        where name.isEmpty || name == "." || name == ".." || name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
            throw OutputError(path: path, .outputNotInside, ["path": "\(LoadError.quote(relative))"])
        }
        return path + "/" + relative
    }

    /// The names in the folder that start with `prefix`.
    func entries(startingWith prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
    }
}
