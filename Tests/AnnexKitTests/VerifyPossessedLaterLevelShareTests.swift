import Testing

@testable import AnnexKit

/// verify197: a share of a whole the text states whose part is the later value of the change the sentence before
/// gives, when the share's sentence refers back to that group: 'Hun aandeel in het totaal van W … kwam op P procent',
/// or 'Zij vormen nu P procent van alle W' with adjectives before the whole's noun.
@Suite("Verify: a share of the later value of a change, referred to by 'Hun aandeel' or past adjectives")
struct VerifyPossessedLaterLevelShareTests {
    @Test(
        "'Hun aandeel in … van W' takes the later value as its part",
        arguments: [
            // 180 / 900 = 20%.
            ("Het aantal zonnepanelen op scholen steeg van 120 naar 180. Hun aandeel in het totaal van 900 panelen "
                + "kwam daarmee op 20 procent.", "20 procent", Verdict.consistent),
            // 180 / 900 = 20%, not 25%.
            ("Het aantal zonnepanelen op scholen steeg van 120 naar 180. Hun aandeel in het totaal van 900 panelen "
                + "kwam daarmee op 25 procent.", "25 procent", .inconsistent),
            // 64 / 320 = 20%.
            ("Het aantal leden uit de wijk steeg van 40 naar 64. Hun aandeel in de totale vereniging van 320 leden "
                + "bedroeg 20 procent.", "20 procent", .consistent),
        ])
    func possessed(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("Adjectives may stand between the whole and its noun")
    func adjectives() throws {
        // 45 / 500 = 9%.
        try expectClaim(
            "9 procent",
            in: "Het aantal laadpalen groeide van 30 naar 45. Zij bezetten nu 9 procent van alle 500 openbare "
                + "parkeerplaatsen.", kind: .share, verdict: .consistent)
    }

    @Test(
        "Another time, or words after the whole's noun, leave the share unverifiable",
        arguments: [
            ("Het aantal laadpalen groeide van 30 naar 45. Hun aandeel in het totaal van 500 plaatsen was in 2022 nog "
                + "6 procent.", "6 procent"),
            ("Het aantal laadpalen groeide van 30 naar 45. Zij bezetten nu 12 procent van alle 500 plaatsen in het "
                + "centrum.", "12 procent"),
            ("Het aantal laadpalen groeide van 30 naar 45. Hun aandeel in het totaal van 500 plaatsen en 60 garages "
                + "bedroeg 12 procent.", "12 procent"),
        ])
    func near(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
