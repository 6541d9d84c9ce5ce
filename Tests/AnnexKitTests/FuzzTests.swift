import Foundation
import PropertyBased
import Testing
@testable import AnnexKit

/// Every loader fed random and mutated files (issue 9): each input either loads or gives
/// `LoadErrors`; nothing crashes, hangs or throws anything else. Each loader gets at most
/// `rounds` inputs and `timeBudget` of time; `ANNEX_TEST_SEED` repeats a run (`TestRandom`).
@Suite("Fuzzing the loaders")
struct FuzzTests {
    static let rounds = 400
    static let timeBudget = Duration.seconds(3)

    /// Pieces that mean something to a CSV reader, a number parser or a YAML parser.
    static let tokens: [[UInt8]] = [
        "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "\u{FEFF}", "\0", "x", ".", "-", "–", "1.500", "13,4%",
        "99999999999999999999", "1e19", "-5", "NaN", "inf", "=HYPERLINK(\"x\")", "ä", "Totaal", "gemeente", "land",
        "&a ", "*a", "? ", ": ", "- ", "[", "]", "{", "}", "!!binary ", "%YAML 1.1\n", "---\n", "...\n", "|", ">", "'",
        "#", "<<: *a\n", "~", "null", "true", "0x1F", "  ", "\n  - ",
    ].map { Array($0.utf8) } + [[0xC3], [0xFF, 0xFE], [0xE2, 0x82]]

    /// `seed` changed in one to four random ways.
    static func mutate(_ seed: [UInt8], _ random: inout Xoshiro) -> [UInt8] {
        var bytes = seed
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            let end = min(bytes.count, position + Int.random(in: 1...64, using: &random))
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.insert(contentsOf: tokens.randomElement(using: &random)!, at: position)
            case 2: bytes.removeSubrange(position..<end)
            case 3: bytes.insert(contentsOf: bytes[position..<end], at: position)
            case 4: bytes = Array(bytes.prefix(position))
            default:
                let length = Int.random(in: 1...16, using: &random)
                let noise = (0..<length).map { _ in UInt8.random(in: 0...127, using: &random) }
                bytes.insert(contentsOf: noise, at: position)
            }
        }
        return bytes
    }

    /// Feeds `load` mutated versions of `seeds` and, one round in ten, random bytes, written to
    /// `path` first; returns how many inputs were tried.
    @discardableResult
    static func fuzz(_ seeds: [String], at path: String, _ load: () throws -> Void) throws -> Int {
        var random = TestRandom.generator()
        let clock = ContinuousClock()
        let deadline = clock.now + timeBudget
        var tried = 0
        while tried < rounds && clock.now < deadline {
            let seed = Array(seeds[tried % seeds.count].utf8)
            let input = tried % 10 == 9
                ? (0..<Int.random(in: 0...512, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                : mutate(seed, &random)
            try Data(input).write(to: URL(fileURLWithPath: path))
            do {
                try load()
            } catch is LoadErrors {
                // A clear error is a right answer.
            } catch {
                Issue.record("\(path), round \(tried), seed \(TestRandom.seed): \(type(of: error)) \(error)")
            }
            tried += 1
        }
        return tried
    }

    static func fixture(_ path: String) throws -> String { try readText(Paths.fixtures + "/" + path) }

    /// The mini fixture, loaded.
    static let mini = Result { try ReportLoader.load(specPath: Paths.miniSpec) }

    @Test("Tidy and wide data files")
    func dataFiles() throws {
        let inputs = try Self.mini.get()
        let spec = try miniTable("meldingen")
        let path = try temporaryFolder() + "/data.csv"
        let seeds = try ["mini/data/figures/meldingen.csv", "wide/appendix-semicolon.csv", "wide/appendix-comma.csv"]
            .map(Self.fixture)
        let tried = try Self.fuzz(seeds, at: path) {
            _ = try ReportLoader.loadData(path: path, file: path, spec: spec, delivery: Delivery(document: "fuzz"),
                                          gazetteer: inputs.gazetteer)
        }
        #expect(tried > 20)
    }

    @Test("Reference data: municipalities, districts, aliases")
    func reference() throws {
        let folder = try temporaryFolder() + "/reference"
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/mini/data/reference", toPath: folder)
        for name in ["gemeenten.csv", "arrondissementen.csv", "aliases.csv"] {
            let original = try Self.fixture("mini/data/reference/" + name)
            try Self.fuzz([original], at: folder + "/" + name) { _ = try ReferenceLoader.load(folder: folder) }
            try Data(original.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
    }

    @Test("Corrections, loaded and applied")
    func corrections() throws {
        let inputs = try Self.mini.get()
        let path = try temporaryFolder() + "/correcties.csv"
        let seeds = ["dataset,region,measure,period,published,corrected,evidence,evidence_en\n"
                     + "meldingen,Amsterdam,begin,2022,1500,1600,\"bewijs, met komma\",proof\n"
                     + "meldingen,Herlen,begin,2023,,7,x,\n",
                     try readText(Paths.packageRoot + "/data/corrections/samenwerking-2024.csv")]
        let spec = try miniTable("meldingen")
        let loaded = try #require(inputs.datasets["meldingen"])
        try Self.fuzz(seeds, at: path) {
            var copy = loaded
            let corrections = try CorrectionsLoader.load(path: path, file: path)
            try CorrectionsLoader.apply(corrections, to: &copy, spec: spec, gazetteer: inputs.gazetteer) { _ in
                Delivery(document: "fuzz")
            }
        }
    }

    @Test("Report specs")
    func specs() throws {
        let path = try temporaryFolder() + "/spec.yaml"
        let seeds = [try Self.fixture("mini/reports/mini.yaml"), try readText(Paths.realSpec)]
        try Self.fuzz(seeds, at: path) { _ = try SpecLoader.load(path: path) }
    }

    @Test("Translation files: phrases and a report's texts")
    func translations() throws {
        let templates = try miniTemplates()
        let phrases = templates + "/i18n/nl.yaml"
        let seeds = [try readText(phrases)]
        try Self.fuzz(seeds, at: phrases) { _ = try PhraseBook.load(templates: templates, language: .nl) }
        let spec = try SpecLoader.load(path: Paths.miniSpec)
        let texts = templates + "/i18n/mini.en.yaml"
        try Self.fuzz([try readText(Paths.miniTranslation)], at: texts) {
            _ = try ReportTexts.load(path: texts, spec: spec)
        }
    }
}
