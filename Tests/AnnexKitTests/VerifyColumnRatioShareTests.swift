import Testing

@testable import AnnexKit

/// verify197: a share under a table whose sentence names a row, the whole's column after 'van' and a part's column by
/// another word of its own is the row's part cell over its whole cell, when the part column is in every row at most
/// the whole column (`columnRatioShare`).
@Suite("Verify: a share of one table column over another within a named row")
struct VerifyColumnRatioShareTests {
    /// Decisions and grants per district: the grants are in each row at most the decisions.
    static let table =
        "Afdeling | Dossiers | Besluiten | Toegekend\nNoord | 400 | 320 | 240\nZuid | 250 | 200 | 120\n"
        + "Oost | 180 | 150 | 90\n"

    @Test(
        "Each share names its row; the columns are named once",
        arguments: [
            // Noord 240 / 320 = 75,0%.
            ("75,0 procent", Verdict.consistent),
            // Zuid 120 / 200 = 60,0%.
            ("60,0 procent", .consistent),
            // Oost 90 / 150 = 60,0%, not 70,0%.
            ("70,0 procent", .inconsistent),
        ])
    func rows(written: String, expected: Verdict) throws {
        try expectClaim(
            written,
            in: Self.table + "In Noord werd 75,0 procent van de besluiten toegekend, in Zuid 60,0 procent en in Oost "
                + "70,0 procent.",
            kind: .share, verdict: expected)
    }

    @Test(
        "No part column named, a year, or a part column larger in some row: unverifiable",
        arguments: [
            VerifyColumnRatioShareTests.table + "In Noord ging 75,0 procent van de besluiten over woningen.",
            VerifyColumnRatioShareTests.table + "In 2024 werd in Noord 75,0 procent van de besluiten toegekend.",
            "Afdeling | Dossiers | Besluiten | Toegekend\nNoord | 400 | 320 | 240\nZuid | 250 | 200 | 220\n"
                + "In Noord werd 75,0 procent van de besluiten toegekend.",
        ])
    func near(text: String) throws {
        try expectUnverifiable("75,0 procent", in: text)
    }
}
