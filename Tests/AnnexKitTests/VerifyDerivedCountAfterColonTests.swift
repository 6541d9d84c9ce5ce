import Foundation
import Testing

@testable import AnnexKit

/// A count after a colon that restates a fraction in words of a whole in the same sentence ('Van de 9.000 bezoekers
/// kwam een op de vier …: 2.250 reizigers'): written from the share, it may confirm it, never contradict it, as for a
/// percentage. A whole of the sentence before keeps the count the share's part.
@Suite("verify: a count after a colon restating a fraction in words")
struct VerifyDerivedCountAfterColonTests {
    @Test("A fraction in words of a whole in its sentence")
    func fractionInWords() throws {
        // 9.000 / 4 = 2.250.
        let text = "Van de 9.000 bezoekers kwam een op de vier met de trein: 2.250 reizigers."
        try expectVerdict(.consistent, of: "een op de vier", in: text)
        // 2.520 / 9.000 = 28%: the count or the fraction is wrong, and which one the text does not say.
        let slip = "Van de 9.000 bezoekers kwam een op de vier met de trein: 2.520 reizigers."
        try expectUnverifiable("een op de vier", in: slip)
    }

    @Test("A whole of the sentence before keeps the count the share's part")
    func earlierWhole() throws {
        // 306 / 2.400 = 12,75%, not 15%.
        let text = "De bibliotheek heeft 2.400 leden. Daarvan is 15% jonger dan twaalf: 306 kinderen."
        try expectVerdict(.inconsistent, of: "15%", in: text)
    }
}
