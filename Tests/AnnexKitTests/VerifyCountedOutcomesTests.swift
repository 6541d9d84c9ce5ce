import Foundation
import Testing

@testable import AnnexKit

/// Counts of things by their outcome or spread over units: 'negatief' after a count names an outcome, not a value
/// below zero ('380 negatief'), and the units a total is spread over ('verdeeld over 9 medewerkers') are no value
/// of a mean per unit.
@Suite("verify: counts by outcome ('380 negatief') and totals spread over units")
struct VerifyCountedOutcomesTests {
    @Test(
        "A count followed by 'negatief' is a part of its sum like the others",
        arguments: [
            // 1.240 + 380 + 95 = 1.715. A wrong sum is no longer confirmed; whether the outcome words leave its
            // parts in doubt is the binding's matter (today: unverifiable, never consistent).
            ("Van de beëindigde trajecten eindigden er 1.240 positief, 380 negatief en 95 om een andere reden. "
                + "Samen 1.715.", "1.715", true),
            ("Van de beëindigde trajecten eindigden er 1.240 positief, 380 negatief en 95 om een andere reden. "
                + "Samen 1.815.", "1.815", false),
        ])
    func outcomeCounts(text: String, written: String, isRight: Bool) throws {
        let sum = try claim(written, in: text)
        #expect(sum.kind == .sum)
        #expect(sum.recomputedValue == 1_715, "\(reason(sum))")
        #expect((sum.verdict == .consistent) == isRight, "\(reason(sum))")
    }

    @Test("An amount followed by 'negatief' is still below zero")
    func negativeAmount() throws {
        let numbers = Tokenizer.tokens(Array("een resultaat van € 1,1 miljoen negatief, 380 negatief".unicodeScalars))
            .compactMap(\.number)
        #expect(numbers.map(\.value.signum) == [-1, 1])
    }

    @Test("The units a total is spread over are no value of its mean per unit: no mean of the two numbers")
    func spreadOverUnits() throws {
        // 4.230 / 9 = 470; the mean of 4.230 and 9 is 2.119,5.
        let text = "Hoeveel meldingen verwerkte het team? In 2024 waren dat er 4.230, verdeeld over 9 medewerkers: "
            + "gemiddeld 470 per persoon."
        let mean = try claim("470", in: text)
        #expect(mean.verdict != .inconsistent, "\(reason(mean))")
    }
}
