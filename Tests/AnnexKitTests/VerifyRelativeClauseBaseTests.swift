import Foundation
import Testing

@testable import AnnexKit

/// A factor of equal degree whose compared group's value stands in a relative clause right after that group ('…, drie
/// keer zo veel als in Kampen, waar 32 kramen stonden', '… als docenten, bij wie het om 840 boeken ging'): the clause's
/// value is the base, the value before the factor the subject's (`opensRelativeClause`, `ownComparisonMarker`).
@Suite("verify: a factor whose compared value stands in a relative clause")
struct VerifyRelativeClauseBaseTests {
    @Test("'…, waar 32 kramen stonden' after the place 'als' names gives the base")
    func placeClause() throws {
        let values = "Op de markt in Zwolle stonden 96 kramen, "
        let kampen = " als in Kampen, waar 32 kramen stonden."
        try expectVerdict(.consistent, of: "drie keer zo veel", in: values + "drie keer zo veel" + kampen)
        // 96 is three times 32, not four times.
        try expectVerdict(.inconsistent, of: "vier keer zo veel", in: values + "vier keer zo veel" + kampen)
    }

    @Test("'…, bij wie het om 840 boeken ging' after the people 'als' names gives the base")
    func peopleClause() throws {
        let values = "Studenten leenden vorig semester 1.260 boeken, "
        let teachers = " als docenten, bij wie het om 840 boeken ging."
        try expectVerdict(.consistent, of: "anderhalf keer zoveel", in: values + "anderhalf keer zoveel" + teachers)
        // 1.260 is one and a half times 840, not twice.
        try expectVerdict(.inconsistent, of: "twee keer zoveel", in: values + "twee keer zoveel" + teachers)
    }

    @Test("a relative clause that gives a share of the people named is no base: unverifiable")
    func shareInClause() throws {
        let text = "Studenten leenden vorig semester 1.260 boeken, twee keer zoveel als docenten, van wie 40 procent "
            + "een pas had."
        try expectVerdict(.unverifiable, of: "twee keer zoveel", in: text)
    }

    @Test("a relative clause that gives a difference of the place named is no base: unverifiable")
    func differenceInClause() throws {
        let text = "Op de markt in Zwolle stonden 96 kramen, drie keer zo veel als in Kampen, waar het er 12 meer "
            + "waren dan vorig jaar."
        try expectVerdict(.unverifiable, of: "drie keer zo veel", in: text)
    }
}
