import Foundation
import Testing

@testable import AnnexKit

/// A change in percent of a row of a table of two years, apposed to the count of the same change ('30 leden erbij, een
/// toename van 25 procent', `apposedDifference`): that count restates the change in the row's own unit, no value of
/// another row, so the row's two values are the change's.
@Suite("verify: a change in percent of a table row beside the count of the same change")
struct VerifyApposedDifferenceRowChangeTests {
    /// Members per kind in two years.
    private let members = """
        Soort | 2023 | 2024
        Volwassenen | 320 | 336
        Jeugd | 120 | 150
        Totaal | 440 | 486

        """

    @Test("the apposed count leaves the row's pair to the change")
    func apposed() throws {
        // Jeugd: (150 − 120) / 120 = +25 %; 20 % is 30 over 150, the wrong base.
        try expectVerdict(
            .consistent, of: "25 procent",
            in: members + "Vooral de jeugd groeide: 30 leden erbij, een toename van 25 procent.")
        try expectVerdict(
            .inconsistent, of: "20 procent",
            in: members + "Vooral de jeugd groeide: 30 leden erbij, een toename van 20 procent.")
    }

    @Test("a count that is no difference, or no apposition, stays a value of its own")
    func near() throws {
        try expectUnverifiable(
            "25 procent", in: members + "Vooral de jeugd groeide: 30 leden erbij en 25 procent meer aanmeldingen.")
        try expectUnverifiable(
            "25 procent", in: members + "Vooral de jeugd groeide: 30 trainers, een toename van 25 procent.")
    }
}
