import Testing

@testable import AnnexKit

/// The thirty-third round (C): a change set beside the level it ends ('kwam uit op 2.300, een daling van 500 ten
/// opzichte van 2022 (1.800)') is the gap between that level and the base the comparison names.
@Suite("Verify: a change beside its level, against a base year's value")
struct VerifyApposedChangeTests {
    @Test(
        "'Level, een <change> van D ten opzichte van YEAR (B)' is checked as level − B",
        arguments: [
            // 4.100 − 3.750 = +350: a growth of 350; a fall of 350 has the wrong direction.
            ("De bibliotheek telde 4.100 leden, een groei van 350 ten opzichte van 2023 (3.750).", "350",
                Verdict.consistent),
            ("De bibliotheek telde 4.100 leden, een daling van 350 ten opzichte van 2023 (3.750).", "350",
                .inconsistent),
            // € 4,6 mln − € 4,1 mln = +€ 0,5 mln; € 0,4 mln is no such gap.
            ("De kosten kwamen uit op € 4,6 mln, een stijging van € 0,5 mln ten opzichte van 2023 (€ 4,1 mln).",
                "€ 0,5 mln", .consistent),
            ("De kosten kwamen uit op € 4,6 mln, een stijging van € 0,4 mln ten opzichte van 2023 (€ 4,1 mln).",
                "€ 0,4 mln", .inconsistent),
        ])
    func apposedChange(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .difference, verdict: expected)
    }

    @Test(
        "A change of another subject, one joined by 'en', or after two levels keeps its old verdict",
        arguments: [
            // The profit's change is no gap of the turnover before it.
            ("De omzet was 5.000, de winst een stijging van 200 ten opzichte van 2022 (1.100).", "200"),
            ("De omzet was 5.000 en de winst steeg met 200 ten opzichte van 2022 (1.100).", "200"),
            // Two levels before the comma: which one fell is not said.
            ("De vereniging telde 2.300 leden en 40 vrijwilligers, een daling van 500 ten opzichte van 2022 (2.800).",
                "500"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
