import Foundation
import Testing

@testable import AnnexKit

/// A difference or a change in points in an apposition right after the two values its own sentence contrasts in two
/// clauses (`apposedContrast(for:unit:)`): the group the apposition names is the new side; naming neither, only the
/// size is checked.
@Suite("verify: a comparison in an apposition after the two values its sentence contrasts")
struct VerifyApposedContrastTests {
    @Test("'in Hoorn 5, in Alkmaar 8: drie meer' names neither group: 8 − 5")
    func unnamedCounts() throws {
        let lead = "In Hoorn telt de gemeente 5 zwembaden, in Alkmaar 8: "
        try expectVerdict(.consistent, of: "drie", in: lead + "drie meer.")
        try expectVerdict(.inconsistent, of: "vijf", in: lead + "vijf meer.")
    }

    @Test("'Meisjes sliepen 7,5 uur, jongens 6,5 uur: meisjes dus …': the group the apposition names is the new side")
    func namedSide() throws {
        let lead = "Meisjes sliepen 7,5 uur, jongens 6,5 uur: "
        try expectVerdict(.consistent, of: "1,0", in: lead + "meisjes dus 1,0 uur langer.")
        try expectVerdict(.inconsistent, of: "1,0", in: lead + "jongens dus 1,0 uur langer.")
    }

    @Test("'Zeeland 31%, Drenthe 27%, dat is 4 procentpunt meer': points between two percentages")
    func points() throws {
        let lead = "Aandeel leerlingen met een sportdiploma: Zeeland 31%, Drenthe 27%, dat is "
        try expectVerdict(.consistent, of: "4 procentpunt", in: lead + "4 procentpunt meer.")
        try expectVerdict(.inconsistent, of: "6 procentpunt", in: lead + "6 procentpunt meer.")
    }

    @Test("'… in Alkmaar 8: 60 procent meer': a change in percent that names neither group runs from the smaller")
    func unnamedPercent() throws {
        let lead = "In Hoorn telt de gemeente 5 zwembaden, in Alkmaar 8: "
        try expectVerdict(.consistent, of: "60 procent", in: lead + "60 procent meer.")
        try expectVerdict(.inconsistent, of: "40 procent", in: lead + "40 procent meer.")
    }

    @Test("a third value of the unit, or a base the apposition names by 'dan', leaves it unverifiable")
    func near() throws {
        try expectVerdict(
            .unverifiable, of: "drie",
            in: "In Hoorn telt de gemeente 5 zwembaden, in Alkmaar 8 en in Enkhuizen 2: drie meer.")
        try expectVerdict(
            .unverifiable, of: "drie",
            in: "In Hoorn telt de gemeente 5 zwembaden, in Alkmaar 8: drie meer dan in Purmerend.")
    }
}
