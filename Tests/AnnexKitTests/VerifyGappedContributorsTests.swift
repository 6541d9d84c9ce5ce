import Foundation
import Testing

@testable import AnnexKit

/// '…; de overige 12 scholen samen 310': a stretch that leaves out the verb of the stretch before, which sums with the
/// same cue ('De drie grootste scholen leverden samen 1.240 leerlingen'), counts with '12 scholen' who contributed to
/// its total, no part of a later total.
@Suite("verify: contributors in a stretch without its verb")
struct VerifyGappedContributorsTests {
    @Test("The count of schools is no part of the total of pupils")
    func schools() throws {
        // 1.240 + 310 = 1.550; not 1.240 + 12.
        let text = "De drie grootste scholen leverden samen 1.240 leerlingen aan; de overige 12 scholen samen 310. Het "
            + "totaal kwam daarmee op 1.550."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test("A stretch with parts of its own still sums them")
    func ownParts() throws {
        // 700 + 540 = 1.240.
        try expectVerdict(
            .consistent, of: "1.240",
            in: "De scholen in Noord telden 700 leerlingen en die in Zuid 540, samen 1.240 leerlingen.")
    }
}
