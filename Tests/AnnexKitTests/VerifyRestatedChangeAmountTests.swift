import Foundation
import Testing

@testable import AnnexKit

/// A count joined by 'of', 'ofwel' or 'oftewel' to a change in percent restates that change's amount in the values'
/// unit (`ClaimParser.restatedChangeSign(of:)`): the difference of the same two values, signed as the change.
@Suite("verify: a count that restates a change in percent")
struct VerifyRestatedChangeAmountTests {
    @Test("'…, een groei van 12,5 procent, ofwel 90 leden': the count after the change")
    func countAfterChange() throws {
        let pair = "Het koor groeide van 720 naar 810 leden, een groei van 12,5 procent, ofwel "
        let right = try claim("90", in: pair + "90 leden.")
        #expect(right.kind == .difference && right.verdict == .consistent, "\(reason(right))")
        // 810 − 720 = 90, not 95.
        let wrong = try claim("95", in: pair + "95 leden.")
        #expect(wrong.kind == .difference && wrong.verdict == .inconsistent, "\(reason(wrong))")
    }

    @Test("'9 minuten ofwel 15 procent minder': the count before the change, signed by its comparative")
    func countBeforeChange() throws {
        let pair = "De rit werd ingekort van 60 naar 51 minuten, "
        try expectVerdict(.consistent, of: "9", in: pair + "9 minuten ofwel 15 procent minder.")
        // 60 − 51 = 9 minutes, not 12.
        try expectVerdict(.inconsistent, of: "12", in: pair + "12 minuten ofwel 15 procent minder.")
    }

    @Test("a share restated by its count is no change: '45 procent, of 900 leerlingen' is no difference")
    func shareIsNoChange() throws {
        let text = "Het aantal leerlingen steeg van 1.800 naar 2.000. "
            + "Van hen zat 45 procent, of 900 leerlingen, op het vwo."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "900" && $0.kind == .difference }, "\(found.map(\.written))")
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.kind) \($0.written)" })")
    }
}
