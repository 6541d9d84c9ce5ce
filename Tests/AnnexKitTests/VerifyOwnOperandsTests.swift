import Testing

@testable import AnnexKit

/// Operands a claim must not take from elsewhere in its sentence: a direction of another clause for an
/// unsigned difference, a later pair that has its own share, the written order where the nouns say otherwise.
/// In words of their own, each both ways.
@Suite("verify: a claim's own operands")
struct VerifyOwnOperandsTests {
    @Test("A difference in a clause of its own is unsigned, whatever direction word another clause has")
    func unsignedDifferenceClause() throws {
        // 68 − 55 = 13 points; 'sloot … af' is no decrease.
        let text = "Bij de nieuwe aanpak sloot 68 procent het traject af, tegen 55 procent bij de oude; "
            + "een verschil van DIFF procentpunt."
        try expectVerdict(.consistent, of: "13 procentpunt", in: text.replacingOccurrences(of: "DIFF", with: "13"))
        try expectVerdict(.inconsistent, of: "17 procentpunt", in: text.replacingOccurrences(of: "DIFF", with: "17"))
    }

    @Test("A share in parentheses takes no later pair that has a share of its own in parentheses")
    func laterPairWithItsOwnShare() throws {
        // 24 of 150 is 16%; 45 of 180 is 25%.
        let text = "Van de 150 jongeren met begeleiding kwamen er 24 opnieuw in beeld (SHARE procent), "
            + "tegen 45 van de 180 (25 procent) zonder begeleiding."
        try expectVerdict(.consistent, of: "16 procent", in: text.replacingOccurrences(of: "SHARE", with: "16"))
        try expectVerdict(.consistent, of: "25 procent", in: text.replacingOccurrences(of: "SHARE", with: "16"))
        // A wrong share is checked against its own pair, 24 of 150, not against 45 of 180 (which it equals).
        let wrong = try claim("25 procent", in: text.replacingOccurrences(of: "SHARE", with: "25"))
        #expect(wrong.verdict == .inconsistent && wrong.recomputedValue == 16, "\(reason(wrong))")
    }

    @Test("A rate of two counts in parentheses takes as its whole the count of what 'per' names, in either order")
    func pairedRateByNoun() throws {
        // 612 zaken / 36 rechters = 17,0.
        for counts in ["36 rechters, 612 zaken", "612 zaken, 36 rechters"] {
            let text = "Per rechter werden gemiddeld RATE zaken afgedaan (\(counts))."
            try expectVerdict(.consistent, of: "17,0", in: text.replacingOccurrences(of: "RATE", with: "17,0"))
            try expectVerdict(.inconsistent, of: "19,0", in: text.replacingOccurrences(of: "RATE", with: "19,0"))
        }
    }
}
