import Foundation
import Testing

@testable import AnnexKit

/// A factor whose own sentence states two values of one unit besides it ('Het aantal ritten met de bus (4.200) was
/// twee keer zo groot als met de tram (2.100)') compares those, not the values of two groups the sentence before
/// names with the same words (`ClaimParser.groupSides(forFactorFrom:to:)`), also when its values stand in brackets
/// that no group's word stands beside.
@Suite("verify: a factor of its own sentence's two values after a sentence of the same groups")
struct VerifyFactorOwnPairTests {
    /// A sentence of two durations of the same two groups, whose values must not be taken.
    private let durations = "Een rit met de bus duurde 30 minuten, met de tram 12 minuten."

    @Test("The bracketed counts of the factor's sentence, not the durations before")
    func ownBrackets() throws {
        // 4.200 / 2.100 = 2,0; the durations before give 30 / 12 = 2,5.
        let right = durations + " Het aantal ritten met de bus (4.200) was twee keer zo groot als met de tram (2.100)."
        try expectClaim("twee keer zo groot", in: right, kind: .change, verdict: .consistent, value: 2)
        // 5.460 / 2.100 = 2,6: not twice.
        let wrong = durations + " Het aantal ritten met de bus (5.460) was twee keer zo groot als met de tram (2.100)."
        try expectClaim("twee keer zo groot", in: wrong, kind: .change, verdict: .inconsistent)
    }

    @Test("With no value of its own the factor still takes the groups of the sentence before")
    func noOwnValues() throws {
        // 30 / 12 = 2,5.
        let text = durations + " Met de bus duurde een rit dus tweeënhalf keer zo lang als met de tram."
        try expectClaim("tweeënhalf keer zo lang", in: text, kind: .change, verdict: .consistent, value: 2.5)
    }
}
