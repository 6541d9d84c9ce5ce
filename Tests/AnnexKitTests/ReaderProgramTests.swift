import Foundation
import Testing
@testable import AnnexKit

/// The annex as readers meet it, in real programs: the web pages in headless Chromium with axe-core
/// (`scripts/check-page.py`), the workbooks read back from their XML and printed by LibreOffice
/// (`scripts/check-layout.py`), in both languages. `scripts/setup.sh --tests` installs what they need.
@Suite("The annex in a browser and a spreadsheet")
struct ReaderProgramTests {
    static var folders: [String] {
        get throws { [try realBuild.get().folder, try realEnglishBuild.get().folder] }
    }

    @Test("Both web pages pass axe-core at 320 and 1280 px, never scroll sideways, keep headers and labels in view")
    func browser() throws {
        let python = Paths.packageRoot + "/.venv-tests/bin/python"
        try #require(FileManager.default.isExecutableFile(atPath: python), "run scripts/setup.sh --tests")
        let (status, text) = try runScript("check-page.py", try Self.folders, python: python)
        #expect(status == 0, "scripts/check-page.py:\n\(text)")
        #expect(text.components(separatedBy: " 0 violated").count - 1 == 4, "\(text)")
        #expect(text.contains("the pages pass axe-core and never scroll sideways"))
    }

    @Test("Both workbooks: tables near the top, at most header and labels frozen, long texts wrapped, set up for A4")
    func workbooks() throws {
        let (status, text) = try runScript("check-layout.py", try Self.folders)
        #expect(status == 0, "scripts/check-layout.py (needs scripts/setup.sh --tests):\n\(text)")
        #expect(text.components(separatedBy: "pages printed by LibreOffice").count - 1 == 4, "\(text)")
    }
}
