import Testing

@testable import AnnexKit

/// A mean or rate restated by its total and its units, joined by a word of division, after a colon or in brackets
/// (issue 11): 'gemiddeld 6 bewoners: 1.380 bewoners op 230 verpleegkundigen'. A mean or a rate per each of a unit
/// needs no 'per'; two counts joined by nothing that divides stay unverifiable.
@Suite("Verify: a rate restated by two counts joined by a word of division")
struct VerifyRateRestatedByDividedCountsTests {
    @Test(
        "A rate followed by its total over its units is their ratio",
        arguments: [
            // Per nurse after a colon: 1.380 / 230 = 6; 7 is planted.
            ("Per verpleegkundige waren er gemiddeld 6 bewoners: 1.380 bewoners op 230 verpleegkundigen.", "6",
                Verdict.consistent, 6.0),
            ("Per verpleegkundige waren er gemiddeld 7 bewoners: 1.380 bewoners op 230 verpleegkundigen.", "7",
                .inconsistent, 6.0),
            // Each vacancy, in brackets: 3.640 / 260 = 14; 18 is planted.
            ("Op elke vacature kwamen gemiddeld 14 sollicitanten af (3.640 sollicitaties op 260 vacatures).", "14",
                .consistent, 14.0),
            ("Op elke vacature kwamen gemiddeld 18 sollicitanten af (3.640 sollicitaties op 260 vacatures).", "18",
                .inconsistent, 14.0),
            // A mean without 'per', after a colon: 2.250 / 500 = 4,5; 5,4 is planted.
            ("Leerlingen misten gemiddeld 4,5 lesdagen: 2.250 lesdagen bij 500 leerlingen.", "4,5", .consistent, 4.5),
            ("Leerlingen misten gemiddeld 5,4 lesdagen: 2.250 lesdagen bij 500 leerlingen.", "5,4", .inconsistent,
                4.5),
        ])
    func dividedCounts(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test(
        "In doubt unverifiable: counts after a colon that nothing divides, a colon after no mean or rate",
        arguments: [
            // A comma, no word of division, joins the counts.
            ("Op elke vacature kwamen 14 sollicitanten af: 3.640 sollicitaties, 260 vacatures.", "14"),
            // A clause of its own after the colon tells how the rate came about: its counts restate nothing.
            ("Per vacature kwamen gemiddeld 18 sollicitanten af: we telden 3.640 sollicitaties op 260 vacatures.",
                "18"),
            // No mean, no 'per', no 'elke': the number counts teams.
            ("De afdeling telde 14 teams: 3.640 dossiers op 260 medewerkers.", "14"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
