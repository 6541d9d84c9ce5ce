import Testing

@testable import AnnexKit

/// A mean per unit whose subject is 'elk(e)' or 'ieder(e)' and its unit ('werkte elk lid gemiddeld 25 uur'): the
/// units the mean is per, as after 'per'.
@Suite("Verify: a mean whose subject is each unit")
struct VerifyMeanOfEachUnitTests {
    @Test("'elk lid' is the unit of the mean: the total over the count of members")
    func eachMember() throws {
        // 2.400 / 96 = 25 hours per member; 28 is planted.
        let text = "Met 96 leden en 2.400 gewerkte uren werkte elk lid gemiddeld 25 uur."
        try expectClaim("25", in: text, kind: .ratio, verdict: .consistent, value: 25)
        let wrong = "Met 96 leden en 2.400 gewerkte uren werkte elk lid gemiddeld 28 uur."
        try expectClaim("28", in: wrong, kind: .ratio, verdict: .inconsistent, value: 25)
    }

    @Test("Two counts of the unit ('leden', 'jeugdleden'): unverifiable")
    func twoCountsOfTheUnit() throws {
        try expectUnverifiable("25", in: "Met 96 leden, 30 jeugdleden en 2.400 uren werkte elk lid gemiddeld 25 uur.")
    }
}

/// A mean whose sentence gives the total and whose unit the sentence before counts ('Het dorp telt 640
/// huishoudens. Samen zamelden ze … 115.200 kilo afval in, gemiddeld 180 kilo per huishouden.').
@Suite("Verify: a mean per a unit the sentence before counts")
struct VerifyMeanOfUnitsBeforeTests {
    @Test("The one count of the unit before, the total in the mean's sentence")
    func unitsBefore() throws {
        // An amount with no word that refers back: 156.000 / 24.000 = 6,50 per visitor; 7,50 is planted.
        let pool = "Het zwembad telde dit jaar 24.000 bezoekers. De kassa ontving € 156.000, "
        try expectClaim("€ 6,50", in: pool + "gemiddeld € 6,50 per bezoeker.", kind: .ratio, verdict: .consistent,
            value: 6.5)
        try expectClaim("€ 7,50", in: pool + "gemiddeld € 7,50 per bezoeker.", kind: .ratio,
            verdict: .inconsistent, value: 6.5)
        // 115.200 / 640 = 180 kilo per household (read before as well); 190 is planted.
        let before = "Het dorp telt 640 huishoudens. Samen zamelden ze vorig jaar 115.200 kilo afval in, "
        try expectClaim("180", in: before + "gemiddeld 180 kilo per huishouden.", kind: .ratio, verdict: .consistent,
            value: 180)
        try expectClaim("190", in: before + "gemiddeld 190 kilo per huishouden.", kind: .ratio, verdict: .inconsistent,
            value: 180)
    }

    @Test(
        "In doubt unverifiable: two counts of the unit before, a count of another year",
        arguments: [
            "Het dorp telt 640 huishoudens, het buurdorp 410 huishoudens. Het dorp zamelde 115.200 kilo afval in, "
                + "gemiddeld 180 kilo per huishouden.",
            "In 2022 telde het dorp 640 huishoudens. In 2024 zamelden ze 115.200 kilo afval in, gemiddeld 180 kilo "
                + "per huishouden.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("180", in: text)
    }

    @Test("The visitors of another year than the takings: unverifiable")
    func otherYear() throws {
        let text = "Het zwembad telde in 2023 24.000 bezoekers. In 2024 ontving de kassa € 156.000, gemiddeld € 6,50 "
            + "per bezoeker."
        try expectUnverifiable("€ 6,50", in: text)
    }

    @Test("A unit with a power glued to it ('m³') names the total's unit and stands before 'per'")
    func cubicMetres() throws {
        // 96.000 / 80 = 1.200 m³ per home; 1.300 is planted. 1.500 / 5 = 300 m³ per person; 350 is planted.
        let street = "In de straat staan 80 woningen. Samen verbruikten ze in 2024 96.000 m³ gas, "
        try expectClaim("1.200", in: street + "gemiddeld 1.200 m³ per woning.", kind: .ratio, verdict: .consistent,
            value: 1_200)
        try expectClaim("1.300", in: street + "gemiddeld 1.300 m³ per woning.", kind: .ratio,
            verdict: .inconsistent, value: 1_200)
        let family = "Een gezin van vijf personen verbruikt samen 1.500 m³, ofwel "
        try expectClaim("300", in: family + "300 m³ per persoon.", kind: .ratio, verdict: .consistent, value: 300)
        try expectClaim("350", in: family + "350 m³ per persoon.", kind: .ratio, verdict: .inconsistent, value: 300)
        // Litres are no cubic metres as read: no total.
        try expectUnverifiable("1.200", in: street + "gemiddeld 1.200 liter per woning.")
    }
}

/// A mean 'per X per jaar' of a total over the one whole year the text states: the total is that year's, so the
/// mean per unit is per year already.
@Suite("Verify: a mean per unit per year of a yearly total")
struct VerifyMeanPerUnitPerYearTests {
    @Test("'In 2024 … Dat is gemiddeld € 1.800 per huurder per jaar' is the total over the units")
    func perYear() throws {
        // 4,5 miljard / 2,5 miljoen = 1.800; 1.900 is planted.
        let before = "In 2024 kregen 2,5 miljoen huurders samen € 4,5 miljard huurtoeslag. "
        try expectClaim("€ 1.800", in: before + "Dat is gemiddeld € 1.800 per huurder per jaar.", kind: .ratio,
            verdict: .consistent, value: 1_800)
        try expectClaim("€ 1.900", in: before + "Dat is gemiddeld € 1.900 per huurder per jaar.", kind: .ratio,
            verdict: .inconsistent, value: 1_800)
        let own = "In 2024 kregen 2,5 miljoen huurders samen € 4,5 miljard, gemiddeld € 1.800 per huurder per jaar."
        try expectClaim("€ 1.800", in: own, kind: .ratio, verdict: .consistent, value: 1_800)
    }

