import Foundation
import Testing

@testable import AnnexKit

/// 'Dat scheelt € 75': the verb 'schelen' says by how much the two values before differ, as 'het verschil is' does;
/// the count is the larger less the smaller of the two values the sentence before gives.
@Suite("verify: what 'schelen' says two values differ by")
struct VerifyDifferingVerbTests {
    @Test("after a change from one amount to another")
    func afterChange() throws {
        let text = { (gap: String) in
            "De contributie daalde van € 315 in 2023 naar € 240 in 2024. Dat scheelt " + gap + " per lid.\n"
        }
        // 315 − 240 = 75.
        try expectClaim("€ 75", in: text("€ 75"), kind: .difference, verdict: .consistent, value: 75)
        try expectVerdict(.inconsistent, of: "€ 85", in: text("€ 85"))
        // The past tense, 'het' and a word that refers back: 315 − 240 = 75.
        try expectVerdict(
            .consistent, of: "€ 75",
            in: "De contributie daalde van € 315 in 2023 naar € 240 in 2024. Het scheelde dus € 75.\n")
    }

    @Test("a percentage, another subject, or no two values before: not read this way")
    func nearCases() throws {
        // 'scheelt 30 procent' is a relative difference, no bare one.
        try expectNoInconsistent(
            "De contributie daalde van € 315 in 2023 naar € 240 in 2024."
                + " Dat scheelt 30 procent.\n")
        // A subject of its own: 'De regeling scheelt …' says nothing of the values before.
        try expectUnverifiable(
            "€ 85", in: "De contributie daalde van € 315 in 2023 naar € 240 in 2024. De regeling scheelt € 85.\n")
        // Three amounts before: no pair is the one meant.
        try expectUnverifiable(
            "€ 85",
            in: "De contributie was € 315 voor senioren, € 240 voor junioren en € 120 voor pupillen."
                + " Dat scheelt € 85.\n")
    }

    /// Expects no claim of `text` to be found inconsistent.
    private func expectNoInconsistent(_ text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }
}
