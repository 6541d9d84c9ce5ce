import Foundation
import Testing

@testable import AnnexKit

/// False alarms of new unseen corpora (holdout170–172), each mended by structure: a count of a noun a relative clause
/// restricts after a share, the rows of a table without a header read twice, a change that names the label of one of
/// several memo lines, a fraction's part beside a difference from another time with that time's value in brackets, and
/// a count per each unit with a count in brackets after it. Also: a bare difference whose sides the sentence before
/// does not tell is of no pair at all.
@Suite("verify: false alarms of round 51")
struct VerifyFalseAlarmsRound51Tests {
    @Test("A count of a noun a relative clause restricts is no restated part of the share before")
    func relativeClauseCount() throws {
        let text = "Van de 9.600 afgeronde trajecten werd 64% met succes afgesloten. Het aantal trajecten dat "
            + "voortijdig stopte wegens een verhuizing kwam uit op 1.150."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // 0,64 × 9.600 = 6.144: a count that restates the share by 'Dat komt neer op' is still checked.
        let restated = "Van de 9.600 afgeronde trajecten werd 64% met succes afgesloten. Dat komt neer op 6.144 "
            + "trajecten."
        try expectVerdict(.consistent, of: "6.144", in: restated)
        try expectVerdict(.inconsistent, of: "6.414", in: restated.replacingOccurrences(of: "6.144", with: "6.414"))
    }

    @Test("The rows of a table without a header state each share once")
    func headerlessTableRows() throws {
        // 4.150 / 12.000 = 34,6%; 5.450 / 12.000 = 45,4%; 2.400 / 12.000 = 20,0%.
        let text = """
            Noord | 4.150 cliënten | 35%
            Midden | 5.450 cliënten | 45%
            Zuid | 2.400 cliënten | 20%
            Totaal | 12.000 cliënten | 100%
            """
        let found = try verified(text)
        for share in ["35%", "45%", "20%"] {
            let claims = found.filter { $0.written == share }
            #expect(claims.count == 1, "\(claims.map(reason))")
            #expect(claims.allSatisfy { $0.verdict == .consistent }, "\(claims.map(reason))")
        }
        #expect(!found.contains { $0.verdict == .unverifiable }, "\(found.map(reason))")
        let wrong = text.replacingOccurrences(of: "35%", with: "34%").replacingOccurrences(of: "45%", with: "46%")
        try expectVerdict(.inconsistent, of: "34%", in: wrong)
        try expectVerdict(.inconsistent, of: "46%", in: wrong)
    }

    @Test("A change that names one memo line's label takes that line's pair")
    func memoLabelNamed() throws {
        // 6,8 → 7,3 = +0,5; 8,1 → 7,7 = −0,4.
        let text = "Wachttijdscore: 7,3 (2023: 6,8). Bereikbaarheidsscore: 7,7 (2023: 8,1). De wachttijdscore steeg "
            + "dus met 0,5 punt, de bereikbaarheidsscore daalde met 0,4 punt."
        try expectVerdict(.consistent, of: "0,5", in: text)
        try expectVerdict(.consistent, of: "0,4", in: text)
        try expectVerdict(.inconsistent, of: "0,6", in: text.replacingOccurrences(of: "0,5 punt", with: "0,6 punt"))
        // A clause that names neither label keeps the last line's pair: 8,1 → 7,7 is −0,4.
        let unnamed = "Wachttijdscore: 7,3 (2023: 6,8). Bereikbaarheidsscore: 7,7 (2023: 8,1). Dat is een daling van "
            + "0,4 punt."
        try expectVerdict(.consistent, of: "0,4", in: unnamed)
    }

    @Test("A fraction's part is the quantity restated, not the value of the time a difference compares with")
    func fractionBesideDatedDifference() throws {
        // 2.050 / 7.900 = 25,9% (ruim een kwart); 2.050 − 1.800 = 250.
        let text = "In 2.050 zaken was een tolk nodig. Dat is ruim een kwart van alle 7.900 zaken en 250 meer dan in "
            + "2023 (1.800)."
        try expectVerdict(.consistent, of: "ruim een kwart", in: text)
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        let wrong = text.replacingOccurrences(of: "ruim een kwart", with: "ruim een derde")
        try expectVerdict(.inconsistent, of: "ruim een derde", in: wrong)
        try expectVerdict(.consistent, of: "250", in: text)
        try expectVerdict(.inconsistent, of: "350", in: text.replacingOccurrences(of: "250 meer", with: "350 meer"))
    }

