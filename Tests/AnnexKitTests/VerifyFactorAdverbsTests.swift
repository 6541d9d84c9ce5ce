import Foundation
import Testing

@testable import AnnexKit

/// Words that are a factor of their own before 'zo' ('half zo veel als', 'dubbel zo vaak als'), read as a factor
/// between the compared values as 'twee keer zo veel' is. In words of their own, both ways, and the form that names
/// no base.
@Suite("verify: 'half zo veel' and 'dubbel zo vaak' as factors")
struct VerifyFactorAdverbsTests {
    @Test(
        "A factor word before 'zo' compares the subject's value with the value after 'als'",
        arguments: [
            // 150 / 300 = 0,5.
            ("Deventer telde met 150 meldingen half zo veel als Zwolle met 300.", "half zo veel", Verdict.consistent),
            ("Deventer telde met 250 meldingen half zo veel als Zwolle met 300.", "half zo veel", .inconsistent),
            // 240 / 120 = 2.
            ("Mannen werden met 240 controles dubbel zo vaak gecontroleerd als vrouwen met 120.", "dubbel zo vaak",
             .consistent),
            ("Mannen werden met 240 controles dubbel zo vaak gecontroleerd als vrouwen met 180.", "dubbel zo vaak",
             .inconsistent),
        ])
    func sameSentence(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "A factor word against the two groups the sentence before contrasts",
        arguments: [
            // 210 / 420 = 0,5, from Hoorn (named after 'als') to Enkhuizen.
            ("In Hoorn waren er 420 aanvragen, in Enkhuizen 210. Enkhuizen telde daarmee half zo veel aanvragen als "
                + "Hoorn.", Verdict.consistent),
            ("In Hoorn waren er 420 aanvragen, in Enkhuizen 310. Enkhuizen telde daarmee half zo veel aanvragen als "
                + "Hoorn.", .inconsistent),
        ])
    func sentenceBefore(text: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "half zo veel", in: text)
    }

    @Test("No base named: the factor stays open")
    func noBase() throws {
        let text = "In Hoorn waren er 420 aanvragen, in Enkhuizen 310. Dat is ongeveer half zo veel."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}
