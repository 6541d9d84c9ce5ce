import BigInt
import Foundation
import Testing
@testable import AnnexKit

/// The written workbooks opened by other programs: LibreOffice converts every sheet of the XLSX
/// and the ODS to CSV as shown (in the annex's locale), and openpyxl loads the XLSX with its table
/// objects; `scripts/check-workbooks.py` compares them cell by cell with the Markdown and HTML
/// tables, and the stored values with `tables/*.csv` rounded as shown, for both languages.
/// `scripts/setup.sh --tests` installs LibreOffice and openpyxl.
@Suite("Workbooks in LibreOffice and openpyxl", .serialized)
struct OfficeTests {
    @Test("LibreOffice shows every table cell of both workbooks as the Markdown and HTML do; openpyxl finds the tables")
    func openedElsewhere() throws {
        let (status, text) = try Self.checkWorkbooks([try realBuild.get().folder, try realEnglishBuild.get().folder])
        #expect(status == 0, "scripts/check-workbooks.py (needs scripts/setup.sh --tests):\n\(text)")
        #expect(text.contains("workbooks show what the Markdown and HTML show, and hold the figures as shown"))
        #expect(text.components(separatedBy: "12 tables compared").count - 1 == 4)
    }

    @Test("Every exact tie shows one text everywhere: Doetinchem 400 → 195 is −51,25%, −51,3% in every format")
    func ties() throws {
        let build = try realBuild.get()
        let ties = build.report.tables.flatMap { table in
            table.rows.flatMap { row in
                zip(row.cells, table.columns).compactMap { amount, column -> String? in
                    guard let exact = amount.exact else { return nil }
                    // A tie: the value lies exactly halfway between two values at the decimals shown.
                    let doubled = exact * Exact(BigInt(10).power(column.format.decimals)) * 2
                    guard doubled.isInteger, !doubled.numerator.isMultiple(of: 2) else { return nil }
                    return "\(row.code) \(build.wording.numbers.cell(amount, as: column.format))"
                }
            }
        }
        #expect(ties.contains("GM0222 -51,3%"), "\(ties)")
        let folder = build.folder
        let markdown = try readText(folder + "/samenwerking-2024.md")
        let html = try readText(folder + "/samenwerking-2024.html")
        #expect(markdown.contains("| Doetinchem | 400 | 195 | -51,3% |"))
        #expect(html.contains("<th scope=\"row\">Doetinchem</th><td>400</td><td>195</td><td>-205</td><td>-51,3%</td>"))
        for workbook in ["samenwerking-2024.xlsx", "samenwerking-2024.ods"] {
            let sheet = try shownSheet(folder + "/" + workbook, sheet: "wmo-opvang-verblijf", locale: "nl_NL.UTF-8")
            #expect(sheet.contains("\nDoetinchem,GM0222,400,195,-205,\"-51,3%\","), "\(workbook)")
        }
    }

    @Test("A figure of more than 15 significant digits shows every digit in openpyxl, LibreOffice and the Markdown")
    func longIntegers() throws {
        let project = try miniProject()
        try edit(project + "/data/figures/meldingen.csv", replacing: "gemeente,Amsterdam,begin,2022,1500,",
                 with: "gemeente,Amsterdam,begin,2022,12345678901234567,")
        let result = try Build.run(specPath: project + "/reports/mini.yaml", outputRoot: project + "/out",
                                   formats: [.md, .xlsx, .ods])
        let shown = "12.345.678.901.234.567"
        #expect(try readText(result.folder + "/mini.md").contains("| Amsterdam | \(shown) |"))
        let script = "import openpyxl, sys\nsheet = openpyxl.load_workbook(sys.argv[1])['meldingen']\n"
            + "print(repr([row[2].value for row in sheet.iter_rows() if row[0].value == 'Amsterdam'][0]))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, result.folder + "/mini.xlsx"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text == "'\(shown)'\n", "openpyxl: \(text)")
        for workbook in ["mini.xlsx", "mini.ods"] {
            let csv = try shownSheet(result.folder + "/" + workbook, sheet: "meldingen", locale: "nl_NL.UTF-8")
            #expect(csv.contains("\nAmsterdam,GM0363,\(shown),"), "\(workbook): \(csv)")
        }
    }

