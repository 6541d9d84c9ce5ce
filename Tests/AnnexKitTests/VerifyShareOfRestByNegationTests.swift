import Testing

@testable import AnnexKit

/// verify168: a share whose own clause says the part is absent ('geen', 'niet', 'zonder', 'ontbrak') after a sentence
/// that said it is present is the share of the rest (whole − part), never checked against the part.
@Suite("Verify: a share of the rest said with a word of absence")
struct VerifyShareOfRestByNegationTests {
    @Test(
        "A share whose clause says the part is absent is checked against the rest of the whole",
        arguments: [
            // 420 − 105 = 315 aanvragen zonder handtekening: 315 / 420 = 75,0%; 25% is the part's share.
            ("Van de 420 aanvragen bevatten er 105 een handtekening. Dat betekent dat 75 procent geen handtekening "
                + "bevat.", "75 procent", Verdict.consistent),
            ("Van de 420 aanvragen bevatten er 105 een handtekening. Dat betekent dat 65 procent geen handtekening "
                + "bevat.", "65 procent", .inconsistent),
            // 300 − 120 = 180 woningen: 180 / 300 = 60,0%.
            ("Van de 300 woningen hebben er 120 een tuin. Dat betekent dat 60 procent geen tuin heeft.", "60 procent",
                .consistent),
            ("Van de 300 woningen hebben er 120 een tuin. Dat betekent dat 50 procent geen tuin heeft.", "50 procent",
                .inconsistent),
            // 'zonder': 500 − 200 = 300 leerlingen, 300 / 500 = 60,0%.
            ("Van de 500 leerlingen kwamen er 200 met de fiets. Dat betekent dat 60 procent zonder fiets kwam.",
                "60 procent", .consistent),
            // A verb of absence: 900 − 225 = 675 dossiers, 675 / 900 = 75,0%: 'drie op de vier'.
            ("Van de 900 dossiers bevatten er 225 een advies. Dat betekent dat in drie op de vier dossiers een advies "
                + "ontbrak.", "drie op de vier", .consistent),
        ])
    func shareOfRest(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A word of absence outside the share's clause, in both sentences, or limiting a figure leaves the part",
        arguments: [
            // 'geen' in a clause of its own, not the share's: 105 / 420 = 25,0%.
            ("Van de 420 aanvragen bevatten er 105 een handtekening. Dat betekent dat 25 procent een handtekening "
                + "bevat, wat geen goed teken is.", "25 procent", Verdict.consistent),
            // Both sentences say absence: the share is of the part, 105 / 420 = 25,0%.
            ("Van de 420 aanvragen bevatten er 105 geen handtekening. Dat is 25 procent.", "25 procent", .consistent),
            ("Van de 420 aanvragen bevatten er 105 geen handtekening. Dat betekent dat 25 procent geen handtekening "
                + "bevat.", "25 procent", .consistent),
            // 'net geen' bounds the figure (`DeniedFigure`): 100 / 420 = 23,8%, just under 25; not the rest's 76,2%.
            ("Van de 420 aanvragen bevatten er 100 een handtekening. Dat betekent dat net geen 25 procent een "
                + "handtekening bevat.", "net geen 25 procent", .consistent),
            ("Van de 420 aanvragen bevatten er 100 een handtekening. Dat betekent dat net geen 30 procent een "
                + "handtekening bevat.", "net geen 30 procent", .inconsistent),
        ])
    func partStays(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share that the part does not give, whose words say the part is present, is no share of the rest",
        arguments: [
            // 'geen' in another clause: 75% is checked against the part (105 / 420 = 25,0%), not the rest.
            ("Van de 420 aanvragen bevatten er 105 een handtekening. Dat betekent dat 75 procent een handtekening "
                + "bevat, wat geen goed teken is.", "75 procent"),
            // Both sentences say absence: 75% is not the share of the 105 without one.
            ("Van de 420 aanvragen bevatten er 105 geen handtekening. Dat betekent dat 75 procent geen handtekening "
                + "bevat.", "75 procent"),
        ])
    func notTheRest(text: String, written: String) throws {
        try expectClaim(written, in: text, kind: .share, verdict: .inconsistent)
    }
}
