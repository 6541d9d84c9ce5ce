import Foundation
import Testing
@testable import AnnexKit

/// The README and `docs/` as a newcomer reads them: every field a spec accepts is in the spec
/// reference, and every link between the pages leads somewhere.
@Suite("Documentation")
struct DocumentationTests {
    /// Every mapping of a report spec, as `docs/spec.md` heads its table, with the fields its type
    /// decodes (the keys `rejectUnknownKeys` accepts).
    static let specMappings: [(mapping: String, fields: [String])] = [
        ("report", fields(ReportSpec.CodingKeys.self)),
        ("deliveries.<id>", fields(Delivery.CodingKeys.self)),
        ("source_document", fields(SourceDocument.CodingKeys.self)),
        ("source_document.contents[]", fields(SourceDocument.Section.CodingKeys.self)),
        ("source_document.parts.<part>", fields(SourceDocument.Part.CodingKeys.self)),
        ("key_figures[]", fields(KeyFigureSpec.CodingKeys.self)),
        ("suspicions", fields(SuspicionThresholds.CodingKeys.self)),
        ("tables[]", fields(TableSpec.CodingKeys.self)),
        ("tables[].data", fields(DataSource.CodingKeys.self)),
        ("tables[].measures[]", fields(MeasureSpec.CodingKeys.self)),
        ("tables[].columns", fields(ColumnSwitches.CodingKeys.self)),
        ("tables[].aggregate", fields(AggregateSpec.CodingKeys.self)),
        ("tables[].ratio", fields(RatioSpec.CodingKeys.self)),
        ("tables[].ratio.numerator", fields(RatioOperand.CodingKeys.self)),
        ("scope", fields(ScopeDimension.self)),
        ("figures[]", fields(FigureSpec.CodingKeys.self)),
        ("figures[].series[]", fields(FigureSeriesSpec.CodingKeys.self)),
        ("figures[].classes", fields(ClassRule.CodingKeys.self)),
    ]

    static func fields<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) -> [String] {
        keys.allCases.map(\.stringValue).sorted()
    }

    /// The fields `docs/spec.md` documents, per mapping: the first column of the table under each
    /// '### `mapping`' heading.
    static func documentedFields() throws -> [String: [String]] {
        var fields: [String: [String]] = [:]
        var mapping: String?
        for line in try readText(Paths.packageRoot + "/docs/spec.md").split(separator: "\n") {
            if line.hasPrefix("### `") {
                mapping = line.dropFirst(5).prefix { $0 != "`" }.description
                fields[mapping!] = []
            } else if line.hasPrefix("## ") {
                mapping = nil
            } else if let current = mapping, line.hasPrefix("| `") {
                fields[current]!.append(line.dropFirst(3).prefix { $0 != "`" }.description)
            }
        }
        return fields.mapValues { $0.sorted() }
    }

    @Test("docs/spec.md documents every field each spec type accepts, and no other")
    func specReference() throws {
        let documented = try Self.documentedFields()
        for (mapping, fields) in Self.specMappings {
            #expect(documented[mapping] == fields, "docs/spec.md, ### `\(mapping)`")
        }
        #expect(Set(documented.keys) == Set(Self.specMappings.map(\.mapping)))
    }

    /// Every spec type that refuses unknown keys is in `specMappings`: the spec types of `Model/`
    /// and the thresholds, each refusing in one place (the vocabulary of `Verification/` is a file
    /// of its own, not part of the spec).
    @Test("Every spec type that refuses unknown fields is compared with the reference")
    func everySpecType() throws {
        let folders = ["Model", "Computation"].map { Paths.packageRoot + "/Sources/AnnexKit/" + $0 }
        var refusals = 0
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
                refusals += try readText(folder + "/" + file).components(separatedBy: ".rejectUnknownKeys(").count - 1
            }
        }
        #expect(refusals == Self.specMappings.count)
    }

    @Test("Every relative link of the README and docs/ leads to a file, and to a heading that is there")
    func links() throws {
        let root = Paths.packageRoot
        let pages = ["README.md"] + (try FileManager.default.contentsOfDirectory(atPath: root + "/docs"))
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        let link = try NSRegularExpression(pattern: #"\]\(([^)\s]+)\)|src="([^"]+)""#)
        var broken: [String] = []
        for page in pages {
            let text = try readText(root + "/" + page)
            let folder = (page as NSString).deletingLastPathComponent
            for match in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let range = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
                let target = String(text[Range(range, in: text)!])
                if target.hasPrefix("http") { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? page : (folder as NSString).appendingPathComponent(String(parts[0]))
                guard FileManager.default.fileExists(atPath: root + "/" + file) else {
                    broken.append("\(page): \(target)")
                    continue
                }
                if parts.count == 2, !Self.anchors(try readText(root + "/" + file)).contains(String(parts[1])) {
                    broken.append("\(page): \(target)")
                }
            }
        }
        #expect(broken.isEmpty, "\(broken)")
    }

    /// The anchors GitHub gives a page's headings: lower case, without punctuation, spaces as '-'.
    static func anchors(_ markdown: String) -> Set<String> {
        Set(markdown.split(separator: "\n").filter { $0.hasPrefix("#") }.map { heading in
            heading.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).lowercased()
                .filter { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" }
                .replacingOccurrences(of: " ", with: "-")
        })
    }
}
