import Testing

@testable import AnnexKit

/// 'Over het hele jaar' states one whole year though it names no number: a mean per month or quarter of a total over
/// it spreads the total over twelve months ('Over het hele jaar … 54.000 boeken uit, gemiddeld 4.500 per maand').
@Suite("Verify: a mean per month of a total over 'het hele jaar'")
struct VerifyMeanOverWholeYearPhraseTests {
    @Test("A mean per month and per quarter")
    func perMonthAndQuarter() throws {
        // 54.000 / 12 months = 4.500; 4.800 is planted. 54.000 / 4 quarters = 13.500.
        let library = "Over het hele jaar leende de bibliotheek 54.000 boeken uit, gemiddeld "
        try expectClaim("4.500", in: library + "4.500 per maand.", kind: .ratio, verdict: .consistent, value: 4_500)
        try expectClaim("4.800", in: library + "4.800 per maand.", kind: .ratio, verdict: .inconsistent, value: 4_500)
        try expectClaim("13.500", in: library + "13.500 per kwartaal.", kind: .ratio, verdict: .consistent,
            value: 13_500)
    }

    @Test(
        "In doubt unverifiable: a day (the year's number unsaid), a part of the year, a second year",
        arguments: [
            "Over het hele jaar leende de bibliotheek 54.000 boeken uit, gemiddeld 148 per dag.",
            "Over het eerste deel van het jaar leende de bibliotheek 54.000 boeken uit, gemiddeld 4.500 per maand.",
            "Over het hele jaar leende de bibliotheek 54.000 boeken uit, vorig jaar 50.000, gemiddeld 4.500 per "
                + "maand.",
        ])
    func inDoubt(text: String) throws {
        let claimed = text.contains("148") ? "148" : "4.500"
        try expectUnverifiable(claimed, in: text)
    }
}

/// A mean per unit whose total is written in another unit of measure of its family ('30 ton afval …, gemiddeld 2,4
/// kilo per bezoeker'), or in items the mean counts as 'stuks' ('3,5 miljoen pakketten …, 14.000 stuks per bezorger').
@Suite("Verify: a mean per unit in another unit than its total")
struct VerifyMeanInOtherUnitTests {
    @Test("Tons into kilos")
    func tonsIntoKilos() throws {
        // 30 t = 30.000 kg; 30.000 / 12.500 visitors = 2,4 kg; 2,8 is planted.
        let fair = "Op de braderie kwamen 12.500 bezoekers, die samen 30 ton afval achterlieten, gemiddeld "
        try expectClaim("2,4", in: fair + "2,4 kilo per bezoeker.", kind: .ratio, verdict: .consistent,
            value: 2.4)
        try expectClaim("2,8", in: fair + "2,8 kilo per bezoeker.", kind: .ratio, verdict: .inconsistent,
            value: 2.4)
    }

    @Test("Items counted as 'stuks'")
    func items() throws {
        // 3.500.000 parcels / 250 couriers = 14.000; 15.000 is planted.
        let depot = "De 250 bezorgers brachten samen 3,5 miljoen pakketten rond, gemiddeld "
        try expectClaim("14.000", in: depot + "14.000 stuks per bezorger.", kind: .ratio, verdict: .consistent,
            value: 14_000)
        try expectClaim("15.000", in: depot + "15.000 stuks per bezorger.", kind: .ratio, verdict: .inconsistent,
            value: 14_000)
    }

    @Test(
        "In doubt unverifiable: units of two families, 'stuks' of an amount of money",
        arguments: [
            "Op de braderie kwamen 12.500 bezoekers, die samen 30 ton afval achterlieten, gemiddeld 2,4 liter per "
                + "bezoeker.",
            "De 250 bezorgers brachten samen voor € 3,5 miljoen rond, gemiddeld 14.000 stuks per bezorger.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable(text.contains("2,4") ? "2,4" : "14.000", in: text)
    }
}

/// The level a verb of change arrives at ('Het aantal uitleningen steeg met 5 procent tot 10.400') counts what 'het
/// aantal' names when it is the sentence's only count: the total of a mean per unit after it.
@Suite("Verify: the level a change of 'het aantal' arrives at, as a mean's total")
struct VerifyArrivedLevelTotalTests {
    @Test("The mean's units in its own sentence, the total arrived at before")
    func arrivedTotal() throws {
        // 10.400 / 52 weeks = 200; 240 is planted.
        let loans = "Het aantal uitleningen dat de vestiging registreerde, steeg met 5 procent tot 10.400. Over 52 "
        try expectClaim("200", in: loans + "weken is dat gemiddeld 200 uitleningen per week.", kind: .ratio,
            verdict: .consistent, value: 200)
        try expectClaim("240", in: loans + "weken is dat gemiddeld 240 uitleningen per week.", kind: .ratio,
            verdict: .inconsistent, value: 200)
    }

    @Test("Two counts arrived at: no total")
    func twoLevels() throws {
        let text = "Het aantal uitleningen steeg tot 10.400 en het aantal reserveringen tot 2.600. Over 52 weken is "
            + "dat gemiddeld 200 uitleningen per week."
        try expectUnverifiable("200", in: text)
    }
}

/// A mean of the values a sentence lists after their total and the size of their set ('in totaal 42 dagen …, over
/// drie sluitingen van 10, 18 en 14 dagen. Gemiddeld duurde een sluiting dus 14 dagen.'): the size and the total are
/// no values of the list.
@Suite("Verify: a mean of a list beside its total and its size")
struct VerifyMeanOfListBesideTotalTests {
    @Test("The total before the list, the size of its set beside it")
    func totalAndSize() throws {
        // (10 + 18 + 14) / 3 = 14 = 42 / 3; 16 is planted.
        let hall = "De sporthal was in totaal 42 dagen dicht, verdeeld over drie sluitingen van 10, 18 en 14 dagen. "
        try expectClaim("14", in: hall + "Gemiddeld duurde een sluiting dus 14 dagen.", kind: .average,
            verdict: .consistent, value: 14)
        try expectClaim("16", in: hall + "Gemiddeld duurde een sluiting dus 16 dagen.", kind: .average,
            verdict: .inconsistent, value: 14)
    }

    @Test("A total that the list does not add up to: no reading")
    func unequalTotal() throws {
        let text = "De sporthal was in totaal 45 dagen dicht, verdeeld over drie sluitingen van 10, 18 en 14 dagen. "
            + "Gemiddeld duurde een sluiting dus 14 dagen."
        try expectUnverifiable("14", in: text)
    }
}
