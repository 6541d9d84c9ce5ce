import Foundation
import Testing

@testable import AnnexKit

/// A count after a colon that restates a share of the sentence before's whole ('Daarvan is 15% …: 360 kinderen'), or
/// of a fraction in words ('Een op de vier van hen …: 2.250 reizigers'): written from the share, it may confirm it,
/// never contradict it.
@Suite("verify: a count after a colon restating a share of an earlier whole")
struct VerifyDerivedCountAfterColonTests {
    @Test("A percentage of the whole of the sentence before")
    func percentageOfEarlierWhole() throws {
        // 15% of 2.400 = 360.
        let text = "De bibliotheek heeft 2.400 leden. Daarvan is 15% jonger dan twaalf: 360 kinderen."
        try expectVerdict(.consistent, of: "15%", in: text)
        // 306 / 2.400 = 12,75%: the count or the share is wrong, and which one the text does not say.
        let slip = "De bibliotheek heeft 2.400 leden. Daarvan is 15% jonger dan twaalf: 306 kinderen."
        try expectUnverifiable("15%", in: slip)
        // A count of the noun the share's sentence names its whole by is the part: 45 / 900 = 5%, not 15%.
        let part = "De club telt 3.000 leden, onder wie 900 jeugdleden. "
            + "Van die jeugdleden speelt 15% in de competitie: 45 jeugdleden."
        try expectVerdict(.inconsistent, of: "15%", in: part)
    }

    @Test("A fraction in words")
    func fractionInWords() throws {
        // 9.000 / 4 = 2.250.
        let text = "Het festival trok 9.000 bezoekers. Een op de vier van hen kwam met de trein: 2.250 reizigers."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
        let slip = "Het festival trok 9.000 bezoekers. Een op de vier van hen kwam met de trein: 2.520 reizigers."
        #expect(try verified(slip).allSatisfy { $0.verdict != .inconsistent })
    }
}
