import Foundation
import Testing

@testable import AnnexKit

/// Two changes of two rows of a table of two years in one sentence whose second conjunct leaves out the verb ('Papier
/// nam met 20 procent toe en textiel met een vijfde'): each conjunct is a stretch of its own that names its row, with
/// the left-out verb's direction (`ClaimParser.changeConjuncts(in:)`, `timedRowChange`).
@Suite("verify: changes of two rows in conjuncts of one verb")
struct VerifyGappedConjunctRowTests {
    /// Papier 50 → 60 (+20 %), glas 40 → 30 (−25 %), textiel 10 → 12 (+20 %).
    private let table = """
        Stroom | 2023 | 2024
        Papier | 50 ton | 60 ton
        Glas | 40 ton | 30 ton
        Textiel | 10 ton | 12 ton

        """

    @Test("Both conjuncts read their own row")
    func bothConjuncts() throws {
        let text = table + "Papier nam met 20 procent toe en textiel met een vijfde."
        try expectClaim("20 procent", in: text, kind: .change, verdict: .consistent, value: 20)
        try expectClaim("een vijfde", in: text, kind: .change, verdict: .consistent, value: 20)
        // Textiel rose by a fifth; a quarter is wrong.
        let wrongFraction = table + "Papier nam met 20 procent toe en textiel met een kwart."
        try expectClaim("een kwart", in: wrongFraction, kind: .change, verdict: .inconsistent)
        // Papier rose by 20 procent, not 25.
        let wrongPercent = table + "Papier nam met 25 procent toe en textiel met een vijfde."
        try expectClaim("25 procent", in: wrongPercent, kind: .change, verdict: .inconsistent)
    }

    @Test("A conjunct that names no row, or one conjunct of two rows, stays unread")
    func nearCases() throws {
        try expectUnverifiable("een vijfde", in: table + "Papier nam met 20 procent toe en het geheel met een vijfde.")
        try expectUnverifiable("een vijfde", in: table + "Papier en textiel namen met een vijfde toe.")
    }
}
