import Foundation
import Testing

@testable import AnnexKit

/// A noun of difference whose two amounts the passage names by their own nouns: a shortfall or excess as the subject
/// of its amount ('Het tekort bedroeg …'), or after 'van', with its target and result, or its income and costs, in
/// the sentence before; a natural balance ('geboorteoverschot', 'sterfteoverschot') of births and deaths.
/// Hand-computed, each both ways, with the guards that keep it from a guess.
@Suite("verify: a noun of difference whose amounts the sentence before names")
struct VerifyBalanceNounTests {
    /// Budgeted € 3,8 mln, spent € 4,25 mln: 4,25 − 3,8 = +0,45 mln, an overrun.
    @Test(
        "An overrun as the subject of its amount, after the budget and the spending",
        arguments: [
            ("De overschrijding bedroeg daarmee € 0,45 mln.", "€ 0,45 mln", Verdict.consistent),
            ("De overschrijding bedroeg daarmee € 0,55 mln.", "€ 0,55 mln", .inconsistent),
            // The size fits, the direction does not: spending above the budget is no underspend.
            ("De onderschrijding bedroeg daarmee € 0,45 mln.", "€ 0,45 mln", .inconsistent),
        ])
    func overrun(claim: String, written: String, expected: Verdict) throws {
        let before = "Voor de renovatie van het zwembad was € 3,8 mln begroot; de kosten kwamen uit op € 4,25 mln. "
        try expectVerdict(expected, of: written, in: before + claim)
    }

    /// Income € 48.200, costs € 51.900: 48.200 − 51.900 = −3.700, a deficit.
    @Test("A deficit of income and costs, as subject and after 'van'")
    func deficit() throws {
        let before = "De opbrengsten van de stichting bedroegen € 48.200 en de kosten € 51.900. "
        try expectVerdict(.consistent, of: "€ 3.700", in: before + "Het tekort kwam uit op € 3.700.")
        try expectVerdict(.inconsistent, of: "€ 3.070", in: before + "Het tekort kwam uit op € 3.070.")
        try expectVerdict(.consistent, of: "€ 3.700", in: before + "Er resteerde een tekort van € 3.700.")
        try expectVerdict(.inconsistent, of: "€ 3.700", in: before + "Er resteerde een overschot van € 3.700.")
    }

    /// Births 2.318, deaths 2.540: 2.318 − 2.540 = −222, a surplus of deaths.
    @Test("A natural balance of births and deaths")
    func naturalBalance() throws {
        let before = "In 2025 werden in de regio 2.318 kinderen geboren en overleden er 2.540 inwoners. "
        try expectVerdict(.consistent, of: "222", in: before + "Het sterfteoverschot bedroeg 222.")
        try expectVerdict(.inconsistent, of: "232", in: before + "Het sterfteoverschot bedroeg 232.")
        try expectVerdict(.inconsistent, of: "222", in: before + "Het geboorteoverschot bedroeg 222.")
    }

    @Test("Three amounts before the shortfall: two candidate pairs, no verdict")
    func twoCandidatePairs() throws {
        let text = "Begroot was € 500.000 voor beheer en € 80.000 voor onderhoud; uitgegeven werd € 460.000. "
            + "De onderbesteding bedroeg daarmee € 40.000."
        try expectUndecided(text)
    }

    @Test("Hours before a gap in euros: another unit, no verdict")
    func otherUnit() throws {
        let text = "Begroot was 1.200 uur inzet; gerealiseerd werd 1.050 uur. Het tekort bedroeg € 150."
        try expectUndecided(text)
    }

    @Test("A balance of migration after births and deaths: a difference of another thing, no verdict")
    func otherThing() throws {
        let text = "In 2025 werden in de regio 2.318 kinderen geboren en overleden er 2.540 inwoners. "
            + "Het vestigingsoverschot bedroeg 123."
        try expectUndecided(text)
    }

    @Test("A gap after a rate and a count: a rate where counts are meant, no verdict")
    func rateBefore() throws {
        let text = "De norm was 4,5 bezoeken per cliënt; gerealiseerd werden 3.900 bezoeken. Het tekort bedroeg 600."
        try expectUndecided(text)
    }

    /// 37 → 52: 52 − 37 = +15; 140 → 126: 126 − 140 = −14.
    @Test("A count of 'er' closed by 'bij' or 'af' after a level in two periods, in digits and in words")
    func particle() throws {
        let cars = "Het aantal deelauto's in de buurt ging van 37 naar 52; "
        try expectVerdict(.consistent, of: "vijftien", in: cars + "er kwamen er vijftien bij.")
        try expectVerdict(.inconsistent, of: "twaalf", in: cars + "er kwamen er twaalf bij.")
        try expectVerdict(.inconsistent, of: "vijftien", in: cars + "er gingen er vijftien af.")
        let berths = "Het aantal ligplaatsen in de jachthaven daalde van 140 naar 126. "
        try expectVerdict(.consistent, of: "14", in: berths + "Daarmee gingen er per saldo 14 af.")
        try expectVerdict(.inconsistent, of: "16", in: berths + "Daarmee gingen er per saldo 16 af.")
    }

    @Test("'bij' that does not close the clause, a count without 'er', a transitive verb: no difference read there")
    func particleGuards() throws {
        let before = "Het aantal deelauto's in de buurt ging van 37 naar 52. "
        for claim in ["Er kwamen er 15 bij de stations.", "Toen kwamen 15 bij.", "De gemeente kocht er 15 af."] {
            let found = try verified(before + claim)
            #expect(!found.contains { $0.kind == .difference }, "\(found.map { "\($0.kind) \($0.written)" })")
        }
    }

    private func expectUndecided(_ text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.verdict != .unverifiable }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