    @Test(
        "In doubt unverifiable: per month (the months are not counted), no whole year stated",
        arguments: [
            "In 2024 kregen 2,5 miljoen huurders samen € 4,5 miljard huurtoeslag. Dat is gemiddeld € 1.800 per "
                + "huurder per maand.",
            "Tot nu toe kregen 2,5 miljoen huurders samen € 4,5 miljard huurtoeslag. Dat is gemiddeld € 1.800 per "
                + "huurder per jaar.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("€ 1.800", in: text)
    }
}

/// A mean in a unit of time whose total the paragraph states in another unit of that family ('9.000 uur' for a
/// mean in minutes): the total converted exactly.
@Suite("Verify: a mean of a total in another unit of time")
struct VerifyMeanOfConvertedTotalTests {
    @Test("Hours before, a mean in minutes")
    func minutesOfHours() throws {
        // 9.000 uur × 60 = 540.000 minuten / 12.000 = 45 minutes; 50 is planted.
        let before = "De monteurs deden 12.000 reparaties met een totale duur van 9.000 uur. "
        try expectClaim("45", in: before + "Een reparatie duurde daarmee gemiddeld 45 minuten.", kind: .ratio,
            verdict: .consistent, value: 45)
        try expectClaim("50", in: before + "Een reparatie duurde daarmee gemiddeld 50 minuten.", kind: .ratio,
            verdict: .inconsistent, value: 45)
    }

    @Test(
        "In doubt unverifiable: two totals of time, a total of another family",
        arguments: [
            "De monteurs deden 12.000 reparaties in 9.000 uur en reden 3.000 uur. Een reparatie duurde daarmee "
                + "gemiddeld 45 minuten.",
            "De monteurs deden 12.000 reparaties en reden 9.000 kilometer. Een reparatie duurde daarmee gemiddeld 45 "
                + "minuten.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("45", in: text)
    }
}

/// A mean that refers back ('is dat', 'komt dat neer op') divides the total said before it: an amount after it in its
/// own sentence is something else ('…, ongeveer 8 procent van het budget van € 300.000').
@Suite("Verify: a mean that refers back takes no total after it")
struct VerifyMeanReferringBackToTotalTests {
    @Test("The amount before is the total, the budget after the mean is not")
    func totalBefore() throws {
        // 24.300 / 27 = 900 per playground; 950 is planted.
        let before = "Het onderhoud van de speeltuinen kostte € 24.300. Bij 27 speeltuinen is dat "
        let after = " per speeltuin, ongeveer 8 procent van het budget van € 300.000."
        try expectClaim("€ 900", in: before + "€ 900" + after, kind: .ratio, verdict: .consistent, value: 900)
        try expectClaim("€ 950", in: before + "€ 950" + after, kind: .ratio, verdict: .inconsistent, value: 900)
        // The units may still stand after it.
        let units = "Het onderhoud van de speeltuinen kostte € 24.300. Dat is € 900 per speeltuin bij 27 speeltuinen."
        try expectClaim("€ 900", in: units, kind: .ratio, verdict: .consistent, value: 900)
    }
}
