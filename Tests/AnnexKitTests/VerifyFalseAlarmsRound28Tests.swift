import Testing

@testable import AnnexKit

/// The twenty-eighth round's false alarm found by the lead: a list after 'waarvan' read as all of its whole. 'W …,
/// waarvan A … en B …' names some of W's parts, not necessarily all: a list short of W confirms nothing and
/// contradicts nothing; a list that adds up to W confirms it, and one that exceeds W contradicts it.
@Suite("Verify: a list after 'waarvan' names some of its whole's parts")
struct VerifyFalseAlarmsRound28Tests {
    @Test(
        "A list after 'waarvan' far below its whole is no wrong sum",
        arguments: [
            // 1.000 + 500 = 1.500 of 5.000: two countries of many.
            "Vorig jaar studeerden hier 5.000 studenten, waarvan 1.000 uit Spanje en 500 uit Polen.",
            // 90 + 60 = 150 of 300 (50%): the two largest kinds, not all of them.
            "Er kwamen 300 meldingen binnen, waarvan 90 over geluid en 60 over afval.",
        ])
    func shortListIsNoSum(text: String) throws {
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
    }

    @Test(
        "A list after 'waarvan' near its whole confirms it when it adds up to it, else contradicts it",
        arguments: [
            // 180 + 120 = 300.
            ("Er kwamen 300 meldingen binnen, waarvan 180 over geluid en 120 over afval.", Verdict.consistent),
            // 180 + 140 = 320 > 300.
            ("Er kwamen 300 meldingen binnen, waarvan 180 over geluid en 140 over afval.", .inconsistent),
            // 150 + 120 = 270, 90% of 300: near it, and short.
            ("Er kwamen 300 meldingen binnen, waarvan 150 over geluid en 120 over afval.", .inconsistent),
        ])
    func fullListIsASum(text: String, expected: Verdict) throws {
        let found = try claim("300", in: text)
        #expect(found.kind == .sum)
        #expect(found.verdict == expected, "\(reason(found))")
    }
}
