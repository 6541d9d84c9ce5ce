import Foundation
import Testing

@testable import AnnexKit

/// An increase beside a count of where it fell (issue 11): '650 extra bomen …, in 21 dorpen; in totaal …' holds an
/// increase (marked added) and a count, after a preposition that gives no amount, of a noun that neither the increase
/// nor the total counts. That count is no addend, and the base the increase is added to is not written: no sum.
@Suite("verify: an increase beside a count of where it fell")
struct VerifyIncreaseWhereItFellTests {
    @Test("increases of one noun with no count of a place among them still add up")
    func increasesAddUp() throws {
        let text = { (total: String) in
            "Het theater kreeg 300 extra stoelen in de grote zaal en 150 in de kleine zaal; samen " + total + ".\n"
        }
        // 300 + 150 = 450.
        try expectVerdict(.consistent, of: "450", in: text("450"))
        try expectVerdict(.inconsistent, of: "480", in: text("480"))
    }

    @Test("an increase and the count of the places it fell in give no sum")
    func countOfPlacesIsNoAddend() throws {
        let text =
            "Het afgelopen jaar plantte de provincie 650 extra bomen, in 21 dorpen; in totaal staan er nu 9.300.\n"
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
