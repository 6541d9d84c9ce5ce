import Foundation
import Testing

@testable import AnnexKit

/// A parenthesis that opens with a label of an earlier time and gives an amount of money ('(vorig jaar € 800)') gives
/// the earlier value of the amount before it, as it does for a count ('(vorig jaar 800)'; `earlierLabelEnd`).
@Suite("verify: an earlier amount of money after a label of time in brackets")
struct VerifyEarlierMoneyLabelTests {
    @Test("'(vorig jaar € 800)' after an end value in euros")
    func lastYear() throws {
        // (840 − 800) / 800 = +5 %; 4,8 % is 40 over 840, the later value as base.
        try expectVerdict(
            .consistent, of: "5 procent",
            in: "De gemiddelde huur steeg met 5 procent tot € 840 (vorig jaar € 800).")
        try expectVerdict(
            .inconsistent, of: "4,8 procent",
            in: "De gemiddelde huur steeg met 4,8 procent tot € 840 (vorig jaar € 800).")
    }

    @Test("a label that names no earlier time gives no start")
    func near() throws {
        try expectUnverifiable(
            "5 procent", in: "De gemiddelde huur steeg met 5 procent tot € 840 (landelijk € 800).")
    }
}
