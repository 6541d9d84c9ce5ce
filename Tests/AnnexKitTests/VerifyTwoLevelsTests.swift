import Testing

@testable import AnnexKit

/// The twenty-sixth round (C): changes and comparisons of two levels that verify now ties to their claim: a pair
/// restated rounded in brackets, a hedged fraction in words after a comma, an earlier value labelled by a school year,
/// a change in words under the lines of a series with its span in years, points claimed for amounts, and two groups
/// joined by 'en' in the sentence before a comparison.
@Suite("Verify: changes and comparisons of two levels")
struct VerifyTwoLevelsTests {
    // MARK: A pair restated rounded

    @Test(
        "A change after a pair restated rounded in brackets is checked on the exact values",
        arguments: [
            // 100 × (18.312 − 17.690) / 17.690 = +3,52%; 3,4% follows only from 17.700 → 18.300 (+3,39%).
            ("Het aantal uitleningen ging van 17.690 naar 18.312 (afgerond van 17.700 naar 18.300): een stijging van "
                + "3,5%.", "3,5%", Verdict.consistent),
            ("Het aantal uitleningen ging van 17.690 naar 18.312 (afgerond van 17.700 naar 18.300): een stijging van "
                + "3,4%.", "3,4%", .inconsistent),
        ])
    func roundedRestatement(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test("A second pair in brackets that no word of rounding marks keeps its old reading")
    func roundedRestatementNearMiss() throws {
        // 17.700 → 18.300 = +3,39%: the pair nearest the claim, as before.
        let found = try claim(
            "3,4%",
            in: "Het aantal uitleningen ging van 17.690 naar 18.312 (in de zomer van 17.700 naar 18.300): een stijging "
                + "van 3,4%.")
        #expect(found.verdict == .consistent, "\(reason(found))")
    }

    // MARK: A hedged fraction in words after a comma

    @Test(
        "'ruim een kwart meer dan vorig jaar' after a comma restates the pair of the clause before",
        arguments: [
            // 1.055 / 840 = 1,256: +25,6%, a little more than a quarter.
            ("Het aantal vrijwilligers steeg van 840 naar 1.055, ruim een kwart meer dan vorig jaar.", "ruim een kwart",
                Verdict.consistent),
            // 930 / 840 = 1,107: +10,7%, far from a quarter.
            ("Het aantal vrijwilligers steeg van 840 naar 930, ruim een kwart meer dan vorig jaar.", "ruim een kwart",
                .inconsistent),
        ])
    func hedgedFraction(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test("A hedged fraction that compares with a place is no restatement of the pair")
    func hedgedFractionNearMiss() throws {
        let found = try claim(
            "ruim een kwart", in: "Het aantal vrijwilligers steeg van 840 naar 930, ruim een kwart meer dan in Zwolle.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: An earlier value labelled by a school year

    @Test(
        "A school year labels the earlier value in brackets ('(2022/23: 475)')",
        arguments: [
            // 515 − 475 = +40: 'toe' holds, 'af' is the wrong direction.
            ("Het aantal schorsingen nam met 40 toe tot 515 (2022/23: 475).", "40", Verdict.consistent),
            ("Het aantal schorsingen nam met 40 af tot 515 (2022/23: 475).", "40", .inconsistent),
            ("Het aantal schorsingen nam met 40 af tot 515 (2022/2023: 475).", "40", .inconsistent),
        ])
    func schoolYear(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .difference, verdict: expected)
    }

    // MARK: A change in words under the lines of a series

    @Test(
        "A change in words under two year lines is bound by them, also with the span in years",
        arguments: [
            // 9.600 / 3.150 = 3,05: about three times, not twice.
            ("Deelnemers schuldhulp\n2018: 3.150\n2024: 9.600\nHet aantal deelnemers is in zes jaar ongeveer "
                + "verdrievoudigd.", "verdrievoudigd", Verdict.consistent),
            ("Deelnemers schuldhulp\n2018: 3.150\n2024: 9.600\nHet aantal deelnemers is in zes jaar verdubbeld.",
                "verdubbeld", .inconsistent),
            ("Deelnemers schuldhulp\n2018: 3.150\n2024: 9.600\nHet aantal deelnemers is verdubbeld.", "verdubbeld",
                .inconsistent),
        ])
    func seriesWords(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test("A span in years that is not the lines' span does not bind the change to them")
    func seriesWordsNearMiss() throws {
        // 2018 to 2024 is six years, not four.
        let found = try claim(
            "verdubbeld", in: "Deelnemers schuldhulp\n2018: 3.150\n2024: 9.600\nHet aantal deelnemers is in vier jaar "
                + "verdubbeld.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: Points claimed for amounts

    @Test(
        "Points claimed for two amounts are judged as the change in percent they mean",
        arguments: [
            // 100 × (8,1 − 7,5) / 7,5 = +8,0%.
            ("Kosten per leerling (x € 1.000)\n2023: 7,5\n2024: 8,1\nDe kosten per leerling stegen met 8 procentpunt.",
                "8 procentpunt", Verdict.consistent),
            ("Kosten per leerling (x € 1.000)\n2023: 7,5\n2024: 8,1\nDe kosten per leerling stegen met 0,6 "
                + "procentpunt.", "0,6 procentpunt", .inconsistent),
            // 100 × (688 − 640) / 640 = +7,5%.
            ("De huur steeg van 640 naar 688 euro per maand, een stijging van 7,5 procentpunt.", "7,5 procentpunt",
                .consistent),
            ("De huur steeg van 640 naar 688 euro per maand, een stijging van 4,8 procentpunt.", "4,8 procentpunt",
                .inconsistent),
        ])
    func pointsOfAmounts(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .points, verdict: expected)
    }

    @Test(
        "Points of a share, of another quantity after 'en', or bare beside a memo, are not the amounts' change",
        arguments: [
            ("Het aantal huurders steeg van 640 naar 688 en het aandeel huurders met 2 procentpunt.", "2 procentpunt"),
            ("Het aantal huurders steeg van 640 naar 688 en de tevredenheid steeg met 2 procentpunt.",
                "2 procentpunt"),
            // A bare signed number beside a memo's values states no change of them in words.
            ("Aantal huurders: 640 → 688 (+2 procentpunt).", "+2 procentpunt"),
        ])
    func pointsOfAmountsNearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: Two groups joined by 'en' before a comparison

    @Test(
        "A comparison takes the two groups that 'en' joins in the sentence before, the base after 'dan'",
        arguments: [
            // 100 × (120.000 − 150.000) / 150.000 = −20%; 25% takes Zuid as the base.
            ("Stichting Noord kreeg 150.000 euro subsidie en stichting Zuid 120.000 euro. Zuid kreeg daarmee 20 "
                + "procent minder dan Noord.", "20 procent", Verdict.consistent),
            ("Stichting Noord kreeg 150.000 euro subsidie en stichting Zuid 120.000 euro. Zuid kreeg daarmee 25 "
                + "procent minder dan Noord.", "25 procent", .inconsistent),
            // 100 × (150.000 − 120.000) / 120.000 = +25%.
            ("Stichting Noord kreeg 150.000 euro subsidie en stichting Zuid 120.000 euro. Noord kreeg daarmee 25 "
                + "procent meer dan Zuid.", "25 procent", .consistent),
        ])
    func joinedGroups(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "A sentence that opens with 'Dan' compares the groups of the sentence before, as 'daarmee' does",
        arguments: [
            // 100 × (600 − 900) / 900 = −33,3%: a third less; half less is 900 → 450.
            ("Stel dat een huurder 600 euro betaalt en een koper 900 euro. Dan betaalt de huurder een derde minder "
                + "dan de koper.", "een derde", Verdict.consistent),
            ("Stel dat een huurder 600 euro betaalt en een koper 900 euro. Dan betaalt de huurder de helft minder "
                + "dan de koper.", "de helft", .inconsistent),
        ])
    func thenComparison(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "A comparison with another time, or two values of a range, takes no groups",
        arguments: [
            "Stichting Noord kreeg 150.000 euro subsidie en stichting Zuid 120.000 euro. Dat is 25 procent minder dan "
                + "vorig jaar.",
            "De kosten lagen tussen 120.000 en 150.000 euro. Zuid kreeg daarmee 25 procent minder dan Noord.",
            "Stel dat een huurder 600 euro betaalt en een koper 900 euro. Dan betalen zij samen 25 procent minder "
                + "dan vorig jaar.",
        ])
    func joinedGroupsNearMisses(text: String) throws {
        let found = try claim("25 procent", in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
