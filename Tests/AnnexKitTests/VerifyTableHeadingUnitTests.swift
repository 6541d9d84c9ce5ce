import Foundation
import Testing

@testable import AnnexKit

/// A table's header cell or title that closes on a bracket of percent ('(%)', '(in % van de leden)') makes the bare
/// numbers under it percentages (`PercentHeading`): a change in points of one of its rows can then be recomputed.
@Suite("verify: a heading's bracket of percent makes bare values percentages")
struct VerifyPercentHeadingTests {
    /// Turn-out per district, the unit in the label cell of the header.
    static let table = """
        Opkomst (%) | 2019 | 2023
        Centrum | 61,5 | 64,0
        Haven | 55,2 | 53,8
        Dorp | 70,4 | 71,1

        """

    @Test("a table whose header's label cell closes on '(%)'")
    func tableHeader() throws {
        // Centrum 64,0 − 61,5 = +2,5 points.
        let text = { (points: String) in Self.table + "In het Centrum steeg de opkomst met \(points) procentpunt.\n" }
        try expectClaim("2,5 procentpunt", in: text("2,5"), kind: .points, verdict: .consistent, value: 2.5)
        try expectVerdict(.inconsistent, of: "3,5 procentpunt", in: text("3,5"))
    }

    @Test("no bracket of percent, or a bracket of a scale: bare values stay counts")
    func nearCases() throws {
        let plain = Self.table.replacingOccurrences(of: "Opkomst (%)", with: "Opkomst")
        try expectUnverifiable("3,5 procentpunt", in: plain + "In het Centrum steeg de opkomst met 3,5 procentpunt.\n")
        let scaled = Self.table.replacingOccurrences(of: "Opkomst (%)", with: "Opkomst (x 1.000)")
        try expectUnverifiable("3,5 procentpunt", in: scaled + "In het Centrum steeg de opkomst met 3,5 procentpunt.\n")
    }
}

/// Under a table of percentages, 'het percentage' (or 'het aandeel') before a phrase that names a row names the
/// table's own quantity, no other quantity of that row (`TimedRowSubject`).
@Suite("verify: 'het percentage in X' under a table of percentages")
struct VerifyPercentageOfRowTests {
    @Test("the percentage of a row, and another quantity of it")
    func percentageOfRow() throws {
        let text = { (subject: String, points: String) in
            VerifyPercentHeadingTests.table + "\(subject) in Haven daalde met \(points) procentpunt.\n"
        }
        // Haven 53,8 − 55,2 = −1,4 points.
        try expectClaim(
            "1,4 procentpunt", in: text("Het percentage", "1,4"), kind: .points, verdict: .consistent, value: -1.4)
        try expectVerdict(.inconsistent, of: "2,4 procentpunt", in: text("Het percentage", "2,4"))
        // The waiting time in Haven is no row of the table.
        try expectUnverifiable("2,4 procentpunt", in: text("De wachttijd", "2,4"))
    }
}

/// An en dash that opens a bracket right before a number is its minus sign ('achteruit (–0,3)'): no range opens with
/// its dash (`Tokenizer`). The signed number is then the change of the row the sentence names.
@Suite("verify: an en dash opening a bracket as a minus sign")
struct VerifyBracketEnDashTests {
    static let table = """
        Cijfer tevredenheid per wijk:
        Wijk | 2021 | 2023
        Noordhoek | 6,4 | 7,0
        Kerkbuurt | 7,2 | 6,9
        Veldzicht | 5,8 | 6,5

        """

    @Test("a row's fall written with an en dash in brackets")
    func enDashInBrackets() throws {
        // Kerkbuurt 6,9 − 7,2 = −0,3.
        let text = { (fall: String) in Self.table + "Alleen Kerkbuurt ging achteruit (–\(fall)).\n" }
        try expectClaim("–0,3", in: text("0,3"), kind: .difference, verdict: .consistent, value: -0.3)
        try expectVerdict(.inconsistent, of: "–0,5", in: text("0,5"))
    }

    @Test("a range between two numbers keeps its dash")
    func rangeKeepsDash() throws {
        // 'tussen 6,4–7,0' is a range of two values, no fall of 7,0.
        try expectUnverifiable(
            "7,0", in: Self.table + "De cijfers lagen tussen 6,4–7,0 (Noordhoek) en 5,8–6,5 (Veldzicht).\n")
    }
}

/// A header cell that holds only a word of scale, with or without a currency sign ('duizend', '€ duizend'), names
/// the column and states its scale (`TableCell`): it is no value of a thousand, so the table has a header and its
/// total row sums the body rows only.
@Suite("verify: a header cell of a word of scale")
struct VerifyScaleWordHeaderTests {
    static func table(_ unit: String, total: String) -> String {
        "Uitgaven 2024 | \(unit)\nPersoneel | 2.350\nHuisvesting | 415\nOverig | 198\nTotaal | \(total)\n"
    }

    @Test("the total row sums the body rows under a header of '€ duizend' or 'duizend'")
    func totalUnderScaleWord() throws {
        // 2.350 + 415 + 198 = 2.963; a header of a thousand would make it 3.963.
        try expectClaim("2.963", in: Self.table("€ duizend", total: "2.963"), kind: .sum, verdict: .consistent,
            value: 2963)
        try expectClaim("2.963", in: Self.table("duizend", total: "2.963"), kind: .sum, verdict: .consistent,
            value: 2963)
        try expectVerdict(.inconsistent, of: "2.973", in: Self.table("€ duizend", total: "2.973"))
    }

    @Test("a header cell with digits of its scale is read as before")
    func nearCase() throws {
        try expectUnverifiable("2.973", in: Self.table("€ 1.000", total: "2.973"))
    }
}
