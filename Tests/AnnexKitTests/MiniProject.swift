import Foundation
@testable import AnnexKit

/// The mini fixture as a user's project (`miniProject()`) with the report's English texts, to
/// change and build.
struct MiniProject {
    let root: String

    init() throws {
        root = try miniProject()
        try FileManager.default.copyItem(atPath: Paths.miniTranslation, toPath: root + "/templates/i18n/mini.en.yaml")
    }

    var spec: String { root + "/reports/mini.yaml" }
    var translation: String { root + "/templates/i18n/mini.en.yaml" }

    /// Replaces each text in a project file (relative to the root); every one must occur.
    func edit(_ path: String, _ replacements: [(String, String)]) throws {
        for (old, new) in replacements { try AnnexKitTests.edit(root + "/" + path, replacing: old, with: new) }
    }

    /// Writes a project file (relative to the root), creating its folder.
    func write(_ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    func build(_ language: Language = .nl) throws -> BuildResult {
        try Build.run(specPath: spec, outputRoot: root + "/out", language: language)
    }

    /// The rows of a built `figures.csv`, without its header.
    static func figures(_ result: BuildResult) throws -> [[String]] {
        try readText(result.folder + "/figures.csv").components(separatedBy: "\r\n").dropFirst().dropLast()
            .map(EndToEndTests.fields)
    }

    /// The one row of `figures` for a table, region code, period and statistic.
    static func figure(_ figures: [[String]], _ table: String, _ region: String, _ period: String,
                       _ statistic: String = "count") throws -> [String] {
        let matches = figures.filter { $0[0] == table && $0[2] == region && $0[5] == period && $0[6] == statistic }
        guard matches.count == 1 else { throw CocoaError(.coderValueNotFound, userInfo: ["matches": matches.count]) }
        return matches[0]
    }
}
