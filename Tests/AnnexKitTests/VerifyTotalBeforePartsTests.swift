import Foundation
import Testing

@testable import AnnexKit

/// A total in one sentence and its parts in the next, tied to it by a word: 'daarvan' after the first count,
/// 'Van hen', 'Van de(ze)' and the total's noun, a reference back with a word of composing.
@Suite("verify: a total and its parts in the next sentence")
struct VerifyTotalBeforePartsTests {
    @Test("'N daarvan …', 'Van hen …', 'Van deze <noun> …': parts that add up confirm, parts that exceed contradict")
    func tiedParts() throws {
        let total = "In 2025 telde de reclassering 3.600 toezichten. "
        // 2.500 + 1.100 = 3.600.
        let forms = [
            "2.500 daarvan waren regulier, 1.100 intensief.",
            "Van deze toezichten waren er 2.500 regulier en 1.100 intensief.",
        ]
        for parts in forms {
            try expectVerdict(.consistent, of: "3.600", in: total + parts)
            // 2.500 + 1.300 = 3.800: more than the total.
            try expectVerdict(
                .inconsistent, of: "3.600", in: total + parts.replacingOccurrences(of: "1.100", with: "1.300"))
        }
        // 'Van hen' for persons: 1.900 + 700 = 2.600.
        let persons = "Vorig jaar kregen 2.600 jongeren een taakstraf. Van hen waren er 1.900 jongens en 700 meisjes."
        try expectVerdict(.consistent, of: "2.600", in: persons)
        try expectVerdict(.inconsistent, of: "2.600", in: persons.replacingOccurrences(of: "700", with: "900"))
    }

    @Test("Parts near the total and short of it contradict it, parts far below it say nothing; composed, always")
    func shortParts() throws {
        let total = "In 2025 telde de reclassering 3.600 toezichten. "
        // 2.500 + 800 = 3.300 of 3.600: near the total, short of it.
        try expectVerdict(.inconsistent, of: "3.600", in: total + "2.500 daarvan waren regulier, 800 intensief.")
        // 1.500 + 800 = 2.300 of 3.600: far below it, a selection of the kinds.
        try expectNoSum(total + "1.500 daarvan waren regulier, 800 intensief.")
        // 'bestond uit' names all of it: 1,4 + 0,9 = 2,3 miljoen, not 2,6.
        let composed = "De gemeente gaf in 2025 2,6 miljoen euro uit aan armoedebeleid. Dat bedrag bestond uit twee "
            + "posten: 1,4 miljoen voor inkomenssteun en 0,9 miljoen voor schuldhulp."
        try expectVerdict(.inconsistent, of: "2,6 miljoen", in: composed)
        let added = composed.replacingOccurrences(of: "0,9 miljoen", with: "1,2 miljoen")
        try expectVerdict(.consistent, of: "2,6 miljoen", in: added)
    }

    @Test("No sum without a word that ties the parts to the total")
    func untied() throws {
        // The next sentence counts something else: no reference, no noun of the total.
        try expectNoSum(
            "In 2025 telde de reclassering 3.600 toezichten. In 2024 waren 2.500 cliënten regulier en 1.300 intensief.")
        // 'Van de cliënten' names another noun than the total's.
        try expectNoSum(
            "In 2025 telde de reclassering 3.600 toezichten. Van de cliënten waren er 2.500 man en 1.300 vrouw.")
    }

    @Test("Parts whose own percentages add up to less than 100 are a selection, not the total split up")
    func statedSelection() throws {
        let total = "In 2025 telde de reclassering 3.600 toezichten. "
        // 2.500 + 800 = 3.300 of 3.600 would contradict it, but 69 + 22 = 91 procent says they are not all of it.
        try expectNoSum(total + "Daarvan waren er 2.500 (69 procent) regulier en 800 (22 procent) intensief.")
        try expectNoSum(total + "Daarvan waren er 2.500 regulier en 800 intensief, samen 92 procent.")
        // Shares that add up to 100 (69 + 31, each rounded) keep the parts the total split up: 2.500 + 1.300 = 3.800.
        try expectVerdict(
            .inconsistent, of: "3.600",
            in: total + "Daarvan waren er 2.500 (69 procent) regulier en 1.300 (31 procent) intensief.")
    }

    private func expectNoSum(_ text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum && $0.verdict != .unverifiable }, "\(found.map(\.written))")
    }
}
