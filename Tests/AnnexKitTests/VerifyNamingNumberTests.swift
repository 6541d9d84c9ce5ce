import Testing

@testable import AnnexKit

/// A number that names something rather than counting it (issue 11): a phone number, a line or a channel right after a
/// preposition that gives no amount, with no noun of its own ('25.920 vragen via 144 binnen'). It is no value of a
/// change: the count before it is the later value of a comparison with a bracketed earlier one.
@Suite("Verify: a number that names something is no value of a change")
struct VerifyNamingNumberTests {
    @Test(
        "The count before the naming number is the later value",
        arguments: [
            // 24.000 → 25.920 = +8,0%; 12 procent is planted.
            ("In 2024 kwamen 25.920 vragen over dieren via 144 binnen, 8 procent meer dan in 2023 (24.000).",
                "8 procent", Verdict.consistent),
            ("In 2024 kwamen 25.920 vragen over dieren via 144 binnen, 12 procent meer dan in 2023 (24.000).",
                "12 procent", .inconsistent),
            // A preposition of an amount gives a value: 'naar 25.920' is the level reached.
            ("Het aantal vragen steeg in 2024 naar 25.920, 8 procent meer dan in 2023 (24.000).", "8 procent",
                .consistent),
        ])
    func countBeforeNamingNumber(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "In doubt: the bracket counts another noun, or gives no earlier value",
        arguments: [
            "In 2024 kwamen 25.920 vragen over dieren via 144 binnen, 8 procent meer dan in 2023 (24.000 brieven).",
            "In 2024 kwamen 25.920 vragen over dieren via 144 binnen, 8 procent meer dan in 2023.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("8 procent", in: text)
    }
}
