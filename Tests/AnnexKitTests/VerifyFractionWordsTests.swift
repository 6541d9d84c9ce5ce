import Foundation
import Testing

@testable import AnnexKit

/// Fractions in words whose part and whole stand in another sentence ('Een op de acht … Het ging om 1.150 … op
/// 9.200 …', 'Dat is ruim een kwart' after '…, van wie 1.040 …'), and numbers in words ('een half procentpunt',
/// 'vijftienhonderd'). In words of their own, each both ways.
@Suite("verify: fractions in words with their part and whole elsewhere, numbers in words")
struct VerifyFractionWordsTests {
    @Test(
        "The next sentence names the share's count, or opens by referring back to it",
        arguments: [
            // 1.150 of 9.200 is 12,5%: one in eight.
            ("Een op de acht", "Bij de corporatie ging het om 1.150 huurders op 9.200 contracten.", Verdict.consistent),
            ("Een op de vijf", "Bij de corporatie ging het om 1.150 huurders op 9.200 contracten.", .inconsistent),
            // 930 of 3.600 is 25,8%.
            ("Ruim een kwart", "Dat blijkt uit een telling onder 3.600 huurders, van wie 930 een regeling troffen.",
                .consistent),
            ("Ruim een derde", "Dat blijkt uit een telling onder 3.600 huurders, van wie 930 een regeling troffen.",
                .inconsistent),
        ])
    func nextSentence(share: String, next: String, expected: Verdict) throws {
        let text = share + (share.hasPrefix("Een op") ? " huurders" : " van de huurders")
            + " had vorig jaar een betalingsachterstand. " + next
        try expectVerdict(expected, of: share, in: text)
    }

    @Test("A next sentence that only counts the share's noun is tied by position: it confirms, never contradicts")
    func nextByNoun() throws {
        // 1.000 of 2.500 is four in ten.
        let next = " bezoekers kwamen met de fiets. Van de 2.500 bezoekers kwamen er 1.000 met de fiets."
        try expectVerdict(.consistent, of: "Vier op de tien", in: "Vier op de tien" + next)
        try expectVerdict(.unverifiable, of: "Drie op de tien", in: "Drie op de tien" + next)
        // Another noun: no reading.
        try expectVerdict(
            .unverifiable, of: "Vier op de tien",
            in: "Vier op de tien gezinnen fietsen. Van de 2.500 bezoekers kwamen er 1.000 met de fiets.")
    }

    @Test("'Dat is' a fraction of the part 'van wie' takes of the whole before it, also in words")
    func relativeBefore() throws {
        // 1.040 of 4.000 is 26%.
        let before = "Vierduizend gezinnen kregen hulp van de gemeente, van wie 1.040 met schulden. "
        try expectVerdict(.consistent, of: "ruim een kwart", in: before + "Dat is ruim een kwart.")
        try expectVerdict(.inconsistent, of: "ruim een derde", in: before + "Dat is ruim een derde.")
        // The country's share is of another population.
        let found = try verified(before + "Landelijk is dat een op de drie.")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("A whole that opens a quoted sentence")
    func quoted() throws {
        // 40 of 60 is two thirds.
        let before = "'Van de 60 leerlingen die we volgden, zijn er 40 geslaagd. "
        try expectVerdict(.consistent, of: "Twee derde", in: before + "Twee derde dus,' zegt de rector.")
        try expectVerdict(.inconsistent, of: "Driekwart", in: before + "Driekwart dus,' zegt de rector.")
    }

    @Test("Numbers in words: a half or a quarter of a percent or point, hundreds counted in teens")
    func numbersInWords() throws {
        let turnout = "De opkomst steeg van 61 procent naar 61,5 procent, "
        try expectVerdict(.consistent, of: "half procentpunt", in: turnout + "een half procentpunt.")
        try expectVerdict(.inconsistent, of: "anderhalf procentpunt", in: turnout + "anderhalf procentpunt.")
        // 300 of 1.500 is a fifth.
        let volunteers = "Er meldden zich vijftienhonderd vrijwilligers, waarvan 300 uit de stad: "
        try expectVerdict(.consistent, of: "een vijfde", in: volunteers + "een vijfde.")
        try expectVerdict(.inconsistent, of: "een kwart", in: volunteers + "een kwart.")
    }
}
