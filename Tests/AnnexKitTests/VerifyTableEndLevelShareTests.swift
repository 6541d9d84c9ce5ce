import Testing

@testable import AnnexKit

/// verify190: a share a change ended at ('steeg tot 45%') under a table of two years, in a sentence that names no
/// year, is of the latest year's column (`TableAbove.rowsAndTotal(namedBy:years:latest:…)`).
@Suite("Verify: a share level after 'steeg tot' under a table of years")
struct VerifyTableEndLevelShareTests {
    /// 300 + 500 + 200 = 1.000 and 450 + 350 + 200 = 1.000; the website's share went from 30% to 45%.
    static let table = """
        Kanaal | 2023 | 2024
        Website | 300 | 450
        Telefoon | 500 | 350
        Balie | 200 | 200
        Totaal | 1.000 | 1.000
        """

    @Test(
        "The latest year's column gives part and whole",
        arguments: [
            ("Het aandeel van de website steeg tot 45%.", "45%", Verdict.consistent),
            // 45%, not 50.
            ("Het aandeel van de website steeg tot 50%.", "50%", .inconsistent),
        ])
    func endLevel(sentence: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: Self.table + "\n" + sentence, kind: .share, verdict: expected)
    }

    @Test("A share with no change and no year names no column", arguments: ["Het aandeel van de website was 45%."])
    func noColumn(sentence: String) throws {
        try expectUnverifiable("45%", in: Self.table + "\n" + sentence)
    }
}
