import Testing

@testable import AnnexKit

/// A mean per a unit that its sentence counts under another noun (issue 11): 'per persoon' after a count of
/// volunteers, 'per gezin' after a count of households. The mean's own noun or its currency tells
/// the total from the units; a unit of time, or two counts told apart by nothing else, stay unverifiable.
@Suite("Verify: a mean per a unit its sentence counts under another noun")
struct VerifyMeanPerUnnamedUnitTests {
    @Test(
        "A mean per an unnamed unit is the total over the other count",
        arguments: [
            // Crates: 2.340 / 45 = 52, the total named by the mean's noun; 56 is planted.
            ("De 45 vrijwilligers van de voedselbank pakten 2.340 kratten in, gemiddeld 52 kratten per persoon.",
                "52", Verdict.consistent, 52.0),
            ("De 45 vrijwilligers van de voedselbank pakten 2.340 kratten in, gemiddeld 56 kratten per persoon.",
                "56", .inconsistent, 52.0),
            // Books: the mean's own noun names the total, 1.950 / 150 = 13; 15 is planted.
            ("De 150 leerlingen van groep acht lazen dit jaar 1.950 boeken, gemiddeld 13 boeken per kind.",
                "13", .consistent, 13.0),
            ("De 150 leerlingen van groep acht lazen dit jaar 1.950 boeken, gemiddeld 15 boeken per kind.",
                "15", .inconsistent, 13.0),
            // An amount: the total is the count in the mean's currency, 3,6 miljoen / 900 = 4.000; 4.500 is planted.
            ("Het noodfonds keerde € 3,6 miljoen uit aan 900 huishoudens, gemiddeld € 4.000 per gezin.",
                "€ 4.000", .consistent, 4_000.0),
            ("Het noodfonds keerde € 3,6 miljoen uit aan 900 huishoudens, gemiddeld € 4.500 per gezin.",
                "€ 4.500", .inconsistent, 4_000.0),
        ])
    func unnamedUnit(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test(
        "In doubt unverifiable: a unit of time, no total told apart, a noun that names neither count",
        arguments: [
            // Per month: the months are not counted, and the volunteers are no months.
            ("De 40 vrijwilligers werkten samen 9.600 uur, gemiddeld 20 uur per maand.", "20"),
            // Nothing says which of the two counts is the total (with 'samen' it does: `VerifyVerify228Tests`).
            ("Er waren 45 vrijwilligers en 2.340 kratten, gemiddeld 52 per persoon.", "52"),
            // The mean counts boxes, the sentence crates.
            ("De 45 vrijwilligers pakten samen 2.340 kratten in, gemiddeld 52 dozen per persoon.", "52"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
