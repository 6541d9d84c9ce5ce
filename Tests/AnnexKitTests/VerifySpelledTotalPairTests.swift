import Foundation
import Testing

@testable import AnnexKit

/// A total before ':' that the two dated values after it add up to ('In totaal 1.500 bomen: 900 in 2022 en 600 in
/// 2023') is their whole, no level beside them: the two are the sentence's start and end value (`datedPair`), which a
/// change in the next sentence may refer back to.
@Suite("verify: a total spelled out after ':' by two dated values, and a change after it")
struct VerifySpelledTotalPairTests {
    /// 900 + 600 = 1.500 trees.
    private let lead = "In totaal werden 1.500 bomen geplant: 900 bomen in 2022 en 600 bomen in 2023. "

    @Test("the change of the two parts, referred back to")
    func change() throws {
        // (600 − 900) / 900 = −33,3 %: 'ruim 33%' holds, 40 % does not.
        try expectVerdict(
            .consistent, of: "ruim 33%", in: lead + "In 2023 werden daarmee ruim 33% minder bomen geplant.")
        try expectVerdict(
            .inconsistent, of: "40%", in: lead + "In 2023 werden daarmee 40% minder bomen geplant.")
        try expectVerdict(.consistent, of: "1.500", in: lead + "In 2023 werden daarmee ruim 33% minder bomen geplant.")
    }

    @Test("three values that are no total and its parts stay unread")
    func near() throws {
        // 900 + 600 is 1.500, not 1.600: what the first value is, is not told.
        try expectUnverifiable(
            "ruim 33%",
            in: "In totaal werden 1.600 bomen geplant: 900 bomen in 2022 en 600 bomen in 2023. "
                + "In 2023 werden daarmee ruim 33% minder bomen geplant.")
    }
}
