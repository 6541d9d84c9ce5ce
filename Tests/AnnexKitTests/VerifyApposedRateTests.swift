import Testing

@testable import AnnexKit

/// A rate in an apposition that closes its sentence (issue 11): '…, 2,5 per wedstrijd', '…: ruim 500 per
/// medewerker'. With no verb of its own it restates the clause before per one of a unit that clause counts, its
/// noun, when left out, the total's. A unit the sentence does not count, or two totals, stay unresolved.
@Suite("Verify: a rate in an apposition that closes its sentence")
struct VerifyApposedRateTests {
    @Test(
        "An apposed rate is the clause's total over its count of the unit",
        arguments: [
            // Goals: 120 / 48 = 2,5; 3,5 is planted.
            ("In 48 wedstrijden scoorde de ploeg 120 doelpunten, 2,5 per wedstrijd.", "2,5", Verdict.consistent, 2.5),
            ("In 48 wedstrijden scoorde de ploeg 120 doelpunten, 3,5 per wedstrijd.", "3,5", .inconsistent, 2.5),
            // After a colon, hedged: 9.360 / 18 = 520, just above 500; 'ruim 700' is far off.
            ("De bibliotheek leende 9.360 boeken uit met 18 medewerkers: ruim 500 per medewerker.", "ruim 500",
                .consistent, 520),
            ("De bibliotheek leende 9.360 boeken uit met 18 medewerkers: ruim 700 per medewerker.", "ruim 700",
                .inconsistent, 520),
            // With its noun, the unit counted under a compound: 540 / 12 = 45; 54 is planted.
            ("Er werkten 12 wijkagenten aan 540 meldingen, 45 meldingen per agent.", "45", .consistent, 45),
            ("Er werkten 12 wijkagenten aan 540 meldingen, 54 meldingen per agent.", "54", .inconsistent, 45),
            // An amount in its currency: € 480.000 / 16 = € 30.000; € 35.000 is planted.
            ("De 16 scholen ontvingen € 480.000, € 30.000 per school.", "€ 30.000", .consistent, 30_000),
            ("De 16 scholen ontvingen € 480.000, € 35.000 per school.", "€ 35.000", .inconsistent, 30_000),
        ])
    func apposedRate(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test(
        "In doubt no rate: a unit the sentence does not count, two totals, an apposition that goes on",
        arguments: [
            // Per year: the years are not counted.
            ("In 12 gemeenten werden 480 woningen gebouwd, 40 per jaar.", "40"),
            // A match is a 'duel' only by meaning, not by its words.
            ("In 48 wedstrijden scoorde de ploeg 120 doelpunten, 2,5 per duel.", "2,5"),
            // Laptops or tablets: nothing tells which is the total.
            ("De 16 scholen kregen 480 laptops en 320 tablets, 30 per school.", "30"),
            // 'per brief' is a way of voting, not a unit counted; the apposition does not close the sentence.
            ("Er stemden 9.400 inwoners in een stembureau, 2.100 per brief en 1.500 thuis.", "2.100"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
