import Testing

@testable import AnnexKit

/// The thirty-second round (B): 'van de W' opening the clause after a lead without numbers, closed by a colon ('Goed
/// nieuws: van de 60 vrijwilligers …') or by a title's line end ('Vrijwilligers⏎Van de 80 leden …'), marks W as the
/// whole of the sentence's part, as at the sentence's opening; a share that refers back takes them.
@Suite("Verify: a whole opened by 'van de' after a lead or a title")
struct VerifyWholeAfterLeadTests {
    @Test(
        "A share referring back takes the part and the whole opened after a colon or a title",
        arguments: [
            // 24 / 60 = 40%; 45% is off.
            ("Goed nieuws: van de 60 vrijwilligers zijn er nu 24 jonger dan dertig. Dat is 40%.", "40%",
                Verdict.consistent),
            ("Goed nieuws: van de 60 vrijwilligers zijn er nu 24 jonger dan dertig. Dat is 45%.", "45%", .inconsistent),
            // 20 / 80 = 25%; 30% is off.
            ("Vrijwilligers\nVan de 80 leden doen er 20 vrijwilligerswerk. Dat is 25 procent.", "25 procent",
                .consistent),
            ("Vrijwilligers\nVan de 80 leden doen er 20 vrijwilligerswerk. Dat is 30 procent.", "30 procent",
                .inconsistent),
        ])
    func openedWhole(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A line that goes on in lower case, 'van' without a determiner, or a lead with a count stay unverifiable",
        arguments: [
            // A line broken in the middle of a sentence: no title before it.
            ("Het aandeel\nvan de 80 leden dat vrijwilligerswerk doet, is 20. Dat is 30 procent.", "30 procent"),
            // No determiner: 'van 60' may open a change ('van 60 naar …').
            ("Goed nieuws: van 60 vrijwilligers zijn er nu 24 jong. Dat is 45%.", "45%"),
            // The lead counts something of its own.
            ("Twee afdelingen, 14 teams: van de 60 leden zijn er 24 jong. Dat is 45%.", "45%"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
