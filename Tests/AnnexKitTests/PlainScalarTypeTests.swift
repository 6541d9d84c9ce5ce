import Foundation
import Testing
import Yams
@testable import AnnexKit

/// The type of a plain YAML scalar, worked out by hand, is the one Yams' regular expressions give.
@Suite("Types of plain YAML scalars")
struct PlainScalarTypeTests {
    /// The characters the seven rules use, and a few they do not.
    static let alphabet = Array("0123456789+-._:eExXoObBaAfFiInNlLtTrRuUsSyYZ ~<=\t,é")

    static func expectSame(_ string: String) {
        #expect(PlainScalarType.tag(of: string) == Resolver.default.resolveTag(of: Node(string)), "'\(string)'")
    }

    @Test("Every string of up to three of the rules' characters")
    func short() {
        Self.expectSame("")
        for a in Self.alphabet {
            Self.expectSame(String(a))
            for b in Self.alphabet {
                Self.expectSame(String([a, b]))
                for c in Self.alphabet.prefix(24) { Self.expectSame(String([a, b, c])) }
            }
        }
    }

    @Test("Longer random strings, and ones built from the rules' pieces")
    func random() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["0", "1", "7", "9", "12", "2023", "_", "-", "+", ".", ":", "5", "59", "e", "E", "e+", "0x", "0o",
                      "0b", "inf", "NaN", "T", "t", " ", "\t", "Z", "yes", "Off", "null", "~", "<<", "=", "1:", "-01"]
        for _ in 0..<20_000 {
            let length = Int.random(in: 4...14, using: &generator)
            Self.expectSame(String((0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }))
            Self.expectSame((0..<Int.random(in: 1...6, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }

    @Test("Numbers, dates and words as YAML 1.1 reads them", arguments: [
        "0", "-0", "+12", "1_000", "0b1010", "0o17", "017", "08", "0x_fF", "190:20:30", "1:7", "1:75", "-1:00",
        "1.5", "1.", "1e5", "1E-5", "1.5e+3", ".5", ".5e+3", ".5e3", "-.5", "._", ".inf", "-.Inf", "+.INF", ".nan",
        "+.nan", "190:20:30.15", "2023-01-01", "2023-1-1", "2023-01-01T10:00:00", "2023-1-1 1:00:00.5 +01:00",
        "2023-01-01t10:00:00Z", "2023-01-01 10:00:00 ", "2023-01-01\t\t10:00:00\t-1", "yes", "Off", "oN", "null",
        "NULL", "nULL", "~", "<<", "=", "true\n", "2023\r\n", "1\u{2028}", "tabel 1", "17.386", "13,4%",
    ])
    func cases(string: String) {
        Self.expectSame(string)
    }

    @Test("The project's own YAML files: the same type for every node as Yams gives")
    func projectFiles() throws {
        let paths = ["reports/samenwerking-2024.yaml", "bench/wide.yaml", "templates/i18n/nl.yaml",
                     "templates/i18n/samenwerking-2024.en.yaml", "templates/new-report/report.nl.yaml"]
        for path in paths {
            let text = try readText(Paths.packageRoot + "/" + path)
            let typed = PlainScalarType.typed(try #require(try Yams.compose(yaml: text, .basic)))
            let resolved = try #require(try Yams.compose(yaml: text))
            #expect(Self.tags(typed) == Self.tags(resolved), "\(path)")
            #expect(Self.tags(typed).count > 10)
        }
    }

    @Test("A quoted key that reads as a number is found as the text it is (Yams' resolver missed it)")
    func quotedNumberKey() throws {
        struct Notes: Decodable { let notes: [String: String] }
        let document = try YAMLDocument(text: "notes:\n  \"2023\": x\n  jji: y\n", file: "t.yaml",
                                        kind: LoadError.Problem.invalidTranslation)
        #expect(try document.decode(Notes.self).notes == ["2023": "x", "jji": "y"])
    }

    /// Every node's text (empty for a list or mapping) and type, depth first.
    static func tags(_ node: Node) -> [String] {
        switch node {
        case .scalar(let scalar): ["\(scalar.string) \(node.tag)"]
        case .mapping(let mapping): ["\(node.tag)"] + mapping.flatMap { tags($0.key) + tags($0.value) }
        case .sequence(let sequence): ["\(node.tag)"] + sequence.flatMap(tags)
        case .alias: ["alias"]
        }
    }
}
