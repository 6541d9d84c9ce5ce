/// The data folder of a report (`data/` beside `reports/`, or `--data`). Every path a spec names
/// (data files, the reference folder, corrections, split keys, population, vocabulary) is relative
/// to it and stays inside it: an absolute path or a '..' step is a spec error on its line, and a
/// symbolic link that leads outside the folder is refused when the file is resolved.
public struct DataFolder: Sendable {
    public let path: String

    public init(_ path: String) { self.path = path }

    /// Why `relative` may not be named in a spec; nil when it may.
    public static func problem(_ relative: String) -> MessageText? {
        let quoted: [String: MessageText.Value] = ["path": "\(LoadError.quote(relative))"]
        if relative.isEmpty { return MessageText(.pathEmpty) }
        if relative.hasPrefix("/") || relative.hasPrefix("~") { return MessageText(.pathAbsolute, quoted) }
        if relative.split(separator: "/").contains("..") { return MessageText(.pathUp, quoted) }
        if relative.unicodeScalars.contains(where: { $0.value < 0x20 }) { return MessageText(.pathControl, quoted) }
        return nil
    }

    /// The path of `relative` inside the folder; a path that leads outside it is refused.
    public func resolve(_ relative: String) throws -> String {
        let joined = path + "/" + relative
        let outside = LoadErrors([LoadError(file: joined, .outsideFolder(path: relative, folder: path))])
        if Self.problem(relative) != nil { throw outside }
        // A file that does not exist is reported as such when it is read.
        guard let real = RealPath.of(joined), let folder = RealPath.of(path) else { return joined }
        guard RealPath.isInside(real, folder) else { throw outside }
        return joined
    }
}
