import Foundation
import Testing

@testable import AnnexKit

/// Series of three or more dated values (levels, never changes; a change over them runs over the span its words
/// name), multiples between two values, and a noun of change as the subject before its amount. In words of their
/// own, both ways, and the near misses.
@Suite("verify: series of three or more values, multiples, a change noun as subject")
struct VerifySeriesAndMultiplesTests {
    @Test(
        "The values of a series of three or more years are levels, no changes",
        arguments: [
            ("Het aandeel sporters steeg van 41% in 2016 naar 45% in 2019 en 50% in 2022, in totaal 9 procentpunt "
                + "meer.", "50%"),
            ("De deelname lag op 52% in 2017, 55% in 2019 en 60% in 2021; in vier jaar een toename van 8 "
                + "procentpunt.", "55%"),
            ("De deelname lag op 52% in 2017, 55% in 2019 en 60% in 2021; in vier jaar een toename van 8 "
                + "procentpunt.", "60%"),
        ])
    func seriesValuesAreLevels(text: String, written: String) throws {
        let found = try verified(text).first { $0.written == written }
        #expect(found?.kind != .change)
        #expect(found?.verdict != .inconsistent)
    }

    @Test(
        "A change over a series runs from its first to its last value when its words name the whole span",
        arguments: [
            // 41 → 50 procent: 9 procentpunt.
            ("Het aandeel sporters steeg van 41% in 2016 naar 45% in 2019 en 50% in 2022, in totaal 9 procentpunt "
                + "meer.", "9 procentpunt", Verdict.consistent),
            ("Het aandeel sporters steeg van 41% in 2016 naar 45% in 2019 en 50% in 2022, in totaal 4 procentpunt "
                + "meer.", "4 procentpunt", .inconsistent),
            // 52 → 60 procent over 2017–2021: four years, 8 procentpunt.
            ("De deelname lag op 52% in 2017, 55% in 2019 en 60% in 2021; in vier jaar een toename van 8 "
                + "procentpunt.", "8 procentpunt", .consistent),
            // 400 → 600: +50 procent over 2020–2022.
            ("Het aantal leden steeg van 400 in 2020 naar 480 in 2021 en 600 in 2022. In twee jaar is dat een groei "
                + "van 50 procent.", "50 procent", .consistent),
            ("Het aantal leden steeg van 400 in 2020 naar 480 in 2021 en 600 in 2022. In twee jaar is dat een groei "
                + "van 20 procent.", "20 procent", .inconsistent),
            ("Het aantal leden steeg van 400 in 2020 naar 480 in 2021 en 600 in 2022. Sinds 2020 is dat een groei "
                + "van 50 procent.", "50 procent", .consistent),
            // 1.000 → 1.520: +52 procent, ruim de helft; 1.000 → 1.250: +25 procent.
            ("Het aantal aanvragen nam toe van 1.000 in 2019 naar 1.200 in 2020 en 1.520 in 2021. In twee jaar is "
                + "het aantal daarmee met ruim de helft gegroeid.", "ruim de helft", .consistent),
            ("Het aantal aanvragen nam toe van 1.000 in 2019 naar 1.100 in 2020 en 1.250 in 2021. In twee jaar is "
                + "het aantal daarmee met ruim de helft gegroeid.", "ruim de helft", .inconsistent),
            // 900 → 1.395: +55 procent, the far edge of 'ruim de helft' (5 to 10 procent above it): doubt.
            ("Het aantal aanvragen nam toe van 900 in 2019 naar 1.100 in 2020 en 1.395 in 2021. In twee jaar is het "
                + "aantal daarmee met ruim de helft gegroeid.", "ruim de helft", .unverifiable),
        ])
    func changeOverWholeSeries(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A span of the last step takes the last step; a span that fits neither is unverifiable",
        arguments: [
            // 55 → 60 procent over 2019–2021, the last step: 5 procentpunt.
            ("De deelname lag op 52% in 2017, 55% in 2019 en 60% in 2021; in twee jaar een toename van 5 "
                + "procentpunt.", "5 procentpunt", Verdict.consistent),
            // 480 → 600: +25 procent.
            ("Het aantal leden steeg van 400 in 2020 naar 480 in 2021 en 600 in 2022. In één jaar is dat een groei "
                + "van 25 procent.", "25 procent", .consistent),
            ("Het aantal leden steeg van 400 in 2020 naar 480 in 2021 en 600 in 2022. In het laatste jaar is dat "
                + "een groei van 25 procent.", "25 procent", .consistent),
            ("De deelname lag op 52% in 2017, 55% in 2019 en 60% in 2021; in drie jaar een toename van 3 "
                + "procentpunt.", "3 procentpunt", .unverifiable),
        ])
    func changeOverPartOfSeries(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: a change after a series with no span is about no pair, not the first two values",
        arguments: [
            // 52 → 55 would be 3 procentpunt.
            ("De deelname lag op 52% in 2017, 55% in 2019 en 60% in 2021, een toename van 3 procentpunt.",
             "3 procentpunt"),
            // 400 → 480 would be 20 procent.
            ("Het aantal leden steeg van 400 in 2020 naar 480 in 2021 en 600 in 2022. Dat is een groei van 20 "
                + "procent.", "20 procent"),
        ])
    func noSpanNoPair(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }

    @Test("Near miss: two values are the pair as before")
    func twoValuesArePair() throws {
        // 400 → 480: +20 procent.
        let text = "Het aantal leden steeg van 400 in 2020 naar 480 in 2021. Dat is een groei van 20 procent."
        try expectVerdict(.consistent, of: "20 procent", in: text)
    }

    @Test("Near miss: a series of changes ('met 5 procent in 2020, …') stays changes")
    func seriesOfChanges() throws {
        let text = "Het aantal leden steeg met 5 procent in 2020, 8 procent in 2021 en 3 procent in 2022."
        #expect(try claim("8 procent", in: text).kind == .change)
    }

    @Test(
        "A noun of change as subject states the change of the pair before it",
        arguments: [
            // 400 → 550: +150.
            ("Het aantal leden steeg van 400 naar 550. Dan is de groei 150 leden.", "150", Verdict.consistent),
            ("Het aantal leden steeg van 400 naar 550. Dan is de groei 120 leden.", "120", .inconsistent),
            // 40 → 43 procent: 3 procentpunt.
            ("Het aandeel steeg van 40 naar 43 procent. De toename bedraagt 3 procentpunt.", "3 procentpunt",
             .consistent),
            ("Het aandeel steeg van 40 naar 43 procent. De toename bedraagt 4 procentpunt.", "4 procentpunt",
             .inconsistent),
            // 500 → 440: −12 procent.
            ("Het aantal meldingen daalde van 500 naar 440. De daling was 12 procent.", "12 procent", .consistent),
            ("Het aantal meldingen daalde van 500 naar 440. De daling was 15 procent.", "15 procent", .inconsistent),
            // 2.400 → 3.000: +600.
            ("Het aantal bezoekers steeg van 2.400 naar 3.000. De groei kwam uit op 600 bezoekers.", "600",
             .consistent),
            ("Het aantal bezoekers steeg van 2.400 naar 3.000. De groei kwam uit op 500 bezoekers.", "500",
             .inconsistent),
        ])
    func changeNounSubject(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Near miss: a forecast of a change noun ('bedraagt naar verwachting') is about another time")
    func forecastChangeNoun() throws {
        let text = "Het aantal bezoekers steeg van 2.400 naar 3.000. De groei bedraagt naar verwachting 3 procent."
        try expectVerdict(.unverifiable, of: "3 procent", in: text)
    }
}
