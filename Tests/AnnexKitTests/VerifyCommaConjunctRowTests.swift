import Foundation
import Testing

@testable import AnnexKit

/// Two changes of two rows of a table of two times in one sentence joined by a comma: a second clause with a subject
/// and a verb of change of its own after the ',' that closes the first change's amount ('Inkoop groeide met 25%,
/// verkoop kromp met een kwart'), or a second conjunct that leaves the verb out after ',' as after 'en' ('…, beheer
/// met 20%'). Each conjunct names its own row (`ClaimParser.changeConjuncts(in:)`, `timedRowChange`).
@Suite("verify: changes of two rows in two conjuncts joined by a comma")
struct VerifyCommaConjunctRowTests {
    /// Inkoop 40 → 50 (+25 %), verkoop 80 → 60 (−25 %), beheer 25 → 30 (+20 %).
    private let table = """
        Afdeling | 2023 | 2024
        Inkoop | 40 | 50
        Verkoop | 80 | 60
        Beheer | 25 | 30

        """

    @Test("A clause of its own after the comma names its own row")
    func ownClause() throws {
        let text = table + "Inkoop groeide met 25%, verkoop kromp met een kwart."
        try expectClaim("25%", in: text, kind: .change, verdict: .consistent, value: 25)
        try expectClaim("een kwart", in: text, kind: .change, verdict: .consistent, value: -25)
        // Verkoop fell by 25 %, not 20 % (20 of 80 is 25 %).
        let wrong = table + "Het aantal bij inkoop steeg met 25%, dat bij verkoop daalde met 20%."
        try expectClaim("20%", in: wrong, kind: .change, verdict: .inconsistent, value: -25)
    }

    @Test("A conjunct of a left-out verb after a comma names its own row")
    func gappedAfterComma() throws {
        let text = table + "Inkoop nam met 25% toe, beheer met 20%."
        try expectClaim("25%", in: text, kind: .change, verdict: .consistent, value: 25)
        try expectClaim("20%", in: text, kind: .change, verdict: .consistent, value: 20)
    }

    @Test("A second clause of two rows, or a comma after no amount, stays unread")
    func nearCases() throws {
        // Verkoop fell and beheer rose: '10%' is no change of one row.
        try expectUnverifiable("10%", in: table + "Inkoop groeide met 25%, verkoop en beheer daalden met 10%.")
        // The comma closes no amount: the two rows stay one stretch, whose '25%' names two rows.
        try expectUnverifiable("25%", in: table + "Inkoop groeide sterk, verkoop kromp met 25%.")
    }
}
