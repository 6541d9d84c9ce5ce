import Testing

@testable import AnnexKit

/// verify198: a share in brackets right after a count whose noun names one value column of the table right above is
/// of that column's total row (`columnTotalWhole`).
@Suite("Verify: a bracketed share of a count named by a column of the table above")
struct VerifyColumnTotalShareTests {
    /// A table of three campsites, their pitches and those taken, with a total row; `sentence` under it.
    private static func text(_ sentence: String, total: String = "100") -> String {
        """
        Plaatsen per camping, zomer 2025:
        Camping | Plaatsen | Bezet
        Duinzicht | 40 | 36
        Bosrand | 30 | 24
        Meerzicht | 30 | 28
        Totaal | \(total) | 88
        \(sentence)
        """
    }

    @Test(
        "The column the count's noun names gives the whole: its total row",
        arguments: [
            // 12 / 100 = 12,0%.
            ("Op een gewone dag bleven 12 plaatsen (12%) leeg.", "12%", Verdict.consistent),
            // 12 / 100 = 12,0%, not 15.
            ("Op een gewone dag bleven 12 plaatsen (15%) leeg.", "15%", .inconsistent),
        ])
    func columnTotal(sentence: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: Self.text(sentence), kind: .share, verdict: expected)
    }

    @Test(
        "A row named, a noun of no column, or a column that does not add up gives no whole",
        arguments: [
            // 'Bosrand' names a row: 6 may be of its 30 (20%), not of the 100.
            (text("In Bosrand bleven 6 plaatsen (20%) leeg."), "20%"),
            // 'huisjes' names no column.
            (text("Op een gewone dag bleven 12 huisjes (12%) leeg."), "12%"),
            // 40 + 30 + 30 = 100, not 110: the rows may be no parts of the total.
            (text("Op een gewone dag bleven 12 plaatsen (11%) leeg.", total: "110"), "11%"),
        ])
    func noColumnTotal(text: String, written: String) throws {
        try expectClaim(written, in: text, kind: .share, verdict: .unverifiable)
    }
}
