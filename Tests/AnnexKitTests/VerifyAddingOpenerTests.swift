import Foundation
import Testing

@testable import AnnexKit

/// A sentence that opens with a word of adding ('Daarnaast', 'Bovendien') goes on with what the sentence before
/// counted: a total after its own parts may sum that sentence's counts too, and its own parts alone, short of it,
/// do not contradict it.
@Suite("verify: a total after 'Daarnaast'")
struct VerifyAddingOpenerTests {
    static let before = "Het loket hielp 620 bezoekers aan de balie. "

    @Test("The counts of the sentence before complete the parts")
    func continuedList() throws {
        // 620 + 410 + 270 = 1.300.
        try expectVerdict(
            .consistent, of: "1.300",
            in: Self.before + "Daarnaast werden 410 vragen telefonisch en 270 via de mail beantwoord; samen 1.300 "
                + "contacten.")
    }

    @Test("A total the two lists do not make is left unverifiable, not judged against its own parts")
    func noContradiction() throws {
        // 410 + 270 = 680 and 620 + 410 + 270 = 1.300: neither is 1.350, but which parts it sums is not certain.
        try expectUnverifiable(
            "1.350",
            in: Self.before + "Bovendien werden 410 vragen telefonisch en 270 via de mail beantwoord; samen 1.350 "
                + "contacten.")
    }

    @Test("Own parts that make the total confirm it")
    func ownPartsComplete() throws {
        // 410 + 270 = 680.
        try expectVerdict(
            .consistent, of: "680",
            in: Self.before + "Daarnaast werden 410 vragen telefonisch en 270 via de mail beantwoord; samen 680 "
                + "vragen.")
    }

    @Test("Without a word of adding the own parts decide")
    func ownParts() throws {
        // 410 + 270 = 680, not 1.350.
        try expectVerdict(
            .inconsistent, of: "1.350",
            in: Self.before + "Er werden 410 vragen telefonisch en 270 via de mail beantwoord; samen 1.350 vragen.")
    }
}
