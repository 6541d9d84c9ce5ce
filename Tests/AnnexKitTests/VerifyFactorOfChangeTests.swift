import Foundation
import Testing

@testable import AnnexKit

/// A factor of equal degree whose subject is a noun of change ('de stijging was drie keer zo groot') compares two
/// changes; the two levels of one change are not its values (`comparesChanges(factorAt:times:)`).
@Suite("verify: a factor that compares two changes")
struct VerifyFactorOfChangeTests {
    @Test("a factor of a change whose other change the text does not give is unverifiable")
    func otherChangeNotGiven() throws {
        let text = "Het aantal leden van de zeilclub groeide van 1.200 naar 1.380 (+15%). Bij de roeiclub was de "
            + "groei ruim drie keer zo groot."
        try expectVerdict(.unverifiable, of: "ruim drie keer zo groot", in: text)
        try expectVerdict(.consistent, of: "+15%", in: text)
    }

    @Test("a factor of the levels themselves is still read")
    func factorOfLevels() throws {
        let text = "Bij de zeilclub waren 300 leden, bij de roeiclub 1.200. De roeiclub had daarmee vier keer zoveel."
        try expectVerdict(.consistent, of: "vier keer zoveel", in: text)
        let wrong = "Bij de zeilclub waren 300 leden, bij de roeiclub 1.200. De roeiclub had daarmee zes keer zoveel."
        try expectVerdict(.inconsistent, of: "zes keer zoveel", in: wrong)
    }
}
