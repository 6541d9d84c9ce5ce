import Foundation
import Testing

@testable import AnnexKit

/// A comparative of speed after a count of time says how much shorter or longer the time is: '25 seconden sneller
/// dan in 2022' is 25 seconds shorter, '3 dagen trager' 3 days longer, as 'korter' and 'langer' say.
@Suite("verify: 'sneller' or 'trager' after a count of time")
struct VerifyDurationComparativeTests {
    @Test("a difference of two durations told as faster or slower")
    func fasterOrSlower() throws {
        let faster = { (seconds: String) in
            "De gemiddelde wachttijd aan de kassa was 3 minuten en 50 seconden, " + seconds
                + " seconden sneller dan in 2022 (4 minuten en 15 seconden).\n"
        }
        // 3 × 60 + 50 = 230 s against 4 × 60 + 15 = 255 s: 230 − 255 = −25.
        try expectClaim("25", in: faster("25"), kind: .difference, verdict: .consistent, value: -25)
        try expectVerdict(.inconsistent, of: "35", in: faster("35"))
        // 12 days against 9: 3 days longer.
        try expectVerdict(
            .consistent, of: "3", in: "De afhandeling duurde 12 dagen, 3 dagen trager dan in 2022 (9 dagen).\n")
    }

    @Test("'sneller' after a count of something else than time: no difference of durations")
    func nearCases() throws {
        try expectUnverifiable(
            "12", in: "De nieuwe printer maakt 40 pagina's per minuut, 12 pagina's sneller dan de oude (28).\n")
    }
}
