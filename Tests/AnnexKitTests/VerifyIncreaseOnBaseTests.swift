import Foundation
import Testing

@testable import AnnexKit

/// A total an increase brings its base to, in one sentence: the increase marked as added ('extra', 'nieuwe'), the
/// base as the level it is added to ('bovenop de …', 'thans …', '(2024: …)'), the total after a word of summing.
/// The base is an earlier level and the increase a change, no parts of a list; the total is their sum.
@Suite("verify: a total of an increase on its base")
struct VerifyIncreaseOnBaseTests {
    @Test("an increase 'bovenop' an earlier level, summed after 'in totaal'")
    func increaseOnTopOfEarlierLevel() throws {
        let text = { (total: String) in
            "Dit jaar plaatste de provincie 1.200 extra laadpalen, bovenop de 3.400 van vorig jaar; in totaal "
                + total + " laadpalen.\n"
        }
        // 3.400 + 1.200 = 4.600.
        try expectVerdict(.consistent, of: "4.600", in: text("4.600"))
        try expectVerdict(.inconsistent, of: "4.800", in: text("4.800"))
    }

    @Test("new units with the year's level in brackets, brought to a total")
    func newUnitsOnDatedLevel() throws {
        let text = { (total: String) in
            "Het ziekenhuis opende 75 nieuwe bedden, waarmee het totaal op " + total + " bedden komt (2024: 335).\n"
        }
        // 335 + 75 = 410.
        try expectVerdict(.consistent, of: "410", in: text("410"))
        try expectVerdict(.inconsistent, of: "420", in: text("420"))
    }

    @Test("a second number not named as the base, or a total of another currency: no sum of an increase")
    func nearCases() throws {
        let near = [
            // The second number is not named as the level the increase is added to.
            "Er kwamen 1.200 extra laadpalen in 38 gemeenten; in totaal 4.800 laadpalen.\n",
            // The total is in euros, the increase and its base in counts.
            "Er kwamen 1.200 extra laadpalen, bovenop de 3.400 van vorig jaar; in totaal € 4,8 miljoen.\n",
        ]
        for text in near {
            let found = try verified(text)
            #expect(found.allSatisfy { $0.verdict != .inconsistent },
                "\(text): \(found.map { "\($0.written) \($0.verdict)" })")
        }
    }
}
