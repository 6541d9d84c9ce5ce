import Foundation
import Testing

@testable import AnnexKit

/// An adjective inflected in '-e' whose long vowel, written double in the closed syllable of the row's label, is
/// written once in the open syllable ('totale' of 'Totaal', 'grote' of 'Groot') names that row of the table above
/// (`ClaimParser.isInflectedAdjective`), when no other word of the stretch tells a row apart.
@Suite("verify: a table row named by the inflected form of its label ('de totale uitgaven')")
struct VerifyInflectedTotalRowTests {
    /// Expenses of a club house, per year, with their total.
    private let expenses = """
        Uitgaven | 2023 | 2024
        Huur | 12.000 | 12.600
        Energie | 4.000 | 5.400
        Totaal | 16.000 | 18.000

        """

    @Test("'de totale uitgaven' names the total row")
    func total() throws {
        // (18.000 − 16.000) / 16.000 = +12,5 %; 11,1 % is 2.000 over 18.000, the later value as base.
        try expectVerdict(.consistent, of: "12,5%", in: expenses + "De totale uitgaven stegen met 12,5%.")
        try expectVerdict(.inconsistent, of: "11,1%", in: expenses + "De totale uitgaven stegen met 11,1%.")
    }

    @Test("'het grote onderhoud' names the row 'Groot onderhoud'")
    func large() throws {
        let table = """
            Onderhoud | 2023 | 2024
            Groot onderhoud | 50.000 | 60.000
            Klein onderhoud | 30.000 | 27.000

            """
        // (60.000 − 50.000) / 50.000 = +20 %; 'onderhoud' names both rows and tells none apart.
        try expectVerdict(.consistent, of: "20 procent", in: table + "Het grote onderhoud nam met 20 procent toe.")
    }

    @Test("another word that names a row goes before the inflected adjective; no total row, no reading")
    func near() throws {
        // 'energie' names its row: (5.400 − 4.000) / 4.000 = +35 %, the total row is not taken.
        try expectVerdict(
            .consistent, of: "35%", in: expenses + "De totale uitgaven aan energie stegen met 35%.")
        let noTotal = """
            Uitgaven | 2023 | 2024
            Huur | 12.000 | 12.600
            Energie | 4.000 | 5.400

            """
        try expectUnverifiable("12,5%", in: noTotal + "De totale uitgaven stegen met 12,5%.")
    }
}
