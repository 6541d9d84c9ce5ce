import Foundation
import Testing

@testable import AnnexKit

/// Numbers each after the same word ('Hal 1 en hal 2') name members by that word (`ClaimParser.namesMembers`): they
/// are no parts of a total after 'samen'.
@Suite("verify: numbers after a repeated word name members")
struct VerifyRepeatedLabelTests {
    @Test("'Hal 1 en hal 2 … samen' adds no 1 and 2")
    func repeatedLabel() throws {
        // Read as parts, 1 + 2 = 3 would contradict 4.200; the change itself is 4.200 → 3.900 = −7,1%.
        let text = "Hal 1 en hal 2 daalden samen van 4.200 naar 3.900 ton; dat is een afname van 7,1 procent."
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum && $0.verdict != .unverifiable }, "\(found.map(reason))")
        try expectVerdict(.consistent, of: "7,1 procent", in: text)
    }

    @Test("Counts each after a noun of their own still add up")
    func counts() throws {
        // 18.200 + 13.300 = 31.500.
        try expectVerdict(
            .consistent, of: "31.500", in: "Op lijn 4 reisden 18.200 mensen en op lijn 9 13.300, samen 31.500.")
    }
}
