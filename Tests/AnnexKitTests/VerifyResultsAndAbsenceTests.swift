import Foundation
import Testing

@testable import AnnexKit

/// Three readings met in financial and explanatory prose: a total a clause arrives at ('met 14,5 fte komt dat op 1,4
/// miljoen euro') is the claim, not the rate before it; an amount after 'verlies van' is a result below zero; a share
/// of what is absent ('… een taxatie ontbrak') is not the share of the part the sentence before stated as present.
@Suite("verify: totals arrived at, losses, shares of what is absent")
struct VerifyResultsAndAbsenceTests {
    @Test(
        "A total after 'komt dat (neer) op' is the product of the rate and the units before it",
        arguments: [
            // 98.000 × 14,5 = 1.421.000; 6,5 × 130 = 845.
            ("De kosten bedragen 98.000 euro per fte; met 14,5 fte komt dat op ruim 1,4 miljoen euro.",
                "ruim 1,4 miljoen", 1_421_000.0, true),
            ("De kosten bedragen 98.000 euro per fte; met 14,5 fte komt dat op bijna 1,1 miljoen euro.",
                "bijna 1,1 miljoen", 1_421_000.0, false),
            ("Een begeleider besteedt 6,5 uur per cliënt; met 130 cliënten komt dat neer op 845 uur.",
                "845", 845.0, true),
            ("Een begeleider besteedt 6,5 uur per cliënt; met 130 cliënten komt dat neer op 900 uur.",
                "900", 845.0, false),
        ])
    func arrivedTotal(text: String, written: String, product: Double, isRight: Bool) throws {
        let found = try verified(text)
        #expect(found.count == 1, "the rate is no claim of its own: \(found.map(\.written))")
        let total = try claim(written, in: text)
        #expect(total.kind == .count)
        #expect(total.recomputedValue == product, "\(reason(total))")
        #expect(total.verdict == (isRight ? .consistent : .inconsistent), "\(reason(total))")
    }

    @Test("An amount after 'verlies van' is below zero; a count after it is not")
    func lossIsBelowZero() {
        let numbers = Tokenizer.tokens(Array("een verlies van 2,8 miljoen euro en een verlies van 300 banen"
            .unicodeScalars)).compactMap(\.number)
        #expect(numbers.map(\.value.signum) == [-1, 1])
    }

    @Test("A change from a profit to a loss is not read as a rise from one amount to the other")
    func profitToLoss() throws {
        // From +1,1 to −2,8 million is 3,9 million worse; read as 1,1 → 2,8 it was a rise of 1,7 million.
        let text = "De instelling sloot 2025 af met een verlies van 2,8 miljoen euro, na een winst van 1,1 miljoen "
            + "euro een jaar eerder. Een verslechtering van 3,9 miljoen euro."
        let change = try claim("3,9 miljoen", in: text)
        #expect(change.verdict != .inconsistent, "\(reason(change))")
    }

    @Test(
        "A share of what is absent does not take the part the sentence before stated as present",
        arguments: [
            // 160 of 640 have one (a quarter); three in four lack one.
            ("Van de 640 dossiers bevatten er 160 een risicotaxatie. Dat betekent dat in drie op de vier dossiers "
                + "een taxatie ontbrak.", "drie op de vier", Verdict.unverifiable),
            ("Van de 640 dossiers bevatten er 160 geen risicotaxatie. In drie op de vier dossiers was er wel een.",
                "drie op de vier", .unverifiable),
            // The same polarity on both sides still binds, right or wrong.
            ("Van de 640 dossiers bevatten er 160 een risicotaxatie. Dat is een op de vier.", "een op de vier",
                .consistent),
            ("Van de 640 dossiers bevatten er 160 geen risicotaxatie. Dat is een op de vier.", "een op de vier",
                .consistent),
            ("Van de 640 dossiers bevatten er 160 een risicotaxatie. Dat is een op de drie.", "een op de drie",
                .inconsistent),
        ])
    func absence(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("'niet' in a hedge ('niet meer dan') says nothing is absent")
    func hedgingNot() {
        func says(_ text: String) -> Bool { Lexicon.saysAbsence(Tokenizer.tokens(Array(text.unicodeScalars))) }
        #expect(!says("dat is niet meer dan een kwart"))
        #expect(says("bij een kwart was die er niet"))
        #expect(says("in 480 dossiers ontbrak een taxatie"))
    }
}
