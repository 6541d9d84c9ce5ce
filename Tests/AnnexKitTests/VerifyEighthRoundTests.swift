import Foundation
import Testing

@testable import AnnexKit

/// Classes of the eighth round, each in words of its own, checked right and caught wrong: a change over a
/// memo's chain of arrows, a share in words restated by a number beside it.
@Suite("verify: forms of the eighth round")
struct VerifyEighthRoundTests {
    @Test(
        "A chain of arrows: its span when the text names it, its last step when it names that",
        arguments: [
            // 400 → 440 → 500: over both steps +25%, the last step +13,6%.
            ("Leerlingen: 400 → 440 → 500 (2020-2022), in twee jaar +25%.", "+25%", Verdict.consistent),
            ("Leerlingen: 400 → 440 → 500 (2020-2022), in twee jaar +14%.", "+14%", .inconsistent),
            ("Leerlingen: 400 → 440 → 500; over de hele periode +25%.", "+25%", .consistent),
            ("Leerlingen: 400 → 440 → 500; in het laatste jaar +13,6%.", "+13,6%", .consistent),
            ("Leerlingen: 400 → 440 → 500; in het laatste jaar +25%.", "+25%", .inconsistent),
            // One step stays what it was.
            ("Leerlingen: 400 → 500 (+25%).", "+25%", .consistent),
            ("Leerlingen: 400 → 500 (+20%).", "+20%", .inconsistent),
        ])
    func arrowChain(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A chain of arrows without words for its span or last step states no change of one of its steps")
    func arrowChainNeedsItsWords() throws {
        let found = try claim("+13,6%", in: "Leerlingen: 400 → 440 → 500 (+13,6%).")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A share in words and the percentage beside it are both judged against the part and whole, not each other",
        arguments: [
            // 125 of 480 = 26,0%: 'ruim een kwart' holds, whatever the percentage beside it says.
            ("Van de 480 gecontroleerde aanvragen waren er 125 onvolledig, ruim een kwart (31 procent).",
                "ruim een kwart", Verdict.consistent),
            ("Van de 480 gecontroleerde aanvragen waren er 125 onvolledig, ruim een kwart (31 procent).",
                "31 procent", .inconsistent),
            ("Van de 480 gecontroleerde aanvragen waren er 125 onvolledig, ruim een kwart (26 procent).",
                "26 procent", .consistent),
            // 230 of 480 = 47,9%: not 'ruim een kwart', though the percentage beside it would be.
            ("Van de 480 gecontroleerde aanvragen waren er 230 onvolledig, ruim een kwart (27 procent).",
                "ruim een kwart", .inconsistent),
            // Without a part and whole the word is judged against the percentage.
            ("Ruim een kwart van de aanvragen (26 procent) was onvolledig.", "Ruim een kwart", .consistent),
            ("Bijna de helft van de aanvragen (27 procent) was onvolledig.", "Bijna de helft", .inconsistent),
        ])
    func wordBesidePercentage(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A count beside a share in words without a whole of its own is its part, of the whole the sentence gives",
        arguments: [
            // 410 of 1.200 = 34,2%; 625 of 1.200 = 52,1%.
            ("Ruim een derde van de deelnemers (410 van de 1.200) woonde in de stad, en ruim de helft (625) had werk.",
                "ruim de helft", Verdict.consistent),
            ("Ruim een derde van de deelnemers (410 van de 1.200) woonde in de stad, en ruim de helft (890) had werk.",
                "ruim de helft", .inconsistent),
        ])
    func countBesideWord(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A bare bound with an article before a count in brackets labels a band: no hedged count, no part of a sum",
        arguments: [
            ("Deelnemers onder de 25 (310) en boven de 25 (590): samen 900.", "900", Verdict.consistent),
            ("Deelnemers onder de 25 (310) en boven de 25 (690): samen 900.", "900", .inconsistent),
        ])
    func bandLabel(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
        let claims = try verified(text)
        #expect(!claims.contains { $0.written.contains("25") }, "\(claims.map(reason))")
    }

    @Test("A hedged bound before a noun is still restated by the count in brackets")
    func boundBeforeNoun() throws {
        try expectVerdict(.consistent, of: "onder de 500", in: "Het aantal zaken zakte tot onder de 500 zaken (482).")
        try expectVerdict(.inconsistent, of: "onder de 500", in: "Het aantal zaken zakte tot onder de 500 zaken (512).")
    }

    @Test(
        "A mean of groups each with its size after a preposition and an article is their weighted mean",
        arguments: [
            // (5.000 × 90 + 8.000 × 30) / 120 = 5.750; the plain mean would be 6.500.
            ("De gemiddelde huurschuld was 5.750 euro: 5.000 euro bij de 90 huurders en 8.000 euro bij de 30 kopers.",
                "5.750", Verdict.consistent),
            ("De gemiddelde huurschuld was 6.500 euro: 5.000 euro bij de 90 huurders en 8.000 euro bij de 30 kopers.",
                "6.500", .inconsistent),
            // (3,0 × 50 + 1,5 × 150) / 200 = 1,875.
            ("Gemiddeld duurde een traject 1,9 jaar: 3,0 jaar voor de 50 zware trajecten en 1,5 jaar voor de 150 "
                + "lichte.", "1,9", .consistent),
            ("Gemiddeld duurde een traject 2,3 jaar: 3,0 jaar voor de 50 zware trajecten en 1,5 jaar voor de 150 "
                + "lichte.", "2,3", .inconsistent),
        ])
    func sizesAfterPreposition(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Values labelled by one noun with names of their own are units, averaged plainly; groups of people are not",
        arguments: [
            // (20 + 26 + 29) / 3 = 25.
            ("Een melding bleef gemiddeld 25 dagen open (wijkteam A: 20, wijkteam B: 26, wijkteam C: 29 dagen).", "25",
                Verdict.consistent),
            ("Een melding bleef gemiddeld 28 dagen open (wijkteam A: 20, wijkteam B: 26, wijkteam C: 29 dagen).", "28",
                .inconsistent),
            // Men and women are groups of people: without their sizes the mean of all is not known.
            ("Een melding bleef gemiddeld 25 dagen open (mannen: 20, vrouwen: 30 dagen).", "25", .unverifiable),
        ])
    func unitsOfOneKind(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A memo's year before its value, bare or with an arrow, dates the value of a series",
        arguments: [
            // 5.400 → 6.480: +20%.
            ("Wmo-cliënten: 2021 5.400, 2022 5.950 en 2023 6.480; over de hele periode +20%.", "+20%",
                Verdict.consistent),
            ("Wmo-cliënten: 2021 5.400, 2022 5.950 en 2023 6.480; over de hele periode +9%.", "+9%", .inconsistent),
            ("Wmo-cliënten: 2021 → 5.400, 2022 → 5.950, 2023 → 6.480; in twee jaar +20%.", "+20%", .consistent),
            ("Wmo-cliënten: 2021 → 5.400, 2022 → 5.950, 2023 → 6.480; in twee jaar +9%.", "+9%", .inconsistent),
        ])
    func memoYearBeforeValue(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A year between two years is a span's end, not the date of the number after it")
    func spanIsNoMemoYear() throws {
        let found = try claim("+9%", in: "Wmo-cliënten: tussen 2021 en 2023 5.400 erbij, +9%.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A stretch that counts with 'er' and a number naming nothing refers to the quantity before it",
        arguments: [
            // 7.800 → 7.410: -5,0%.
            ("Het aantal leden daalde met 5,0% naar 7.410; in 2022 waren het er nog 7.800.", "5,0%",
                Verdict.consistent),
            ("Het aantal leden daalde met 5,3% naar 7.410; in 2022 waren het er nog 7.800.", "5,3%", .inconsistent),
            // A count that names what it counts may count something else: it may confirm, never contradict.
            ("Het aantal leden daalde met 5,3% naar 7.410; in 2022 waren er nog 7.800 donateurs.", "5,3%",
                .unverifiable),
        ])
    func pronounCount(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A count before 'keer' that no comparison follows counts occasions; before 'keer zo' it is a factor",
        arguments: [
            // 1.800 of 2.400 = 75%.
            ("Van de 2.400 aanvragen werd 1.800 keer positief beslist, driekwart van het totaal.", "driekwart",
                Verdict.consistent),
            ("Van de 2.400 aanvragen werd 1.200 keer positief beslist, driekwart van het totaal.", "driekwart",
                .inconsistent),
            // 300 → 600: a factor 2.
            ("Met 600 aanvragen is het twee keer zo veel als in 2021 (300).", "twee keer zo veel", .consistent),
        ])
    func occasions(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A change in an apposition restates the comparison of the clause before it, of the two values contrasted",
        arguments: [
            // 2.500 → 2.300: -200, -8,0%.
            ("In de eerste helft van het jaar vroegen 2.500 mensen hulp, in de tweede 2.300. Dat is 200 minder, "
                + "ofwel een daling van 8,0%.", "8,0%", Verdict.consistent),
            ("In de eerste helft van het jaar vroegen 2.500 mensen hulp, in de tweede 2.300. Dat is 200 minder, "
                + "ofwel een daling van 8,7%.", "8,7%", .inconsistent),
        ])
    func appositionOfComparison(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Without a comparison before it, a change of two contrasted values stays unverifiable")
    func contrastNeedsComparison() throws {
        let found = try claim(
            "8,7%", in: "In de eerste helft vroegen 2.500 mensen hulp, in de tweede 2.300. Dat is een daling van 8,7%.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A part 'van hen' after ';' is of the count the stretch before names, and bound to it",
        arguments: [
            // 387 of 1.240 = 31,2%.
            ("Er meldden zich 1.240 jongeren aan; 387 van hen (31,2%) hadden schulden.", "31,2%", Verdict.consistent),
            ("Er meldden zich 1.240 jongeren aan; 387 van hen (32,1%) hadden schulden.", "32,1%", .inconsistent),
        ])
    func partOfThem(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Before ':' a count in words of the units listed after it is no total; the count before it is",
        arguments: [
            ("Vorig jaar kregen 5.000 leerlingen bijles op de drie scholen: Noord 2.100, Midden 1.700 en Zuid 1.200.",
                "5.000", Verdict.consistent),
            ("Vorig jaar kregen 5.100 leerlingen bijles op de drie scholen: Noord 2.100, Midden 1.700 en Zuid 1.200.",
                "5.100", .inconsistent),
            // A total in words that is not the number of parts is still the total.
            ("Vorig jaar kregen vijfduizend leerlingen bijles: 2.100 in Noord, 1.700 in Midden en 1.200 in Zuid.",
                "vijfduizend", .consistent),
        ])
    func unitsBeforeColon(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A total of as many units as the next sentence lists, counted in words, sums that list",
        arguments: [
            ("De drie wijkteams voerden samen 1.480 gesprekken. Team Oost voerde er 510, team West 620 en "
                + "team Zuid 350.", "1.480", Verdict.consistent),
            ("De drie wijkteams voerden samen 1.580 gesprekken. Team Oost voerde er 510, team West 620 en "
                + "team Zuid 350.", "1.580", .inconsistent),
        ])
    func totalOfNextList(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A next sentence that lists another number of values than the units counted gives no parts")
    func nextListOfOtherLength() throws {
        let text =
            "De vier wijkteams voerden samen 1.580 gesprekken. Team Oost voerde er 510, team West 620 en team Zuid 350."
        #expect(try verified(text).allSatisfy { $0.kind != .sum })
    }
}
