import Foundation
import Testing

@testable import AnnexKit

/// A count whose noun follows a word that modifies it ('150 openbare laadpalen', '1.500 nieuwe zaken'): the head after
/// the modifier names what it counts (`CountedValue.head`), so a rate per one unit or per a population binds it.
@Suite("verify: a rate whose counts name their noun after a modifier")
struct VerifyCountHeadAfterModifierTests {
    @Test("'één laadpaal op elke … auto's' over '150 openbare laadpalen voor 1.800 elektrische auto's'")
    func inverseRate() throws {
        let lead = "Er staan 150 openbare laadpalen voor 1.800 elektrische auto's: "
        try expectVerdict(.consistent, of: "12", in: lead + "één laadpaal op elke 12 auto's.")
        try expectVerdict(.inconsistent, of: "15", in: lead + "één laadpaal op elke 15 auto's.")
    }

    @Test("'Dat zijn … nieuwe zaken per 100.000 inwoners' over '36.000 aangiftezaken'")
    func populationRate() throws {
        let lead = "Bij 2,4 miljoen inwoners kwamen 36.000 aangiftezaken binnen. "
        try expectVerdict(.consistent, of: "1.500", in: lead + "Dat zijn 1.500 nieuwe zaken per 100.000 inwoners.")
        try expectVerdict(.inconsistent, of: "1.600", in: lead + "Dat zijn 1.600 nieuwe zaken per 100.000 inwoners.")
    }

    @Test("two counts of the unit's noun, or a rate that names another noun, stay unverifiable")
    func near() throws {
        let twoCars = "Er staan 150 openbare laadpalen voor 1.800 elektrische auto's en 600 gewone auto's: "
            + "één laadpaal op elke 12 auto's."
        try expectVerdict(.unverifiable, of: "12", in: twoCars)
        let other = "Bij 2,4 miljoen inwoners kwamen 36.000 aangiftezaken binnen. "
            + "Dat zijn 1.500 nieuwe klachten per 100.000 inwoners."
        try expectVerdict(.unverifiable, of: "1.500", in: other)
    }
}
