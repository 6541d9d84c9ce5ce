import Foundation
import Testing

@testable import AnnexKit

/// 'Het verschil tussen A en B bedraagt X' after a sentence with three or more values: the pair is found by the names
/// of A and B, not by nearness. In words of their own, both ways, and open when a name is not found.
@Suite("verify: a difference between two named values of several")
struct VerifyNamedDifferenceTests {
    @Test(
        "The two values the names pick, whatever their order and however many there are",
        arguments: [
            // Assen 96, Emmen 71, Hoogeveen 58: Assen − Hoogeveen = 38.
            ("Het verschil tussen Assen en Hoogeveen bedraagt 38 woningen.", "38", Verdict.consistent),
            ("Het verschil tussen Assen en Hoogeveen bedraagt 25 woningen.", "25", .inconsistent),
            // Emmen − Hoogeveen = 13, named the other way round.
            ("Het verschil tussen Hoogeveen en Emmen is 13 woningen.", "13", .consistent),
            ("Het verschil tussen Hoogeveen en Emmen is 25 woningen.", "25", .inconsistent),
            ("Het verschil tussen Emmen en Assen bedroeg ruim 20 woningen.", "ruim 20", .consistent),
        ])
    func threeTowns(claim: String, written: String, expected: Verdict) throws {
        let before = "In Assen werden vorig jaar 96 woningen opgeleverd, in Emmen 71 en in Hoogeveen 58. "
        try expectVerdict(expected, of: written, in: before + claim)
    }

    @Test("Names of two words and values listed after a colon")
    func namesOfTwoWords() throws {
        // Den Bosch 412, Oss 288, Uden 190, Veghel 245: Den Bosch − Veghel = 167.
        let before = "Aantal inschrijvingen per kern: Den Bosch 412, Oss 288, Uden 190 en Veghel 245. "
        try expectVerdict(.consistent, of: "167", in: before + "Het verschil tussen Den Bosch en Veghel bedraagt 167.")
        try expectVerdict(
            .inconsistent, of: "124", in: before + "Het verschil tussen Den Bosch en Veghel bedraagt 124.")
    }

    @Test("A name no value or several values hold leaves the difference open")
    func nameNotFound() throws {
        let before = "In Assen werden vorig jaar 96 woningen opgeleverd, in Emmen 71 en in Hoogeveen 58. "
        // Meppel has no value; 'woningen' is the noun of every value.
        for claim in [
            "Het verschil tussen Assen en Meppel bedraagt 10 woningen.",
            "Het verschil tussen Assen en woningen bedraagt 10.",
        ] {
            let found = try verified(before + claim)
            #expect(found.allSatisfy { $0.verdict != .inconsistent && $0.verdict != .consistent }, "\(claim)")
        }
    }
}
