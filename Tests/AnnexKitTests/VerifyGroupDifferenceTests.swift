import Foundation
import Testing

@testable import AnnexKit

/// A count, its noun and a comparative before 'dan' and another side ('met 1.365 spelers meer dan de pupillen'): the
/// difference between two sides whose values stand in brackets right after each side's words, or after ':' as a pair
/// set against each other in the comparison's order. The difference runs from the 'dan' side to the subject's.
@Suite("verify: a difference between two sides of a comparison, each side's value bound to it")
struct VerifyGroupDifferenceTests {
    @Test("each side's value in brackets right after its words")
    func bracketedSides() throws {
        let text = { (difference: String) in
            "Junioren (4.210) vormen de grootste afdeling, met " + difference
                + " spelers meer dan de pupillen (2.845).\n"
        }
        // 4.210 − 2.845 = 1.365.
        try expectClaim("1.365", in: text("1.365"), kind: .difference, verdict: .consistent, value: 1365)
        try expectVerdict(.inconsistent, of: "1.635", in: text("1.635"))
    }

    @Test("a pair after ':' in the comparison's order, the comparative past an infinitive or a particle")
    func pairAfterColon() throws {
        let sides = { (difference: String) in
            "De balie in Noord handelde " + difference + " meldingen meer af dan de balie in Zuid: 431 tegenover 344.\n"
        }
        // 431 − 344 = 87.
        try expectClaim("87", in: sides("87"), kind: .difference, verdict: .consistent, value: 87)
        try expectVerdict(.inconsistent, of: "78", in: sides("78"))
        let times = { (difference: String) in
            "Er werden " + difference + " fietsen minder teruggebracht dan een jaar eerder: 2.450 tegen 2.760.\n"
        }
        // 2.450 − 2.760 = −310.
        try expectVerdict(.consistent, of: "310", in: times("310"))
        try expectVerdict(.inconsistent, of: "130", in: times("130"))
        // A year after 'dan' before the ':'; 1.185 − 960 = 225.
        let year = "Er kwamen 225 aanvragen voor een parkeervergunning meer binnen dan in 2023: 1.185 tegen 960.\n"
        try expectVerdict(.consistent, of: "225", in: year)
    }

    @Test("a third bracket, a side's bracket after the count, a pair with words of its own: no binding")
    func nearCases() throws {
        try expectUnverifiable(
            "1.365",
            in: "Junioren (4.210) hebben 1.365 spelers meer dan de pupillen (2.845) en de veteranen (1.120).\n")
        try expectUnverifiable(
            "1.635",
            in: "Met 1.635 spelers meer dan de pupillen (2.845) zijn de junioren (4.210) de grootste afdeling.\n")
        try expectUnverifiable(
            "78", in: "Noord handelde 78 meldingen meer af dan Zuid: 431 in het voorjaar tegenover 344.\n")
    }
}
