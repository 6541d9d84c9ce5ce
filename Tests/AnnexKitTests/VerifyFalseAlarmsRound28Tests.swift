import Testing

@testable import AnnexKit

/// The twenty-eighth round's false alarms found by the lead: a percentage that is the level of a noun ('een korting
/// van 40% van de vaste prijs') read as a share of the sentence's counts; a list after 'waarvan' read as all of its
/// whole. 'W …,
/// waarvan A … en B …' names some of W's parts, not necessarily all: a list short of W confirms nothing and
/// contradicts nothing; a list that adds up to W confirms it, and one that exceeds W contradicts it.
@Suite("Verify: a percentage that is a noun's level is no share; a list after 'waarvan' names some parts")
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
        "A list after 'waarvan' near its whole confirms it when it adds up to it, contradicts it when it exceeds it",
        arguments: [
            // 180 + 120 = 300.
            ("Er kwamen 300 meldingen binnen, waarvan 180 over geluid en 120 over afval.", Verdict.consistent),
            // 180 + 140 = 320 > 300.
            ("Er kwamen 300 meldingen binnen, waarvan 180 over geluid en 140 over afval.", .inconsistent),
            // 150 + 120 = 270, 90% of 300: near it, and short; the thirtieth round reads it as some of the parts.
            ("Er kwamen 300 meldingen binnen, waarvan 150 over geluid en 120 over afval.", .unverifiable),
        ])
    func fullListIsASum(text: String, expected: Verdict) throws {
        try expectClaim("300", in: text, kind: .sum, verdict: expected)
    }

    @Test(
        "A percentage that is the level of a noun before 'van' ('een korting van 40%') is no share of the counts",
        arguments: [
            // 215 / 860 = 25%: the share after it holds; 40% is the discount's level.
            ("Van de 860 huishoudens in de wijk kregen er 215 een korting van 40% van de vaste prijs. Dat is 25 "
                + "procent van alle huishoudens.", "25 procent"),
            // 300 / 1.200 = 25%: 75% is the allowance's level, of a plural whole of its own.
            ("Van de 1.200 leerlingen kregen er 300 een vergoeding van 75% van de reiskosten. Dat is een kwart van "
                + "alle leerlingen.", "een kwart"),
        ])
    func nounLevelIsNoShare(text: String, share: String) throws {
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
        #expect(try claim(share, in: text).verdict == .consistent)
    }

    @Test(
        "A share noun before 'van', with no whole of its own after it, keeps the percentage a share of the counts",
        arguments: [
            // 215 / 860 = 25%.
            ("Van de 860 huishoudens in de wijk kregen er 215 een korting, een aandeel van 25%.", Verdict.consistent),
            ("Van de 860 huishoudens in de wijk kregen er 215 een korting, een aandeel van 30%.", .inconsistent),
        ])
    func shareNounKeepsShare(text: String, expected: Verdict) throws {
        try expectClaim(expected == .consistent ? "25%" : "30%", in: text, kind: .share, verdict: expected)
    }
}
