import Foundation
import Testing

@testable import AnnexKit

/// A change under a table of two times whose sentence also states a row's later value ('Met 82 cursussen lag het
/// aanbod … hoger dan in 2023'): that value tells which row the change is of, when it is the later value of exactly
/// one row and the earlier of none (`ClaimParser.statedEndRow`).
@Suite("verify: a change whose sentence states the later value of one row of the table above")
struct VerifyTimedRowStatedEndTests {
    /// Courses per kind in two years; the total row runs 72 → 82 (36 + 22 + 14, 45 + 20 + 17).
    private let table = """
        Cursussen | 2023 | 2024
        Yoga | 36 | 45
        Pilates | 22 | 20
        Dans | 14 | 17
        Totaal | 72 | 82

        """

    @Test("the stated 82 is the later value of the total row only")
    func statedTotal() throws {
        // (82 − 72) / 72 = +13,89 %; 12,2 % is 10 over 82, the later value as base.
        try expectVerdict(
            .consistent, of: "13,9%", in: table + "Met 82 cursussen lag het aanbod 13,9% hoger dan in 2023.")
        try expectVerdict(
            .inconsistent, of: "12,2%", in: table + "Met 82 cursussen lag het aanbod 12,2% hoger dan in 2023.")
    }

    @Test("a stated value of a row that is no total")
    func statedRow() throws {
        // Yoga: (45 − 36) / 36 = +25 %.
        try expectVerdict(.consistent, of: "25%", in: table + "Met 45 cursussen lag het aanbod 25% hoger dan in 2023.")
    }

    @Test("a value no row ends at, or one that is also an earlier value, tells no row")
    func untold() throws {
        try expectUnverifiable("13,9%", in: table + "Met 90 cursussen lag het aanbod 13,9% hoger dan in 2023.")
        let shared = """
            Cursussen | 2023 | 2024
            Yoga | 36 | 45
            Pilates | 45 | 40
            Dans | 14 | 17

            """
        try expectUnverifiable("25%", in: shared + "Met 45 cursussen lag het aanbod 25% hoger dan in 2023.")
    }
}
