import Testing

@testable import AnnexKit

/// verify197: a memo line's own share in brackets ('Met rondleiding: 160 (25%)') under memo lines of one value, one
/// of them labelled a total ('Bezoekers totaal: 640'), is of that total, bound by position only: it confirms a share
/// that agrees and never contradicts one.
@Suite("Verify: a memo line's own share is of the line above labelled a total")
struct VerifyTotalLineShareTests {
    /// The memo's lines above the share line: a count of days, the total, and a mean per day between them.
    static let lines = "Open dag in cijfers\nDagen: 2\nBezoekers totaal: 640\nBezoekers per dag gemiddeld: 320\n"

    @Test("The share agrees with the total line")
    func agrees() throws {
        // 160 / 640 = 25%.
        try expectClaim("25%", in: Self.lines + "Met rondleiding: 160 (25%)", kind: .share, verdict: .consistent)
    }

    @Test(
        "A share that disagrees, or lines with no total, stay unverifiable",
        arguments: [
            // 160 / 640 = 25%: bound by position only, never contradicted.
            (VerifyTotalLineShareTests.lines + "Met rondleiding: 160 (30%)", "30%"),
            ("Open dag in cijfers\nDagen: 2\nBezoekers: 640\nBezoekers per dag gemiddeld: 320\n"
                + "Met rondleiding: 160 (25%)", "25%"),
            ("Bezoekers totaal: 640\nDe meeste bezoekers kwamen per fiets, 300 in getal.\nMet rondleiding: 160 (25%)",
                "25%"),
        ])
    func near(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
