import Foundation
import Testing

@testable import AnnexKit

/// A share in prose under the lines of a table that no total line closes: under a title that says the lines split one
/// whole ('… per wijk', '… naar leeftijd'), the whole is the sum of the lines, and a share that names one line by its
/// label is of that line (`Discourse.summedRows`, `ClaimParser.labelledRowShare`). Lines under a title that names no
/// split, a line as large as the others together (a total under a label of its own), a number in the sentence
/// besides the share, or a share of another whole leave the share unverifiable.
@Suite("verify: a share of a row of a table without a total line")
struct VerifyRowsWithoutTotalShareTests {
    /// Bicycle thefts by district: 210 + 390 + 300 = 900.
    private let rows = "Fietsdiefstallen per wijk\nHaven: 210\nCentrum: 390\nStation: 300\n"

    @Test(
        "The line the sentence names, of the lines' sum: 390 of 900 is 43,3%, 300 of 900 is 33,3%",
        arguments: [
            ("Het centrum had met %@ procent het grootste aandeel in het totaal.", "43", Verdict.consistent),
            ("Het centrum had met %@ procent het grootste aandeel in het totaal.", "50", .inconsistent),
            ("Bij het station vond %@ procent van de diefstallen plaats.", "33", .consistent),
            ("Bij het station vond %@ procent van de diefstallen plaats.", "38", .inconsistent),
        ])
    func namedRow(claim: String, value: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "\(value) procent", in: rows + String(format: claim, value))
    }

    @Test(
        "Near cases stay unverifiable: no split, a total of its own, a number besides the share, another whole",
        arguments: [
            "Fietsdiefstallen\nHaven: 210\nCentrum: 390\nStation: 300\nHet centrum had 50 procent van het totaal.",
            "Fietsdiefstallen per wijk\nHaven: 210\nCentrum: 390\nStation: 300\nStad: 900\n"
                + "Het centrum had 50 procent van het totaal.",
            "Fietsdiefstallen per wijk\nHaven: 210\nCentrum: 390\nStation: 300\n"
                + "Het centrum had in 3 maanden 50 procent van het totaal.",
            "Fietsdiefstallen per wijk\nHaven: 210\nCentrum: 390\nStation: 300\n"
                + "Het centrum had 50 procent van de inwoners.",
        ])
    func nearCases(text: String) throws {
        try expectVerdict(.unverifiable, of: "50 procent", in: text)
    }
}
