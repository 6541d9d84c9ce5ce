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

    @Test(
        "A total of rounded shares is checked on the counts beside them when each part's count and the whole are given",
        arguments: [
            // 73 + 109 + 44 = 226 of 320 = 70,6%, so 71%; the shares 22,8 → 23, 34,1 → 34 and 13,75 → 14 add up to
            // 71 as well.
            ("Van de 320 aanvragen kwamen er 73 uit Noord (23%), 109 uit Oost (34%) en 44 uit Zuid (14%); samen "
                + "71% van alle aanvragen.", "71%", Verdict.consistent),
            // 41 + 67 + 29 = 137 of 180 = 76,1%; the rounded shares 23 + 37 + 16 = 76 fit too.
            ("Van de 180 leerlingen kozen er 41 voor techniek (23%), 67 voor zorg (37%) en 29 voor economie (16%); "
                + "samen 76 procent.", "76 procent", .consistent),
            // 59 + 86 + 36 = 181 of 240 = 75,4%, 75%: the shares 25 + 36 + 15 = 76 are no longer the sum.
            ("Van de 240 bezwaren gingen er 59 over de hoogte (25%), 86 over de termijn (36%) en 36 over de "
                + "procedure (15%); samen 76% van alle bezwaren.", "76%", .inconsistent),
            ("Van de 240 bezwaren gingen er 59 over de hoogte (25%), 86 over de termijn (36%) en 36 over de "
                + "procedure (15%); samen 75% van alle bezwaren.", "75%", .consistent),
            // The whole in the sentence before, 'Daarvan': 1.130 + 790 = 1.920 of 2.500 = 76,8%.
            ("De gemeente ontving 2.500 meldingen. Daarvan gingen er 1.130 (45 procent) over overlast en 790 (32 "
                + "procent) over afval, samen 77 procent.", "77 procent", .consistent),
            ("De gemeente ontving 2.500 meldingen. Daarvan gingen er 1.130 (45 procent) over overlast en 790 (32 "
                + "procent) over afval, samen 76 procent.", "76 procent", .inconsistent),
            // Only the rounded shares: their sum, as before.
            ("Van de bezwaren ging 25% over de hoogte, 36% over de termijn en 15% over de procedure; samen 76%.",
                "76%", .consistent),
            ("Van de bezwaren ging 25% over de hoogte, 36% over de termijn en 15% over de procedure; samen 78%.",
                "78%", .inconsistent),
        ])
    func roundedSharesSummed(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The reason of a sum of rounded shares names the counts' share and the shares' sum")
    func roundedSharesReason() throws {
        let text = "Van de 240 bezwaren gingen er 59 over de hoogte (25%), 86 over de termijn (36%) en 36 over de "
            + "procedure (15%); samen 76% van alle bezwaren."
        let found = try claim("76%", in: text)
        #expect(found.kind == .share)
        #expect(found.recomputedValue.map { abs($0 - 75.416_666) < 0.001 } == true)
        guard case .roundedParts(let parts, _) = found.finding.diagnosis else {
            Issue.record("no diagnosis of rounded parts: \(reason(found))")
            return
        }
        #expect(parts == [Exact(25), Exact(36), Exact(15)])
    }

    @Test("Shares of two wholes joined by 'samen' are no share of the counts' sum")
    func sharesOfTwoWholes() throws {
        let text = "Van de 240 klachten gingen er 61 over wachttijden (25%) en van de 300 meldingen gingen er 106 "
            + "over bejegening (35%); samen 60%."
        let found = try claim("60%", in: text)
        #expect(found.kind == .sum)
        #expect(found.verdict != .inconsistent)
    }

    @Test(
        "An 'en' before a word of a moment and a year opens a clause: two dated amounts against a direction word",
        arguments: [
            // 14,6 → 15,3 miljoen: a rise of 0,7 miljoen.
            ("Het eigen vermogen bedroeg eind 2023 € 14,6 miljoen en eind 2024 € 15,3 miljoen, een afname van "
                + "€ 0,7 miljoen.", "€ 0,7 miljoen", Verdict.inconsistent),
            ("Het eigen vermogen bedroeg eind 2023 € 14,6 miljoen en eind 2024 € 15,3 miljoen, een toename van "
                + "€ 0,7 miljoen.", "€ 0,7 miljoen", .consistent),
            ("Het eigen vermogen bedroeg ultimo 2023 € 14,6 miljoen en ultimo 2024 € 15,3 miljoen, een toename van "
                + "€ 0,7 miljoen.", "€ 0,7 miljoen", .consistent),
            // 'per' without a year is no moment: the sentence stays one clause.
            ("Het eigen vermogen bedroeg € 14,6 miljoen en per jaar € 15,3 miljoen, een afname van € 0,7 miljoen.",
                "€ 0,7 miljoen", .unverifiable),
        ])
    func datedAmounts(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
