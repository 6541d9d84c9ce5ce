import Foundation
import Testing
@testable import AnnexKit

/// Renderer outputs of the mini fixture report against reviewed golden files.
/// Files under `en/` are the English annex (`--lang en`).
/// Regenerate after a deliberate change with `UPDATE_GOLDEN=1 swift test --filter GoldenTests`.
@Suite("Golden files for Markdown, CSV and JSON")
struct GoldenTests {
    static let files = ["mini.md", "tables/meldingen.csv", "tables/meldingen-arrondissement.csv",
                        "tables/verzoeken.csv", "figures.csv", "figures.json",
                        "en/mini.md", "en/tables/meldingen.csv", "en/tables/verzoeken.csv", "en/figures.csv",
                        "en/figures.json"]

    @Test("Every text output equals its golden file", arguments: files)
    func golden(file: String) throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let english = file.hasPrefix("en/")
        let result = try Build.run(
            specPath: Paths.miniSpec, outputRoot: out, templates: english ? try miniTemplates() : Paths.templates,
                                   language: english ? .en : .nl)
        let actual = try readText(result.folder + "/" + (english ? String(file.dropFirst(3)) : file))
        let goldenPath = Paths.fixtures + "/golden/" + file
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: (goldenPath as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: goldenPath))
        }
        #expect(actual == (try readText(goldenPath)), "\(file) differs from its golden file")
    }

    @Test("CSV outputs are RFC 4180: CRLF line ends, quoted fields with commas")
    func rfc4180() throws {
        let text = try readText(Paths.fixtures + "/golden/figures.csv")
        #expect(
            text.hasPrefix(
                "table,region_type,region_code,region_name,measure,period,statistic,compared_to,value,status,source\r\n"
            ))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains(",\"Testbron 2024, Bijlage X, r. 10; bestand figures/meldingen.csv:2\"\r\n"))
    }

    @Test("Wording and order come from the template; a broken template names its file, line and column")
    func template() throws {
        let folder = try temporaryFolder()
        let custom = "# {{{title.text}}}\n{{#tables}}\n* {{{title.text}}} ({{{source.text}}})\n{{/tables}}\n"
        try Data(custom.utf8).write(to: URL(fileURLWithPath: folder + "/" + MarkdownRenderer.templateName))
        for name in [MarkdownRenderer.htmlTemplateName, MarkdownRenderer.stylesheetName] {
            try FileManager.default.copyItem(atPath: Paths.templates + "/" + name, toPath: folder + "/" + name)
        }
        try FileManager.default.copyItem(atPath: Paths.templates + "/i18n", toPath: folder + "/i18n")
        let result = try Build.run(specPath: Paths.miniSpec, outputRoot: try temporaryFolder(), templates: folder)
        #expect(try readText(result.folder + "/mini.md") == """
        # Testbijlage
        * Meldingen per gemeente (Testbron 2024; tabel X, bijlage B (vanaf p. 9))
        * Meldingen per arrondissement (Testbron 2024; tabel X, bijlage B (vanaf p. 9))
        * Verzoeken (Testbron 2024; tekst, §1.2.3 (p. 4–6))

        """)
        try Data("# {{title}}\n\n{{#tables}}\nregel drie {{/tabels}}\n".utf8).write(
            to: URL(fileURLWithPath: folder + "/" + MarkdownRenderer.templateName))
        do {
            _ = try Build.run(specPath: Paths.miniSpec, outputRoot: try temporaryFolder(), templates: folder)
            Issue.record("expected a template error")
        } catch let failure as LoadErrors {
            let error = try #require(failure.errors.first)
            #expect(error.file.hasSuffix("annex.md.mustache") && error.line == 4)
            #expect(error.message.hasPrefix("sjabloon niet te lezen"))
        }
    }
}

