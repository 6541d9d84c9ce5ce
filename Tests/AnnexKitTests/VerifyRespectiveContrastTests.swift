import Foundation
import Testing

@testable import AnnexKit

/// 'De markten op woensdag en zaterdag trokken respectievelijk 2.150 en 3.400 bezoekers': two words joined by 'en'
/// before 'respectievelijk' and the two values joined by 'en' after it are a contrast of two groups, in that order,
/// for the sentence after to compare ('Op zaterdag kwamen er daarmee 1.250 meer dan op woensdag'), as two clauses
/// that each name their group are (`ClaimParser.respectiveContrast`).
@Suite("verify: a comparison after two groups' values given 'respectievelijk'")
struct VerifyRespectiveContrastTests {
    private let markets = "De markten op woensdag en zaterdag trokken respectievelijk 2.150 en 3.400 bezoekers."

    @Test("The difference runs from the group compared with to the subject's")
    func difference() throws {
        // 3.400 − 2.150 = 1.250 more on Saturday.
        let right = markets + " Op zaterdag kwamen er daarmee 1.250 meer dan op woensdag."
        try expectClaim("1.250", in: right, kind: .difference, verdict: .consistent)
        let wrong = markets + " Op zaterdag kwamen er daarmee 1.350 meer dan op woensdag."
        try expectClaim("1.350", in: wrong, kind: .difference, verdict: .inconsistent)
    }

    @Test("A percentage of the comparison takes the group compared with as its base")
    func percentage() throws {
        // (2.150 − 3.400) / 3.400 = −36,8 %: fewer on Wednesday than on Saturday.
        let right = markets + " Op woensdag kwamen er daarmee 1.250 minder dan op zaterdag, ofwel 36,8% minder."
        try expectClaim("36,8%", in: right, kind: .change, verdict: .consistent)
        // 1.250 / 2.150 = 58,1 %: the Wednesday count as the base is the wrong one.
        let wrong = markets + " Op woensdag kwamen er daarmee 1.250 minder dan op zaterdag, ofwel 58,1% minder."
        try expectClaim("58,1%", in: wrong, kind: .change, verdict: .inconsistent)
    }

    @Test("Three groups and three values give no contrast of two")
    func threeGroups() throws {
        let text = "De markten op woensdag, vrijdag en zaterdag trokken respectievelijk 2.150, 2.900 en 3.400"
            + " bezoekers. Op zaterdag kwamen er daarmee 1.250 meer dan op woensdag."
        try expectUnverifiable("1.250", in: text)
    }
}
