import Foundation
import Testing

@testable import AnnexKit

/// A change in a clause that a conjunction opens after ',' ('…, maar het aantal daalde met een kwart', the concessive
/// '…, al nam het aantal met een kwart af') holding no other number is read after the one pair before it, as a clause
/// after ';' is (`ClaimParser.pairBeforeSemicolon`): by position only, so it may confirm the change, never contradict
/// it. A clause that names a count of its own ('het aantal storingen') takes no pair.
@Suite("verify: a change in a conjoined clause after the sentence's one pair")
struct VerifyPairBeforeConjoinedClauseTests {
    @Test("Concessive 'al' before its verb")
    func concessive() throws {
        // (630 − 840) / 840 = −0,25: a quarter fewer.
        let text = "Het asiel bleef met 630 plaatsingen (2023: 840) druk bezet, al nam het aantal met een kwart af."
        try expectClaim("een kwart", in: text, kind: .change, verdict: .consistent, value: -25)
    }

    @Test("'maar' with 'het aantal' and its verb")
    func but() throws {
        // (1.290 − 1.200) / 1.200 = +0,075: 7,5 procent.
        let text = "De bibliotheek leende 1.290 e-books uit (2023: 1.200), maar het aantal steeg met 7,5 procent."
        try expectClaim("7,5 procent", in: text, kind: .change, verdict: .consistent, value: 7.5)
    }

    @Test("A count of its own, or 'al' as 'already', takes no pair")
    func nearCases() throws {
        try expectUnverifiable(
            "een kwart",
            in: "Het asiel bleef met 630 plaatsingen (2023: 840) druk bezet, al nam het aantal katten met een kwart "
                + "af.")
        try expectUnverifiable(
            "een kwart",
            in: "Het asiel telde 630 plaatsingen (2023: 840), al een kwart minder dan in de zomer.")
    }
}
