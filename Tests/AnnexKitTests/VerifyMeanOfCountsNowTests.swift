import Testing

@testable import AnnexKit

/// The end value of a change is a count of now: a mean or rate after it may divide it ('150 wedstrijden (2023:
/// 120) … Dat is gemiddeld 30 toeschouwers per wedstrijd').
@Suite("Verify: a change's end value as the total or units of a mean or rate after it")
struct VerifyEndLevelOperandTests {
    @Test("The units of a mean that refers back are the end value of a change in the sentence before")
    func unitsOfAMeanThatRefersBack() throws {
        // 4.500 / 150 = 30 spectators per match; 36 is planted (4.500 / 120 would be 37,5).
        let club = "De sportclub speelde in 2024 150 wedstrijden (2023: 120), met samen 4.500 toeschouwers. "
        try expectClaim("30", in: club + "Dat is gemiddeld 30 toeschouwers per wedstrijd.", kind: .ratio,
            verdict: .consistent, value: 30)
        try expectClaim("36", in: club + "Dat is gemiddeld 36 toeschouwers per wedstrijd.", kind: .ratio,
            verdict: .inconsistent, value: 30)
    }

    @Test("The units named by 'het aantal' before a change's end value with no noun after it")
    func unitsNamedByHetAantal() throws {
        // 3.200 / 80 = 40 hours per volunteer; 50 is planted (3.200 / 64).
        let helpers = "Het aantal vrijwilligers steeg naar 80 (2023: 64). Samen werkten zij 3.200 uur, "
        try expectClaim("40", in: helpers + "gemiddeld 40 uur per vrijwilliger.", kind: .ratio, verdict: .consistent,
            value: 40)
        try expectClaim("50", in: helpers + "gemiddeld 50 uur per vrijwilliger.", kind: .ratio,
            verdict: .inconsistent, value: 40)
    }

    @Test("The part of a rate per a population is the end value of a change the sentence before states")
    func partOfARate() throws {
        // 56 / 80.000 × 10.000 = 7,0 burglaries per 10.000 inhabitants; 5,3 is planted (42 / 80.000 × 10.000).
        let district = "In 2024 telde het district 56 inbraken, 14 meer dan in 2023 (42). Met 80.000 inwoners komt "
        try expectClaim("7,0", in: district + "dat neer op 7,0 inbraken per 10.000 inwoners.", kind: .ratio,
            verdict: .consistent, value: 7)
        try expectClaim("5,3", in: district + "dat neer op 5,3 inbraken per 10.000 inwoners.", kind: .ratio,
            verdict: .inconsistent, value: 7)
    }

    @Test(
        "In doubt unverifiable: two end values name the unit, an end value of another year than the mean",
        arguments: [
            "De club speelde 150 wedstrijden (2023: 120) en 40 oefenwedstrijden (2023: 30), met samen 4.500 "
                + "toeschouwers. Dat is gemiddeld 30 toeschouwers per wedstrijd.",
            "In 2023 speelde de club 150 wedstrijden (2022: 120). In 2024 kwamen er 4.500 toeschouwers, gemiddeld "
                + "30 per wedstrijd.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("30", in: text)
    }
}

/// A rate per so many of a population: set against that population after 'afgezet tegen', past a sentence that
/// only restates a change, or with its earlier level as an aside after it ('…, tegen 12,5 in 2023'); and a
/// population in a unit of measure written short ('420 km' for 'per 100 kilometer').
@Suite("Verify: a rate per a population beside a change")
struct VerifyRateBesideChangeTests {
    @Test("'Afgezet tegen' the population, past a sentence that restates the change of the part")
    func setAgainstThePopulation() throws {
        // 84 / 12.000 × 1.000 = 7 members per 1.000 inhabitants; 8 is planted.
        let choir = "Het koor telde in 2024 84 leden, tegen 70 een jaar eerder. Dat is een groei van 20%. Afgezet "
            + "tegen de 12.000 inwoners van het dorp komt dat neer op "
        try expectClaim("7", in: choir + "7 leden per 1.000 inwoners.", kind: .ratio, verdict: .consistent, value: 7)
        try expectClaim("8", in: choir + "8 leden per 1.000 inwoners.", kind: .ratio, verdict: .inconsistent, value: 7)
    }

    @Test("A sentence with a value of its own between: the part is not taken past it")
    func valueBetween() throws {
        let text = "Het koor telde in 2024 84 leden, tegen 70 een jaar eerder. Het dorp telde 300 verenigingen. "
            + "Afgezet tegen de 12.000 inwoners komt dat neer op 7 leden per 1.000 inwoners."
        try expectUnverifiable("7", in: text)
    }

    @Test("A rate stated of a part and whole before it, its earlier level after it")
    func earlierLevelAsAnAside() throws {
        // 2.450 / 175.000 × 1.000 = 14,0 reports per 1.000 inhabitants; 15,0 is planted.
        let region = "Met 2.450 meldingen op 175.000 inwoners kwam de regio uit op "
        try expectClaim("14,0", in: region + "14,0 meldingen per 1.000 inwoners, tegen 12,5 in 2023.", kind: .ratio,
            verdict: .consistent, value: 14)
        try expectClaim("15,0", in: region + "15,0 meldingen per 1.000 inwoners, tegen 12,5 in 2023.", kind: .ratio,
            verdict: .inconsistent, value: 14)
        // The earlier level before the rate: the rate is the end of the change, as before.
        try expectUnverifiable("14,0", in: "In 2023 kwamen 2.450 meldingen op 175.000 inwoners; de regio ging van 12,5 "
            + "naar 14,0 per 1.000 inwoners.")
    }

