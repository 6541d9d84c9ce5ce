import Foundation
import Testing

@testable import AnnexKit

/// A product stated as the claim: a rate per one unit and the number of units, then their product after a word that
/// derives it ('in totaal', 'samen', 'ofwel', a colon); a share of a stated whole restated as a count. The product is
/// the claim, so a wrong text names it, not the rate. In words of their own, each both ways, and the forms that keep
/// the mean's reading or stay open.
@Suite("verify: a product of a rate and its units as the claim")
struct VerifyProductTests {
    @Test(
        "A total after a rate per one unit and the units is their product",
        arguments: [
            // 860 × 4.500 = 3.870.000 euro.
            ("De gemeente betaalde 860 euro per huishouden aan 4.500 huishoudens, in totaal 3,9 miljoen euro.",
             "3,9 miljoen", Verdict.consistent),
            ("De gemeente betaalde 860 euro per huishouden aan 4.500 huishoudens, in totaal 4,3 miljoen euro.",
             "4,3 miljoen", .inconsistent),
            // 2,5 × 380 = 950 conversations; 2,5 stands for 2,45 to 2,55.
            ("Een wijkteam voerde gemiddeld 2,5 gesprekken per gezin bij 380 gezinnen, samen 950 gesprekken.",
             "950", .consistent),
            ("Een wijkteam voerde gemiddeld 2,5 gesprekken per gezin bij 380 gezinnen, samen 1.250 gesprekken.",
             "1.250", .inconsistent),
            // 95 × 730 = 69.350 euro, after a colon.
            ("De opvang rekende 95 euro per nacht voor 730 nachten: 69.350 euro.", "69.350", .consistent),
            ("De opvang rekende 95 euro per nacht voor 730 nachten: 79.350 euro.", "79.350", .inconsistent),
        ])
    func ratePerUnit(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
        // The rate is a factor, no claim that could be named wrong.
        #expect(try verified(text).allSatisfy { $0.written == written || $0.verdict != .inconsistent })
    }

    @Test("The reason shows the product")
    func reasonShowsProduct() throws {
        let text = "De gemeente betaalde 860 euro per huishouden aan 4.500 huishoudens, in totaal 4,3 miljoen euro."
        let found = try claim("4,3 miljoen", in: text)
        #expect(found.kind == .count)
        #expect(found.recomputed == Exact(3_870_000))
        #expect(reason(found).contains("860 × 4.500"), "\(reason(found))")
    }

    @Test(
        "A count restating a share of a whole 'van de' names is the share times the whole",
        arguments: [
            // 35% of 1.600 = 560; 35 stands for 34,5 to 35,5 (552 to 568).
            ("Van de 1.600 aanvragen werd 35 procent afgewezen, ruim 560.", "ruim 560", Verdict.consistent),
            ("Van de 1.600 aanvragen werd 35 procent afgewezen, zo'n 720 aanvragen.", "zo'n 720", .inconsistent),
            ("Van de 1.600 aanvragen werd 35 procent afgewezen: 560 aanvragen.", "560", .consistent),
            ("Van de 1.600 aanvragen werd 35 procent afgewezen: 650 aanvragen.", "650", .inconsistent),
        ])
    func shareOfWhole(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
        #expect(try verified(text).allSatisfy { $0.written == written || $0.verdict != .inconsistent })
    }

    @Test("A total before its rate keeps the mean's reading: the rate is the claim")
    func totalFirstIsMean() throws {
        // 3.870.000 / 4.500 = 860.
        let right = "In totaal ging 3.870.000 euro naar 4.500 huishoudens, gemiddeld 860 euro per huishouden."
        let wrong = "In totaal ging 3.870.000 euro naar 4.500 huishoudens, gemiddeld 960 euro per huishouden."
        #expect(try claim("860", in: right).kind == .ratio)
        try expectVerdict(.consistent, of: "860", in: right)
        try expectVerdict(.inconsistent, of: "960", in: wrong)
    }

    @Test("No product: a restatement with words of its own, a total of another noun, a share that changes")
    func staysOpen() throws {
        let texts = [
            // The last clause says something of its own.
            "Van de 1.600 aanvragen werd 35 procent afgewezen, 300 aanvragen zijn nog in behandeling.",
            // The total counts something the rate does not.
            "Een wijkteam voerde gemiddeld 2,5 gesprekken per gezin bij 380 gezinnen, samen 1.250 huisbezoeken.",
            // An amount is no count of the rate's currency.
            "De gemeente betaalde 860 euro per huishouden aan 4.500 huishoudens, in totaal 9.100 aanvragen.",
            // A rate per 1.000 is no rate per one unit (the rate itself is checked: 728 / 52.000 × 1.000 = 14).
            "Er waren 14 meldingen per 1.000 inwoners bij 52.000 inwoners, in totaal 728 meldingen.",
        ]
        for text in texts {
            let found = try verified(text)
            let verdicts = found.map { "\($0.written) \($0.verdict)" }
            #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(text): \(verdicts)")
            #expect(!found.contains { $0.kind == .count && $0.verdict == .consistent }, "\(text)")
        }
    }
}
