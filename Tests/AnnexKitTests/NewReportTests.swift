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
