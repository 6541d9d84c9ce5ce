import Foundation
import Testing

@testable import AnnexKit

/// Numbers listed right after a noun that a determiner or preposition governs name members of its set
/// (`ClaimParser.namesMembers`): 'de groepen 7 en 8' are two school years, no parts of a total of pupils.
@Suite("verify: numbers that name members are no parts of a sum")
struct VerifyMemberNumbersTests {
    @Test("Group and line numbers before a total: no sum of them")
    func members() throws {
        for text in [
            "In de groepen 7 en 8 zaten samen 54 leerlingen.",
            "Op de buslijnen 401 en 402 reisden vorig jaar samen 12.800 mensen.",
            "In week 3, 4 en 5 kwamen samen 260 meldingen binnen.",
        ] {
            let found = try verified(text)
            #expect(!found.contains { $0.kind == .sum && $0.verdict != .unverifiable }, "\(text): \(found.map(reason))")
        }
    }

    @Test("Counts of a list after a verb, or of the total's own noun, are still parts")
    func counts() throws {
        // 310 + 95 = 405; 'in de wijken' governs no numbers: a verb stands between.
        try expectVerdict(
            .consistent, of: "405", in: "In de wijken Noord en Zuid woonden 310 en 95 ouderen, samen 405.")
        // 40 + 25 = 65: the list counts kilometres, as the total does, though a noun stands before it.
        try expectVerdict(
            .consistent, of: "65",
            in: "Voor de polders bedraagt de opgave voor baggerwerk 40 en 25 kilometer, samen 65 kilometer.")
    }
}