    @Test("LibreOffice shows a counted zero as '-' (nil) in both workbooks, from a numeric cell")
    func nilShown() throws {
        let result = try Build.run(
            specPath: Paths.miniSpec, outputRoot: try temporaryFolder(), templates: Paths.templates)
        for workbook in ["mini.xlsx", "mini.ods"] {
            let csv = try shownSheet(result.folder + "/" + workbook, sheet: "meldingen", locale: "nl_NL.UTF-8")
            #expect(csv.contains("\nHeerlen,GM0917,-,x,"), "\(workbook): \(csv)")
        }
        let cells = try XLSXReader(path: result.folder + "/mini.xlsx").cells(named: "meldingen")
        #expect(cells.values.contains { $0.type == "n" && $0.number == 0 })
    }

    @Test("annex's own workbook of tables shows every cell and format as libxlsxwriter's of the same report",
          arguments: [("bench-wide", "Bijlage", "A5:N348"), ("mini", "meldingen", "A6:J14")])
    func ownWorkbook(report: String, sheet: String, tableRange: String) throws {
        let spec = report == "mini" ? Paths.miniSpec : Paths.packageRoot + "/bench/wide.yaml"
        let result = try Build.run(specPath: spec, outputRoot: try temporaryFolder(),
                                   dataRoot: report == "mini" ? nil : BenchJobTests.folder,
                                   templates: Paths.templates, formats: [.xlsx])
        let ours = result.folder + "/\(report).xlsx"
        let theirs = try temporaryFolder() + "/\(report).xlsx"
        let sheets = workbookSheets(result.report, result.wording)
        #expect(XLSXTablesRenderer.takes(sheets))
        try XLSXRenderer.write(result.report, result.wording, sheets: sheets, to: theirs,
                               pngs: FigurePNGs(folder: result.folder))
        let (status, text) = try runScript("compare-xlsx.py", [ours, theirs])
        #expect(status == 0, "scripts/compare-xlsx.py (needs openpyxl):\n\(text)")
        #expect(text.contains("same: \(sheets.count) sheets"))
        let names = sheets.map(\.name)
        let shown = try shownSheets(ours, names, locale: "nl_NL.UTF-8")
        let expected = try shownSheets(theirs, names, locale: "nl_NL.UTF-8")
        for (name, (sheet, other)) in zip(names, zip(shown, expected)) {
            #expect(!sheet.isEmpty && sheet == other, "\(name)")
        }
        let book = try XLSXReader(path: ours)
        let tables = try (1...sheets.compactMap(\.table).count).map { try book.part("xl/tables/table\($0).xml") }
        #expect(tables.contains { $0.contains("ref=\"\(tableRange)\"") }, "\(tables)")
        let workbook = try book.part("xl/workbook.xml")
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\""))
    }

    /// The exit status and output of `scripts/check-workbooks.py` on built annexes.
    static func checkWorkbooks(_ folders: [String]) throws -> (status: Int32, output: String) {
        try runScript("check-workbooks.py", folders)
    }

    /// One sheet of a workbook as LibreOffice shows it in `locale`, as CSV.
    func shownSheet(_ workbook: String, sheet: String, locale: String) throws -> String {
        try shownSheets(workbook, [sheet], locale: locale)[0]
    }

    /// Sheets of a workbook as LibreOffice shows them in `locale`, as CSV, in the order of `sheets`: one
    /// LibreOffice run writes every sheet, so a workbook is converted once however many of its sheets are read.
    func shownSheets(_ workbook: String, _ sheets: [String], locale: String) throws -> [String] {
        let out = try temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Token 9 'true': save cell contents as shown; sheet -1: every sheet, each to its own file.
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1"
        process.arguments = ["LC_ALL=\(locale)", "LANG=\(locale)", "soffice",
                             "-env:UserInstallation=file://\(out)/profile", "--headless", "--convert-to", filter,
                             "--outdir", out, workbook]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        let stem = ((workbook as NSString).lastPathComponent as NSString).deletingPathExtension
        return try sheets.map { try readText(out + "/\(stem)-\($0).csv") }
    }
}
