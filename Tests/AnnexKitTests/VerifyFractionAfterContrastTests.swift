import Foundation
import Testing

@testable import AnnexKit

/// A fraction in words before a comparative ('een derde langer', 'een kwart minder') in an apposition after two values
/// its sentence sets against each other is a change in percent, read as '33 procent langer' is
/// (`ClaimParser.apposedContrast`): from the smaller to the larger for a comparative of more, the reverse for one of
/// less, whichever group the text names first.
@Suite("verify: a fraction with a comparative after two contrasted values")
struct VerifyFractionAfterContrastTests {
    @Test("'een derde langer' after two waiting times")
    func thirdLonger() throws {
        // (12 − 9) / 9 = 0,333: a third longer.
        let right = "Bij de balie wachtten bezoekers 9 minuten, bij de automaat 12 minuten: een derde langer."
        try expectClaim("een derde", in: right, kind: .change, verdict: .consistent, value: 100.0 / 3)
        // (15 − 9) / 9 = 0,667: two thirds longer, not one third.
        let wrong = "Bij de balie wachtten bezoekers 9 minuten, bij de automaat 15 minuten: een derde langer."
        try expectClaim("een derde", in: wrong, kind: .change, verdict: .inconsistent)
    }

    @Test("'een kwart minder' after two counts")
    func quarterLess() throws {
        // (300 − 400) / 400 = −0,25: a quarter less.
        let text = "In Noord kwamen 400 aanvragen binnen, in Zuid 300: een kwart minder."
        try expectClaim("een kwart", in: text, kind: .change, verdict: .consistent, value: -25)
    }

    @Test("Three values leave the fraction without a pair")
    func threeValues() throws {
        // 9, 12 and 4 minutes: which two the third compares is not told.
        try expectUnverifiable(
            "een derde",
            in: "Bij de balie wachtten bezoekers 9 minuten, bij de automaat 12 minuten en online 4 minuten: een derde "
                + "langer.")
    }
}
