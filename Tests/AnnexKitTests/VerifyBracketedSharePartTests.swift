import Testing

@testable import AnnexKit

/// A percentage tied by brackets to a part of the whole its sentence marks (issue 11): '… vielen er 45 terug (18
/// procent)', '… lag 35 procent langer dan acht weken stil (168 aanvragen)'. The brackets restate the part's share; a
/// verb or particle of direction in the clause tells what the part did, one in another clause is another number's.
/// A direction before the part, or a percentage after 'met', keeps the change reading.
@Suite("Verify: a share whose part or percentage stands in brackets beside a word of direction")
struct VerifyBracketedSharePartTests {
    @Test(
        "The bracketed percentage or part is the share of the marked whole",
        arguments: [
            // A particle after the part: 45 / 250 = 18%; 28 is planted.
            ("Van de 250 cursisten vielen er 45 terug (18 procent).", "18 procent", Verdict.consistent, 18.0),
            ("Van de 250 cursisten vielen er 45 terug (28 procent).", "28 procent", .inconsistent, 18.0),
            // The pair 'M van de W' before a separable verb's particle: 84 / 350 = 24%.
            ("In de zomer rondden 84 van de 350 stagiairs hun opleiding af (24 procent).", "24 procent",
                .consistent, 24.0),
            ("In de zomer rondden 84 van de 350 stagiairs hun opleiding af (42 procent).", "42 procent",
                .inconsistent, 24.0),
            // A verb of increase after the bracket: 1.800 / 7.500 = 24%.
            ("Van de 7.500 aanslagen werden er 1.800 (24%) verhoogd na een controle.", "24%", .consistent, 24.0),
            ("Van de 7.500 aanslagen werden er 1.800 (42%) verhoogd na een controle.", "42%", .inconsistent, 24.0),
            // The part in brackets after a comparative that bounds the group in time: 168 / 480 = 35%.
            ("Van de 480 aanvragen lag 35 procent langer dan acht weken op de plank (168 aanvragen).", "35 procent",
                .consistent, 35.0),
            ("Van de 480 aanvragen lag 53 procent langer dan acht weken op de plank (168 aanvragen).", "53 procent",
                .inconsistent, 35.0),
            // A direction in another clause is another number's: 420 / 1.500 = 28%.
            ("Van de 1.500 leden was 28 procent ouder dan 70 jaar (420 leden); na de fusie steeg het ledental tot "
                + "1.900.", "28 procent", .consistent, 28.0),
            ("Van de 1.500 leden was 24 procent ouder dan 70 jaar (420 leden); na de fusie steeg het ledental tot "
                + "1.900.", "24 procent", .inconsistent, 28.0),
        ])
    func bracketedPart(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected, value: value)
    }

    @Test(
        "In doubt no share: a direction before the part, a percentage after 'met', no marked whole",
        arguments: [
            // 'steeg' before the part: what rose is the income, 20 procent may be its change (100 / 400 is 25%).
            ("Van de 400 gezinnen steeg bij 100 het inkomen (20 procent).", "20 procent"),
            // 'met 8 procent': the amount of a change, its count in brackets no part.
            ("Het aantal meldingen steeg met 8 procent (96 meldingen).", "8 procent"),
            // The whole not marked: 'op een rij' names no total the part is of.
            ("Er stonden 300 fietsen op een rij, en er vielen er 45 om (18 procent).", "18 procent"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
