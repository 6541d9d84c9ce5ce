import Foundation
import Testing
import Yams
@testable import AnnexKit

/// A spec decoded by `NodeDecoding` is the spec Yams' decoder gives, and every document or value it
/// does not take is left to Yams.
@Suite("Specs decoded without Yams' decoder")
struct NodeDecodingTests {
    static let specs = [Paths.realSpec, Paths.miniSpec, Paths.packageRoot + "/bench/wide.yaml",
                        Paths.fixtures + "/figures/figuren.yaml", Paths.fixtures + "/decimal/reports/verblijf.yaml"]

    @Test("The project's specs: taken, and the same spec as Yams gives")
    func projectSpecs() throws {
        for path in Self.specs {
            let document = try YAMLDocument(path: path, kind: LoadError.Problem.invalidSpec)
            let fast = try #require(NodeDecoding.decode(ReportSpec.self, from: document.root), "\(path)")
            #expect(canonical(fast) == canonical(try document.decodedByYams(ReportSpec.self)), "\(path)")
        }
    }

    /// A whole number, a truth value, a text or nothing, as a spec's fields are.
    struct Probe: Decodable {
        let whole: Int?
        let truth: Bool?
        let text: String?
        let texts: [String: String]?
    }

    @Test("Scalars: taken as Yams takes them, refused where Yams refuses them; sexagesimal left to Yams", arguments: [
        "0", "7", "-12", "+5", "1_000", "0x1F", "-0x1F", "0b101", "0o17", "017", "08", "1:30", "1.5", "1e3", "'7'",
        "\"7\"", "99999999999999999999", "yes", "No", "ON", "off", "true", "'true'", "y", "~", "null", "NULL", "''",
        "", "tekst", "[1, 2]", "{a: b}", "2023-2024", "2024-01-01", "=", ".inf",
    ])
    func scalars(value: String) throws {
        for field in ["whole", "truth", "text", "texts"] {
            let text = "\(field): \(value)\n"
            let document = try YAMLDocument(text: text, file: "p.yaml", kind: LoadError.Problem.invalidSpec)
            let yams = try? document.decodedByYams(Probe.self)
            let fast = NodeDecoding.decode(Probe.self, from: document.root)
            if field == "whole", value == "1:30" {
                #expect(fast == nil)
            } else {
                #expect(fast.map(canonical) == yams.map(canonical), "\(text)")
            }
        }
    }

    @Test("A tagged mapping is left to Yams; a tagged text, an anchor and its alias are taken", arguments: [
        ("m: !!map {a: b}\n", false), ("id: !!str x\n", true), ("id: &a x\nname: *a\n", true),
        ("base: &b {x: 1}\nother: *b\n", true),
    ])
    func leftToYams(text: String, taken: Bool) throws {
        let document = try YAMLDocument(text: text, file: "p.yaml", kind: LoadError.Problem.invalidSpec)
        #expect(NodeDecoding.takes(document.root) == taken)
    }

    @Test("Damaged specs: what it takes, Yams takes, with the same spec")
    func damaged() throws {
        var generator = TestRandom.generator()
        var taken = 0
        for path in Self.specs {
            let good = Array(try readText(path).utf8)
            for _ in 0..<(path == Paths.realSpec ? 100 : 400) {
                let text = DamagedYAML.text(good, using: &generator)
                let kind = LoadError.Problem.invalidSpec
                guard let document = try? YAMLDocument(text: text, file: "d.yaml", kind: kind),
                      let fast = NodeDecoding.decode(ReportSpec.self, from: document.root) else { continue }
                taken += 1
                let yams = try? document.decodedByYams(ReportSpec.self)
                #expect(yams.map(canonical) == canonical(fast), "seed \(TestRandom.seed): \(text)")
            }
        }
        #expect(taken > 100)
    }
}

/// A value's description with its dictionaries' and sets' entries in a fixed order, so that two
/// equal values describe the same whatever order their entries were made in.
private func canonical(_ value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    let children = mirror.children.map { ($0.label ?? "") + "=" + canonical($0.value) }
    switch mirror.displayStyle {
    case .dictionary, .set:
        return "{" + children.sorted().joined(separator: ",") + "}"
    case .enum where children.isEmpty:
        return "\(mirror.subjectType).\(value)"
    case .struct, .class, .enum, .tuple, .collection, .optional:
        return "\(mirror.subjectType)(" + children.joined(separator: ",") + ")"
    default:
        return children.isEmpty ? "\(value)" : "\(mirror.subjectType)(" + children.joined(separator: ",") + ")"
    }
}
