import Foundation
import Testing

@testable import AnnexKit

/// A count that says what each counted item is made of ('85 klassen van 28 leerlingen') times the count of items is
/// a total of its noun after both (`EachOfSize`); a total of another noun is no such product, and no sum.
@Suite("verify: a count of items and the size of each")
struct VerifyEachOfSizeTests {
    @Test("A total of the size's noun is the product of the count of items and the size of each")
    func product() throws {
        // 36 × 6 = 216.
        let lead = "Het toernooi telde 36 poules van zes teams,"
        let right = try claim("216", in: lead + " in totaal 216 teams.")
        #expect(right.verdict == .consistent, "\(reason(right))")
        #expect(right.kind == .count)
        #expect(try claim("261", in: lead + " in totaal 261 teams.").verdict == .inconsistent)
        // The size written in digits, the total after 'samen': 140 × 12 = 1.680.
        try expectVerdict(.consistent, of: "1.680", in: "Er reden 140 bussen van 12 meter, samen 1.680 meter.")
    }

    @Test("A total of another noun than the size's is no product and no sum")
    func otherNoun() throws {
        let found = try verified("Het toernooi telde 36 poules van zes teams, samen 42 speeldagen.")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.kind) \($0.written)" })")
    }
}
