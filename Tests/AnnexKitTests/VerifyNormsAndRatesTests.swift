import Foundation
import Testing

@testable import AnnexKit

/// Norms and targets are no claims about the data; the gap of a result against a named norm is; a rate whose count
/// stands in the sentence before and whose population in its own. In words of their own, each both ways, and the
/// forms that stay open.
@Suite("verify: norms and targets, gaps against them, rates of a count in the sentence before")
struct VerifyNormsAndRatesTests {
    @Test(
        "A norm's or target's value is no share of the data; the result beside it is checked",
        arguments: [
            // 1.290 / 1.500 = 86%; 90 procent is the norm.
            ("De norm dat 90 procent van de klachten binnen vier weken wordt behandeld, werd met 86 procent niet "
                + "gehaald: 1.290 van de 1.500.", "90 procent", "86 procent", Verdict.consistent),
            ("De norm dat 90 procent van de klachten binnen vier weken wordt behandeld, werd met 88 procent niet "
                + "gehaald: 1.290 van de 1.500.", "90 procent", "88 procent", .inconsistent),
            // 1.710 / 2.000 = 85,5%; 80 procent is the target.
            ("De streefwaarde van 80 procent werd in 2025 gehaald: 1.710 van de 2.000 dossiers werden tijdig "
                + "afgerond (85,5 procent).", "80 procent", "85,5 procent", .consistent),
            ("De streefwaarde van 80 procent werd in 2025 gehaald: 1.710 van de 2.000 dossiers werden tijdig "
                + "afgerond (82,5 procent).", "80 procent", "82,5 procent", .inconsistent),
        ])
    func normIsNoClaim(text: String, norm: String, result: String, expected: Verdict) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.written == norm }, "\(found.map { "\($0.kind) \($0.written)" })")
        #expect(found.allSatisfy { $0.written == result || $0.verdict != .inconsistent })
        try expectVerdict(expected, of: result, in: text)
    }

    @Test("A goal stated with 'was' is no claim; a share within the norm is one")
    func goalAndWithinNorm() throws {
        let goal = try verified("Het doel was 75 procent, maar slechts 65 procent van de 640 deelnemers rondde af.")
        #expect(!goal.contains { $0.written == "75 procent" })
        #expect(goal.allSatisfy { $0.verdict != .inconsistent })
        // 'Binnen norm' labels the share within the norm: 756 / 900 = 84%.
        try expectVerdict(.inconsistent, of: "74%", in: "Binnen norm: 74% (756 van 900).")
        try expectVerdict(.consistent, of: "84%", in: "Binnen norm: 84% (756 van 900).")
    }

    @Test(
        "A gap in points against a named norm is the result minus the norm",
        arguments: [
            // 87 − 90 = −3.
            ("Met 87 procent lag het aandeel tijdige beschikkingen 3 procentpunt onder de streefwaarde van 90 "
                + "procent.", "3 procentpunt", Verdict.consistent),
            ("Met 87 procent lag het aandeel tijdige beschikkingen 5 procentpunt onder de streefwaarde van 90 "
                + "procent.", "5 procentpunt", .inconsistent),
            // The wrong direction: the result is below the norm.
            ("Met 87 procent lag het aandeel tijdige beschikkingen 3 procentpunt boven de streefwaarde van 90 "
                + "procent.", "3 procentpunt", .inconsistent),
            // 94 − 92 = +2, after a comparative and 'dan'.
            ("Het aandeel tevreden cliënten kwam uit op 94 procent, 2 procentpunt hoger dan de norm van 92 procent.",
             "2 procentpunt", .consistent),
            ("Het aandeel tevreden cliënten kwam uit op 94 procent, 4 procentpunt hoger dan de norm van 92 procent.",
             "4 procentpunt", .inconsistent),
            // Against an average it is set against: 59 − 64 = −5.
            ("Het aandeel afgeronde trajecten (59 procent) ligt 5 procentpunt onder het landelijke gemiddelde van 64 "
                + "procent.", "5 procentpunt", .consistent),
            ("Het aandeel afgeronde trajecten (59 procent) ligt 3 procentpunt onder het landelijke gemiddelde van 64 "
                + "procent.", "3 procentpunt", .inconsistent),
        ])
    func pointsAgainstNorm(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
        #expect(try verified(text).allSatisfy { $0.written == written || $0.verdict != .inconsistent })
    }

    @Test(
        "A gap in a count against a named target is the result minus the target",
        arguments: [
            // 1.080 − 1.200 = −120.
            ("Er kwamen 1.080 opvangplekken bij, 120 plekken onder de doelstelling van 1.200.", "120",
             Verdict.consistent),
            ("Er kwamen 1.080 opvangplekken bij, 220 plekken onder de doelstelling van 1.200.", "220", .inconsistent),
            // 11 − 8 = 3 weeks longer than the norm.
            ("De behandeling van een bezwaar duurde 11 weken, 3 weken langer dan de norm van 8 weken.", "3",
             .consistent),
            ("De behandeling van een bezwaar duurde 11 weken, 5 weken langer dan de norm van 8 weken.", "5",
             .inconsistent),
        ])
    func countAgainstTarget(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A gap stays open without one result, or without the norm's value")
    func gapStaysOpen() throws {
        let texts = [
            // Two results: which one is 3 points under the norm?
            "In Assen lag het aandeel op 87 procent en in Emmen op 85 procent, 3 procentpunt onder de norm van 90 "
                + "procent.",
            // The norm's value is not given.
            "Het aandeel van 87 procent lag 5 procentpunt onder de norm.",
            // A gap in percent may be relative or in points.
            "Met 87 procent lag het aandeel 5 procent onder de streefwaarde van 90 procent.",
        ]
        for text in texts {
            let found = try verified(text)
            #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(text)")
            let gaps = found.filter { [.points, .difference].contains($0.kind) }
            #expect(gaps.allSatisfy { $0.verdict == .unverifiable })
        }
    }

    @Test(
        "A rate whose population its own sentence names takes the count of the sentence before when it refers back",
        arguments: [
            // 189 / 54.000 × 1.000 = 3,5.
            ("In Kampen werden 189 klachten ingediend. Met 54.000 inwoners is dat 3,5 per 1.000 inwoners.", "3,5",
             Verdict.consistent),
            ("In Kampen werden 189 klachten ingediend. Met 54.000 inwoners is dat 4,5 per 1.000 inwoners.", "4,5",
             .inconsistent),
            // 96 / 48.000 × 10.000 = 20.
            ("Het wijkteam ontving 96 signalen. Bij 48.000 inwoners komt dat neer op 20 per 10.000 inwoners.", "20",
             .consistent),
            ("Het wijkteam ontving 96 signalen. Bij 48.000 inwoners komt dat neer op 25 per 10.000 inwoners.", "25",
             .inconsistent),
        ])
    func rateOfEarlierCount(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("No rate of an earlier count: two counts before, no reference back")
    func rateStaysOpen() throws {
        let texts = [
            // Which count is the rate's?
            "In Kampen werden 189 klachten en 75 bezwaren ingediend. Met 54.000 inwoners is dat 4,5 per 1.000 "
                + "inwoners.",
            // Nothing ties the rate to the count before.
            "In Kampen werden 189 klachten ingediend. Met 54.000 inwoners telde de stad 4,5 bezoeken per 1.000 "
                + "inwoners.",
        ]
        for text in texts {
            let found = try verified(text)
            #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map { "\($0.written) \($0.verdict)" })")
        }
    }
}
