import Foundation

/// Which report a text is about, for `annex verify` without `--report`: the spec whose id the
/// text's file name contains, else the spec whose source documents the text names (the title of
/// the report it cites or is, `Samenwerking tussen forensische zorg en gemeenten`).
public enum TextReport {
    /// The outcome: one spec, or the specs to choose from.
    public enum Match: Sendable, Equatable {
        case found(String)
        /// More than one spec fits the text.
        case several([String])
        /// No spec fits; these are the specs there are.
        case none([String])
    }

    /// Shortest name of a document that is looked for in a text, in words, so that a short name
    /// ('CBS') is not taken for a report.
    static let minimumWords = 3

    public static func match(textPath: String, specs: [String]) -> Match {
        if specs.count == 1 { return .found(specs[0]) }
        let loaded = specs.compactMap { path in (try? SpecLoader.load(path: path)).map { (path, $0) } }
        let name = (textPath as NSString).lastPathComponent.lowercased()
        let byName = loaded.filter { name.contains($0.1.id.lowercased()) }.map(\.0)
        if byName.count == 1 { return .found(byName[0]) }
        // verify has checked the text as an input file; one that cannot be read matches no document.
        let text = normalized((try? InputFile.text(textPath)) ?? "")
        let byDocument = (byName.isEmpty ? loaded : loaded.filter { byName.contains($0.0) }).filter { _, spec in
            documents(of: spec).contains { text.contains($0) }
        }.map(\.0)
        switch byDocument.count {
        case 1: return .found(byDocument[0])
        case 0: return byName.isEmpty ? .none(specs) : .several(byName)
        default: return .several(byDocument)
        }
    }

    /// The names of the documents a spec's figures come from, normalized: its title, its source and
    /// each delivery's document, whole and up to the first comma (a citation starts with a title).
    static func documents(of spec: ReportSpec) -> [String] {
        let citations = [spec.title, spec.source] + spec.deliveries.values.map(\.document)
        return citations.flatMap { [$0, String($0.prefix { $0 != "," })] }.map(normalized)
            .filter { $0.split(separator: " ").count >= minimumWords }
    }

    /// Lower case, letters and digits only, one space between words.
    static func normalized(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
