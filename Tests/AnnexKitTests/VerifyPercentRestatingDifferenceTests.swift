import Foundation
import Testing

@testable import AnnexKit

/// A percentage alone in an apposition after a signed difference ('… 300 uitleningen minder, ofwel 12 procent'):
/// the same difference relative to its start, a change and no share (`restatedDifferenceSign(ofPercent:)`).
@Suite("verify: a percentage that restates a difference in an apposition")
struct VerifyPercentRestatingDifferenceTests {
    @Test("'… van 2.500 naar 2.200. Dat zijn 300 uitleningen minder, ofwel …'")
    func decrease() throws {
        let lead = "Het aantal uitleningen van de bibliotheek daalde van 2.500 naar 2.200. "
        try expectVerdict(
            .consistent, of: "12 procent", in: lead + "Dat zijn 300 uitleningen minder, ofwel 12 procent.")
        try expectVerdict(
            .inconsistent, of: "15 procent", in: lead + "Dat zijn 300 uitleningen minder, ofwel 15 procent.")
    }

    @Test("a hedged percentage after a difference in millions: 'Dat zijn er 0,6 miljoen meer, zo'n …'")
    func hedgedIncrease() throws {
        let lead = "Het aantal treinreizen op de lijn groeide tussen 2021 en 2024 van 4,0 miljoen naar 4,6 miljoen. "
        try expectVerdict(
            .consistent, of: "zo'n 15 procent", in: lead + "Dat zijn er 0,6 miljoen meer, zo'n 15 procent.")
        try expectVerdict(
            .inconsistent, of: "zo'n 25 procent", in: lead + "Dat zijn er 0,6 miljoen meer, zo'n 25 procent.")
    }

    @Test("a part with its share after ', ofwel', and a share a verb of change reaches, keep their share reading")
    func near() throws {
        try expectVerdict(
            .consistent, of: "24 procent", in: "De club telde 500 leden, waarvan 120 jeugdleden, ofwel 24 procent.")
        try expectVerdict(.unverifiable, of: "40 procent", in: "Het aandeel vrouwen in de raad steeg naar 40 procent.")
        let share = try claim("30 procent", in: "Het tekort bedroeg 90 plaatsen, ofwel 30 procent van de vraag.")
        #expect(share.kind == .share)
    }
}
