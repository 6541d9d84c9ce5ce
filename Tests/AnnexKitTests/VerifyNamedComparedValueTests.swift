import Foundation
import Testing

@testable import AnnexKit

/// A number after 'als' that names a member ('… zoveel als baan 4' beside 'Baan 2') is no value to compare with.
@Suite("verify: a member's number after 'als'")
struct VerifyNamedComparedValueTests {
    @Test("'als baan 4' gives no base")
    func namedMember() throws {
        // Read as a value, 4 → 120 (the sentence before's total) was judged: a false alarm.
        try expectVerdict(
            .unverifiable, of: "twee keer zoveel",
            in: "De banen werden samen 120 uur verhuurd. Baan 2 draaide daarmee twee keer zoveel uren als baan 4.")
    }

    @Test("A value after 'als' is still the base")
    func value() throws {
        // 84 / 42 = 2: twee keer zoveel.
        try expectVerdict(
            .consistent, of: "twee keer zoveel",
            in: "De zaal werd 84 uur verhuurd, twee keer zoveel uren als de 42 van vorig jaar.")
    }
}
