import Foundation
import Testing
@testable import AnnexKit

/// Limits on what rendering can make of an input (issue 9): templates cannot nest or repeat
/// without bound, and a text longer than a worksheet cell is an error, never silently dropped.
@Suite("Rendering limits")
struct RenderingLimitsTests {
    /// The errors of building the mini annex's Markdown page (nothing else) with `template` as its template.
    func templateErrors(_ template: String, limits: Limits = Limits()) throws -> [LoadError] {
        let folder = try miniTemplates()
        try Data(template.utf8).write(to: URL(fileURLWithPath: folder + "/" + MarkdownRenderer.templateName))
        do {
            _ = try Limits.$current.withValue(limits) {
                try Build.run(specPath: Paths.miniSpec, outputRoot: try temporaryFolder(), templates: folder,
                              formats: [.md])
            }
        } catch let failure as LoadErrors {
            return failure.errors
        }
        Issue.record("expected a template error")
        return []
    }

    @Test("A template that repeats every table inside every table stops at the output or the repeat limit",
          .hangGuard)
    func repetition() throws {
        let message = "sjabloon niet te lezen: de bijlage wordt groter dan 100 kB of herhaalt meer dan 2.000 keer een "
            + "sectie; herhaalt een sectie zich binnen zichzelf?"
        var limits = Limits()
        (limits.templateOutput, limits.templateRepeats) = (100 << 10, 2_000)
        let tables = String(repeating: "{{#tables}}", count: 6), end = String(repeating: "{{/tables}}", count: 6)
        let cells = "{{#rows}}{{#cells}}{{{md}}} {{/cells}}{{/rows}}"
        let writing = try templateErrors(tables + cells + end, limits: limits)
        #expect(writing.map(\.message) == [message])
        // Repeating without writing anything is bounded too: by the count of repeats.
        limits.templateOutput = 32 << 20
        let silent = try templateErrors(tables + "{{#rows}}{{/rows}}" + end, limits: limits)
        #expect(silent.map(\.message) == [message.replacingOccurrences(of: "100 kB", with: "32 MB")])
    }

    @Test("The limits grow with the data rendered: a large table renders, a template over it that multiplies does not")
    func proportional() throws {
        let report = try ReportComputer.compute(try ReportLoader.load(specPath: Paths.miniSpec))
        var limits = Limits()
        (limits.templateOutput, limits.templateRepeats) = (1 << 10, 10)
        // Far below what the mini annex writes and repeats, but not below its rows and cells times a few.
        let folder = try miniTemplates()
        let result = try Limits.$current.withValue(limits) {
            try Build.run(specPath: Paths.miniSpec, outputRoot: try temporaryFolder(), templates: folder)
        }
        let size = try #require(FileManager.default.attributesOfItem(atPath: result.folder + "/mini.md")[.size] as? Int)
        #expect(size > limits.templateOutput && size <= Template.bytesPerElement * report.cellCount)
        let cells = "{{#tables}}{{#rows}}{{#cells}}{{{md}}} {{/cells}}{{/rows}}{{/tables}}"
        let squared = try templateErrors(String(repeating: "{{#tables}}", count: 3) + cells
                                         + String(repeating: "{{/tables}}", count: 3),
                                         limits: limits)
        let repeats = LoadError.grouped(Template.repeatsPerElement * report.cellCount)
        #expect(squared.first?.message.contains("herhaalt meer dan \(repeats)") == true)
    }

