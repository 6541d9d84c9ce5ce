import Foundation
import Testing
@testable import AnnexKit

/// Measure kinds: decimal, non-additive measures build with their decimals and units, without
/// totals or shares; a spec asking for a sum or share of them fails naming its line; share headers
/// say what the total is.
@Suite("Measure kinds and share labels")
struct MeasureKindTests {
    static let decimalSpec = Paths.fixtures + "/decimal/reports/verblijf.yaml"

    static let built = Result { () throws -> BuildResult in
        try Build.run(specPath: decimalSpec, outputRoot: try temporaryFolder(), templates: Paths.templates)
    }

    @Test("An average in days shows its decimals and unit, gets no total and no share; the national row is no total")
    func average() throws {
        let result = try Self.built.get()
        let markdown = try readText(result.folder + "/verblijf.md")
        let measure = "Gemiddelde verblijfsduur"
        #expect(markdown.contains("| Gemeente | \(measure) 2022 (dagen) | \(measure) 2023 (dagen) | "
                                  + "\(measure) verschil 2022–2023 (dagen) | \(measure) verschil 2022–2023 (%) |"))
        // 13,75 and +1,25 are ties: half away from zero.
        #expect(markdown.contains("| Amsterdam | 12,5 | 13,8 | +1,3 | +10,0% |"))
        #expect(markdown.contains("| Heerlen | 8,0 | . | . | . |"))
        #expect(markdown.contains("| **Nederland** | 11,8 | 12,1 | +0,3 | +2,1% |"))
        #expect(!markdown.contains("Totaal") && !markdown.contains("Som van de rijen") && !markdown.contains("aandeel"))
        let table = try #require(result.report.tables.first { $0.id == "verblijfsduur" })
        #expect(table.rows.map(\.kind) == [.region, .region, .region, .national])
        #expect(table.discrepancies.isEmpty)
        let statistics = Set(table.figures(citing: try citationWords()).map(\.statistic))
        #expect(statistics == [.count, .change, .changePct, .rank])
        #expect(table.figures(citing: try citationWords()).contains {
            $0.region.code == "GM0363" && $0.period == "2023" && $0.amount == .count(decimal("13.75"))
        })
    }

    @Test("A percentage changes in percentage points, not percent")
    func percentage() throws {
        let result = try Self.built.get()
        let markdown = try readText(result.folder + "/verblijf.md")
        #expect(markdown.contains(
            "| Gemeente | Terugval 2022 (%) | Terugval 2023 (%) | Terugval verschil 2022–2023 (procentpunt) |"))
        #expect(markdown.contains("| Amsterdam | 21,3% | 22,5% | +1,3 |"))
        #expect(markdown.contains("| Rotterdam | 18,0% | 17,4% | -0,7 |"))
        let table = try #require(result.report.tables.first { $0.id == "terugval" })
        #expect(!table.figures(citing: try citationWords()).contains {
            [.changePct, .sharePct, .sumOfRows].contains($0.statistic)
        })
        let csv = try readText(result.folder + "/tables/terugval.csv")
        #expect(csv.contains("Amsterdam,GM0363,21.25,22.5,1.25\r\n"))
    }

    @Test("The workbooks show the decimals as the Markdown does, in both languages")
    func workbooks() throws {
        let english = try Build.run(specPath: Self.decimalSpec, outputRoot: try temporaryFolder(),
                                    templates: try templates(), language: .en)
        let markdown = try readText(english.folder + "/verblijf.md")
        #expect(markdown.contains("Average length of stay change 2022–2023 (days)"))
        #expect(markdown.contains("Relapse change 2022–2023 (percentage points)"))
        let (status, text) = try OfficeTests.checkWorkbooks([try Self.built.get().folder, english.folder])
        #expect(status == 0, "\(text)")
    }

    /// The package's templates with the fixture's English texts.
    func templates() throws -> String {
        let folder = try temporaryFolder() + "/templates"
        try FileManager.default.copyItem(atPath: Paths.templates, toPath: folder)
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/decimal/i18n/verblijf.en.yaml",
                                         toPath: folder + "/i18n/verblijf.en.yaml")
        return folder
    }

    /// The errors of the decimal fixture's spec with `replace` replaced by `with`.
    func specErrors(replacing replace: String, with replacement: String) throws -> [LoadError] {
        let text = try readText(Self.decimalSpec)
        #expect(text.contains(replace))
        let path = try temporaryFile("verblijf.yaml", text.replacingOccurrences(of: replace, with: replacement))
        do {
            _ = try SpecLoader.load(path: path)
        } catch let failure as LoadErrors {
            return failure.errors.map { LoadError(file: "verblijf.yaml", line: $0.line, column: $0.column, $0.problem) }
        }
        Issue.record("expected spec errors")
        return []
    }

    @Test("A spec asking for the total of an average fails, naming the spec file and line")
    func totalRefused() throws {
        let found = try specErrors(replacing: "    top: 2\n", with: "    top: 2\n    columns: {total: true}\n")
        let reason = "tabel 'verblijfsduur': maat 'verblijfsduur' is average en is niet op te tellen: "
            + "een totaal bestaat alleen voor count en amount"
        #expect(found.map(\.description) == ["verblijf.yaml:15:15: ongeldige rapportspecificatie: " + reason])
        #expect(found.first?.description.hasPrefix("verblijf.yaml:15:15: ongeldige rapportspecificatie: ") == true)
    }

    @Test("Sums, shares and district totals of non-additive measures are refused at their line", arguments: [
        ("    top: 2\n", "    top: 2\n    columns: {share: true}\n", 15, "aandelen bestaan alleen voor count"),
        ("    top: 2\n", "    top: 2\n    boundary_year: 2023\n", 15, "omrekenen naar een gemeentelijke indeling"),
        ("kind: percentage}\n", "kind: percentage}\n    columns: {change_pct: true}\n", 24, "procentpunten"),
        ("kind: percentage}", "kind: percentage, parts_add_up: true}", 23, "delen tellen alleen op bij count"),
        ("kind: average, unit: dagen}",
         "kind: average, unit: dagen}\n      - {id: deel, label: D, part_of: verblijfsduur}", 17,
         "een average, die geen totaal is"),
        ("kind: average, unit: dagen}", "kind: amount}", 16, "vraagt een eenheid (unit)"),
        ("kind: average, unit: dagen}", "kind: count, decimals: 1}", 16, "heeft geen decimalen"),
        ("kind: average, unit: dagen}", "kind: averge}", 16, "onbekende kind 'averge'"),
    ])
    func refused(replace: String, with replacement: String, line: Int, phrase: String) throws {
        let found = try specErrors(replacing: replace, with: replacement)
        #expect(found.count == 1 && found.first?.line == line, "\(found)")
        #expect(found.first?.message.contains(phrase) == true, "\(found)")
    }

    @Test("A district table of an average is refused at its 'from'")
    func aggregateRefused() throws {
        let found = try specErrors(replacing: "  - id: terugval\n", with: """
          - id: verblijfsduur-arrondissement
            title: "Per arrondissement"
            aggregate: {from: verblijfsduur, to: arrondissement}
            periods: [2022, 2023]
            measures:
              - {id: verblijfsduur, label: "Gemiddelde verblijfsduur", kind: average, unit: dagen}
          - id: terugval

        """)
        #expect(found.map(\.line) == [19])
        #expect(found.first?.message.contains("niet per arrondissement of provincie op te tellen") == true)
    }

    /// A report of four municipalities without a national total, with its share label named or not.
    func fourCities(shareOf: String?) throws -> BuildResult {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/reports", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/mini/data/reference",
                                         toPath: folder + "/data/reference")
        try Data("""
        region_type,region,measure,period,value,table,line
        gemeente,Amsterdam,m,2022,300,,
        gemeente,Rotterdam,m,2022,200,,
        gemeente,Heerlen,m,2022,100,,
        gemeente,Beek L,m,2022,25,,

        """.utf8).write(to: URL(fileURLWithPath: folder + "/data/steden.csv"))
        let spec = """
        id: steden
        title: Steden
        source: Test
        published: "2024-08-15"
        reference: reference
        tables:
          - id: steden
            title: Steden
            data: steden.csv
            periods: [2022]
        \(shareOf.map { "    share_of: \"\($0)\"\n" } ?? "")    measures: [{id: m, label: M}]
        """
        try Data(spec.utf8).write(to: URL(fileURLWithPath: folder + "/reports/steden.yaml"))
        return try Build.run(specPath: folder + "/reports/steden.yaml", outputRoot: folder + "/out",
                             templates: Paths.templates)
    }

    @Test("Without a national total, a share is of the table's total and says so; the spec may name that total")
    func shareLabels() throws {
        let plain = try fourCities(shareOf: nil)
        let markdown = try readText(plain.folder + "/steden.md")
        #expect(markdown.contains("| Regio | M 2022 | M aandeel in totaal van de tabel 2022 (%) |"))
        #expect(markdown.contains("| Amsterdam | 300 | 48,0% |") && !markdown.contains("aandeel in Nederland"))
        let figures = plain.report.figures(citing: try citationWords())
        #expect(figures.contains { $0.statistic == .sharePct && $0.comparedTo == "sum_of_rows" })
        #expect(!figures.contains { $0.statistic == .sharePct && $0.comparedTo == "NL" })
        let named = try fourCities(shareOf: "de vier steden")
        #expect(try readText(named.folder + "/steden.md").contains("| M aandeel in de vier steden 2022 (%) |"))
        // With a published national total the share is of the Netherlands (the mini fixture).
        let mini = try readText(try realBuild.get().folder + "/samenwerking-2024.md")
        #expect(mini.contains("aandeel in Nederland 2022 (%)"))
    }

    @Test("The cover says that cells hold the figures as shown, and where the unrounded ones are")
    func cover() throws {
        let cover = SheetLayout.cover(try Self.built.get().report, try dutchWording(Self.decimalSpec))
        let texts = cover.rows.flatMap { row in
            row.compactMap { cell -> String? in if case .text(let text, _)? = cell { text } else { nil } }
        }
        #expect(texts.contains("Afronding"))
        #expect(texts.contains { $0.contains("−51,25% (−51,3%)") && $0.contains("figures.csv") })
    }
}
