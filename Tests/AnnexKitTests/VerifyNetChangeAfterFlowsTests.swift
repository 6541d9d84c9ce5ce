import Foundation
import Testing

@testable import AnnexKit

/// A net change alone in its sentence ('Per saldo groeide het aantal leden met 64') after a sentence that gives one
/// inflow and one outflow of the noun it counts ('… 311 leden ingeschreven en 247 leden uitgeschreven'): the inflow
/// less the outflow. The noun may be the one 'het aantal' names; a register's words ('ingeschreven', 'afgemeld') are
/// words of flow, and the words before an 'en' after a count are that count's.
@Suite("verify: a net change after the flows of the sentence before")
struct VerifyNetChangeAfterFlowsTests {
    @Test("the inflow less the outflow of the sentence before")
    func flowsBefore() throws {
        let text = { (net: String) in
            "In 2024 werden bij de bibliotheek 311 leden ingeschreven en 247 leden uitgeschreven. Per saldo groeide het"
                + " aantal leden met " + net + ".\n"
        }
        // 311 − 247 = 64.
        try expectClaim("64", in: text("64"), kind: .difference, verdict: .consistent, value: 64)
        try expectVerdict(.inconsistent, of: "46", in: text("46"))
        // The noun after the count, and a register's other words: 520 − 455 = 65.
        try expectVerdict(
            .consistent, of: "65",
            in: "Dit jaar werden 520 katten aangemeld en 455 katten afgemeld. Per saldo kwamen er 65 katten bij.\n")
    }

    @Test("another noun, flows with no noun, or another number in the net change's sentence: no balance")
    func nearCases() throws {
        // The flows count members, the net change households.
        try expectUnverifiable(
            "46",
            in: "In 2024 werden 311 leden ingeschreven en 247 leden uitgeschreven. Per saldo groeide het aantal"
                + " huishoudens met 46.\n")
        // The flows name no noun of their own.
        try expectUnverifiable(
            "46",
            in: "In 2024 werden er 311 ingeschreven en 247 uitgeschreven. Per saldo groeide het aantal leden met 46.\n")
        // Another number beside the net change: it may be net of more than these flows.
        try expectUnverifiable(
            "46",
            in: "In 2024 werden 311 leden ingeschreven en 247 leden uitgeschreven. Per saldo groeide het aantal leden,"
                + " met 12 overgeschreven leden, met 46.\n")
    }
}
