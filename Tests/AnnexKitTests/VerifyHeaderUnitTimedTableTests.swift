import Foundation
import Testing

@testable import AnnexKit

/// A table of two times whose last header cell closes with the unit or scale of its values in brackets ('2022
/// (ton)', '2022 (x 1.000)') is still a table of two years (`TimedTable`): the bracket says what the values are in,
/// not which time the column is of. Prose under it that names a row states that row's change.
@Suite("verify: a table of two years whose last header cell holds a unit in brackets")
struct VerifyHeaderUnitTimedTableTests {
    /// Fish landed per species, the later column headed with its unit.
    private let table = """
        Vissoort | 2021 | 2022 (ton)
        Haring | 520,0 | 468,0
        Makreel | 310,0 | 341,0
        Kabeljauw | 88,0 | 77,0

        """

    @Test("a change of the row the sentence names, signed or with a verb")
    func rowChange() throws {
        // (468 − 520) / 520 = −10,0 %.
        try expectVerdict(.consistent, of: "-10,0%", in: table + "Haring daalde het sterkst: -10,0%.")
        try expectVerdict(.inconsistent, of: "-12,0%", in: table + "Haring daalde het sterkst: -12,0%.")
        // (341 − 310) / 310 = +10,0 %.
        try expectVerdict(.consistent, of: "10 procent", in: table + "Makreel groeide met 10 procent.")
    }

    @Test("a bracket of percent or a scale leaves what the words cannot tell unread")
    func near() throws {
        // Shares in percent: a change of 2 may be in points or in percent of the share.
        try expectUnverifiable(
            "2 procent",
            in: "Vissoort | 2021 | 2022 (%)\nHaring | 40 | 42\nMakreel | 35 | 33\nKabeljauw | 25 | 25\n"
                + "Haring steeg met 2 procent.")
        // A scale in the header: a difference of 52 may be 52 or 52.000 ton.
        try expectUnverifiable(
            "52", in: "Vissoort | 2021 | 2022 (x 1.000 ton)\nHaring | 520 | 468\nMakreel | 310 | 341\n"
                + "Kabeljauw | 88 | 77\nHaring daalde met 52.")
    }
}
