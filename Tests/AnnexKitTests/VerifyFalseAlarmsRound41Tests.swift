import Foundation
import Testing

@testable import AnnexKit

/// False alarms of a held-out corpus: a difference in a unit with another metric prefix than its values', an
/// average the sentence compares with read as the mean of its other numbers, and a target's fraction read as a
/// share of the data.
@Suite("verify: false alarms of round 41")
struct VerifyFalseAlarmsRound41Tests {
    @Test("A difference in a unit with another metric prefix is compared in one unit")
    func prefixedUnits() throws {
        // 6.300 − 4.850 = 1.450 megawattuur = 1,45 gigawattuur.
        let energy = "Het stroomverbruik van de haven steeg van 4.850 megawattuur naar 6.300 megawattuur, 1,45 "
            + "gigawattuur meer."
        try expectVerdict(.consistent, of: "1,45", in: energy)
        try expectVerdict(.inconsistent, of: "1,65", in: energy.replacingOccurrences(of: "1,45", with: "1,65"))
        // 12.500 − 9.700 = 2.800 ton = 2,8 kiloton: a prefix against the bare unit.
        let mass = "De afvalberg slonk van 12.500 ton naar 9.700 ton: een afname van 2,8 kiloton."
        try expectVerdict(.consistent, of: "2,8", in: mass)
        try expectVerdict(.inconsistent, of: "3,8", in: mass.replacingOccurrences(of: "2,8", with: "3,8"))
    }

    @Test("Prefixed units of different quantities cannot be compared")
    func unlikeUnits() throws {
        // Kilotons and megawatts: 410 − 320 = 90 says nothing of 90 megawatt.
        try expectVerdict(
            .unverifiable, of: "90", in: "De opslag groeide van 320 kiloton naar 410 kiloton, 90 megawatt meer.")
    }

    @Test("An average after 'dan' with an article and an adjective is compared with, no mean of the sentence")
    func comparedAverage() throws {
        // 16,8 is the reference; 20,4 and 3,6 (mean 12) are no values of it. 20,4 − 16,8 = 3,6.
        let text = "Klachten over geluidsoverlast duurden gemiddeld 20,4 weken, 3,6 weken langer dan het algemene "
            + "gemiddelde van 16,8 weken."
        #expect(try claim("16,8", in: text).verdict != .inconsistent)
        try expectVerdict(.consistent, of: "3,6", in: text)
        try expectVerdict(.inconsistent, of: "4,6", in: text.replacingOccurrences(of: "3,6", with: "4,6"))
        // A mean of a list is still one: (21 + 4 + 17 + 26) / 4 = 17.
        let list = "De vier loketten handelden 21, 4, 17 en 26 aanvragen af, gemiddeld 19 per loket."
        try expectVerdict(.inconsistent, of: "19", in: list)
    }

    @Test("A fraction in the infinitive of an aim is a target, no share of the data")
    func aimedFraction() throws {
        // 310 / 1.200 = 25,8%; 'een derde' is what the aim is, not what the roofs are.
        let aim = " De ambitie om een derde van de daken van panelen te voorzien is dus nog ver weg."
        let right = try verified("Van de 1.200 daken hebben er 310 zonnepanelen, 25,8 procent." + aim)
        #expect(right.map(\.written) == ["25,8 procent"])
        #expect(right.allSatisfy { $0.verdict == .consistent })
        let wrong = "Van de 1.200 daken hebben er 310 zonnepanelen, 28,5 procent." + aim
        try expectVerdict(.inconsistent, of: "28,5 procent", in: wrong)
        // A fraction that states the data is still one: 350 / 900 = 38,9%, no half.
        try expectVerdict(.inconsistent, of: "de helft", in: "Van de 900 daken hadden er 350 zonnepanelen, de helft.")
        try expectVerdict(.consistent, of: "de helft", in: "Van de 900 daken hadden er 450 zonnepanelen, de helft.")
    }
}
