import Foundation
import Testing

@testable import AnnexKit

/// The verdict of each claim of `kind` in `text`, by the claim as written.
private func verdicts(_ text: String, _ kind: ClaimKind) throws -> [String: Verdict] {
    try VerifyTableRowRatesTests.verdicts(text, kind)
}

/// A count 'over het hele jaar' after the sentence that gives the year's quarters (`ResultTotal.swift`):
/// the year's count of a flow is their sum, a stock's level or a mean is not, so they may confirm it, never
/// contradict it.
@Suite("verify: a count over the whole year after its quarters")
struct VerifyWholeYearAfterPartsTests {
    /// Permits per quarter: 140 + 165 + 152 + 171 = 628; trips per quarter: 1.210 + 980 + 1.430 + 1.180 = 4.800.
    @Test(
        "The year's count is the sum of its quarters",
        arguments: [
            ("Verleende vergunningen per kwartaal: Q1 140, Q2 165, Q3 152, Q4 171. Over het hele jaar werden 628 "
                + "vergunningen verleend.", "628"),
            ("Ritten van de buurtbus per kwartaal: Q1 1.210, Q2 980, Q3 1.430, Q4 1.180. In het hele jaar reed de bus "
                + "4.800 ritten.", "4.800"),
        ])
    func sum(text: String, total: String) throws {
        #expect(try verdicts(text, .sum)[total] == .consistent)
    }

    /// 638 is no 628, but a year's value need not be the sum of its quarters (a level, a mean): no alarm. Values named
    /// by places, no parts of the year, give no such sum; a mean of the quarters (12 + 14 + 13 + 13 = 52, the mean
    /// 13) is never called inconsistent.
    @Test(
        "A year's count that is no sum of its parts, or after values of no parts of the year, gives no alarm",
        arguments: [
            "Verleende vergunningen per kwartaal: Q1 140, Q2 165, Q3 152, Q4 171. Over het hele jaar werden 638 "
                + "vergunningen verleend.",
            "In Noord werden 140 vergunningen verleend, in Zuid 165. Over het hele jaar werden 315 vergunningen "
                + "verleend.",
            "De wachttijd was in Q1 12 dagen, in Q2 14 dagen, in Q3 13 dagen en in Q4 13 dagen. Over het hele jaar "
                + "was de wachttijd 13 dagen.",
        ])
    func noAlarm(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}

/// A rest 'De overige N …' whose sentence goes on with a mean of its members ('duurden gemiddeld 23 dagen')
/// (`CarriedRest.swift`): the mean is no second count of the rest.
@Suite("verify: a rest followed by a mean of its members")
struct VerifyRestWithMeanTests {
    /// 860 − 712 = 148. '158' is not judged wrong: 'Van de 860 klachten' leaves the whole's noun unknown to the rest,
    /// so a rest that names a noun binds its whole weakly (`OperandBinding.Evidence.otherRest`), as before.
    @Test(
        "A rest is the whole less the part though a mean follows it",
        arguments: [("148", Verdict.consistent), ("158", .unverifiable)])
    func rest(rest: String, expected: Verdict) throws {
        let text = "Van de 860 klachten werden er 712 binnen een week beantwoord. De overige \(rest) klachten duurden "
            + "gemiddeld 23 dagen."
        #expect(try verdicts(text, .sum)[rest] == expected)
    }

    /// A second count that no 'gemiddeld' governs ('van 90 bewoners') may be the rest's own: no rest is read.
    @Test("A rest beside another count gives no rest claim")
    func otherCount() throws {
        let text = "Van de 860 klachten werden er 712 binnen een week beantwoord. De overige 158 klachten kwamen van "
            + "90 bewoners."
        #expect(try verdicts(text, .sum)["158"] == nil)
    }
}
