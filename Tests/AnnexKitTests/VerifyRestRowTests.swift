import Foundation
import Testing

@testable import AnnexKit

/// A row that is the rest of a group ('Overige provincies', 'Overig Europa') is named by prose only with a word of a
/// rest: without one, the group's word ('Europa') names the whole group, of which that row holds only the remainder,
/// so the share stays unverifiable (`ClaimParser.toldRow`).
@Suite("verify: a rest row of a table is named only as a rest")
struct VerifyRestRowTests {
    /// Students by country of origin: 3.100 + 420 + 260 + 220 = 4.000.
    private let students = "Herkomst | studenten\nNederland | 3.100\nFrankrijk | 420\nSpanje | 260\n"
        + "Overig Europa | 220\nTotaal | 4.000\n"

    @Test(
        "The rest row named with a word of a rest: 220 of 4.000 is 5,5%",
        arguments: [("5,5", Verdict.consistent), ("7,5", .inconsistent)])
    func namedRest(value: String, expected: Verdict) throws {
        let text = students + "Studenten uit het overige Europa vormden \(value) procent van het totaal."
        try expectVerdict(expected, of: "\(value) procent", in: text)
    }

    @Test("The group's word without a word of a rest names no one row: unverifiable, not 220 of 4.000")
    func groupNotRest() throws {
        // Frankrijk, Spanje and the rest of Europe together are 900 of 4.000, 22,5%: no row holds them.
        let text = students + "Buitenlandse studenten uit Europa vormden 22,5 procent van het totaal."
        try expectVerdict(.unverifiable, of: "22,5 procent", in: text)
    }
}