    @Test("A mean per unit of a total before it, its earlier level after it; a stock per day against its base")
    func meanWithEarlierLevelAfter() throws {
        // € 1.200.000 / 40.000 = € 30 per inhabitant; € 33 is planted.
        let grant = "De subsidie bedroeg € 1,2 mln. Bij 40.000 inwoners is dat "
        try expectClaim("€ 30", in: grant + "€ 30 per inwoner, tegen € 28 in 2022.", kind: .ratio,
            verdict: .consistent, value: 30)
        try expectClaim("€ 33", in: grant + "€ 33 per inwoner, tegen € 28 in 2022.", kind: .ratio,
            verdict: .inconsistent, value: 30)
        // A mean of a stock per day: 38 is the earlier level, and 2024 its year, no total over days.
        try expectUnverifiable("42", in: "Hoeveel patiënten lagen in 2025 op de afdeling? Gemiddeld 42 per dag, "
            + "tegen 38 in 2024.")
    }

    @Test("A population in kilometres written short")
    func kilometres() throws {
        // 63 / 420 × 100 = 15 accidents per 100 kilometres; 18 is planted.
        let paths = "De fietspaden (420 km) telden 63 ongevallen, ofwel "
        try expectClaim("15", in: paths + "15 per 100 kilometer pad.", kind: .ratio, verdict: .consistent, value: 15)
        try expectClaim("18", in: paths + "18 per 100 kilometer pad.", kind: .ratio, verdict: .inconsistent, value: 15)
        // Two lengths: which one is the population, the text does not say.
        try expectUnverifiable("15", in: "De fietspaden (420 km) en wegen (380 km) telden 63 ongevallen, ofwel 15 per "
            + "100 kilometer.")
    }
}

/// A mean per a unit of time over a period the text states otherwise: per day of the numbered year the sentence
/// before states, per month of a quarter that opens the sentence, per day of a number of weeks.
@Suite("Verify: a mean per a unit of time of a stated period")
struct VerifyMeanPerPeriodTests {
    @Test("Per day of the year the sentence before states its total over")
    func perDayOfTheYearBefore() throws {
        // 2.190 / 365 = 6 per day; 7 is planted. 2.196 / 366 = 6 in the leap year 2024.
        let common = "In 2023 kwamen bij de meldkamer 2.190 meldingen binnen. "
        try expectClaim("6", in: common + "Dat zijn er gemiddeld 6 per dag.", kind: .ratio, verdict: .consistent,
            value: 6)
        try expectClaim("7", in: common + "Dat zijn er gemiddeld 7 per dag.", kind: .ratio, verdict: .inconsistent,
            value: 6)
        try expectClaim("6", in: "In 2024 kwamen bij de meldkamer 2.196 meldingen binnen. Dat zijn er gemiddeld 6 "
            + "per dag.", kind: .ratio, verdict: .consistent, value: 6)
    }

    @Test(
        "No numbered whole year before, or a time of the mean's own: unverifiable",
        arguments: [
            "Vorig jaar kwamen bij de meldkamer 2.190 meldingen binnen. Dat zijn er gemiddeld 6 per dag.",
            "Tot en met oktober 2023 kwamen 2.190 meldingen binnen. Dat zijn er gemiddeld 6 per dag.",
            "In 2023 kwamen 2.190 meldingen binnen. Dat zijn er in december gemiddeld 6 per dag.",
        ])
    func noYearBefore(text: String) throws {
        try expectUnverifiable("6", in: text)
    }

    @Test("Per month of a quarter or half year that opens the sentence")
    func perMonthOfAnOpeningQuarter() throws {
        // 2.730 / 3 = 910 per month; 930 is planted; 2.730 / 6 = 455 in a half year.
        try expectClaim("910", in: "Het tweede kwartaal telde 2.730 aanvragen, gemiddeld 910 per maand.",
            kind: .ratio, verdict: .consistent, value: 910)
        try expectClaim("930", in: "Het tweede kwartaal telde 2.730 aanvragen, gemiddeld 930 per maand.",
            kind: .ratio, verdict: .inconsistent, value: 910)
        try expectClaim("455", in: "Het tweede halfjaar telde 2.730 aanvragen, gemiddeld 455 per maand.",
            kind: .ratio, verdict: .consistent, value: 455)
        try expectUnverifiable("910", in: "Het tweede kwartaal en juli telden 2.730 aanvragen, gemiddeld 910 per "
            + "maand.")
    }

    @Test("Per day of a number of weeks the total is counted over")
    func perDayOfWeeks() throws {
        // 35.000 / (10 × 7) = 500 per day; 600 is planted.
        try expectClaim("zo'n 500", in: "De pont vervoerde in de eerste 10 weken 35.000 passagiers, zo'n 500 per "
            + "dag.", kind: .ratio, verdict: .consistent, value: 500)
        try expectClaim("600", in: "De pont vervoerde in de eerste 10 weken 35.000 passagiers, gemiddeld 600 per "
            + "dag.", kind: .ratio, verdict: .inconsistent, value: 500)
        // Months go into days inexactly: no reading.
        try expectUnverifiable("zo'n 500", in: "De pont vervoerde in de eerste 3 maanden 45.000 passagiers, zo'n 500 "
            + "per dag.")
    }
}
