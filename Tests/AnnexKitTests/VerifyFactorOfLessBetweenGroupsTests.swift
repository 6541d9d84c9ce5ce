import Foundation
import Testing

@testable import AnnexKit

/// A factor of less ('drie keer zo weinig', 'zo laag') between two groups set against each other by 'tegen' (issue
/// 11): the grammar of a factor of more reversed. Its subject names the smaller group, and the factor is the larger
/// value over the smaller; with no subject that names the smaller group it stays unbound.
@Suite("verify: a factor of less between two groups set against each other")
struct VerifyFactorOfLessBetweenGroupsTests {
    @Test(
        "the subject names the smaller group: the larger over the smaller",
        arguments: [
            // 1.800 / 600 = 3.
            ("Het centrum telde 1.800 parkeerboetes, tegen 600 in de buitenwijken. In de buitenwijken werden daarmee "
                + "drie keer zo weinig boetes uitgeschreven.", "drie keer zo weinig", Verdict.consistent),
            ("Het centrum telde 1.800 parkeerboetes, tegen 600 in de buitenwijken. In de buitenwijken werden daarmee "
                + "vier keer zo weinig boetes uitgeschreven.", "vier keer zo weinig", .inconsistent),
        ])
    func smallerGroupAsSubject(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("a factor of less whose subject names neither group stays unverifiable")
    func noSubject() throws {
        try expectUnverifiable(
            "drie keer zo weinig",
            in: "Het centrum telde 1.800 parkeerboetes, tegen 600 in de buitenwijken. Er werden daarmee drie keer zo "
                + "weinig boetes uitgeschreven.")
    }
}
