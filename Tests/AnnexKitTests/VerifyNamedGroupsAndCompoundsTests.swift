import Testing

@testable import AnnexKit

/// verify225: fractions whose values stand in the text but were not related — a compound on the noun of a share's
/// whole that names the part by its first part ('een buitenconcert'), and a row of a table named by the part of a
/// compound before its hyphen ('de Wlz-inkomsten').
@Suite("Verify: a compound on the noun of a share's whole names the part by its first part")
struct VerifyCompoundNamesPartTests {
    @Test(
        "'een buitenconcert' after '40 concerten, waarvan 30 buiten' is the share of those 30",
        arguments: [
            // 30 / 40 = 75,0%: three quarters.
            ("Het koor gaf 40 concerten, waarvan 30 buiten. Driekwart van de concerten was dus een buitenconcert.",
                "Driekwart", Verdict.consistent),
            // 75,0% is no 'ruim de helft' (50% up to 52,5%).
            ("Het koor gaf 40 concerten, waarvan 30 buiten. Ruim de helft van de concerten was dus een buitenconcert.",
                "Ruim de helft", .inconsistent),
            // 18 / 72 = 25,0%: 'de wedstrijden' and 'bekerwedstrijd'.
            ("De club speelde 72 wedstrijden, waarvan 18 in de beker. Een kwart van de wedstrijden was een "
                + "bekerwedstrijd.", "Een kwart", .consistent),
        ])
    func named(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// Near case: a compound whose first part names no count ('benefietconcert') names no part.
    @Test("A compound whose first part names no count stays unverifiable")
    func near() throws {
        try expectUnverifiable(
            "Driekwart",
            in: "Het koor gaf 40 concerten, waarvan 30 buiten. Driekwart van de concerten was dus een benefietconcert.")
    }
}

@Suite("Verify: a compound written with a hyphen names the table row of its first part ('de Wlz-inkomsten')")
struct VerifyHyphenedCompoundRowTests {
    static let table = """
        Bron | 2022 | 2023
        Wmo | € 120.000 | € 132.000
        Wlz | € 80.000 | € 60.000
        Totaal | € 200.000 | € 192.000
        """

    @Test(
        "The row of the part before the hyphen, however short",
        arguments: [
            // 80.000 → 60.000: −20.000, −25,0%.
            (table + "\nDe Wlz-inkomsten daalden met een kwart.", "een kwart", Verdict.consistent),
            (table + "\nDe Wlz-inkomsten daalden met een derde.", "een derde", .inconsistent),
            // 120.000 → 132.000: +10,0%.
            (table + "\nDe Wmo-inkomsten stegen met 10 procent.", "10 procent", .consistent),
        ])
    func hyphened(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    /// Near case: a compound whose head is left out after its first part ('Wlz- en Wmo-inkomsten') names two rows.
    @Test("Two compounds sharing one head stay unverifiable")
    func near() throws {
        try expectUnverifiable("een kwart", in: Self.table + "\nDe Wlz- en Wmo-inkomsten daalden met een kwart.")
    }
}
