import Foundation
import Testing

@testable import AnnexKit

/// A bare difference ('Het verschil is …', 'Verschil: …') after two sentences that each give one of its sides: the
/// larger less the smaller of their one value each (`sidesOneEach(of:)`).
@Suite("verify: a bare difference of two values given one a sentence")
struct VerifyDifferenceOfTwoSentencesTests {
    @Test("'… 61,5 procent … In Drenthe lag dat op 54,0 procent. Het verschil is …'")
    func percentages() throws {
        let lead = "In Friesland had 61,5 procent van de huishoudens een warmtepomp. "
            + "In Drenthe lag dat op 54,0 procent. "
        try expectVerdict(.consistent, of: "7,5 procentpunt", in: lead + "Het verschil is 7,5 procentpunt.")
        try expectVerdict(.inconsistent, of: "8,5 procentpunt", in: lead + "Het verschil is 8,5 procentpunt.")
    }

    @Test("memo lines 'Groep A: 12,0 dagen. Groep B: 14,5 dagen. Verschil: …'")
    func memoLines() throws {
        let lead = "Wachttijd groep A: 12,0 dagen. Wachttijd groep B: 14,5 dagen. "
        try expectVerdict(.consistent, of: "2,5", in: lead + "Verschil: 2,5 dagen.")
        try expectVerdict(.inconsistent, of: "3,5", in: lead + "Verschil: 3,5 dagen.")
    }

    @Test("a sentence with two values of the unit, or sides of other nouns, leave it unverifiable")
    func near() throws {
        try expectVerdict(
            .unverifiable, of: "7,5 procentpunt",
            in: "In Friesland had 61,5 procent een warmtepomp en 20,0 procent zonnepanelen. In Drenthe lag dat op 54,0 "
                + "procent. Het verschil is 7,5 procentpunt.")
        try expectVerdict(
            .unverifiable, of: "30",
            in: "De bibliotheek telde 120 leden. Het museum ontving 90 bezoekers. Het verschil is 30.")
    }
}
