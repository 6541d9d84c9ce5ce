import Testing

@testable import AnnexKit

/// The twenty-ninth round's guards against false alarms the twenty-eighth named: a share of the same whole with a
/// property no count names; a percentage that is a noun's level with no whole after it; a gain that is a margin
/// ('op de omzet'); 'keer de' with a count of occasions; a third group after 'de'.
@Suite("Verify: false-alarm risks named by the twenty-eighth round")
struct VerifyFalseAlarmsRound29Tests {
    @Test(
        "A share of the whole with a property no count of the sentence before names has no part there",
        arguments: [
            // 30 / 90 = 33%: the counts name tenors, the share names age.
            "De fanfare telt 90 leden, van wie 30 trompettisten. Daarmee is 40% van de leden ouder dan zestig.",
            // 50 / 200 = 25%: renters, not city dwellers.
            "De vereniging heeft 200 leden, onder wie 50 huurders. Daarmee is 70% van de leden woonachtig in de stad.",
        ])
    func otherPropertyHasNoPart(text: String) throws {
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
    }

    @Test(
        "A share of the whole whose words name the part keeps its reading",
        arguments: [
            // 30 / 90 = 1/3.
            ("De fanfare telt 90 leden, van wie 30 trompettisten. Daarmee is een derde van de leden trompettist.",
                "een derde", Verdict.consistent),
            // 30 / 90 = 33%, not 40%.
            ("De fanfare telt 90 leden, van wie 30 trompettisten. Daarmee is 40% van de leden trompettist.",
                "40%", .inconsistent),
            // A verb before the share with no words after the whole keeps the part: 30 / 90 = 1/3.
            ("De fanfare telt 90 leden, van wie 30 rokers. Daarmee rookt een derde van de leden.", "een derde",
                .consistent),
        ])
    func namedPartKeepsShare(text: String, share: String, expected: Verdict) throws {
        let found = try claim(share, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A percentage that is the level of a noun, with no whole after it, is no share of the counts",
        arguments: [
            // 150 / 600 = 25%: 40% is the discount.
            "Van de 600 abonnees kregen er 150 een korting van 40%.",
            // 150 / 600 = 25%: 60% is the allowance.
            "Van de 600 werknemers ontvingen er 150 een vergoeding van 60%.",
        ])
    func bareNounLevelIsNoShare(text: String) throws {
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
    }

    @Test(
        "A share noun before 'van' with no whole after it stays a share of the counts",
        arguments: [
            // 150 / 600 = 25%.
            ("Van de 600 abonnees kregen er 150 een korting, een aandeel van 25%.", "25%", Verdict.consistent),
            ("Van de 600 abonnees kregen er 150 een korting, een aandeel van 35%.", "35%", .inconsistent),
            // A level set apart by a comma restates the share: 900 / 2.000 = 45%.
            ("Van de 2.000 aangeschrevenen deden er 900 mee, een respons van 45%.", "45%", .consistent),
            ("Van de 2.000 aangeschrevenen deden er 900 mee, een respons van 55%.", "55%", .inconsistent),
        ])
    func shareNounStaysShare(text: String, share: String, expected: Verdict) throws {
        let found = try claim(share, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A gain or loss of a percentage 'op' or 'van' a whole is a margin, no change of the pair",
        arguments: [
            // 3,0 → 3,6 is +20%; 5% is a margin on turnover.
            "De omzet steeg van € 3,0 naar € 3,6 miljoen. Er bleef een winst van 5 procent op de omzet over.",
            "De omzet steeg van € 3,0 naar € 3,6 miljoen. Er resteerde een winst van 4 procent van de omzet.",
        ])
    func marginIsNoChange(text: String) throws {
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
    }

    @Test(
        "A gain with no whole after it stays the change of the pair",
        arguments: [
            // 3,0 → 3,6: +20%.
            ("De omzet steeg van € 3,0 naar € 3,6 miljoen, een winst van 20 procent.", "20 procent",
                Verdict.consistent),
            ("De omzet steeg van € 3,0 naar € 3,6 miljoen, een winst van 30 procent.", "30 procent", .inconsistent),
        ])
    func bareGainIsChange(text: String, size: String, expected: Verdict) throws {
        let found = try claim(size, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test("'keer de' with a count of occasions is no factor between the groups")
    func occasionsAreNoFactor() throws {
        // 6 / 2 = 3, but 'drie keer de beker' counts occasions, and 5 / 2 = 2,5 stays unjudged.
        let text = "Utrecht won 5 prijzen, Zwolle 2. Utrecht won daarmee drie keer de beker."
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
    }

    @Test(
        "'keer zoveel … als' between the groups stays a factor",
        arguments: [
            // 6 / 2 = 3.
            ("Utrecht won 6 prijzen, Zwolle 2. Utrecht won daarmee drie keer zoveel prijzen als Zwolle.",
                Verdict.consistent),
            ("Utrecht won 5 prijzen, Zwolle 2. Utrecht won daarmee drie keer zoveel prijzen als Zwolle.",
                .inconsistent),
        ])
    func timesAsManyStaysFactor(text: String, expected: Verdict) throws {
        let found = try claim("drie keer zoveel", in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A third group after 'een' names no value of the two",
        arguments: [
            // 700 vs 1.000: 30% less; the pensioner is neither group.
            "Een huurder betaalt € 700, een koper € 1.000. Dan betaalt een gepensioneerde 20 procent minder dan een "
                + "koper.",
        ])
    func thirdGroupIsUnbound(text: String) throws {
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
    }

    @Test(
        "One of the two groups after 'de' keeps its value",
        arguments: [
            // (700 − 1.000) / 1.000 = −30%.
            ("Een huurder betaalt € 700, een koper € 1.000. Dan betaalt de huurder 30 procent minder dan een koper.",
                "30 procent", Verdict.consistent),
            ("Een huurder betaalt € 700, een koper € 1.000. Dan betaalt de huurder 20 procent minder dan een koper.",
                "20 procent", .inconsistent),
        ])
    func namedGroupKeepsValue(text: String, size: String, expected: Verdict) throws {
        let found = try claim(size, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }
}
