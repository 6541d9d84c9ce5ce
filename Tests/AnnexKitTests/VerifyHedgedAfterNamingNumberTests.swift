import Foundation
import Testing

@testable import AnnexKit

/// A number that names something ('via 113') followed by the hedge of the next number ('bijna 12 procent') has no
/// noun of its own either (issue 11): it is no value of a change, also not the later level of a comparison whose
/// earlier level a year labels ('dan in 2024 (6.000)').
@Suite("verify: a naming number before a hedged number")
struct VerifyHedgedAfterNamingNumberTests {
    @Test(
        "the hedged count after the naming number is the later value",
        arguments: [
            // 6.000 → 6.600 = +10,0%; 15 procent is wrong.
            ("In 2025 kwamen via 113 ruim 6.600 oproepen binnen, 10 procent meer dan in 2024 (6.000).", "10 procent",
                Verdict.consistent),
            ("In 2025 kwamen via 113 ruim 6.600 oproepen binnen, 15 procent meer dan in 2024 (6.000).", "15 procent",
                .inconsistent),
        ])
    func hedgedCountIsLaterValue(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("with only the earlier level given, the change stays unverifiable")
    func noLaterValue() throws {
        try expectUnverifiable(
            "bijna 12 procent", in: "In 2025 kwamen via 113 bijna 12 procent meer oproepen binnen dan in 2024 (6.000).")
    }
}
