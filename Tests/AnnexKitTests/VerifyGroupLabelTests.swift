import Foundation
import Testing

@testable import AnnexKit

/// Numbers that label a group rather than count it: a grade after 'een' before 'of hoger' ('een 7 of hoger') and a
/// range after a count ('700 tussen 40 en 65'). Neither is a part of a share or a sum.
@Suite("verify: grades and ranges that label a group")
struct VerifyGroupLabelTests {
    @Test("A grade after 'een' is no part of the share before it")
    func grade() throws {
        // 64% of 250 = 160. Before, the share took the grade 7 as its part: 7 / 250 = 2,8%, a false alarm.
        let text = "Van de 250 cursisten die het examen aflegden, haalde 64% een 7 of hoger; dat zijn 160 cursisten."
        try expectVerdict(.consistent, of: "160", in: text)
        try expectVerdict(.unverifiable, of: "40%", in: "Van de 300 leden gaf 40% een 6 of lager.")
    }

    @Test("A range after a count bounds the counted group and adds nothing to the total")
    func rangeAfterCount() throws {
        // 900 + 700 + 400 = 2.000; before, 40 and 65 were added too (2.105), a false alarm.
        let text = "Van onze 2.000 abonnees is 900 ouder dan 65 jaar, 700 tussen 40 en 65 en 400 jonger dan 40."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}
