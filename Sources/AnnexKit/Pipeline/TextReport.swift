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

    /// The spec a text is about (see the type).
    public static func match(textPath: String, specs: [String]) -> Match {
        choose(textPath: textPath, specs: specs).match
    }

    /// The spec a text is about, and that spec as loaded, so that it is read once: each spec is loaded
    /// once, and the text is read and searched once for the documents of all of them.
    public static func choose(textPath: String, specs: [String]) -> (match: Match, spec: ReportSpec?) {
        let loaded = specs.compactMap { path in (try? SpecLoader.load(path: path)).map { (path, $0) } }
        func chosen(_ path: String) -> (Match, ReportSpec?) { (.found(path), loaded.first { $0.0 == path }?.1) }
        if specs.count == 1 { return chosen(specs[0]) }
        let name = (textPath as NSString).lastPathComponent.lowercased()
        let byName = loaded.filter { name.contains($0.1.id.lowercased()) }.map(\.0)
        if byName.count == 1 { return chosen(byName[0]) }
        let candidates = byName.isEmpty ? loaded : loaded.filter { byName.contains($0.0) }
        // verify has checked the text as an input file; one that cannot be read matches no document.
        let named = documentsNamed(
            in: (try? InputFile.text(textPath)) ?? "", among: Set(candidates.flatMap { documents(of: $0.1) }))
        let byDocument = candidates.filter { !named.isDisjoint(with: documents(of: $0.1)) }.map(\.0)
        switch byDocument.count {
        case 1: return chosen(byDocument[0])
        case 0: return (byName.isEmpty ? .none(specs) : .several(byName), nil)
        default: return (.several(byDocument), nil)
        }
    }

    /// The documents a text names, found in one pass over its words: each place whose first
    /// `minimumWords` words open a document is compared with that document.
    static func documentsNamed(in text: String, among documents: Set<String>) -> Set<String> {
        let words = normalized(text).split(separator: " ").map(String.init)
        var byOpening: [[String]: [[String]]] = [:]
        for document in documents {
            let parts = document.split(separator: " ").map(String.init)
            byOpening[Array(parts.prefix(minimumWords)), default: []].append(parts)
        }
        var found = Set<String>()
        guard words.count >= minimumWords else { return found }
        for start in 0...(words.count - minimumWords) {
            guard let opening = byOpening[Array(words[start..<(start + minimumWords)])] else { continue }
            for parts in opening where start + parts.count <= words.count
                && words[start..<(start + parts.count)].elementsEqual(parts)
            {
                found.insert(parts.joined(separator: " "))
            }
        }
        return found
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
