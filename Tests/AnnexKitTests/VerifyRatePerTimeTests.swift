import Foundation
import Testing

@testable import AnnexKit

/// A count per a unit of time ('60 dagen per jaar') is a rate: no part or whole of a share, no factor of a product
/// (`ClaimParser.countsTime`). A hedged count after a share of a whole then restates share × whole.
@Suite("verify: a rate per a unit of time is no factor")
struct VerifyRatePerTimeTests {
    static let permits = "Van de 3.200 vergunningen overschreed 5 procent de grens van 60 dagen per jaar, "

    @Test("The hedged count restates 5% of 3.200")
    func restatedCount() throws {
        // 0,05 × 3.200 = 160.
        try expectVerdict(.consistent, of: "zo'n 160", in: Self.permits + "zo'n 160 adressen.")
        // 250 is 56% above 160: the count is wrong, the share is not judged against it.
        let found = try verified(Self.permits + "zo'n 250 adressen.")
        #expect(found.contains { $0.kind == .count && $0.verdict == .inconsistent }, "\(found.map(reason))")
        #expect(!found.contains { $0.kind == .share && $0.verdict == .inconsistent }, "\(found.map(reason))")
    }
}
