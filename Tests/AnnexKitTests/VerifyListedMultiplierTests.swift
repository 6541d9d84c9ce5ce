import Foundation
import Testing

@testable import AnnexKit

/// A multiplier word after the last number of a list applies to every number of the list of its order as written
/// (`Tokenizer.shareUnitWords`): '2.150, 1.480 en 1.100 miljoen' are three amounts in millions, though written above
/// 1.000; a number far from the last one's order keeps its own value.
@Suite("verify: a multiplier after a list of large numbers applies to each")
struct VerifyListedMultiplierTests {
    /// The values of the numbers of `text` as the tokenizer reads them.
    private func values(_ text: String) -> [Exact] {
        Tokenizer.tokens(Array(text.unicodeScalars)).compactMap(\.number).map(\.value)
    }

    @Test("Numbers above 1.000 of the last one's order take its multiplier")
    func shared() {
        #expect(
            values("respectievelijk 2.150, 1.480 en 1.100 miljoen liter")
                == [Exact(2_150_000_000), Exact(1_480_000_000), Exact(1_100_000_000)])
        // 1.200 is within a factor ten of 2.500: both in millions.
        #expect(values("tussen 1.200 en 2.500 miljoen") == [Exact(1_200_000_000), Exact(2_500_000_000)])
    }

    @Test("A number far from the last one's order keeps its value")
    func apart() {
        // 1.800 is 900 times 2: no list of one unit.
        #expect(values("van 1.800 tot 2 miljoen") == [Exact(1_800), Exact(2_000_000)])
        // Below 1.000 the multiplier is shared as before.
        #expect(values("tussen 4 en 900 miljoen") == [Exact(4_000_000), Exact(900_000_000)])
    }

    @Test("A total over a list in millions written in thousands of millions")
    func total() throws {
        // 2.150 + 1.480 + 1.100 = 4.730 (miljoen liter).
        let text = "De drie zuiveringen verwerkten samen %@ miljoen liter afvalwater (Noord, Midden en Zuid "
            + "respectievelijk 2.150, 1.480 en 1.100 miljoen liter)."
        try expectVerdict(.consistent, of: "4.730 miljoen", in: text.replacingOccurrences(of: "%@", with: "4.730"))
        try expectVerdict(.inconsistent, of: "4.370 miljoen", in: text.replacingOccurrences(of: "%@", with: "4.370"))
    }
}
