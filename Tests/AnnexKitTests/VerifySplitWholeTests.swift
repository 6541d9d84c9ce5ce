import Foundation
import Testing

@testable import AnnexKit

/// 'Van de W … A … en B' with no word of summing: parts short of the whole may be a selection of its categories.
@Suite("verify: a whole split up without a word of summing")
struct VerifySplitWholeTests {
    @Test("Parts short of the whole confirm nothing and contradict nothing; parts that add up confirm it")
    func selection() throws {
        // 410 + 150 = 560 of 700: a selection (those over 80 and those of 70 to 80), no claim that they add up.
        let selection = "Van de 700 bewoners van het verpleeghuis waren er 410 ouder dan 80 jaar en 150 tussen 70 en "
            + "80 jaar."
        try expectVerdict(.unverifiable, of: "700", in: selection)
        // 430 + 270 = 700.
        try expectVerdict(.consistent, of: "700", in: "Van de 700 bewoners waren er 430 vrouw en 270 man.")
        // 430 + 290 = 720: more than the whole, which no split can be.
        try expectVerdict(.inconsistent, of: "700", in: "Van de 700 bewoners waren er 430 vrouw en 290 man.")
    }
}
