import Testing

@testable import AnnexKit

/// The thirty-third round (D): four known false alarms. Sibling 'waarvan' segments of one line are parts of the head
/// count; a total under a list titled as a selection may be the total of all; a whole named by its words at the
/// sentence's opening is the whole of a share in the next sentence, never the sum of it and its part; a share for a
/// later year after 'nog' is no earlier level.
@Suite("Verify: four known false alarms")
struct VerifyKnownFalseAlarmTests {
    // MARK: 'waarvan' segments of one line

    @Test(
        "Each 'waarvan' segment of a line split by '/' is a part of the head count, not of the segment before it",
        arguments: [
            // 1.300 / 5.200 = 25%; 780 / 5.200 = 15% (of the segment before: 780 / 1.300 = 60%).
            (
                "Bezoekers: 5.200 / waarvan jongeren: 1.300 (25%) / waarvan ouderen: 780 (15%)", "15%",
                Verdict.consistent
            ),
            ("Bezoekers: 5.200 / waarvan jongeren: 1.300 (25%) / waarvan ouderen: 780 (60%)", "60%", .inconsistent),
            ("Bezoekers: 5.200 / waarvan jongeren: 1.300 (25%) / waarvan ouderen: 780 (15%)", "25%", .consistent),
            // 126 / 840 = 15%; 42 / 840 = 5% (42 / 126 would be 33%).
            ("Deelnemers: 840 | waarvan vrouwen: 126 (15%) | waarvan zzp'ers: 42 (5%)", "5%", .consistent),
            ("Deelnemers: 840 | waarvan vrouwen: 126 (15%) | waarvan zzp'ers: 42 (33%)", "33%", .inconsistent),
        ])
    func whichOfSegments(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The same parts written in prose keep their reading")
    func whichOfProse() throws {
        // 780 / 5.200 = 15%.
        try expectVerdict(
            .consistent, of: "15%", in: "Er kwamen 5.200 bezoekers, waarvan 1.300 jongeren (25%) en 780 ouderen (15%).")
    }

    // MARK: A total under a list titled as a selection

    @Test(
        "A total under a list titled as a selection confirms when the rows reach it and is never contradicted",
        arguments: [
            // 640 + 410 + 250 = 1.300.
            ("Top drie regio's naar aantal aanvragen\n- Noord: 640\n- Oost: 410\n- Zuid: 250\nTotaal: 1.300",
                "1.300", Verdict.consistent),
            // 1.300 ≠ 5.900: the total may be of all regions.
            ("Top drie regio's naar aantal aanvragen\n- Noord: 640\n- Oost: 410\n- Zuid: 250\nTotaal: 5.900",
                "5.900", .unverifiable),
            // 120 + 80 = 200; 900 may be all posts.
            ("De vijf grootste posten\n- Zorg: 120\n- Onderwijs: 80\nTotaal: 900", "900", .unverifiable),
            ("De vijf grootste posten\n- Zorg: 120\n- Onderwijs: 80\nTotaal: 200", "200", .consistent),
            // 40 + 12 = 52; an abbreviation's point is no sentence end.
            ("Enkele grote projecten, o.a. in de zorg\n- Ziekenhuis: 40\n- Hospice: 12\nTotaal: 300", "300",
                .unverifiable),
        ])
    func selectionTotal(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    @Test("A total under a list whose title names no selection still sums its rows")
    func plainListTotal() throws {
        // 640 + 410 + 250 = 1.300, not 5.900.
        try expectVerdict(
            .inconsistent, of: "5.900",
            in: "Aanvragen naar regio\n- Noord: 640\n- Oost: 410\n- Zuid: 250\nTotaal: 5.900")
    }

    // MARK: A whole named at the sentence's opening

    @Test(
        "A share of a whole the sentence before opens with is of that whole, not of the whole plus its part",
        arguments: [
            // 20 / 80 = 25% (not 20 / 100 = 20%).
            ("Van de totale uitgaven van € 80 miljoen ging € 20 miljoen naar onderwijs. Onderwijs is daarmee goed "
                + "voor 25% van de uitgaven.", "25%", Verdict.consistent),
            ("Van de totale uitgaven van € 80 miljoen ging € 20 miljoen naar onderwijs. Onderwijs is daarmee goed "
                + "voor 20% van de uitgaven.", "20%", .inconsistent),
            // 9,3 / 46,5 = 20%; 16,7% would be 9,3 / 55,8.
            ("Van het totale budget van € 46,5 miljoen ging € 9,3 miljoen naar cultuur. Cultuur krijgt zo 20 procent "
                + "van het budget.", "20 procent", .consistent),
            ("Van het totale budget van € 46,5 miljoen ging € 9,3 miljoen naar cultuur. Cultuur krijgt zo 16,7 "
                + "procent van het budget.", "16,7 procent", .inconsistent),
        ])
    func openedWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("A share of a whole the sentence before does not name stays unverifiable")
    func openedWholeNearMiss() throws {
        // 'inkomsten' names neither 80 nor 20.
        try expectVerdict(
            .unverifiable, of: "25%",
            in: "Van de totale uitgaven van € 80 miljoen ging € 20 miljoen naar onderwijs. Onderwijs is daarmee goed "
                + "voor 25% van de inkomsten.")
    }

    @Test("A count in words after a demonstrative counts the items named before, no part of the whole")
    func countedItemsNoPart() throws {
        // 'twee' counts the posts: 2 of € 60 miljoen is no reading; (21 + 9) / 60 = 50% is not read either.
        try expectVerdict(
            .unverifiable, of: "50 procent",
            in: "Van de totale begroting van € 60 miljoen ging € 21 miljoen naar zorg en € 9 miljoen naar sport. Deze "
                + "twee posten waren samen goed voor 50 procent van de begroting.")
    }

    // MARK: 'nog' with a later year

    @Test(
        "A point change to a share for a later year after 'nog' is read forward, never from the later year back",
        arguments: [
            // 18,0 → 22 = +4,0 points.
            ("In 2024 was 18,0% van de daken voorzien van zonnepanelen. In 2030 is dat nog maar 22%, een stijging van "
                + "4 procentpunt.", "4 procentpunt", Verdict.consistent),
            ("In 2024 was 18,0% van de daken voorzien van zonnepanelen. In 2030 is dat nog maar 22%, een stijging van "
                + "6 procentpunt.", "6 procentpunt", .inconsistent),
            // An earlier year after 'nog' is the earlier level: 14,5 → 18,0 = +3,5 points.
            ("In 2024 was 18,0% van de daken voorzien van zonnepanelen. In 2021 was dat nog 14,5%, een stijging van "
                + "3,5 procentpunt.", "3,5 procentpunt", .consistent),
            ("In 2024 was 18,0% van de daken voorzien van zonnepanelen. In 2021 was dat nog 14,5%, een stijging van "
                + "2,5 procentpunt.", "2,5 procentpunt", .inconsistent),
        ])
    func laterYear(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A forecast under a condition stays unverifiable, never a fall from the later year")
    func conditionalForecast() throws {
        try expectVerdict(
            .unverifiable, of: "4 procentpunt",
            in: "In 2024 was 18,0% van de daken voorzien van zonnepanelen. In 2030 is dat nog maar 22% als het tempo "
                + "niet stijgt, een stijging van 4 procentpunt.")
    }
}
