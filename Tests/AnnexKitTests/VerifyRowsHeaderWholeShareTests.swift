import Testing

@testable import AnnexKit

/// verify206: under a table between bars, the header's first cell names what each row is ('Bijdragen 2024' over
/// 'Leden | € 18.000'); a share of a row named by its label whose whole those words name ('van alle ontvangen
/// bijdragen') is of the total row.
@Suite("Verify: a row's share of the whole the header's first cell names")
struct VerifyRowsHeaderWholeShareTests {
    /// Three rows and their total, 18.000 + 9.000 + 3.000 = 30.000.
    static let table = """
        Bijdragen 2024 | Bedrag
        Leden | € 18.000
        Sponsors | € 9.000
        Fondsen | € 3.000
        Totaal | € 30.000

        """

    @Test("The row's share of all the rows the first cell names")
    func rowShare() throws {
        // 18.000 / 30.000 = 60%.
        try expectClaim(
            "60%", in: Self.table + "De leden brachten daarmee 60% van alle ontvangen bijdragen op.", kind: .share,
            verdict: .consistent)
        // 9.000 / 30.000 = 30%, not 35.
        try expectClaim(
            "35%", in: Self.table + "De sponsors brachten daarmee 35% van alle ontvangen bijdragen op.", kind: .share,
            verdict: .inconsistent)
    }

    @Test("A whole no header cell names stays unverifiable")
    func otherWhole() throws {
        try expectUnverifiable("60%", in: Self.table + "De leden brachten daarmee 60% van alle uitgaven op.")
    }
}
