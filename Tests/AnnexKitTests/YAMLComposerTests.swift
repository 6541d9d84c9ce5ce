import Foundation
import Testing
import Yams
@testable import AnnexKit

/// A document `YAMLComposer` composes is the tree `YAMLShape`, Yams and `PlainScalarType` give,
/// marks, tags and styles included; what it declines is read by them, with the same problems.
@Suite("YAML composed in one pass")
struct YAMLComposerTests {
    /// Every YAML file of the project: specs, translations, messages, vocabulary, fixtures.
    static let files: [String] = {
        let root = URL(fileURLWithPath: Paths.packageRoot)
        let folders = ["reports", "bench", "templates", "data", "Sources", "Tests"]
        return folders.flatMap { folder -> [String] in
            let walker = FileManager.default.enumerator(at: root.appendingPathComponent(folder),
                                                        includingPropertiesForKeys: nil)
            return (walker?.allObjects as? [URL] ?? []).map(\.path).filter { $0.hasSuffix(".yaml") }
        }.sorted()
    }()

    @Test("The project's YAML files: composed in one pass, the same tree as before")
    func projectFiles() throws {
        #expect(Self.files.count > 20)
        for path in Self.files {
            let text = try readText(path)
            for textOnly in [false, true] {
                #expect(outcome(text, textOnly: textOnly, composing: true)
                    == outcome(text, textOnly: textOnly, composing: false), "\(path)")
            }
        }
        let composed = [Paths.realSpec, Paths.miniSpec, Paths.packageRoot + "/bench/wide.yaml",
                        Paths.templates + "/i18n/nl.yaml", Paths.templates + "/i18n/en.yaml",
                        Paths.packageRoot + "/Sources/AnnexKit/Messages/nl.yaml"]
        for path in composed {
            #expect(YAMLComposer.compose(try readText(path), textOnly: false) != nil, "\(path)")
        }
    }

    @Test("Declined and read as before, with the same problem", arguments: [
        "", "# nothing\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "'1': a\n1: b\n", "1: a\n",
        "yes: a\n", "? [a]\n: b\n", "{a: 1}: b\n", "a: 1\n---\nb: 2\n", "a: [1, 2\n", "a: \"\\uFEFFx\"\n",
        "a: b\n  c: d\n", "- &a [1, 2]\n- [*a, *a, *a]\n- [*a, *a, *a]\n", "a: 'Let op!'\n",
    ])
    func declined(text: String) throws {
        #expect(YAMLComposer.compose(text, textOnly: false) == nil)
        #expect(outcome(text, textOnly: false, composing: true) == outcome(text, textOnly: false, composing: false))
    }

    @Test("Limits: a document over the depth or the number of nodes is declined, and refused as before")
    func limits() throws {
        var limits = Limits()
        limits.yamlDepth = 3
        limits.yamlNodes = 9
        let texts = ["a: {b: {c: 1}}\n", "a: {b: {c: {d: 1}}}\n", "[1, 2, 3, 4, 5, 6, 7]\n",
                     "[1, 2, 3, 4, 5, 6, 7, 8, 9]\n", "{a: 1, b: 2, c: 3, d: 4}\n", "{a: 1, b: 2, c: 3, d: [5]}\n"]
        for text in texts {
            let composed = YAMLComposer.compose(text, textOnly: false, limits: limits)
            Limits.$current.withValue(limits) {
                #expect((composed == nil) == (YAMLShape.problem(in: text) != nil), "\(text)")
                #expect(outcome(text, textOnly: false, composing: true)
                    == outcome(text, textOnly: false, composing: false), "\(text)")
            }
        }
    }

    @Test("Damaged documents: the same tree or the same problem either way")
    func damaged() throws {
        var generator = TestRandom.generator()
        let pieces = DamagedYAML.pieces + ["é", "\t"]
        let sources = [Paths.realSpec, Paths.miniSpec, Paths.packageRoot + "/bench/wide.yaml",
                       Paths.templates + "/i18n/nl.yaml", Paths.packageRoot + "/Sources/AnnexKit/Messages/en.yaml"]
        var composed = 0
        for path in sources {
            let good = Array(try readText(path).utf8)
            for round in 0..<150 {
                let text = DamagedYAML.text(good, pieces: pieces, using: &generator)
                let textOnly = round % 3 == 0
                if YAMLComposer.compose(text, textOnly: textOnly) != nil { composed += 1 }
                #expect(outcome(text, textOnly: textOnly, composing: true)
                    == outcome(text, textOnly: textOnly, composing: false), "seed \(TestRandom.seed): \(text)")
            }
        }
        #expect(composed > 100)
    }
}

/// The document's tree described whole, or its problems.
private func outcome(_ text: String, textOnly: Bool, composing: Bool) -> String {
    do {
        let document = try YAMLDocument(text: text, file: "d.yaml", kind: LoadError.Problem.invalidSpec,
                                        textOnly: textOnly, composing: composing)
        return describe(document.root) + (NodeDecoding.takes(document.root) ? "" : " (not taken)")
    } catch {
        return "\(error)"
    }
}

/// A node with everything Yams keeps of it: text, tag as stored (not resolved), style, mark, anchor.
private func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar):
        return "S(\(scalar.string.debugDescription) \(scalar.tag) \(scalar.style) \(mark(scalar.mark)) "
            + "\(scalar.anchor.map { "\($0)" } ?? "-"))"
    case .sequence(let sequence):
        return "Q(\(sequence.tag) \(sequence.style) \(mark(sequence.mark)) \(sequence.anchor.map { "\($0)" } ?? "-") "
            + sequence.map(describe).joined(separator: ", ") + ")"
    case .mapping(let mapping):
        return "M(\(mapping.tag) \(mapping.style) \(mark(mapping.mark)) \(mapping.anchor.map { "\($0)" } ?? "-") "
            + mapping.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + ")"
    case .alias(let alias):
        return "A(\(alias))"
    }
}

private func mark(_ mark: Mark?) -> String { mark.map { "\($0.line):\($0.column)" } ?? "-" }
