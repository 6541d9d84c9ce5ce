import Foundation
import Testing

@testable import AnnexKit

/// A share in prose under a table between bars or at tabs, closed by a total row, that names one row by its label:
/// the part is that row's value and the whole the total row's, in the one value column, or in the column the sentence
/// names by a word of its header or by its year (`TableAbove.rowsAndTotal(namedBy:years:)`,
/// `ClaimParser.labelledRowShare`). A sentence that names no column of several, a column whose rows do not add up to
/// its total, a year no column has, a share of another whole, a share of no named whole in a column that may count a
/// part of another's rows, or a word that is only the first part of a label's compound leave the share unverifiable.
@Suite("verify: a share of a row of a table between bars, of its total row")
struct VerifyTableAboveRowShareTests {
    /// Trees planted by kind: 240 + 180 + 80 = 500.
    private let trees =
        "Geplante bomen naar soort\nSoort | aantal\nKastanje | 240\nLinde | 180\nEsdoorn | 80\nTotaal | 500\n"
    /// Residents and households by district: 12.000 + 18.000 + 10.000 = 40.000; 5.000 + 7.500 + 4.500 = 17.000.
    private let districts = "Stadsdeel\tInwoners\tHuishoudens\nNoord\t12.000\t5.000\nZuid\t18.000\t7.500\n"
        + "West\t10.000\t4.500\nTotaal\t40.000\t17.000\n"
    /// Trees by kind in two years: 400 in 2024, 500 in 2025.
    private let years =
        "Soort | 2024 | 2025\nKastanje | 200 | 240\nLinde | 150 | 180\nEsdoorn | 50 | 80\nTotaal | 400 | 500\n"

    @Test(
        "The named row of the one value column's total: 240 of 500 is 48%",
        arguments: [("48", Verdict.consistent), ("52", .inconsistent)])
    func oneColumn(value: String, expected: Verdict) throws {
        let text = trees + "Kastanjes waren goed voor \(value) procent van alle geplante bomen."
        try expectVerdict(expected, of: "\(value) procent", in: text)
    }

    @Test(
        "The column the sentence names by its header: 18.000 of 40.000 is 45%, 7.500 of 17.000 is 44,1%",
        arguments: [
            ("Zuid had %@ procent van de inwoners.", "45", Verdict.consistent),
            ("Zuid had %@ procent van de inwoners.", "40", .inconsistent),
            ("In Zuid woonde %@ procent van alle huishoudens.", "44,1", .consistent),
            ("In Zuid woonde %@ procent van alle huishoudens.", "45", .inconsistent),
        ])
    func namedColumn(claim: String, value: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "\(value) procent", in: districts + String(format: claim, value))
    }

    @Test(
        "The column of the year the sentence names: 240 of 500 in 2025 is 48%",
        arguments: [("48", Verdict.consistent), ("60", .inconsistent)])
    func namedYear(value: String, expected: Verdict) throws {
        let text = years + "In 2025 waren kastanjes goed voor \(value) procent van het totaal."
        try expectVerdict(expected, of: "\(value) procent", in: text)
    }

    @Test(
        "Near cases stay unverifiable: no column named, rows that do not add up, a year of no column, another whole",
        arguments: [
            "Stadsdeel\tInwoners\tHuishoudens\nNoord\t12.000\t5.000\nZuid\t18.000\t7.500\nWest\t10.000\t4.500\n"
                + "Totaal\t40.000\t17.000\nZuid had 45 procent van het totaal.",
            "Geplante bomen naar soort\nSoort | aantal\nKastanje | 240\nLinde | 180\nEsdoorn | 80\nTotaal | 520\n"
                + "Kastanjes waren goed voor 45 procent van alle geplante bomen.",
            "Soort | 2024 | 2025\nKastanje | 200 | 240\nLinde | 150 | 180\nEsdoorn | 50 | 80\nTotaal | 400 | 500\n"
                + "Kastanjes waren goed voor 45 procent van het totaal.",
            "Soort | 2024 | 2025\nKastanje | 200 | 240\nLinde | 150 | 180\nEsdoorn | 50 | 80\nTotaal | 400 | 500\n"
                + "In 2023 waren kastanjes goed voor 45 procent van het totaal.",
            "Geplante bomen naar soort\nSoort | aantal\nKastanje | 240\nLinde | 180\nEsdoorn | 80\nTotaal | 500\n"
                + "Kastanjes stonden op 45 procent van de straten.",
            // A column that may count a part of another's rows, and a share that names no whole: of its own row?
            "Stadsdeel\tInwoners\tKinderen\nNoord\t12.000\t3.000\nZuid\t18.000\t5.400\nWest\t10.000\t2.000\n"
                + "Totaal\t40.000\t10.400\nZuid had met 45 procent het grootste aandeel kinderen.",
            // 'woning' is only the first part of 'woningcorporaties': it names no row.
            "Klanten naar soort\nSoort | aantal\nZakelijke klanten | 400\nParticuliere klanten | 500\n"
                + "Woningcorporaties | 100\nTotaal | 1.000\nDaarmee huurt 45 procent van de klanten een woning.",
        ])
    func nearCases(text: String) throws {
        try expectVerdict(.unverifiable, of: "45 procent", in: text)
    }
}
