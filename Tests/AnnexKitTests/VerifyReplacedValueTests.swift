import Foundation
import Testing

@testable import AnnexKit

/// 'in plaats van' before a number names the value the number before it replaces: 'kost € 126 in plaats van € 120'
/// runs from 120 to 126, as '€ 126 tegen € 120' does (`ClaimParser.setsAgainst`).
@Suite("verify: a new value set against the one it replaces by 'in plaats van'")
struct VerifyReplacedValueTests {
    @Test("a change after a price and the price it replaces")
    func price() throws {
        // (126 − 120) / 120 = +5 %; 4,8 % is 6 over 126, the new price as base.
        try expectVerdict(
            .consistent, of: "5 procent",
            in: "Een parkeervergunning kost dit jaar € 126 in plaats van € 120, een stijging van 5 procent.")
        try expectVerdict(
            .inconsistent, of: "4,8 procent",
            in: "Een parkeervergunning kost dit jaar € 126 in plaats van € 120, een stijging van 4,8 procent.")
    }

    @Test("a count and the count it replaces")
    func count() throws {
        // (36 − 40) / 40 = −10 %.
        try expectVerdict(
            .consistent, of: "10%",
            in: "De klas telt nu 36 leerlingen in plaats van 40, een daling van 10%.")
    }

    @Test("'in plaats van' before no number gives no start")
    func near() throws {
        try expectUnverifiable(
            "5 procent",
            in: "In plaats van de oude stalling kwamen er 126 plekken, een stijging van 5 procent.")
    }
}
