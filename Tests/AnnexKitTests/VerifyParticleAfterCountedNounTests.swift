import Testing

@testable import AnnexKit

/// The particle of a verb of coming or going after a count and its noun (issue 11): 'er kwamen 45 vrijwilligers bij',
/// 'er gingen 18 bedden af'. As after a bare count ('er kwamen er 45 bij'), the particle signs the difference of the
/// from–to pair; a particle that does not close its clause, or a verb that is not one of coming or going, makes none.
@Suite("Verify: a particle after a count and its noun signs a difference")
struct VerifyParticleAfterCountedNounTests {
    @Test(
        "The particle signs the difference of the pair",
        arguments: [
            // 230 → 275 = +45; 54 is planted.
            ("Het aantal vrijwilligers steeg van 230 naar 275: er kwamen 45 vrijwilligers bij.", "45",
                Verdict.consistent, 45.0),
            ("Het aantal vrijwilligers steeg van 230 naar 275: er kwamen 54 vrijwilligers bij.", "54",
                .inconsistent, 45),
            // 180 → 162 = −18: 'af' agrees, 'bij' does not.
            ("Het aantal bedden daalde van 180 naar 162; er gingen 18 bedden af.", "18", .consistent, -18),
            ("Het aantal bedden daalde van 180 naar 162; er kwamen 18 bedden bij.", "18", .inconsistent, -18),
        ])
    func signedByParticle(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .difference, verdict: expected, value: value)
    }

    @Test(
        "In doubt no difference: 'bij' as a preposition, a verb of buying, a count per a counted unit, parts after ':'",
        arguments: [
            ("Het aantal vrijwilligers steeg van 230 naar 275: er kwamen 45 vrijwilligers bij de kookclub.", "45"),
            ("De voorraad steeg van 230 naar 275 fietsen; de winkel kocht er 45 fietsen bij.", "45"),
            // A colon after the particle opens the count's parts, no pair of levels: 30 + 45, not 45 − 30.
            ("In twee jaar tijd kwamen er 75 woningen bij: 30 in 2024 en 45 in 2025.", "75"),
            ("In twee jaar tijd kwamen er 75 bij: 30 in 2024 en 45 in 2025.", "75"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test("A count per one of a unit the sentence counts is a rate, no amount of 300 − 60")
    func ratePerCountedUnit() throws {
        // 300 new places / 60 closed places = 5 per closed place ('dus' restates it, verify213).
        try expectClaim(
            "5", in: "Tegenover 300 nieuwe plekken stonden 60 gesloten plekken; per gesloten plek kwamen er dus 5 "
                + "nieuwe bij.", kind: .ratio, verdict: .consistent, value: 5)
    }
}
