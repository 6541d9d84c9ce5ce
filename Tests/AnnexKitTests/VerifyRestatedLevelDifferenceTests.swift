import Foundation
import Testing

@testable import AnnexKit

/// A level and, in the clause right after it, its difference from another time without that time's value: the change
/// in percent runs from the level less the difference to the level (`restatedLevel(ofDifference:)`).
@Suite("verify: a level, then its difference from another time")
struct VerifyRestatedLevelDifferenceTests {
    @Test("'540 …, 60 meer dan vorig jaar. Dat is een toename van …': from 480 to 540")
    func nextSentence() throws {
        // 60 on 480 is 12,5 percent.
        let level = "Het asiel ving dit jaar 540 honden op, 60 meer dan vorig jaar. "
        try expectVerdict(.consistent, of: "12,5 procent", in: level + "Dat is een toename van 12,5 procent.")
        try expectVerdict(.inconsistent, of: "14,5 procent", in: level + "Dat is een toename van 14,5 procent.")
    }

    @Test("'7.650 …, 850 minder dan vorig jaar, een daling van …' in one sentence: from 8.500 to 7.650")
    func sameSentence() throws {
        let level = "De bibliotheek leende dit jaar 7.650 boeken uit, 850 minder dan vorig jaar, een daling van "
        try expectVerdict(.consistent, of: "10 procent", in: level + "10 procent.")
        try expectVerdict(.inconsistent, of: "13 procent", in: level + "13 procent.")
    }

    @Test("a clause before with two counts gives no level: unverifiable")
    func twoCountsBefore() throws {
        let text = "Van de 900 aanvragen keurde de gemeente er 540 goed, 60 meer dan vorig jaar. "
            + "Dat is een toename van 12,5 procent."
        try expectVerdict(.unverifiable, of: "12,5 procent", in: text)
    }
}
