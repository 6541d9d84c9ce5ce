import Foundation
import Testing
@testable import AnnexKit

/// Formula injection (issue 9): no CSV annex writes can make a spreadsheet run a formula.
@Suite("CSV escaping")
struct CSVEscapingTests {
    @Test("A text field starting with =, +, -, @, tab or CR gets a ' in front; numbers stay numbers", arguments: [
        ("=HYPERLINK(\"http://x\";\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\""),
        ("+31 20", "'+31 20"), ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("-8738", "-8738"), ("-30.900178662258393", "-30.900178662258393"),
        ("-", "'-"), ("-.5", "'-.5"), ("-1e5", "'-1e5"), ("1.2.3", "1.2.3"), ("Amsterdam", "Amsterdam"), ("", ""),
        ("~1837.752", "~1837.752"), ("≥2363", "≥2363"), ("a,b", "\"a,b\""), ("a\r\nb", "\"a\r\nb\""),
    ])
    func neutralised(field: String, written: String) {
        var writer = CSVWriter()
        writer.row([field])
        #expect(writer.text == written + "\r\n")
    }

    @Test("A row of fields encoded before, put whole, ends as a row of fields does; room left is not kept")
    func encodedRow() {
        var field = ByteBuffer(), writer = CSVWriter()
        CSVWriter.encode("=a,b", to: &field)
        writer.row(["x"])
        writer.row(atMost: 64) { out in
            out.put(field)
            out.put(UInt8(ascii: ","))
            out.put("12" as StaticString)
        }
        writer.row(["y"])
        #expect(writer.text == "x\r\n\"'=a,b\",12\r\ny\r\n")
    }

    @Test("LibreOffice runs formulas in a raw CSV but not in one annex wrote", .hangGuard)
    func libreOffice() throws {
        let fields = ["=1+1", "=HYPERLINK(\"http://x\";\"klik\")", "-5"]
        let raw = fields.map(CSVWriter.quote).joined(separator: ",") + "\r\n"
        var writer = CSVWriter()
        writer.row(fields)
        #expect(try Self.shownByLibreOffice(raw) == "2,klik,-5")
        #expect(try Self.shownByLibreOffice(writer.text) == "'=1+1,\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\",-5")
    }

    @Test("A hostile label or municipality name reaches tables/*.csv and figures.csv only as text")
    func annex() throws {
        let project = try miniProject()
        try edit(project + "/reports/mini.yaml", replacing: "row_header: Gemeente", with: "row_header: \"@SUM(1+1)\"")
        try edit(project + "/data/reference/gemeenten.csv", replacing: "GM0363,Amsterdam,", with: "GM0363,=1+1,")
        try edit(project + "/data/reference/aliases.csv", replacing: "Herlen,",
                 with: "Amsterdam,GM0363,,test,,\nHerlen,")
        let result = try Build.run(specPath: project + "/reports/mini.yaml", outputRoot: project + "/out")
        let table = try readText(result.folder + "/tables/meldingen.csv")
        #expect(table.hasPrefix("'@SUM(1+1),code,"))
        #expect(table.contains("\r\n'=1+1,GM0363,1500,"))
        let figures = try readText(result.folder + "/figures.csv")
        #expect(figures.contains(",GM0363,'=1+1,begin,2022,count,,1500,ok,"))
        #expect(!figures.contains(",=1+1,"))
    }

    /// The first row of `csv` as LibreOffice shows it after opening it (formulas evaluated).
    static func shownByLibreOffice(_ csv: String) throws -> String {
        let folder = try temporaryFolder()
        try Data(csv.utf8).write(to: URL(fileURLWithPath: folder + "/in.csv"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Read as comma-separated UTF-8; written back as shown, formulas evaluated.
        process.arguments = ["soffice", "-env:UserInstallation=file://\(folder)/profile", "--headless",
                             "--infilter=CSV:44,34,76,1", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,1",
                             "--outdir", folder + "/out", folder + "/in.csv"]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        let shown = try readText(folder + "/out/in-in.csv")
        return String(shown.prefix { $0 != "\n" && $0 != "\r\n" })
    }
}
