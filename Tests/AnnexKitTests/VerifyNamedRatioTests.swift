import Testing

@testable import AnnexKit

/// A ratio named by its own noun, its two amounts right after it in brackets or after a colon, or the only two amounts
/// of its sentence before it (issue 11): 'De liquiditeitsratio kwam uit op 1,5 (… € 18,0 mln; … € 12,0 mln)' is the
/// first amount over the second. Amounts that are bare values of other years, an order the claim's side of 1
/// contradicts, a third count, start and end values, or a number no ratio's noun names stay unresolved.
@Suite("Verify: a ratio named by its own noun, of the two amounts beside it")
struct VerifyNamedRatioTests {
    @Test(
        "A named ratio is the first amount over the second",
        arguments: [
            // 18,0 / 12,0 = 1,5; 1,8 is planted.
            ("De liquiditeitsratio kwam uit op 1,5 (vlottende activa € 18,0 mln; kortlopende schulden € 12,0 mln).",
                "1,5", Verdict.consistent, 1.5),
            ("De liquiditeitsratio kwam uit op 1,8 (vlottende activa € 18,0 mln; kortlopende schulden € 12,0 mln).",
                "1,8", .inconsistent, 1.5),
            // Two nouns joined by '/', below 1: 30 / 50 = 0,6; 0,8 is planted.
            ("De verhouding schuld/vermogen bedroeg 0,6 (schuld € 30 miljoen, vermogen € 50 miljoen).", "0,6",
                .consistent, 0.6),
            ("De verhouding schuld/vermogen bedroeg 0,8 (schuld € 30 miljoen, vermogen € 50 miljoen).", "0,8",
                .inconsistent, 0.6),
            // After a colon, counts joined by a word of division: 9.000 / 400 = 22,5; 25,0 is planted.
            ("De leerling-leraarratio bedroeg 22,5: 9.000 leerlingen tegenover 400 leraren.", "22,5", .consistent,
                22.5),
            ("De leerling-leraarratio bedroeg 25,0: 9.000 leerlingen tegenover 400 leraren.", "25,0", .inconsistent,
                22.5),
            // The only two counts of the sentence, before it: 6.300 / 350 = 18,0; 21,0 is planted.
            ("Met 6.300 studenten en 350 docenten komt de student-docentratio uit op 18,0.", "18,0", .consistent, 18),
            ("Met 6.300 studenten en 350 docenten komt de student-docentratio uit op 21,0.", "21,0", .inconsistent, 18),
        ])
    func namedRatio(text: String, written: String, expected: Verdict, value: Double) throws {
        let found = try claim(written, in: text)
        #expect(found.kind == .ratio)
        #expect(found.verdict == expected, "\(reason(found))")
        #expect(abs((found.recomputedValue ?? 0) - value) < 0.001, "\(reason(found))")
    }

    @Test(
        "In doubt no ratio: values of other years, an order against the claim, no ratio's noun",
        arguments: [
            // The bracket gives the ratio of earlier years, no amounts it is of.
            ("De dekkingsratio kwam uit op 1,3 (2024: 1,2; 2023: 1,1).", "1,3"),
            // Listed the other way round: 12 / 18 lies below 1, the claim above it.
            ("De liquiditeitsratio kwam uit op 1,5 (kortlopende schulden € 12,0 mln; vlottende activa € 18,0 mln).",
                "1,5"),
            // A result, no quotient.
            ("Het resultaat kwam uit op 1,5 (opbrengsten € 18,0 mln; lasten € 12,0 mln).", "1,5"),
            // Three counts before it: which two it divides is not told.
            ("Met 6.300 studenten, 350 docenten en 40 assistenten komt de ratio uit op 18,0.", "18,0"),
            // A start and an end value, no two amounts of one time.
            ("Het vermogen daalde van € 40 mln naar € 30 mln; de ratio kwam uit op 1,2.", "1,2"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
