import Testing

@testable import AnnexKit

/// The thirty-seventh round: a mean that a definite phrase opening its sentence names ('Het gemiddelde van deze
/// drie …', 'Het ongewogen gemiddelde …') is the mean of the list the sentence before gives, when the phrase says
/// which set it is of.
@Suite("Verify: a definite mean of the list before it")
struct VerifyDefiniteMeanTests {
    @Test(
        "A definite mean that names its set is the mean of the list before it",
        arguments: [
            // A size of its own: 412 + 388 + 455 = 1.255; / 3 = 418,3. 314 is 1.255 / 4.
            ("De bakkerij verkocht op de markt 412, 388 en 455 broden. Het gemiddelde van deze drie dagen is 418 "
                + "broden.", "418", Verdict.consistent),
            ("De bakkerij verkocht op de markt 412, 388 en 455 broden. Het gemiddelde van deze drie dagen is 314 "
                + "broden.", "314", .inconsistent),
            // The set the sentence before counts as many as it lists: 37,0 / 5 = 7,4; 9,3 is 37,0 / 4 (9,25).
            ("De vijf dansgroepen kregen van de jury 6,8, 7,6, 8,0, 7,1 en 7,5 punten. Het gemiddelde cijfer voor de "
                + "dansgroepen was 7,4.", "7,4", .consistent),
            ("De vijf dansgroepen kregen van de jury 6,8, 7,6, 8,0, 7,1 en 7,5 punten. Het gemiddelde cijfer voor de "
                + "dansgroepen was 9,3.", "9,3", .inconsistent),
            // 'ongewogen': 203 / 3 = 67,67; 50,8 is 203 / 4 (50,75).
            ("Drie weerstations maten in juni 64, 81 en 58 millimeter regen. Het ongewogen gemiddelde is 67,7 "
                + "millimeter.", "67,7", .consistent),
            ("Drie weerstations maten in juni 64, 81 en 58 millimeter regen. Het ongewogen gemiddelde is 50,8 "
                + "millimeter.", "50,8", .inconsistent),
            // A word that refers back: € 29,59 / 3 = € 9,863; € 7,40 is € 29,59 / 4 (7,3975).
            ("Kaartjes kostten bij de drie bioscopen € 9,45, € 10,60 en € 9,54. De gemiddelde prijs komt daarmee "
                + "op € 9,86.", "€ 9,86", .consistent),
            ("Kaartjes kostten bij de drie bioscopen € 9,45, € 10,60 en € 9,54. De gemiddelde prijs komt daarmee "
                + "op € 7,40.", "€ 7,40", .inconsistent),
        ])
    func definiteMean(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A definite mean that does not say its set is the list's, or a list beside other counts, stays unverifiable",
        arguments: [
            // 'gewogen': weighed by sizes the text does not give.
            ("De bakkerij verkocht op de markt 412, 388 en 455 broden. Het gewogen gemiddelde van deze drie dagen is "
                + "314 broden.", "314"),
            // Nothing says which set: the mean of all sales may be meant.
            ("De bakkerij verkocht op de markt 412, 388 en 455 broden. De gemiddelde verkoop was 314 broden.", "314"),
            // A size that is not the list's.
            ("De bakkerij verkocht op de markt 412, 388 en 455 broden. Het gemiddelde van deze vier dagen is 314 "
                + "broden.", "314"),
            // Another count beside the list in the sentence before.
            ("Op de markt kwamen 1.900 bezoekers, die 412, 388 en 455 broden kochten. Het ongewogen gemiddelde is "
                + "314 broden.", "314"),
            // The mean is not its sentence's only number.
            ("De bakkerij verkocht op de markt 412, 388 en 455 broden. Het ongewogen gemiddelde is 314 broden, 20 "
                + "meer dan vorig jaar.", "314"),
            // The definite phrase does not open the sentence.
            ("De bakkerij verkocht op de markt 412, 388 en 455 broden. Volgens de bakker is het ongewogen gemiddelde "
                + "314 broden.", "314"),
        ])
    func undecided(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