    @Test("A table sheet longer than a worksheet holds stops an XLSX or ODS build before anything is written",
          arguments: [OutputFormat.xlsx, .ods])
    func worksheetRows(format: OutputFormat) throws {
        let report = try ReportComputer.compute(try ReportLoader.load(specPath: Paths.miniSpec))
        let longest = try #require(workbookSheets(report, try dutchWording()).max { $0.rows.count < $1.rows.count })
        func limits(_ rows: Int) -> Limits {
            var limits = Limits()
            if format == .ods { limits.odsSheetRows = rows } else { limits.worksheetRows = rows }
            return limits
        }
        let (kind, application) = format == .ods ? ("ODS", "LibreOffice") : ("XLSX", "Excel")
        let out = try temporaryFolder()
        #expect {
            try Limits.$current.withValue(limits(longest.rows.count - 1)) {
                _ = try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates)
            }
        } throws: { error in
            (error as? any FileNotWritten)?.description == out + "/mini/mini.\(format.rawValue): \(kind) niet "
                + "geschreven (werkblad '" + longest.name + "' telt \(longest.rows.count) rijen met de kopregels en "
                + "het totaal, meer dan de \(longest.rows.count - 1) van een \(application)-werkblad; vraag die tabel "
                + "als csv of md (--formats csv,md))"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasSuffix(".lock") }.isEmpty)
        let pages = try Limits.$current.withValue(limits(longest.rows.count - 1)) {
            try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates, formats: [.csv, .md])
        }
        #expect(pages.files.contains("mini.md"))
        let workbook = try Limits.$current.withValue(limits(longest.rows.count)) {
            try Build.run(specPath: Paths.miniSpec, outputRoot: out, templates: Paths.templates, formats: [format])
        }
        #expect(workbook.files.contains("mini.\(format.rawValue)"))
    }

    @Test("Sections nested deeper than the limit, and other delimiters, are refused with line and column")
    func nesting() throws {
        let deep = "# {{{title.md}}}\n" + String(repeating: "{{#tables}}", count: 9)
            + String(repeating: "{{/tables}}", count: 9)
        let nested = try templateErrors(deep)
        #expect(nested.map(\.message) == ["sjabloon niet te lezen: secties dieper genest dan 8 niveaus"])
        #expect(nested.first?.line == 2 && nested.first?.column == 89)
        let delimiters = try templateErrors("# titel\n{{=<% %>=}}<%title.md%>\n")
        #expect(delimiters.first?.line == 2 && delimiters.first?.column == 1)
        #expect(delimiters.first?.message
                == "sjabloon niet te lezen: andere scheidingstekens dan {{ }} worden niet ondersteund")
    }

    @Test("The budget counts what a template really does: the real annex fits in 1,5 times its size, 20.000 repeats")
    func realAnnexFits() throws {
        let html = try realBuild.get().folder + "/samenwerking-2024.html"
        let size = try #require(FileManager.default.attributesOfItem(atPath: html)[.size] as? Int)
        var limits = Limits()
        (limits.templateOutput, limits.templateRepeats) = (size * 3 / 2, 20_000)
        let result = try Limits.$current.withValue(limits) {
            try Build.run(specPath: Paths.realSpec, outputRoot: try temporaryFolder())
        }
        #expect(try readText(result.folder + "/samenwerking-2024.html") == readText(html))
    }

    @Test("A note longer than a worksheet cell holds stops the build, naming the sheet and the cell")
    func longNote() throws {
        let project = try miniProject()
        let note = String(repeating: "lang ", count: 7_000)
        try edit(project + "/reports/mini.yaml", replacing: "Een noot bij het rapport.", with: note)
        do {
            _ = try Build.run(specPath: project + "/reports/mini.yaml", outputRoot: project + "/out")
            Issue.record("expected an error")
        } catch let failure as LoadErrors {
            #expect(failure.errors.map(\.message)
                    == ["ongeldige rapportspecificatie: toegankelijkheid: werkblad 'Voorblad', cel B6: "
                        + "tekst van 35.000 tekens; een werkbladcel houdt er hoogstens 32.767"])
        }
        #expect(!FileManager.default.fileExists(atPath: project + "/out/mini"))
    }

    @Test("A row whose wrapped text needs more than 409 pt is 409 pt, Excel's tallest, alike in the XLSX and the ODS")
    func tallestRow() throws {
        let project = try miniProject()
        let note = String(repeating: "lang ", count: 4_000)
        try edit(project + "/reports/mini.yaml", replacing: "Een noot bij het rapport.", with: note)
        let result = try Build.run(specPath: project + "/reports/mini.yaml", outputRoot: project + "/out",
                                   formats: [.xlsx, .ods])
        let workbook = try XLSXReader(path: result.folder + "/mini.xlsx")
        let sheets = try workbook.sheetNames().indices.map { try workbook.part("xl/worksheets/sheet\($0 + 1).xml") }
        let xlsx = sheets.flatMap { Self.numbers(after: " ht=\"", in: $0) }
        let content = try XLSXReader(path: result.folder + "/mini.ods").part("content.xml")   // a ZIP as well
        let ods = Self.numbers(after: "style:row-height=\"", in: content)
        #expect(xlsx.max() == SheetLayout.maximumRowHeight && ods.max() == SheetLayout.maximumRowHeight)
        #expect(Set(xlsx) == Set(ods))
    }

    /// Every number that follows `prefix` in `text`.
    static func numbers(after prefix: String, in text: String) -> [Double] {
        text.components(separatedBy: prefix).dropFirst().compactMap { Double($0.prefix { $0.isNumber || $0 == "." }) }
    }

    @Test("Every error of libxlsxwriter stops the XLSX: a too long text written past the check is not silently lost")
    func xlsxErrors() throws {
        let inputs = try ReportLoader.load(specPath: Paths.miniSpec)
        let report = try ReportComputer.compute(inputs)
        let wording = try dutchWording()
        var sheets = workbookSheets(report, wording)
        let cover = sheets[0]
        sheets[0] = SheetLayout(name: cover.name, columnWidths: cover.columnWidths,
                                rows: cover.rows + [[.text(String(repeating: "x", count: 40_000), .plain)]], table: nil)
        let folder = try temporaryFolder()
        do {
            try XLSXRenderer.write(report, wording, sheets: sheets, to: folder + "/mini.xlsx",
                                   pngs: FigurePNGs(folder: folder))
            Issue.record("expected an XLSX error")
        } catch let error as XLSXError {
            let cell = "A\(cover.rows.count + 1)"
            #expect(error.reason.description.hasPrefix("werkblad 'Voorblad', cel \(cell): "))
            #expect(error.reason.text(in: .en).hasPrefix("worksheet 'Voorblad', cell \(cell): "))
        }
    }

    #if os(Linux)
    @Test("libxlsxwriter's temporary files are held in memory: none is made in the workbook's folder")
    func xlsxTemporaryFiles() throws {
        let inputs = try ReportLoader.load(specPath: Paths.miniSpec)
        let report = try ReportComputer.compute(inputs)
        let wording = try dutchWording()
        let folder = try temporaryFolder()
        let watch = try #require(CreatedFiles(in: folder))
        try XLSXRenderer.write(report, wording, sheets: workbookSheets(report, wording), to: folder + "/mini.xlsx",
                               pngs: FigurePNGs(folder: folder))
        let created = watch.names()
        #expect(created == ["mini.xlsx"])
    }
    #endif
}
