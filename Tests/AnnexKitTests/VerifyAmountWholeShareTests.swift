import Testing

@testable import AnnexKit

/// verify190: a share of an amount of money whose whole is named with an adjective that takes no -e ('haar bruto
/// inkomsten van € …') or given in brackets with its currency sign ('de totale begroting (€ 40 mln)').
@Suite("Verify: a share of an amount whose whole is named with 'bruto' or in brackets with '€'")
struct VerifyAmountWholeShareTests {
    @Test(
        "The amount named as the whole is the share's whole",
        arguments: [
            // 450.000 / 1.250.000 = 36%.
            ("De stichting keerde € 450.000 uit aan projecten, 36% van haar bruto inkomsten van € 1.250.000.", "36%",
                Verdict.consistent),
            // 36%, not 40.
            ("De stichting keerde € 450.000 uit aan projecten, 40% van haar bruto inkomsten van € 1.250.000.", "40%",
                .inconsistent),
            // 2,4 / 40 = 6,0%.
            ("De gemeente gaf € 2,4 mln uit aan sport. Dat is 6,0% van de totale begroting (€ 40 mln).", "6,0%",
                .consistent),
            // 6,0%, not 8,0.
            ("De gemeente gaf € 2,4 mln uit aan sport. Dat is 8,0% van de totale begroting (€ 40 mln).", "8,0%",
                .inconsistent),
        ])
    func amountWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A whole named without its amount stays unverifiable",
        arguments: [
            ("De stichting keerde € 450.000 uit aan projecten, 36% van haar bruto inkomsten.", "36%")
        ])
    func noAmount(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
