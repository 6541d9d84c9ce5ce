import Foundation
import Testing
@testable import AnnexKit

/// `annex init`: a first report of one's own that builds as it is written, in Dutch or English.
@Suite("A first own report")
struct NewReportTests {
    /// A project folder with the package's reference lists and templates, and no reports.
    static func project() throws -> String {
        let root = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/data", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.realReference, toPath: root + "/data/reference")
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: root + "/templates")
        return root
    }

    @Test("In Dutch: the spec and data file build, names through the alias list, years from the periods")
    func dutch() throws {
        let root = try Self.project()
        let files = try NewReport.write(id: "mijn-bijlage", language: .nl, root: root, published: "2025-03-01")
        #expect(files == ["reports/mijn-bijlage.yaml", "data/figures/mijn-bijlage/meldingen.csv"])
        let result = try Build.run(specPath: root + "/" + files[0], outputRoot: root + "/out")
        #expect(result.folder == root + "/out/mijn-bijlage")
        let markdown = try readText(result.folder + "/mijn-bijlage.md")
        #expect(markdown.hasPrefix("# Cijferbijlage: meldingen per gemeente, 2023–2024\n"))
        #expect(markdown.contains("| 's-Gravenhage | 980 | 1.010 | +30 | +3,1% | 19,4% | 18,9% |"))
        #expect(markdown.contains("| **Totaal (som van de rijen)** | 5.055 | 5.331 | +276 | +5,5% |  |  |"))
        let check = Check.run(specPath: root + "/" + files[0])
        #expect(check.errors.isEmpty && check.years.isEmpty && check.findings.isEmpty)
        #expect(check.aliasUses.map(\.printed) == ["Den Haag", "Den Bosch"])
    }

    @Test("In English: an English spec builds its annex in English by default, in <out>/<id>")
    func english() throws {
        let root = try Self.project()
        let files = try NewReport.write(id: "my-report", language: .en, root: root, published: "2025-03-01")
        let spec = try SpecLoader.load(path: root + "/" + files[0])
        #expect(spec.language == .en)
        let result = try Build.run(specPath: root + "/" + files[0], outputRoot: root + "/out")
        #expect(result.folder == root + "/out/my-report" && result.wording.language == .en)
        let markdown = try readText(result.folder + "/my-report.md")
        #expect(markdown.hasPrefix("# Statistical annex: notifications by municipality, 2023–2024\n"))
        #expect(markdown.contains("| Amsterdam | 1,500 | 1,620 | +120 | +8.0% | 29.7% | 30.4% |"))
        // Dutch asked of an English spec: the translation file it needs is named.
        do {
            _ = try Build.run(specPath: root + "/" + files[0], outputRoot: root + "/out", language: .nl)
            Issue.record("expected a missing translation")
        } catch let failure as LoadErrors {
            #expect(failure.errors == [LoadError(file: root + "/templates/i18n/my-report.nl.yaml",
                                                 .missingTranslation(report: "my-report", language: "nl"))])
        }
    }

    /// The YAML blocks of `docs/languages.md`, without the list item's indentation.
    static func languageExamples() throws -> [String] {
        let page = try readText(Paths.packageRoot + "/docs/languages.md")
        return page.components(separatedBy: "  ```yaml\n").dropFirst().map { block in
            block.components(separatedBy: "  ```\n")[0].split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }.joined(separator: "\n")
        }
    }

    @Test("docs/languages.md's example: init's report with every text, and its translation, build in English")
    func translationExample() throws {
        let root = try Self.project()
        let files = try NewReport.write(id: "mijn-bijlage", language: .nl, root: root, published: "2025-03-01")
        let examples = try Self.languageExamples()
        try #require(examples.count == 2)
        try Data(examples[0].utf8).write(to: URL(fileURLWithPath: root + "/" + files[0]))
        try Data(examples[1].utf8).write(to: URL(fileURLWithPath: root + "/templates/i18n/mijn-bijlage.en.yaml"))
        let check = Check.run(specPath: root + "/" + files[0])
        #expect(check.errors.isEmpty && check.years.isEmpty, "\(check.errors) \(check.years)")
        let result = try Build.run(specPath: root + "/" + files[0], outputRoot: root + "/out", language: .en)
        #expect(result.folder == root + "/out/mijn-bijlage.en")
        let markdown = try readText(result.folder + "/mijn-bijlage.md")
        #expect(markdown.hasPrefix("# Statistical annex: notifications by municipality, 2023–2024\n"))
        #expect(markdown.contains("| Notifications share of the five municipalities 2023 (%) | "
                                  + "Notifications share of the five municipalities 2024 (%) |"))
        for text in ["Notifications by municipality in 2023 and 2024.", "The figures for 2024 are provisional.",
                     "Municipalities as they were in 2024.", "Notifications by municipality, 2023–2024 (figure)"] {
            #expect(markdown.contains(text), "\(text)")
        }
        let page = try readText(result.folder + "/mijn-bijlage.html")
        #expect(page.contains("<p class=\"organisation\">Example Region Public Health Service</p>"))
    }

    /// `annex init`'s Dutch report with a `Totaal` row added to its data file and, when given,
    /// `share_of` on its table: the first Markdown table's header and the input notices.
    static func deliveredTotal(shareOf: String?) throws -> (header: String, notices: [String]) {
        let root = try project()
        let files = try NewReport.write(id: "t", language: .nl, root: root, published: "2025-03-01")
        let data = root + "/" + files[1]
        try Data((try readText(data) + "Totaal;5.055;5.331\n").utf8).write(to: URL(fileURLWithPath: data))
        if let shareOf {
            let spec = try readText(root + "/" + files[0])
                .replacingOccurrences(of: "    measures:", with: "    share_of: \"\(shareOf)\"\n    measures:")
            try Data(spec.utf8).write(to: URL(fileURLWithPath: root + "/" + files[0]))
        }
        let result = try Build.run(specPath: root + "/" + files[0], outputRoot: root + "/out")
        let markdown = try readText(result.folder + "/t.md")
        let header = markdown.split(separator: "\n").first { $0.hasPrefix("| Gemeente") }.map(String.init) ?? ""
        #expect(result.notices == Check.run(specPath: root + "/" + files[0]).notices)
        return (header, result.notices.map(\.description))
    }

    @Test("A delivered 'Totaal': shares are of it, headed as share_of names it, else 'Nederland'; a notice says so")
    func deliveredTotal() throws {
        let named = try Self.deliveredTotal(shareOf: "de vijf gemeenten")
        #expect(named.header.hasSuffix(
            "| Meldingen aandeel in de vijf gemeenten 2023 (%) | Meldingen aandeel in de vijf gemeenten 2024 (%) |"))
        #expect(named.notices.contains { $0.hasSuffix(
            "/data/figures/t/meldingen.csv:7: 'Totaal' gelezen als het geleverde totaal: aandelen zijn daarvan "
                + "genomen, onder de kop 'aandeel in de vijf gemeenten' (share_of van de tabel)") })
        let national = try Self.deliveredTotal(shareOf: nil)
        #expect(national.header.hasSuffix(
            "| Meldingen aandeel in Nederland 2023 (%) | Meldingen aandeel in Nederland 2024 (%) |"))
        let notices = national.notices.filter { $0.contains("geleverde totaal") }
        #expect(notices.count == 1)
        #expect(notices.allSatisfy {
            $0.hasSuffix("/data/figures/t/meldingen.csv:7: " + ReceivedTableTests.deliveredTotal)
        })
    }

    @Test("Refused: an invalid id, a project without reference lists, a report that exists")
    func refused() throws {
        let root = try Self.project()
        #expect(throws: NewReport.Problem.invalidID("Mijn Bijlage")) {
            try NewReport.write(id: "Mijn Bijlage", language: .nl, root: root, published: "2025-03-01")
        }
        _ = try NewReport.write(id: "a", language: .nl, root: root, published: "2025-03-01")
        #expect(throws: NewReport.Problem.exists("reports/a.yaml")) {
            try NewReport.write(id: "a", language: .nl, root: root, published: "2025-03-01")
        }
        let empty = try temporaryFolder()
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: empty + "/templates")
        #expect(throws: NewReport.Problem.missing(empty + "/data/reference")) {
            try NewReport.write(id: "a", language: .nl, root: empty, published: "2025-03-01")
        }
    }
}
