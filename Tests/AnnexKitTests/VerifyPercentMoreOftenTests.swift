import Foundation
import Testing

@testable import AnnexKit

/// A percentage with 'vaker' right after it ('10 procent vaker dan in 2023'): a count of times higher by that part of
/// the count it is compared with, a change as '10 procent meer' is (`comparative(after:)`), no share.
@Suite("verify: a percentage 'vaker' than another count")
struct VerifyPercentMoreOftenTests {
    @Test("'… 4.400 keer opgeroepen, … procent vaker dan in 2023 (4.000 keer)'")
    func moreOften() throws {
        let lead = "In 2024 werd de ambulance 4.400 keer opgeroepen, "
        try expectVerdict(.consistent, of: "10 procent", in: lead + "10 procent vaker dan in 2023 (4.000 keer).")
        try expectVerdict(.inconsistent, of: "12 procent", in: lead + "12 procent vaker dan in 2023 (4.000 keer).")
    }

    @Test("points 'vaker' stay points; a share of a group that comes more often stays unverifiable")
    func near() throws {
        let points = try claim(
            "5 procentpunt",
            in: "Van de meisjes sport 45 procent wekelijks, van de jongens 40 procent: 5 procentpunt vaker.")
        #expect(points.kind == .points)
        try expectVerdict(
            .unverifiable, of: "30 procent", in: "Van de 600 leden kwam 30 procent vaker dan één keer per week.")
    }
}
