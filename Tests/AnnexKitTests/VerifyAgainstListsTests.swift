import Foundation
import Testing

@testable import AnnexKit

/// 'respectievelijk A en B, tegen C en D': each value after 'tegen' is the earlier value of the one in its place
/// before it, and a list of as many changes after a colon takes those pairs in order.
@Suite("verify: lists set against each other by 'tegen'")
struct VerifyAgainstListsTests {
    static let text = "De opbrengst van appels en peren was respectievelijk € 4,5 mln en € 3,0 mln, tegen € 5,0 mln "
        + "en € 2,4 mln in 2021: een daling van 10% en een stijging van 25%."

    @Test("The first change is of the first pair")
    func first() throws {
        // 5,0 → 4,5 is −10%.
        try expectVerdict(.consistent, of: "10%", in: Self.text)
    }

    @Test("The second change is of the second pair")
    func second() throws {
        // 2,4 → 3,0 is +25%.
        try expectVerdict(.consistent, of: "25%", in: Self.text)
    }

    @Test("A wrong one in place is never confirmed")
    func wrong() throws {
        // 2,4 → 3,0 is +25%, not +20%: no other pair makes it right.
        let text = Self.text.replacingOccurrences(of: "25%", with: "20%")
        #expect(try claim("20%", in: text).verdict != .consistent)
    }
}
