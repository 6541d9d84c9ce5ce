import Foundation
import Testing

@testable import AnnexKit

/// The inflected adjective 'totale' ('de totale kosten') is a form of 'totaal': under a table of two times it names the
/// row labelled 'Totaal', as 'het totaal' does, when the sentence's words tell no row otherwise ('de totale kosten van
/// het onderhoud' is the maintenance row's) (`ClaimParser.uninflected`).
@Suite("verify: 'de totale …' names the total row of the table above")
struct VerifyInflectedTotalRowTests {
    /// Costs in two years; the total runs € 6.800 → € 7.300.
    private let table = """
        Kosten | 2023 | 2024
        Energie | € 4.200 | € 4.830
        Onderhoud | € 2.600 | € 2.470
        Totaal | € 6.800 | € 7.300

        """

    @Test("'De totale kosten' is the total row")
    func totalRow() throws {
        // (7.300 − 6.800) / 6.800 = +7,35 %; 6,8 % is 500 over 7.300, the later value as base.
        try expectVerdict(.consistent, of: "7,4%", in: table + "De totale kosten stegen met 7,4%.")
        try expectVerdict(.inconsistent, of: "6,8%", in: table + "De totale kosten stegen met 6,8%.")
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
