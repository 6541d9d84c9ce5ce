import Foundation
import Testing

@testable import AnnexKit

/// A total that opens with 'Samen' after a sentence of counts adds up counts of its own noun: when the counts before
/// count other things ('12 coaches; 5 van hen') and the total names its own ('2.400 trainingen'), those count the ones
/// who made it, not its parts.
@Suite("verify: a total of another noun than the counts before it")
struct VerifyTotalOfOtherNounTests {
    @Test("Counts of the people who made a total are not its parts")
    func peopleAreNoParts() throws {
        // Read as 12 + 5 = 17 it was judged against 2.400.
        let found = try verified(
            "Het team telt 12 coaches; 5 van hen zijn vrijwilliger. Samen gaven zij 2.400 trainingen.")
        #expect(!found.contains { $0.written == "2.400" && $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("Counts of the total's own noun are still its parts")
    func ownNounParts() throws {
        // 12 + 9 = 21, not 20.
        try expectVerdict(
            .inconsistent, of: "20",
            in: "Afdeling A telde 12 coaches, afdeling B 9 coaches. Samen waren dat 20 coaches.")
    }
}
