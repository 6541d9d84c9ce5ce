import Foundation
import Testing

@testable import AnnexKit

/// False alarms of new unseen corpora (holdout167–169), each mended by structure: a rate with its own 'A op B' in the
/// bracket after it, an amount in euros beside a percentage ('€ 0,40 of 10 procent'), the year of a school type ('vwo
/// 4'), a change of a difference, a list's total after 'samen', and a clause whose verb is left out after 'en'.
@Suite("verify: false alarms of round 50")
struct VerifyFalseAlarmsRound50Tests {
    @Test("A rate takes the 'A op B' pair in the bracket right after it, not the pair before it")
    func rateWithOwnBracket() throws {
        // 360 / 48.000 = 7,5 per 1.000; 240 / 40.000 = 6,0 per 1.000.
        let text = "In Drenthe meldden zich 7,5 gevallen per 1.000 inwoners (360 op 48.000), in Zeeland 6,0 per 1.000 "
            + "(240 op 40.000)."
        try expectVerdict(.consistent, of: "7,5", in: text)
        try expectVerdict(.consistent, of: "6,0", in: text)
        try expectVerdict(.inconsistent, of: "6,4", in: text.replacingOccurrences(of: "6,0", with: "6,4"))
    }

    @Test("A percent word after 'of' is not shared with an amount in euros before it")
    func euroAmountBesidePercent() throws {
        // € 4,00 → € 3,60: − € 0,40, −10,0%.
        let text = "De prijs per rit daalde van € 4,00 naar € 3,60. Dat is een daling van € 0,40 of 10 procent."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        try expectVerdict(.consistent, of: "€ 0,40", in: text)
        // Without the euro sign the percent word is shared as before: 12 → 15 procent is 3 points.
        try expectVerdict(
            .consistent, of: "3 procentpunt", in: "Het aandeel steeg van 12 naar 15 procent, 3 procentpunt meer.")
    }

    @Test("The year of a school type is no count; a mean on the school type still is")
    func schoolYear() throws {
        // 100 + 12 + 8 = 120 and 100 / 120 = 83,3%: the years 4 and 5 are no parts.
        let text = "Van de 120 leerlingen in havo 4 gingen er 100 naar havo 5, 12 naar vwo 5 en bleven er 8 zitten. "
            + "Ruim 83 procent stroomde dus door naar havo 5."
        try expectVerdict(.consistent, of: "120", in: text)
        try expectVerdict(.consistent, of: "Ruim 83 procent", in: text)
        try expectVerdict(.inconsistent, of: "Ruim 86 procent", in: text.replacingOccurrences(of: "83", with: "86"))
        // 528 / 22 = 24,0: a mean of a school type's pupils is still read.
        let mean = "Het vwo telde 528 leerlingen in 22 klassen, gemiddeld 24,0 leerlingen per klas."
        try expectVerdict(.consistent, of: "24,0", in: mean)
    }

    @Test("A change of a difference takes no start and end from the difference's sides")
    func changeOfDifference() throws {
        // 7,4 − 6,2 = 1,2; the difference's own earlier value is not given.
        let text = "Deeltijders geven hun werk gemiddeld een 6,2, tegen een 7,4 bij voltijders: 1,2 punt lager. Dat "
            + "verschil is sinds de vorige peiling met een vijfde toegenomen."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        try expectVerdict(.consistent, of: "1,2", in: text)
        try expectUnverifiable("een vijfde", in: text)
    }

    @Test("A total after 'samen' is no value of the list a mean is of")
    func meanBesideListTotal() throws {
        // (420 + 510 + 390) / 3 = 440.
        let text = "In januari, februari en maart verkocht de winkel respectievelijk 420, 510 en 390 fietsen, samen "
            + "1.320. Dat is gemiddeld 440 per maand."
        try expectVerdict(.consistent, of: "1.320", in: text)
        try expectVerdict(.consistent, of: "440", in: text)
        try expectVerdict(.inconsistent, of: "450", in: text.replacingOccurrences(of: "440", with: "450"))
    }

    @Test("A bare difference after three values takes no start and end the sentence before carries")
    func bareDifferenceAfterThreeValues() throws {
        // 54 − 41 = 13; the bracket's 47 is last year's value of the first group.
        let text = "Bij de eerste ploeg bleef 54 procent (vorig jaar 47 procent) na een jaar lid en bij de tweede "
            + "ploeg 41 procent. Het verschil is 13 procentpunt."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // With two values only, the bare difference is of them: 54 − 41 = 13.
        let two = "Bij de eerste ploeg bleef 54 procent lid, bij de tweede 41 procent. Het verschil is 13 procentpunt."
        try expectVerdict(.consistent, of: "13 procentpunt", in: two)
    }

    @Test("A share in a clause after 'en' with a subject of its own and no verb takes no counts before it")
    func gappedClauseAfterEn() throws {
        let text = "De fractie verloor vier van haar acht zetels en de coalitiepartner een kwart."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // 10 / 40 = 25,0%: an apposed share of the same clause is still read.
        try expectVerdict(.consistent, of: "een kwart", in: "Van de 40 leden stemden er 10 voor, een kwart.")
    }
}
