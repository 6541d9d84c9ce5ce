import Testing

@testable import AnnexKit

/// The twenty-fifth round (A): a change in percent of two percentage levels of one measure is their relative change,
/// 100 × (new − old) / old; the levels are tied when the later restates the earlier ('was dat', 'is dat', 'nu'), and a
/// noun of better or worse ('verbetering') names a change of unknown sign.
@Suite("Verify: percent changes of percentage levels")
struct VerifyPercentOfPercentTests {
    @Test(
        "A level restated after ';' by 'is dat' and 'nu' starts the change the next sentence refers to",
        arguments: [
            // 40 → 34: −6 points, −15 percent.
            ("In 2021 noemde 40 procent van de bewoners de buurt veilig; nu is dat nog 34 procent. Dat is een daling "
                + "van 6 procent.", "6 procent", Verdict.inconsistent),
            ("In 2021 noemde 40 procent van de bewoners de buurt veilig; nu is dat nog 34 procent. Dat is een daling "
                + "van 15 procent.", "15 procent", .consistent),
            ("In 2021 noemde 40 procent van de bewoners de buurt veilig; nu is dat nog 34 procent. Dat is een daling "
                + "van 6 procentpunt.", "6 procentpunt", .consistent),
            ("In 2021 noemde 40 procent van de bewoners de buurt veilig; nu is dat nog 34 procent. Dat is een daling "
                + "van 5 procentpunt.", "5 procentpunt", .inconsistent),
            // The same in the sentence itself.
            ("In 2021 noemde 40% van de bewoners de buurt veilig; nu is dat nog 34%, een daling van 6%.", "6%",
                .inconsistent),
            // A second stretch with a subject of its own restates nothing: tied by position only.
            ("In 2021 noemde 40 procent van de bewoners de buurt veilig; nu vindt 34 procent het er schoon. Dat is "
                + "een daling van 6 procent.", "6 procent", .unverifiable),
        ])
    func restatedAfterSemicolon(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A level restated in the next sentence by 'was dat' starts the change that sentence states",
        arguments: [
            // 55 → 66: +11 points, +20 percent.
            ("In 2020 haalde 55 procent van de leerlingen het diploma. In 2024 was dat 66 procent, een stijging van "
                + "11 procent.", "11 procent", Verdict.inconsistent),
            ("In 2020 haalde 55 procent van de leerlingen het diploma. In 2024 was dat 66 procent, een stijging van "
                + "20 procent.", "20 procent", .consistent),
            ("In 2020 haalde 55 procent van de leerlingen het diploma. In 2024 was dat 66 procent, een stijging van "
                + "11 procentpunt.", "11 procentpunt", .consistent),
            ("In 2020 haalde 55 procent van de leerlingen het diploma. In 2024 was dat 66 procent, een stijging van "
                + "10 procentpunt.", "10 procentpunt", .inconsistent),
            // Another group, another measure: no restatement.
            ("In 2020 haalde 55 procent van de leerlingen het diploma. In 2024 haalde 66 procent van de studenten "
                + "het, een stijging van 11 procent.", "11 procent", .unverifiable),
            ("In 2020 haalde 55 procent van de leerlingen het diploma. In 2024 was het aandeel zij-instromers 66 "
                + "procent, een stijging van 11 procent.", "11 procent", .unverifiable),
        ])
    func restatedInNextSentence(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A noun of better or worse names a change of unknown sign: its size against the relative change",
        arguments: [
            // 25 → 30: +5 points, +20 percent.
            ("Het aandeel tevreden huurders ging van 25% naar 30%. Dat is een verbetering van 5%.", "5%",
                Verdict.inconsistent),
            ("Het aandeel tevreden huurders ging van 25% naar 30%. Dat is een verbetering van 20%.", "20%",
                .consistent),
            // 30 → 25: −16,7 percent; the noun does not say which way is worse.
            ("Het aandeel klachten ging van 30% naar 25%. Dat is een verbetering van ruim 16%.", "ruim 16%",
                .consistent),
            // Of counts as before: 12 → 9 weeks, 25 percent shorter.
            ("De wachttijd ging van 12 naar 9 weken, een verbetering van 25 procent.", "25 procent", .consistent),
            // A difference between two groups is no change.
            ("Van de huurders was 42% tevreden en 30% ontevreden, een verschil van 12%.", "12%", .unverifiable),
        ])
    func unsignedChange(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A point difference written as percent is named in the reason")
    func reasonNamesPoints() throws {
        let text = "In 2020 haalde 55 procent van de leerlingen het diploma. In 2024 was dat 66 procent, een stijging "
            + "van 11 procent."
        let found = try claim("11 procent", in: text)
        #expect(found.verdict == .inconsistent)
        guard case .pointsForPercent(let points) = found.finding.diagnosis else {
            Issue.record("no diagnosis of points taken for percent: \(reason(found))")
            return
        }
        #expect(points == Exact(11))
    }
}
