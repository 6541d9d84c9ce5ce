import Foundation
import Testing

/// The written workbooks opened by other programs: LibreOffice converts every sheet of the XLSX
/// and the ODS to CSV, and openpyxl loads the XLSX with its table objects; both compared with
/// `tables/*.csv` and `figures.csv` by `scripts/check-workbooks.py`, for both languages.
/// `scripts/setup.sh --tests` installs LibreOffice and openpyxl.
@Suite("Workbooks in LibreOffice and openpyxl", .serialized)
struct OfficeTests {
    @Test("LibreOffice reads every sheet of both workbooks as annex wrote it; openpyxl finds every table object")
    func openedElsewhere() throws {
        let folders = [try realBuild.get().folder, try realEnglishBuild.get().folder]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Paths.packageRoot + "/scripts/check-workbooks.py"] + folders
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "scripts/check-workbooks.py (needs scripts/setup.sh --tests):\n\(text)")
        #expect(text.contains("workbooks agree with tables/*.csv and figures.csv"))
        #expect(text.components(separatedBy: "12 tables compared").count - 1 == 4)
    }
}
