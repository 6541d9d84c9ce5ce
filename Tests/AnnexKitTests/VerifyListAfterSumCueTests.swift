import Foundation
import Testing

@testable import AnnexKit

/// A number that opens a list after a sum cue ('bedraagt de opgave 38 en 24 hectare') is one of several values,
/// not the total the next sentence's parts split (`SumGrammar.topicTotal`).
@Suite("verify: a list after a sum cue is no total for the next sentence")
struct VerifyListAfterSumCueTests {
    @Test("Parts tied by 'daarvan' to a sentence with a list: no sum of its first item")
    func list() throws {
        // 31 and 12 are done of 40 and 25 each: 31 + 12 = 43, near 40, is no sum claim of 40 (it was one).
        let text = "Voor de polders Oost en West bedraagt de baggeropgave 40 en 25 kilometer. Daarvan is "
            + "respectievelijk 31 en 12 kilometer gebaggerd."
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum && $0.written.hasPrefix("40") }, "\(found.map(reason))")
    }

    @Test("A single total is still split by the next sentence")
    func single() throws {
        // 38 + 27 = 65.
        try expectVerdict(
            .consistent, of: "65",
            in: "Het onderhoud bedraagt dit jaar 65 kilometer. Daarvan is 38 kilometer sloot en 27 kilometer vaart.")
    }
}
