import Testing

@testable import AnnexKit

/// The thirty-third round (C): a mean over a set its clause names ('Over de drie vestigingen samen', 'Over alle
/// klassen samen') of the values the sentence before lists, one per unit of the set; a mean per unit named as
/// 'elk van de drie musea'.
@Suite("Verify: a mean over a set its clause names, of the list before")
struct VerifyMeanOverSetTests {
    @Test(
        "A mean 'over de N X' or 'over alle X' is the mean of the list before when the set's size fits the list",
        arguments: [
            // (12 + 15 + 9 + 14) / 4 = 50 / 4 = 12,5; 14,5 is no mean of the four.
            ("De vier teams speelden 12, 15, 9 en 14 wedstrijden. Over de vier teams samen was dat gemiddeld 12,5 "
                + "wedstrijden.", "12,5", Verdict.consistent),
            ("De vier teams speelden 12, 15, 9 en 14 wedstrijden. Over de vier teams samen was dat gemiddeld 14,5 "
                + "wedstrijden.", "14,5", .inconsistent),
            // A list that names nothing: (420 + 310 + 290) / 3 = 1.020 / 3 = 340; 510 is 1.020 / 2.
            ("Uitleningen per vestiging: centrum 420, noord 310, zuid 290. Over de drie vestigingen samen is dat "
                + "gemiddeld 340 boeken.", "340", .consistent),
            ("Uitleningen per vestiging: centrum 420, noord 310, zuid 290. Over de drie vestigingen samen is dat "
                + "gemiddeld 510 boeken.", "510", .inconsistent),
            // 'alle' with the size in the sentence before: (6,4 + 6,8 + 7,0 + 6,6 + 7,2) / 5 = 34,0 / 5 = 6,8;
            // 5,7 is 34,0 / 6.
            ("De vijf klassen haalden een 6,4, 6,8, 7,0, 6,6 en 7,2. Over alle klassen samen komt dat neer op een "
                + "gemiddelde van 6,8.", "6,8", .consistent),
            ("De vijf klassen haalden een 6,4, 6,8, 7,0, 6,6 en 7,2. Over alle klassen samen komt dat neer op een "
                + "gemiddelde van 5,7.", "5,7", .inconsistent),
        ])
    func meanOverSet(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .average, verdict: expected)
    }

    @Test(
        "A set of another size than the list, a span after 'over de', or a mean of another noun stays unverifiable",
        arguments: [
            // Three teams stated, four values listed.
            ("De vier teams speelden 12, 15, 9 en 14 wedstrijden. Over de drie teams samen was dat gemiddeld 14,5 "
                + "wedstrijden.", "14,5"),
            // 'over de hele periode' is a span, no counted set.
            ("Het aantal meldingen was 120, 140 en 160. Over de hele periode was dat gemiddeld 150.", "150"),
            // The mean counts days, the list reports.
            ("De drie regio's telden 120, 140 en 160 meldingen. Over de drie regio's samen duurde de afhandeling "
                + "gemiddeld 14 dagen.", "14"),
            // 'alle' with no word that refers back and no size: another quantity of the regions.
            ("De drie regio's telden 120, 140 en 160 meldingen. Over alle regio's samen was de wachttijd gemiddeld "
                + "14 dagen.", "14"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A mean after 'elk van de N X' is the total of its stretch over N, a rate per one",
        arguments: [
            // 960 / 3 = 320; 480 is 960 / 2.
            ("Met in totaal 960 bezoekers trok elk van de drie musea er gemiddeld 320.", "320", Verdict.consistent),
            ("Met in totaal 960 bezoekers trok elk van de drie musea er gemiddeld 480.", "480", .inconsistent),
        ])
    func meanOfEach(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected)
    }

    @Test(
        "'elk van de N X' with no total, two counts, or a total in another clause stays unverifiable",
        arguments: [
            ("Elk van de drie musea trok gemiddeld 320 bezoekers.", "320"),
            ("Met in totaal 960 bezoekers en 12 rondleidingen trok elk van de drie musea er gemiddeld 320.", "320"),
            ("In 2023 kwamen 960 bezoekers; elk van de drie musea had gemiddeld 14 medewerkers.", "14"),
        ])
    func eachNearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
