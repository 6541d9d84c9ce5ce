import Testing

@testable import AnnexKit

/// Comparisons coordinated in one clause share their subject; the value in one comparison's 'dan' phrase is the base of
/// that comparison only (`CoordinatedComparisons.swift`). Each case hand-computed.
@Suite("Verify: comparisons coordinated with 'en' share their subject")
struct VerifyCoordinatedComparisonsTests {
    @Test(
        "Each comparison runs from its own base to the subject the sentence gives before them",
        arguments: [
            // 1.480 − 1.220 = 260; 1.480 − 1.990 = −510 ('ruim 500': at least 500).
            ("In Tilburg wachtten 1.480 mensen op een woning, 260 meer dan in Breda (1.220) en ruim 500 minder dan in "
                + "Eindhoven (1.990).", "ruim 500", Verdict.consistent, -510.0),
            ("In Tilburg wachtten 1.480 mensen op een woning, 260 meer dan in Breda (1.220) en 410 minder dan in "
                + "Eindhoven (1.990).", "410", .inconsistent, -510),
            ("In Tilburg wachtten 1.480 mensen op een woning, 260 meer dan in Breda (1.220) en 410 minder dan in "
                + "Eindhoven (1.990).", "260", .consistent, 260),
            // Three places: 412 − 375 = 37, 412 − 470 = −58, 412 − 300 = 112.
            ("Het ziekenhuis in Enschede telde 412 bedden, 37 meer dan Hengelo (375), 58 minder dan Zwolle (470) "
                + "en 112 meer dan Almelo (300).", "58", .consistent, -58),
            ("Het ziekenhuis in Enschede telde 412 bedden, 37 meer dan Hengelo (375), 58 minder dan Zwolle (470) "
                + "en 102 meer dan Almelo (300).", "102", .inconsistent, 112),
            // Points, the subject before its verb: 8,4 − 6,3 = 2,1; 8,4 − 9,3 = −0,9.
            ("Met 8,4 procent lag de werkloosheid in Heerlen 2,1 procentpunt hoger dan in Maastricht (6,3 procent) en "
                + "0,9 procentpunt lager dan in Kerkrade (9,3 procent).", "0,9 procentpunt", .consistent, -0.9),
            ("Met 8,4 procent lag de werkloosheid in Heerlen 2,1 procentpunt hoger dan in Maastricht (6,3 procent) en "
                + "1,9 procentpunt lager dan in Kerkrade (9,3 procent).", "1,9 procentpunt", .inconsistent, -0.9),
        ])
    func subjectBefore(text: String, written: String, expected: Verdict, recomputed: Double) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
        #expect(abs((found.recomputedValue ?? .nan) - recomputed) < Self.tolerance, "\(reason(found))")
    }

    @Test(
        "Years: each comparison from its own year's value to the subject's",
        arguments: [
            // 1.250 / 1.000 = +25,0%; 1.250 / 800 = +56,25%.
            ("In 2023 waren er 1.250 meldingen, 25 procent meer dan in 2022 (1.000) en 56 procent meer dan in 2021 "
                + "(800).", "56 procent", Verdict.consistent),
            ("In 2023 waren er 1.250 meldingen, 25 procent meer dan in 2022 (1.000) en 50 procent meer dan in 2021 "
                + "(800).", "50 procent", .inconsistent),
        ])
    func years(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A word of reference takes up the quantity of the sentence before as the subject of every comparison",
        arguments: [
            // 2.640 − 2.160 = 480; 2.640 − 3.660 = −1.020.
            ("In Delft gingen 2.640 studenten op kamers. Dat zijn er 480 meer dan in Leiden (2.160) en 1.020 minder "
                + "dan in Utrecht (3.660).", "1.020", Verdict.consistent, -1_020.0),
            ("In Delft gingen 2.640 studenten op kamers. Dat zijn er 480 meer dan in Leiden (2.160) en 1.120 minder "
                + "dan in Utrecht (3.660).", "1.120", .inconsistent, -1_020),
            ("In Delft gingen 2.640 studenten op kamers. Dat zijn er 480 meer dan in Leiden (2.160) en 1.120 minder "
                + "dan in Utrecht (3.660).", "480", .consistent, 480),
            // Amounts: 110 − 80 = 30; 110 − 130 = −20.
            ("Een vergunning kost in Zwolle € 110. Dat is € 30 meer dan in Kampen (€ 80) en € 25 minder dan in Meppel "
                + "(€ 130).", "€ 25", .inconsistent, -20),
        ])
    func referredSubject(text: String, written: String, expected: Verdict, recomputed: Double) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
        #expect(abs((found.recomputedValue ?? .nan) - recomputed) < Self.tolerance, "\(reason(found))")
    }

    @Test(
        "Percentages against two places of another sentence's quantity",
        arguments: [
            // 1.140 / 1.045 = +9,09%; 1.140 / 1.350 = −15,56%.
            ("Een huurwoning in Amersfoort kostte € 1.140. Dat is 9,1 procent hoger dan in Apeldoorn (€ 1.045) en 15,6 "
                + "procent lager dan in Amsterdam (€ 1.350).", "15,6 procent", Verdict.consistent),
            ("Een huurwoning in Amersfoort kostte € 1.140. Dat is 9,1 procent hoger dan in Apeldoorn (€ 1.045) en 12 "
                + "procent lager dan in Amsterdam (€ 1.350).", "12 procent", .inconsistent),
        ])
    func percentages(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Without a subject the text gives, or with a new place as subject, no comparison is checked",
        arguments: [
            ("Dat zijn er 480 meer dan in Leiden (2.160) en 1.020 minder dan in Utrecht (3.660).", "480"),
            ("Dat zijn er 480 meer dan in Leiden (2.160) en 1.020 minder dan in Utrecht (3.660).", "1.020"),
            // Deventer's value is not given: Zwolle's € 90 is no subject of it.
            ("Een vergunning kost in Zwolle € 90. In Deventer is dat € 30 meer dan in Kampen (€ 80) en € 20 minder dan "
                + "in Meppel (€ 130).", "€ 20"),
        ])
    func noSubject(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }

    @Test("A clause that refers back to a base makes that base the subject of its own comparison")
    func relativeClause() throws {
        // 1.000 − 800 = 200: 'dat' takes up 2022's 1.000.
        let text = "Het aantal meldingen kwam uit op 1.250, 250 meer dan in 2022 (1.000), dat zelf 200 meer was dan in "
            + "2021 (800)."
        let found = try claim("200", in: text)
        #expect(found.verdict == .consistent, "\(reason(found))")
        #expect(found.recomputedValue == 200)
    }

    /// How far a recomputed value may lie from its hand-computed one (percentages are read at two decimals).
    static let tolerance = 0.01
}
