import Foundation
import Testing

@testable import AnnexKit

/// Prose under a table of two years may state the change of one row in each stretch of a sentence ('…, met 2,5
/// procentpunt; bij de auto daalde het met 1,3 procentpunt'): each number is the only one of its stretch, the
/// stretch's words tell its row apart and say its direction.
@Suite("verify: a change per stretch of a row of the table above")
struct VerifyTableRowPerStretchTests {
    static let table = """
        Aandeel verplaatsingen naar vervoerwijze
        Vervoerwijze | 2022 | 2023
        Fiets | 41,0% | 43,5%
        Auto | 38,2% | 36,9%
        Openbaar vervoer | 12,4% | 12,1%

        """

    @Test("two stretches split by a semicolon, each naming its own row")
    func twoStretches() throws {
        let text = { (bike: String, car: String) in
            Self.table + "Bij de fiets steeg het aandeel het sterkst, met " + bike
                + " procentpunt; bij de auto daalde het met " + car + " procentpunt.\n"
        }
        // Fiets 43,5 − 41,0 = +2,5; auto 36,9 − 38,2 = −1,3.
        try expectClaim("2,5 procentpunt", in: text("2,5", "1,3"), kind: .points, verdict: .consistent, value: 2.5)
        try expectClaim("1,3 procentpunt", in: text("2,5", "1,3"), kind: .points, verdict: .consistent, value: -1.3)
        try expectVerdict(.inconsistent, of: "3,5 procentpunt", in: text("3,5", "1,3"))
        try expectVerdict(.inconsistent, of: "3,1 procentpunt", in: text("2,5", "3,1"))
    }

    @Test("two numbers in one stretch, or a stretch with no direction of its own: no row's change")
    func nearCases() throws {
        // The only direction of the sentence is the first stretch's: 'ging het om' says none for the car.
        try expectUnverifiable(
            "1,3 procentpunt",
            in: Self.table + "Bij de fiets steeg het aandeel het sterkst, met 2,5 procentpunt; bij de auto ging het om"
                + " 1,3 procentpunt.\n")
    }

    @Test("two clauses joined by a comma, each with its own verb of change, are each a stretch that names its row")
    func commaClauses() throws {
        // Fiets 43,5 − 41,0 = +2,5; auto 36,9 − 38,2 = −1,3 (verify214: `changeConjuncts` splits at the comma).
        let text =
            Self.table + "Bij de fiets steeg het aandeel met 2,5 procentpunt, bij de auto daalde het met 1,3"
            + " procentpunt.\n"
        try expectClaim("2,5 procentpunt", in: text, kind: .points, verdict: .consistent, value: 2.5)
    }
}
