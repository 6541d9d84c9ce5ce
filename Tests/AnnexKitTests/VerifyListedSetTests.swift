import Testing

@testable import AnnexKit

/// The twenty-eighth round (C): a mean over a listed set whose size is stated, a total after parts named by their
/// kind, a total line with words of its own under a closed list of amounts, and a share whose part is named after it.
@Suite("Verify: means and totals of a listed set, a part named after its share")
struct VerifyListedSetTests {
    // MARK: A mean over a listed set of stated size

    @Test(
        "A mean per unit over the values the sentence before lists, of a set whose size it states, is their mean",
        arguments: [
            // 820 + 640 + 710 + 530 = 2.700; 2.700 / 4 = 675; 900 is 2.700 / 3.
            ("De vier bibliotheken leenden 820, 640, 710 en 530 boeken uit. Gemiddeld 675 per bibliotheek.", "675",
                Verdict.consistent),
            ("De vier bibliotheken leenden 820, 640, 710 en 530 boeken uit. Gemiddeld 900 per bibliotheek.", "900",
                .inconsistent),
            // A total the list spells out: 520 + 470 + 450 = 1.440; 1.440 / 3 = 480; 720 is 1.440 / 2.
            ("Onze drie koks werkten samen 1.440 uur: Ahmed 520, Bas 470 en Chris 450. Gemiddeld is dat 480 uur per "
                + "kok.", "480", .consistent),
            ("Onze drie koks werkten samen 1.440 uur: Ahmed 520, Bas 470 en Chris 450. Gemiddeld is dat 720 uur per "
                + "kok.", "720", .inconsistent),
            // A Latin plural names its unit: 41.000 + 36.500 + 22.500 = 100.000; 100.000 / 3 = 33.333,3.
            ("De drie musea trokken 41.000, 36.500 en 22.500 bezoekers. Gemiddeld 33.333 per museum.", "33.333",
                .consistent),
            ("De drie musea trokken 41.000, 36.500 en 22.500 bezoekers. Gemiddeld 50.000 per museum.", "50.000",
                .inconsistent),
        ])
    func meanOfStatedSet(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .average, verdict: expected)
    }

    @Test(
        "A mean over a set of another size than its list, per another unit, or beside a total no sum stays open",
        arguments: [
            // Five libraries, four values: which set the mean is of is not certain.
            ("De vijf bibliotheken leenden 820, 640, 710 en 530 boeken uit. Gemiddeld 540 per bibliotheek.", "540"),
            // A mean per week is no mean over the libraries.
            ("De vier bibliotheken leenden 820, 640, 710 en 530 boeken uit. Gemiddeld 900 per week.", "900"),
            ("De vier bibliotheken leenden 820, 640, 710 en 530 boeken uit. Gemiddeld 1 per inwoner.", "1"),
            // 1.500 is no sum of the list (1.440): the mean may be of either.
            ("Onze drie koks werkten samen 1.500 uur: Ahmed 520, Bas 470 en Chris 450. Gemiddeld is dat 500 uur per "
                + "kok.", "500"),
            // The mean counts days, the list hours.
            ("Onze drie koks werkten samen 1.440 uur: Ahmed 520, Bas 470 en Chris 450. Gemiddeld is dat 60 dagen "
                + "per kok.", "60"),
        ])
    func meanOfStatedSetNearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A total over units counted in a Latin plural ('vier jeugdcentra') is a mean per its singular",
        arguments: [
            // 1.200 / 4 = 300; 400 is 1.200 / 3.
            ("De vier jeugdcentra begeleidden samen 1.200 jongeren. Gemiddeld is dat 300 per centrum.", "300",
                Verdict.consistent),
            ("De vier jeugdcentra begeleidden samen 1.200 jongeren. Gemiddeld is dat 400 per centrum.", "400",
                .inconsistent),
        ])
    func latinPlural(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    // MARK: A total after parts named by their kind

    @Test(
        "'in totaal' after counts each followed by what they are about sums them",
        arguments: [
            // 310 + 190 + 75 = 575.
            ("Dit voorjaar kwamen 310 aanvragen binnen voor huur, 190 voor zorg en 75 voor overige kosten; in totaal "
                + "575 aanvragen.", "575", Verdict.consistent),
            ("Dit voorjaar kwamen 310 aanvragen binnen voor huur, 190 voor zorg en 75 voor overige kosten; in totaal "
                + "585 aanvragen.", "585", .inconsistent),
        ])
    func totalOfKinds(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    // MARK: A total line with words of its own

    /// Items of amounts under a title, closed by a rest line: 2.750 + 1.180 + 920 + 150 = 5.000.
    private static let items =
        "Kosten open dag\n- zaalhuur € 2.750\n- drukwerk € 1.180\n- hapjes € 920\n- overig € 150\n"

    @Test(
        "A total line that names its whole in words under a list of amounts closed by a rest line sums the list",
        arguments: [
            (items + "Totaal begrote uitgaven: € 5.000", "€ 5.000", Verdict.consistent),
            (items + "Totaal begrote uitgaven: € 5.500", "€ 5.500", .inconsistent),
            // A year in the label dates the list.
            (items + "Totale uitgaven 2026: € 5.000", "€ 5.000", .consistent),
            (items + "Totale uitgaven 2026: € 4.850", "€ 4.850", .inconsistent),
        ])
    func totalLineWithWords(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    @Test(
        "A total line with words under an open list, lines of years, or after a blank line gives no false alarm",
        arguments: [
            // The list may be of income, the total of costs.
            "Open dag\n- entree € 2.750\n- sponsors € 1.180\n- subsidie € 920\nTotale kosten: € 6.000",
            // Lines of years are a series, no parts of one whole.
            "Kosten open dag\n- 2024: € 2.750\n- 2025: € 1.180\n- overig: € 150\nTotale kosten 2026: € 6.000",
            // A blank line ends the list.
            items + "\nTotaal begrote uitgaven: € 5.500",
        ])
    func totalLineWithWordsNearMisses(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    // MARK: A share whose part is named after it

    @Test(
        "A share takes the part the words after its whole name; 'onder wie' marks a part as 'van wie' does",
        arguments: [
            // 24 / 80 = 30%; 24% is the part taken for the share.
            ("De club heeft 80 leden, onder wie 24 vrijwilligers. Daarmee is 30% van de leden vrijwilliger.", "30%",
                Verdict.consistent),
            ("De club heeft 80 leden, onder wie 24 vrijwilligers. Daarmee is 24% van de leden vrijwilliger.", "24%",
                .inconsistent),
            // 12 / 80 = 15%, the trainers the words name, not the volunteers.
            ("De club heeft 80 leden, onder wie 24 vrijwilligers en 12 trainers. Daarmee is 15% van de leden "
                + "trainer.", "15%", .consistent),
            ("De club heeft 80 leden, onder wie 24 vrijwilligers en 12 trainers. Daarmee is 30% van de leden "
                + "trainer.", "30%", .inconsistent),
            // In its own sentence: 12 / 36 = 33,3%.
            ("Aan de reis namen 36 leerlingen deel, onder wie 12 meisjes: een derde.", "een derde", .consistent),
            ("Aan de reis namen 36 leerlingen deel, onder wie 12 meisjes: de helft.", "de helft", .inconsistent),
        ])
    func partNamedAfter(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share whose words after its whole name two counts of the sentence before stays unverifiable",
        arguments: [
            // 24 / 80 = 30% and 12 / 80 = 15%: 45% is their sum, but which part is meant is not said.
            "De club heeft 80 leden, onder wie 24 vrijwilligers en 12 trainers. Daarmee is 45% van de leden "
                + "vrijwilliger of trainer.",
            "De club heeft 80 leden, van wie 24 vrijwilligers en 12 trainers. Daarmee is 45% van de leden "
                + "vrijwilliger of trainer.",
        ])
    func partNamedAfterNearMisses(text: String) throws {
        let found = try claim("45%", in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
