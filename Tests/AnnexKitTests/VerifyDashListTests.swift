import Foundation
import Testing

@testable import AnnexKit

/// Lines of a list under a title: a total over dash items whose title names the multiplier of their amounts ('(x €
/// 1.000)'), and a share on a 'Waarvan' line under the line of its whole. In words of their own, both ways.
@Suite("verify: totals over dash lists and shares under the line of their whole")
struct VerifyDashListTests {
    @Test(
        "The multiplier a title names is none of the items: the total is the sum of the items",
        arguments: [
            // 310 + 95 + 45 = 450.
            ("Lasten 2023 (x € 1.000): huur 310 - energie 95 - schoonmaak 45 - totaal 450", "450", Verdict.consistent),
            ("Lasten 2023 (x € 1.000): huur 310 - energie 95 - schoonmaak 45 - totaal 470", "470", .inconsistent),
            // 18,4 + 6,1 + 2,2 = 26,7.
            ("Opbrengsten (x 1 miljoen euro): - rijksbijdrage 18,4 - gemeenten 6,1 - overig 2,2 - totaal 26,7", "26,7",
             .consistent),
            ("Opbrengsten (x 1 miljoen euro): - rijksbijdrage 18,4 - gemeenten 6,1 - overig 2,2 - totaal 28,7", "28,7",
             .inconsistent),
        ])
    func multiplier(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A share on a line that opens with 'Waarvan' is of the count on the line before",
        arguments: [
            // 615 of 2.460 is 25%.
            ("Aanmeldingen schuldhulp: 2.460. Waarvan jongeren: 615 (25%).", "25%", Verdict.consistent),
            ("Aanmeldingen schuldhulp: 2.460. Waarvan jongeren: 615 (31%).", "31%", .inconsistent),
            // A second 'Waarvan' line is a part of the same whole: 492 of 2.460 is 20%, of 615 it would be 80%.
            ("Aanmeldingen schuldhulp: 2.460. Waarvan jongeren: 615 (25%). Waarvan ouderen: 492 (20%).", "20%",
             .consistent),
        ])
    func shareUnderWhole(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A 'Waarvan' line under a line of two counts has no one whole")
    func noOneWhole() throws {
        let found = try verified("Aanmeldingen: 2.460, afgewezen: 380. Waarvan jongeren: 615 (31%).")
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
