import Foundation
import Testing

@testable import AnnexKit

/// Counts a rate is taken of: a count of its own noun after it is a sibling rate that leaves out its 'per' ('de
/// Regent 81 liter'); a count of two words joined by a hyphen ('312 oorlogs- en monumentale graven') counts the
/// word that completes them; a whole in tons of a rate per kilo is converted.
@Suite("verify: what a rate is taken of")
struct VerifyRateSiblingTests {
    @Test("A sibling rate after it is no part")
    func sibling() throws {
        let text = "Persing per ras:\n- Elbling: 12.000 kg, 8.880 liter\n- Auxerrois: 9.000 kg, 7.110 liter\n"
            + "- totaal: 21.000 kg\nDe Elbling gaf het minste sap (74 liter per 100 kilo), de Auxerrois het meeste "
            + "(79 liter)."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test("A count of a hyphened pair of nouns counts the last noun")
    func suspended() throws {
        // Two counts of 'bomen' (410 and 1.200): the mean per tree has no one count of trees.
        let text = "De ploeg snoeide 410 lei- en knotbomen, ruim de helft van de 1.200 bomen in het park. Zij werkte "
            + "daaraan 1.640 uur, gemiddeld 4,0 uur per boom."
        #expect(try verified(text).allSatisfy { !($0.written == "4,0" && $0.verdict == .inconsistent) })
    }

    @Test("A whole in tons of a rate per kilo")
    func tonsToKilos() throws {
        // € 9,6 mln over 3.200 ton = € 3,00 per kilo.
        let text = "De prijs per kilo kwam uit op € 3,00 (€ 9,6 mln omzet op 3.200 ton)."
        try expectVerdict(.consistent, of: "€ 3,00", in: text)
    }
}
