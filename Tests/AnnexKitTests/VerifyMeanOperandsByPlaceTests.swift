import Testing

@testable import AnnexKit

/// A count in brackets after a mean, with only 'in totaal' beside it, is the total of what the mean counts: 'bakte
/// gemiddeld 320 broden per dag (48.000 in totaal)'.
@Suite("Verify: a bracketed total after a mean counts what the mean counts")
struct VerifyMeanBracketedTotalTests {
    @Test("'(N in totaal)' and '(in totaal N)' after the mean")
    func bracketedTotal() throws {
        // 48.000 / 150 = 320; 350 is planted.
        let bakery = "De bakkerij was 150 dagen open en bakte gemiddeld "
        try expectClaim("320", in: bakery + "320 broden per dag (48.000 in totaal).", kind: .ratio,
            verdict: .consistent, value: 320)
        try expectClaim("350", in: bakery + "350 broden per dag (48.000 in totaal).", kind: .ratio,
            verdict: .inconsistent, value: 320)
        try expectClaim("320", in: bakery + "320 broden per dag (in totaal 48.000).", kind: .ratio,
            verdict: .consistent, value: 320)
    }

    @Test(
        "In doubt unverifiable: the bracket says more than that it totals",
        arguments: [
            // A bracket of another time: not this year's total.
            "De bakkerij was 150 dagen open en bakte gemiddeld 320 broden per dag (vorig jaar 48.000).",
            // 'waarvan' makes the bracket's count a part.
            "De bakkerij was 150 dagen open en bakte gemiddeld 320 broden per dag (waarvan 48.000 bruin).",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("320", in: text)
    }
}

/// A bare count in brackets right after the unit of 'per' is the number of that unit: 'gemiddeld 18 per thuiswonende
/// cliënt (700)'.
@Suite("Verify: a bracketed count after the unit of 'per' counts that unit")
struct VerifyMeanPerBracketedUnitsTests {
    @Test("'per X (N)' and 'per ADJ X (N)'")
    func bracketedUnits() throws {
        // 12.600 / 700 = 18; 21 is planted.
        let meals = "We bezorgden 12.600 maaltijden, gemiddeld "
        try expectClaim("18", in: meals + "18 per thuiswonende cliënt (700).", kind: .ratio, verdict: .consistent,
            value: 18)
        try expectClaim("21", in: meals + "21 per thuiswonende cliënt (700).", kind: .ratio,
            verdict: .inconsistent, value: 18)
        try expectClaim("18", in: meals + "18 per cliënt (700).", kind: .ratio, verdict: .consistent, value: 18)
    }

    @Test("In doubt unverifiable: words of another time in the bracket")
    func otherTime() throws {
        try expectUnverifiable("18", in: "We bezorgden 12.600 maaltijden, gemiddeld 18 per cliënt (vorig jaar 700).")
    }
}

/// 'N X, verdeeld over M groepen van gemiddeld K X': each group holds the mean, so it is per group.
@Suite("Verify: a mean after 'M groups van gemiddeld' is per group")
struct VerifyMeanOverGroupsTests {
    @Test("'verdeeld over 8 teams van gemiddeld 15 spelers'")
    func groups() throws {
        // 120 / 8 = 15; 12 is planted.
        let club = "De vereniging telt 120 spelers, verdeeld over 8 teams van gemiddeld "
        try expectClaim("15", in: club + "15 spelers.", kind: .ratio, verdict: .consistent, value: 15)
        try expectClaim("12", in: club + "12 spelers.", kind: .ratio, verdict: .inconsistent, value: 15)
    }

    @Test(
        "In doubt unverifiable: two totals, or no count before the groups",
        arguments: [
            // Players and coaches: which one the mean is of is plain, but two counts do not name the unit.
            "De vereniging telt 120 spelers en 40 trainers, verdeeld over 8 teams van gemiddeld 15 spelers.",
            // 'teams van gemiddeld' with no count of the teams.
            "De vereniging telt 120 spelers, verdeeld over teams van gemiddeld 15 spelers.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("15", in: text)
    }
}

/// After ';' a stretch that gives only the units and refers back with 'dat' divides the total of the stretch before:
/// 'De contributie bracht € 54.000 op; bij 360 leden is dat gemiddeld € 150 per lid.'
@Suite("Verify: units after ';' with 'dat' divide the total before it")
struct VerifyMeanUnitsAfterSemicolonTests {
    @Test("The total before ';', the units and 'dat' after it")
    func unitsAfter() throws {
        // 54.000 / 360 = 150; 170 is planted.
        let dues = "De contributie bracht € 54.000 op; bij 360 leden is dat gemiddeld "
        try expectClaim("€ 150", in: dues + "€ 150 per lid.", kind: .ratio, verdict: .consistent, value: 150)
        try expectClaim("€ 170", in: dues + "€ 170 per lid.", kind: .ratio, verdict: .inconsistent, value: 150)
    }

    @Test(
        "In doubt unverifiable: no word of reference, or two counts of the unit",
        arguments: [
            "De contributie bracht € 54.000 op; bij 360 leden kwam er gemiddeld € 150 per lid bij.",
            "De contributie bracht € 54.000 op; bij 360 leden en 40 jeugdleden is dat gemiddeld € 150 per lid.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("€ 150", in: text)
    }
}
