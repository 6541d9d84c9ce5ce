import Foundation
import Testing

@testable import AnnexKit

/// A difference on another basis of time than the rates it is reckoned from ('… per week. Per jaar …') is read with
/// its operands on the claim's basis where one unit goes into the other exactly (`TimeBasis`), and cannot be checked
/// where it does not.
@Suite("verify: a claim on another basis of time than its operands")
struct VerifyTimeBasisTests {
    /// Rates per month in one sentence, a difference per year in the next.
    private let monthly = "Het busabonnement wordt duurder: het gaat van € 18,90 naar € 21,40 per maand."

    @Test("A yearly difference of monthly rates is twelve times their difference")
    func monthsIntoYear() throws {
        // 12 × (21,40 − 18,90) = 30.
        let right = try claim("€ 30", in: monthly + " Een abonnee is daardoor jaarlijks € 30 meer kwijt.")
        #expect(right.verdict == .consistent, "\(reason(right))")
        #expect(right.kind == .difference)
        // The monthly difference called yearly is wrong, and so is an arithmetic slip.
        try expectVerdict(
            .inconsistent, of: "€ 2,50", in: monthly + " Op jaarbasis betaalt een abonnee daardoor € 2,50 meer.")
        try expectVerdict(.inconsistent, of: "€ 36", in: monthly + " Per jaar is dat € 36 meer.")
    }

    @Test("A difference on the operands' own basis is read as written")
    func sameBasis() throws {
        try expectVerdict(.consistent, of: "€ 2,50", in: monthly + " Per maand is dat € 2,50 meer.")
        // A rate of another number of the sentence names no basis of the claim: 'per jaar' is the deductible's.
        let found = try claim(
            "€ 2,50", in: monthly + " Het eigen risico blijft € 385 per jaar, het abonnement wordt € 2,50 duurder.")
        #expect(found.verdict != .inconsistent, "\(reason(found))")
    }

    @Test("The reason shows the values on the claim's basis, and amounts with cents unrounded")
    func reasonText() throws {
        let yearly = try claim("€ 30", in: monthly + " Een abonnee is daardoor jaarlijks € 30 meer kwijt.")
        let dutch = try Verifiers.dutch.get().reason(yearly.finding)
        #expect(dutch.contains("226,8 → 256,8 = +30"), "\(dutch)")
        // Shown to one decimal, 137,25 → 146,65 read as 137,3 → 146,7 = +9,4 beside a claim of 9,40 that holds.
        let cents = try claim("€ 9,40", in: "De rit ging van € 137,25 naar € 146,65, een stijging van € 9,40.")
        let english = try Verifiers.english.get().reason(cents.finding)
        #expect(english.contains("137.25 → 146.65 = +9.4"), "\(english)")
    }

    @Test("Units of time that do not go into each other exactly leave the claim unverifiable")
    func inexact() throws {
        // A week is no whole number of years' parts: 52 weeks are 364 days.
        let weekly = "De huur van een fietsenstalling gaat van € 3 naar € 4 per week."
        // Read as written, 4 − 3 = 1 would contradict it; 52 weeks would confirm it, a year being 365 or 366 days.
        try expectVerdict(
            .unverifiable, of: "€ 52", in: weekly + " Op jaarbasis betaalt een huurder daardoor € 52 meer.")
    }
}
