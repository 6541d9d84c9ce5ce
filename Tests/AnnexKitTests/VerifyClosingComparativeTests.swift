import Foundation
import Testing

@testable import AnnexKit

/// 'Het aantal lag daarmee 14 lager.': a count right before a comparative that closes its clause is a difference, as
/// '650 zaken lager.' with a noun between them was; signed by the comparative and checked against the change the
/// sentence before gives. Hand-computed, each both ways, with the guards that keep it from a guess.
@Suite("verify: a count before a comparative that closes its clause")
struct VerifyClosingComparativeTests {
    @Test(
        "A drop the sentence before gives, restated as 'N lager'",
        arguments: [
            // 44 − 58 = −14.
            ("Het aantal lag daarmee 14 lager.", "14", Verdict.consistent),
            ("Het aantal lag daarmee 16 lager.", "16", .inconsistent),
            // The size fits, the direction does not.
            ("Het aantal lag daarmee 14 hoger.", "14", .inconsistent),
        ])
    func dropBefore(claim: String, written: String, expected: Verdict) throws {
        let before = "Het aantal aanrijdingen met wild nam af van 58 in 2023 naar 44 in 2024. "
        try expectVerdict(expected, of: written, in: before + claim)
    }

    @Test("A rise restated after 'Dat is', in digits and in words")
    func riseBefore() throws {
        // 347 − 312 = 35; 52 − 40 = 12.
        let swimming = "Het aantal deelnemers aan de zwemles groeide van 312 naar 347. "
        try expectVerdict(.consistent, of: "35", in: swimming + "Dat is 35 hoger.")
        try expectVerdict(.inconsistent, of: "45", in: swimming + "Dat is 45 hoger.")
        let berths = "Het aantal ligplaatsen in de haven ging van 40 naar 52. "
        try expectVerdict(.consistent, of: "twaalf", in: berths + "Daarmee lag het aantal twaalf hoger.")
        try expectVerdict(.inconsistent, of: "veertien", in: berths + "Daarmee lag het aantal veertien hoger.")
    }

    @Test("'korter' after a shrinking count")
    func shorter() throws {
        // 61 − 75 = −14.
        let before = "Het aantal wachtenden bij de sportschool kromp van 75 naar 61. "
        try expectVerdict(.consistent, of: "14", in: before + "De wachtlijst was daarmee 14 korter.")
        try expectVerdict(.inconsistent, of: "15", in: before + "De wachtlijst was daarmee 15 korter.")
    }

    @Test("A comparative followed by 'dan' or a word does not close the clause: no difference read there")
    func notClosing() throws {
        let before = "Het aantal deelnemers aan de zwemles groeide van 312 naar 347. "
        let found = try verified(before + "Bij 35 hoger gelegen baden was de groei kleiner.")
        #expect(!found.contains { $0.kind == .difference }, "\(found.map { "\($0.kind) \($0.written)" })")
    }

    /// 'daarmee' takes the nearest pair (30 → 22, as for '8 minder'), by position only: it may confirm, never
    /// contradict, so the other pair's +8 under 'hoger' raises no alarm.
    @Test("Two changes before it: a contradiction of operands bound by position only is no alarm")
    func twoCandidatePairs() throws {
        let text = "Het aantal meldingen in Noord steeg van 10 naar 18 en het aantal in Zuid daalde van 30 naar 22. "
            + "Het lag daarmee 8 hoger."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict != .unverifiable }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    @Test("Percentages before a bare count: another unit, never compared with it")
    func otherUnit() throws {
        let text = "Het ziekteverzuim daalde van 6,1% naar 5,3%. Het lag daarmee 0,9 lager."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "0,9" && $0.verdict != .unverifiable })
    }

    @Test("Amounts of money before a count of another thing: no verdict")
    func otherThing() throws {
        let text = "Het budget steeg van € 1,2 miljoen naar € 1,5 miljoen. Het aantal projecten lag 3 hoger."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "3" && $0.verdict != .unverifiable })
    }

    @Test("A comparative of a rate ('per dag') after a change of counts: no verdict")
    func rateAfterCounts() throws {
        let text = "Het aantal bezoekers van het zwembad steeg van 1.200 naar 1.500. Per dag lag het aantal 10 hoger."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "10" && $0.verdict != .unverifiable })
    }
}
