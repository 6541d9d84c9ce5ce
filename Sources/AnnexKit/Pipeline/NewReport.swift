import Foundation
import Yams

/// `annex init`: a first report of one's own, a minimal spec and data file that build as they are,
/// in Dutch or English. They are written from `templates/new-report/` (`report.<language>.yaml`
/// and `figures.<language>.csv`) into the project: `reports/<id>.yaml` and the data file the
/// spec names, so that the reference lists and templates of the project serve it.
public enum NewReport {
    /// Why nothing was written.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case invalidID(String)
        case missing(String)
        case exists(String)

        /// The problem, to be said in the language of the run.
        public var message: MessageText {
            switch self {
            case .invalidID(let id): MessageText(.initInvalidID, ["id": .plain(id)])
            case .missing(let path): MessageText(.initMissing, ["path": .plain(path)])
            case .exists(let path): MessageText(.initExists, ["path": .plain(path)])
            }
        }

        public var description: String { message.description }
    }

    /// Writes the spec and the data file of report `id` in the project folder `root`, published
    /// on `published` (ISO date); returns the files written, relative to `root`.
    public static func write(id: String, language: Language, root: String, published: String) throws -> [String] {
        guard let first = id.first, first.isLetter || first.isNumber,
              id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw Problem.invalidID(id)
        }
        let templates = root + "/templates/new-report"
        func template(_ name: String) throws -> String {
            let path = templates + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { throw Problem.missing(path) }
            return String(decoding: data, as: UTF8.self)
                .replacingOccurrences(of: "{{id}}", with: id).replacingOccurrences(of: "{{published}}", with: published)
        }
        let spec = try template("report.\(language.rawValue).yaml")
        let figures = try template("figures.\(language.rawValue).csv")
        guard let file = try Yams.compose(yaml: spec)?["tables"]?.sequence?.first?["data"]?.string else {
            throw Problem.missing(templates + "/report.\(language.rawValue).yaml: tables[0].data")
        }
        let reference = root + "/data/reference"
        guard FileManager.default.fileExists(atPath: reference) else { throw Problem.missing(reference) }
        let files = [("reports/\(id).yaml", spec), ("data/" + file, figures)]
        for (path, _) in files where FileManager.default.fileExists(atPath: root + "/" + path) {
            throw Problem.exists(path)
        }
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
        return files.map(\.0)
    }
}
