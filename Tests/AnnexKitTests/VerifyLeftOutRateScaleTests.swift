import Foundation
import Testing

@testable import AnnexKit

/// A value set against a rate before it by 'tegen' that states no scale of its own shares that rate's scale: in
/// '€ 32,00 per 100 kilo, tegen € 28,00 in 2022' both prices are per 100 kilo, so the difference and the change between
/// them compare two rates of one scale.
@Suite("verify: a value set against a rate shares the rate's left-out scale")
struct VerifyLeftOutRateScaleTests {
    @Test("the difference and the change between a rate and the value after 'tegen'")
    func leftOutScale() throws {
        let text = { (difference: String, change: String) in
            "De kweker kreeg voor tomaten € 32,00 per 100 kilo, tegen € 28,00 in 2022: € " + difference
                + " meer, een stijging van " + change + " procent.\n"
        }
        // 32,00 − 28,00 = 4,00; 4,00 / 28,00 = 14,29 %.
        try expectClaim("€ 4,00", in: text("4,00", "14,3"), kind: .difference, verdict: .consistent, value: 4)
        try expectClaim("14,3 procent", in: text("4,00", "14,3"), kind: .change, verdict: .consistent)
        try expectVerdict(.inconsistent, of: "€ 6,00", in: text("6,00", "14,3"))
        try expectVerdict(.inconsistent, of: "12,5 procent", in: text("4,00", "12,5"))
    }

    @Test("a value after 'tegen' with a scale of its own, or a count with no rate before it: no shared scale")
    func nearCases() throws {
        // The value after 'tegen' states its own rate, per kilo: the two are of unlike scales.
        try expectUnverifiable(
            "€ 4,00",
            in: "De kweker kreeg voor tomaten € 32,00 per 100 kilo, tegen € 28,00 per kilo in 2022: € 4,00 meer.\n")
        // A rate with a number between it and 'tegen' sets that number against the value, not the rate.
        try expectUnverifiable(
            "€ 4,00",
            in: "De kweker kreeg € 32,00 per 100 kilo voor 400 kisten, tegen € 28,00 in 2022: € 4,00 meer.\n")
    }
}
