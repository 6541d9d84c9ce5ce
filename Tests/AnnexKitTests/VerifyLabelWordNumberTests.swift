import Foundation
import Testing

@testable import AnnexKit

/// A bare number after a word that stands before another bare number of the sentence too ('in zaal 2 … dan in zaal
/// 1') names a member by that word: no value of a change.
@Suite("verify: numbers that name members by a repeated word")
struct VerifyLabelWordNumberTests {
    @Test("'zaal 2 … zaal 1' gives no change from 1 to 2")
    func namesRooms() throws {
        // Read as values, 1 → 2 would be +100%, no quarter.
        let text = "Meting | zaal 1 | zaal 2\nBezoekers | 4.000 | 5.000\n"
            + "Het aantal bezoekers in zaal 2 lag ongeveer een kwart hoger dan in zaal 1."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test("Numbers after a repeated word with a noun of their own still sum")
    func countsStillSum() throws {
        // 28 + 31 = 59.
        try expectVerdict(
            .consistent, of: "59", in: "Groep 7 telt 28 leerlingen en groep 8 telt 31 leerlingen, samen 59.")
    }
}
