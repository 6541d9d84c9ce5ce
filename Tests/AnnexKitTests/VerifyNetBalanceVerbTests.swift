import Foundation
import Testing

@testable import AnnexKit

/// A net change told by 'per saldo' or 'netto' and a verb or comparative of change after an inflow and an outflow of
/// the same noun, the flows told by a verb whose particle stands apart ('stroomden … in en … uit') or by nouns of
/// flow; a memo's 'Netto groei:' line under its two flows. Hand-computed, both ways, with the near cases that must
/// stay without a verdict.
@Suite("verify: a net change told by 'per saldo' or 'netto' and a verb")
struct VerifyNetBalanceVerbTests {
    /// In 46, out 31: 46 − 31 = +15.
    @Test(
        "'per saldo' and a verb of growth after flows told by a separable verb",
        arguments: [
            ("waardoor de groep per saldo met 15 deelnemers groeide.", "15", Verdict.consistent),
            ("waardoor de groep per saldo met 17 deelnemers groeide.", "17", .inconsistent),
            // The size fits, the direction does not: more came in than went out.
            ("waardoor de groep per saldo met 15 deelnemers kromp.", "15", .inconsistent),
        ])
    func separableFlows(tail: String, written: String, expected: Verdict) throws {
        let flows = "In maart stroomden 46 deelnemers in en 31 deelnemers uit, "
        try expectVerdict(expected, of: written, in: flows + tail)
    }

    /// Settled 640, left 590: 640 − 590 = +50.
    @Test("'netto' and a verb of increase after words of moving in and out")
    func nettoVerb() throws {
        let flows = "Er vestigden zich 640 ondernemers in de regio en er vertrokken 590 ondernemers, "
        try expectVerdict(.consistent, of: "50", in: flows + "zodat het bestand netto met 50 ondernemers toenam.")
        try expectVerdict(.inconsistent, of: "60", in: flows + "zodat het bestand netto met 60 ondernemers toenam.")
    }

    /// In 512, out 548: 512 − 548 = −36.
    @Test("'per saldo' and a comparative after flows in brackets")
    func comparative() throws {
        let flows = "De instroom (512) lag lager dan de uitstroom (548): "
        try expectVerdict(.consistent, of: "36", in: flows + "per saldo 36 bewoners minder.")
        try expectVerdict(.inconsistent, of: "36", in: flows + "per saldo 36 bewoners meer.")
    }

    /// In 212, out 180: 212 − 180 = +32.
    @Test("'per saldo' with 'kwamen er … bij' after a separable verb's flows")
    func particleChange() throws {
        let flows = "In 2025 stroomden 212 leerlingen in en 180 leerlingen uit; "
        try expectVerdict(.consistent, of: "32", in: flows + "per saldo kwamen er 32 leerlingen bij.")
        try expectVerdict(.inconsistent, of: "23", in: flows + "per saldo kwamen er 23 leerlingen bij.")
    }

    /// In 730, out 655: 730 − 655 = +75.
    @Test("A memo's 'Netto groei' or 'Netto krimp' line under an inflow and an outflow line")
    func nettoLine() throws {
        let lines = "Instroom: 730\nUitstroom: 655\n"
        try expectVerdict(.consistent, of: "75", in: lines + "Netto groei: 75")
        try expectVerdict(.inconsistent, of: "85", in: lines + "Netto groei: 85")
        try expectVerdict(.inconsistent, of: "75", in: lines + "Netto krimp: 75")
    }

    @Test(
        "Near cases: another quantity, no noun, two years, one flow, a preposition, 'netto' after tax",
        arguments: [
            // A net change of another quantity than the flows.
            "In 2025 stroomden 212 leerlingen in en 180 leerlingen uit. Per saldo groeide de omzet met 3 procent.",
            "In 2025 stroomden 212 leerlingen in en 180 leerlingen uit, zodat er per saldo 32 klassen bij kwamen.",
            // A stock that names no noun may change by more than the two flows.
            "In 2025 stroomden 212 leerlingen in en 180 leerlingen uit, waardoor de school per saldo met 32 groeide.",
            // Flows of two periods: two years, two quarters.
            "In 2024 stroomden 212 leerlingen in en in 2025 stroomden 180 leerlingen uit, waardoor de school per "
                + "saldo met 32 leerlingen groeide.",
            "In het eerste kwartaal stroomden 212 leerlingen in en in het tweede kwartaal 180 leerlingen uit, "
                + "waardoor de school per saldo met 32 leerlingen groeide.",
            "In 2024 stroomden 212 leerlingen in en in 2025 stroomden 180 leerlingen uit: per saldo 32 leerlingen "
                + "meer.",
            // Only one flow.
            "In 2025 stroomden 212 leerlingen in; per saldo kwamen er 32 leerlingen bij.",
            // 'uit' before its noun is a preposition, no particle: no outflow.
            "Er stroomden 380 jongeren uit de opvang naar een woning en 120 jongeren in; per saldo 260 jongeren "
                + "minder.",
            // 'netto' of an amount after tax.
            "Er stroomden 12 medewerkers in en 9 medewerkers uit; zij verdienen netto € 2.100 per maand.",
        ])
    func undecided(text: String) throws {
        let found = try verified(text)
        #expect(
            !found.contains { $0.verdict == .consistent || $0.verdict == .inconsistent },
            "\(found.map { "\($0.written) \($0.kind) \($0.verdict)" })")
    }
}