    @Test("A count per each unit is not restated by the count in brackets after it")
    func countPerEachUnit() throws {
        // 17.500 / 8.200 = 2,13: 'ruim twee' per visitor, no count of 17.500.
        let text = "Voor elke bezoeker die de avondvoorstelling zag (8.200), zag de middagvoorstelling er ruim twee "
            + "(17.500)."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // A hedged count with its exact value in brackets is still checked against it.
        try expectVerdict(.consistent, of: "Ruim 4.000", in: "Ruim 4.000 deelnemers (4.112) schreven zich in.")
        try expectVerdict(.inconsistent, of: "Ruim 4.000", in: "Ruim 4.000 deelnemers (3.412) schreven zich in.")
    }

    @Test("A rate is no later value of an amount that is none")
    func rateBesideAmount() throws {
        // 40 × 2,150 = 86,00 and 40 × 2,020 = 80,80: € 5,20 cheaper, from the sentence before.
        let text = "In maart kostte een tank van 40 liter bij 2,150 euro per liter 86,00 euro. In mei, bij 2,020 euro "
            + "per liter, was dat 80,80 euro: 5,20 euro goedkoper."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("A mean per unit takes its total in the mean's unit of length")
    func meanInAnotherUnit() throws {
        // 186 km = 186.000 m; 186.000 / 24.300 = 7,65 m per inwoner.
        let text = "Westdorp heeft 186 kilometer fietspad voor 24.300 inwoners, ofwel 7,7 meter per inwoner."
        try expectVerdict(.consistent, of: "7,7", in: text)
        try expectVerdict(.inconsistent, of: "8,7", in: text.replacingOccurrences(of: "7,7", with: "8,7"))
        // A total in hours is no length: no mean in metres of it.
        try expectUnverifiable(
            "7,7", in: "Westdorp telde 186 uur fietsles voor 24.300 inwoners, ofwel 7,7 meter per inwoner.")
    }

    @Test("A relative clause after a share's noun refers to nothing said before")
    func relativeClauseShare() throws {
        let text = "In 2024 kwamen 2.860 meldingen binnen, waarvan 950 over geluid: een op de drie meldingen. Het "
            + "aandeel meldingen dat binnen een week werd opgelost, steeg naar 81 procent."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // 950 / 2.860 = 33,2%: the share of the sentence before is still read.
        try expectVerdict(.consistent, of: "een op de drie", in: text)
    }

    @Test("A percentage after 'met' inside its clause is no row's share of the table above")
    func gapAfterVerb() throws {
        let text = """
            Post | Begroting | Realisatie
            Onderhoud | € 400.000 | € 452.000
            Energie | € 100.000 | € 96.000
            Totaal | € 500.000 | € 548.000
            Het onderhoud overschreed de begroting met 13 procent.
            """
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("A bare difference after more values than two sides is of no start and end")
    func bareDifferenceAfterSeveralValues() throws {
        let text = "Bij de eerste ploeg slaagde 54 procent (vorig jaar 47 procent), bij de tweede 41 procent. Het "
            + "verschil is 13 procentpunt."
        // No pair at all, not one of the values that only may belong to it.
        let found = try verified(text).filter { $0.written == "13 procentpunt" }
        let noPair = found.allSatisfy { claim in
            if case .noData? = claim.finding.doubt { true } else { false }
        }
        #expect(found.count == 1 && noPair, "\(found.map(reason))")
        // 62 − 48 = 14: two sides alone are still read.
        try expectVerdict(
            .consistent, of: "14 procentpunt",
            in: "Bij de eerste ploeg slaagde 62 procent, bij de tweede 48 procent. Het verschil is 14 procentpunt.")
    }
}
