import Foundation
import Testing

@testable import AnnexKit

/// Comparisons coordinated in one sentence, each with its own base: a number that is the measure of the next
/// comparison ('… dan vorig voorjaar en 24 procent meer dan …') is no base of the one before, and a claim whose own
/// comparison gives no value takes none of the values the others give (`CoordinatedComparisons`).
@Suite("verify: a comparison whose base is named but given no value")
struct VerifyComparisonWithoutValueTests {
    private let level = "De kliniek had dit jaar 1.240 verpleegkundigen in dienst."

    @Test("The comparison that gives its base is checked, the one that gives none is unverifiable")
    func oneBaseGiven() throws {
        let text = level + " Dat zijn er 55 meer dan vorig voorjaar en 24 procent meer dan in 2021 (1.000)."
        try expectVerdict(.unverifiable, of: "55", in: text)
        // 1.000 → 1.240 = +24,0%.
        let change = try claim("24 procent", in: text)
        #expect(change.verdict == .consistent, "\(reason(change))")
        try expectVerdict(
            .inconsistent, of: "30 procent",
            in: level + " Dat zijn er 55 meer dan vorig voorjaar en 30 procent meer dan in 2021 (1.000).")
    }

    @Test("Each comparison takes its own base when both give one")
    func bothBasesGiven() throws {
        let text = level + " Dat zijn er 55 meer dan vorig voorjaar (1.185) en 24 procent meer dan in 2021 (1.000)."
        try expectVerdict(.consistent, of: "55", in: text)
        try expectVerdict(.consistent, of: "24 procent", in: text)
        try expectVerdict(
            .inconsistent, of: "65",
            in: level + " Dat zijn er 65 meer dan vorig voorjaar (1.185) en 24 procent meer dan in 2021 (1.000).")
    }

    @Test("In one sentence with its level, the comparison without a value stays unverifiable")
    func levelInSentence() throws {
        let text = "De kliniek had in 2023 1.240 verpleegkundigen, 55 meer dan in 2022 en 240 meer dan in 2021 (1.000)."
        try expectVerdict(.unverifiable, of: "55", in: text)
        try expectVerdict(.consistent, of: "240", in: text)
    }
}
