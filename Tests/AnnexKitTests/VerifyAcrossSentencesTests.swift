import Foundation
import Testing

@testable import AnnexKit

/// Values stated in one sentence and a change of them one or two sentences later: past a sentence that states no
/// value (a step of instructions, a change of the same values), in a difference of a count, its noun and a closing
/// comparative ('650 zaken minder'). In words of their own, each both ways, and the near misses that stay
/// `unverifiable`.
@Suite("verify: values across sentences and worked examples")
struct VerifyAcrossSentencesTests {
    // MARK: Two sentences back, past one that states no value

    @Test(
        "A change refers past a sentence of instructions to the pair before it",
        arguments: [
            // 2.400 → 2.520: +120, 120 / 2.400 = 5 procent.
            ("Stel dat een gemeente in 2022 2.400 meldingen ontving en in 2023 2.520. Dan neemt u eerst het "
                + "verschil. Dat deelt u door de waarde van 2022: een stijging van 5 procent.", "5 procent",
             Verdict.consistent),
            // Two values by their years are tied by position only: they confirm, never contradict.
            ("Stel dat een gemeente in 2022 2.400 meldingen ontving en in 2023 2.520. Dan neemt u eerst het "
                + "verschil. Dat deelt u door de waarde van 2022: een stijging van 12 procent.", "12 procent",
             .unverifiable),
            // 800 → 1.000: +25 procent.
            ("Het aantal aanvragen ging van 800 naar 1.000. Deel het verschil door de oude waarde. Dat is een "
                + "toename van 25 procent.", "25 procent", .consistent),
            ("Het aantal aanvragen ging van 800 naar 1.000. Deel het verschil door de oude waarde. Dat is een "
                + "toename van 20 procent.", "20 procent", .inconsistent),
        ])
    func pastInstructions(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Points and the relative change of one pair, in two later sentences",
        arguments: [
            // 40 → 46 procent: 6 procentpunt, 6 / 40 = 15 procent.
            ("Voorbeeld: het aandeel gaat van 40 naar 46 procent. Dat is een stijging van 6 procentpunt. "
                + "Procentueel is het een stijging van 15 procent.", "15 procent", Verdict.consistent),
            ("Voorbeeld: het aandeel gaat van 40 naar 46 procent. Dat is een stijging van 6 procentpunt. "
                + "Procentueel is dat een stijging van 12 procent.", "12 procent", .inconsistent),
            ("Voorbeeld: het aandeel gaat van 40 naar 46 procent. Dat is een stijging van 6 procentpunt. "
                + "Procentueel is dat een stijging van 15 procent.", "15 procent", .consistent),
            // The points mistaken for percent, two sentences after the pair.
            ("Voorbeeld: het aandeel gaat van 40 naar 46 procent. Dat is een stijging van 6 procentpunt. "
                + "Dat is dus ook een stijging van 6 procent.", "6 procent", .inconsistent),
            // 25 → 20 procent: −5 procentpunt, −5 / 25 = −20 procent.
            ("Het aandeel daalde van 25 naar 20 procent. Dat is 5 procentpunt minder. Relatief gezien is dat een "
                + "daling van 20 procent.", "20 procent", .consistent),
            ("Het aandeel daalde van 25 naar 20 procent. Dat is 5 procentpunt minder. Relatief gezien is dat een "
                + "daling van 5 procent.", "5 procent", .inconsistent),
        ])
    func pointsThenRelative(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A sentence between that names a change of its own, or a value, breaks the reference",
        arguments: [
            "Het aantal zaken daalde van 4.800 naar 4.150. Daarna steeg de werkloosheid. Dat is een daling van "
                + "25 procent.",
            "Het aantal zaken daalde van 4.800 naar 4.150. In 2023 werkten er 310 rechters. Dat is een daling van "
                + "25 procent.",
        ])
    func brokenReference(text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.written == "25 procent" && $0.verdict != .unverifiable }, "\(found)")
    }

    // MARK: A count, its noun and a closing comparative

    @Test(
        "'650 zaken minder' after a pair is the difference of the pair",
        arguments: [
            // 4.800 → 4.150: −650.
            ("Het aantal zaken daalde van 4.800 naar 4.150. Dat is 650 zaken minder.", "650", Verdict.consistent),
            ("Het aantal zaken daalde van 4.800 naar 4.150. Dat is 560 zaken minder.", "560", .inconsistent),
            ("Het aantal zaken daalde van 4.800 naar 4.150. Daarmee lag de instroom 650 zaken lager.", "650",
             .consistent),
            ("Het aantal zaken daalde van 4.800 naar 4.150. Daarmee lag de instroom 600 zaken lager.", "600",
             .inconsistent),
            // 1.250 → 1.400: +150, past a sentence that states nothing.
            ("Het aantal leden ging van 1.250 naar 1.400. Daar zijn we blij mee. Dat zijn 150 leden meer.", "150",
             .consistent),
            ("Het aantal leden ging van 1.250 naar 1.400. Daar zijn we blij mee. Dat zijn 160 leden meer.", "160",
             .inconsistent),
        ])
    func closingComparative(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A comparative that does not close the clause makes no difference of the count before it")
    func comparativeNotClosing() throws {
        for text in [
            "Het aantal zaken daalde van 4.800 naar 4.150. Er waren 650 zaken minder ernstig.",
            "Het aantal zaken daalde van 4.800 naar 4.150. Daarvan waren 650 zaken minder zwaar.",
        ] {
            let found = try verified(text)
            #expect(!found.contains { $0.written == "650" && $0.verdict == .inconsistent }, "\(text)")
        }
    }

    // MARK: A change stated by its amount and end value

    @Test(
        "A change of a sentence that states an amount and end value runs from the start they make",
        arguments: [
            // 6.720 − 420 = 6.300; 420 / 6.300 = 6,67 procent.
            ("Het aantal leden steeg met 420 tot 6.720. Dat is een groei van 6,7%.", "6,7%", Verdict.consistent),
            ("Het aantal leden steeg met 420 tot 6.720. Dat is een groei van 8,7%.", "8,7%", .inconsistent),
            // 5.100 + 300 = 5.400; −300 / 5.400 = −5,56 procent.
            ("Het aantal meldingen kende een daling van 300 naar 5.100. Dat is een afname van 5,6 procent.",
             "5,6 procent", .consistent),
            ("Het aantal meldingen kende een daling van 300 naar 5.100. Dat is een afname van 6,6 procent.",
             "6,6 procent", .inconsistent),
        ])
    func amountAndEnd(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A noun of change the values go with runs from the first to the second as before")
    func changeNounWithValues() throws {
        // 5.400 → 5.100: −5,56 procent.
        try expectVerdict(
            .consistent, of: "5,6 procent",
            in: "Het aantal meldingen kende een daling van 5.400 naar 5.100. Dat is een afname van 5,6 procent.")
        // 300 → 5.100: the reading of 'van … naar' after 'stijging' is the start and end.
        try expectVerdict(
            .consistent, of: "1.600 procent",
            in: "Het aantal meldingen kende een stijging van 300 naar 5.100, een toename van 1.600 procent.")
    }

    // MARK: Balances of two flows

    @Test(
        "A balance is the inflow less the outflow of its sentence or the one before",
        arguments: [
            // 12.300 − 9.800 = 2.500.
            ("In 2023 vestigden zich 12.300 mensen in de gemeente en vertrokken er 9.800. Het saldo kwam uit op "
                + "2.500.", "2.500", Verdict.consistent),
            ("In 2023 vestigden zich 12.300 mensen in de gemeente en vertrokken er 9.800. Het saldo kwam uit op "
                + "3.500.", "3.500", .inconsistent),
            ("De instroom bedroeg 4.100 en de uitstroom 4.600, een migratiesaldo van 500.", "500", .inconsistent),
            ("De instroom bedroeg 4.100 en de uitstroom 4.600, een negatief migratiesaldo van 500.", "500",
             .consistent),
            ("Er vestigden zich 840 nieuwe inwoners, terwijl 610 inwoners vertrokken: een vestigingsoverschot van "
                + "230.", "230", .consistent),
            ("Er vestigden zich 840 nieuwe inwoners en 610 inwoners vertrokken: een vestigingsoverschot van 320.",
             "320", .inconsistent),
            ("Er vestigden zich 840 nieuwe inwoners, terwijl 610 inwoners vertrokken. Het vestigingsoverschot "
                + "bedroeg 320.", "320", .inconsistent),
            // 840 − 910 = −70: a 'vertrekoverschot' of 70.
            ("Er vestigden zich 840 nieuwe inwoners en er vertrokken 910 inwoners. Het vertrekoverschot bedroeg 70.",
             "70", .consistent),
            ("Er vestigden zich 840 nieuwe inwoners en er vertrokken 910 inwoners. Het vertrekoverschot bedroeg 80.",
             "80", .inconsistent),
        ])
    func balance(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A 'saldo' with no flows, or with one flow, or 'per saldo', is no balance claim")
    func noBalance() throws {
        for text in [
            "Het saldo van de rekening bedroeg eind 2023 2.500 euro.",
            "Het saldo van de rekening bedroeg eind 2023 2.500.",
            "In 2023 vestigden zich 12.300 mensen in de gemeente. Het saldo kwam uit op 2.500.",
            "In 2023 vestigden zich 12.300 mensen in de gemeente en vertrokken er 9.800. Per saldo groeide de "
                + "bevolking met 3.100.",
        ] {
            let found = try verified(text)
            #expect(!found.contains { $0.verdict == .inconsistent || $0.verdict == .consistent }, "\(text)")
        }
    }
}
