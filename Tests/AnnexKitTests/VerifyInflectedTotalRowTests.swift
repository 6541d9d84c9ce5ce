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

    /// Costs in two years; the total runs € 6.800 → € 7.300.
    private let costs = """
        Kosten | 2023 | 2024
        Energie | € 4.200 | € 4.830
        Onderhoud | € 2.600 | € 2.470
        Totaal | € 6.800 | € 7.300

        """

    @Test("'De totale kosten' is the total row")
    func totalRow() throws {
        // (7.300 − 6.800) / 6.800 = +7,35 %; 6,8 % is 500 over 7.300, the later value as base.
        try expectVerdict(.consistent, of: "7,4%", in: costs + "De totale kosten stegen met 7,4%.")
        try expectVerdict(.inconsistent, of: "6,8%", in: costs + "De totale kosten stegen met 6,8%.")
    }

    @Test("'totale' under a table with no total row tells no row")
    func untold() throws {
        let noTotal = """
            Kosten | 2023 | 2024
            Energie | € 4.200 | € 4.830
            Onderhoud | € 2.600 | € 2.470

            """
        try expectUnverifiable("7,4%", in: noTotal + "De totale kosten stegen met 7,4%.")
    }
}
