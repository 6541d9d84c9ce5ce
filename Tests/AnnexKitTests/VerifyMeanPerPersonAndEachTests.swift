import Testing

@testable import AnnexKit

/// A mean 'per persoon' whose total and units stand in the paragraph: 'persoon' names no count, so it is one of what
/// the paragraph's one count besides the total counts ('Met 42 imkers komt dat neer op gemiddeld 65 uur per persoon').
@Suite("Verify: a mean per person over the one other count of the paragraph")
struct VerifyMeanPerPersonTests {
    @Test("The total in the sentence before, the persons in the mean's own")
    func personsInOwnSentence() throws {
        // 2.730 / 42 = 65; 60 is planted.
        let hives = "De imkers werkten dit jaar 2.730 uur aan de kasten. Met 42 imkers komt dat neer op gemiddeld "
        try expectClaim("65", in: hives + "65 uur per persoon.", kind: .ratio, verdict: .consistent, value: 65)
        try expectClaim("60", in: hives + "60 uur per persoon.", kind: .ratio, verdict: .inconsistent, value: 65)
    }

    @Test("Both counts in the sentence before, the mean refers back")
    func bothBefore() throws {
        // 9.100 / 350 = 26; 28 is planted.
        let readers = "Samen leenden de 350 pashouders 9.100 boeken. Dat is gemiddeld "
        try expectClaim("26", in: readers + "26 boeken per persoon.", kind: .ratio, verdict: .consistent, value: 26)
        try expectClaim("28", in: readers + "28 boeken per persoon.", kind: .ratio, verdict: .inconsistent,
            value: 26)
    }

    @Test(
        "In doubt unverifiable: a third count, another unit, persons that are a unit of time",
        arguments: [
            // Hives are a third count: which of the two counts persons is not said.
            "De imkers werkten 2.730 uur aan 300 kasten. Met 42 imkers komt dat neer op gemiddeld 65 uur per persoon.",
            // 'vereniging' may be per another unit than the beekeepers.
            "De imkers werkten 2.730 uur aan de kasten. Met 42 imkers komt dat neer op gemiddeld 65 uur per "
                + "vereniging.",
            // Weeks are no persons.
            "De imkers werkten 2.730 uur aan de kasten. Over 42 weken komt dat neer op gemiddeld 65 uur per persoon.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("65", in: text)
    }
}

/// A mean per one of each of two units: 'elk van de zes musea gemiddeld 300 bezoekers per week' over '93.600
/// bezoekers in 52 weken' divides the total by six museums times 52 weeks; 'elk van onze vier …' names the units as
/// 'elk van de vier …' does.
@Suite("Verify: a mean per each of two units divides by the product of their counts")
struct VerifyMeanPerEachOfTwoUnitsTests {
    @Test("'elk van de N X' and 'per Y'")
    func eachAndPer() throws {
        // 93.600 / (6 × 52) = 93.600 / 312 = 300; 1.800 (93.600 / 52, the museums forgotten) is planted.
        let museums = "Met 93.600 bezoekers in 52 weken ontving elk van de zes musea gemiddeld "
        try expectClaim("300", in: museums + "300 bezoekers per week.", kind: .ratio, verdict: .consistent,
            value: 300)
        try expectClaim("1.800", in: museums + "1.800 bezoekers per week.", kind: .ratio, verdict: .inconsistent,
            value: 300)
    }

    @Test("'elk van onze N X' names the units")
    func possessive() throws {
        // 4.800 / 4 = 1.200; 1.400 is planted.
        let branches = "Met 4.800 uitleningen ontving elk van onze vier bibliotheken gemiddeld "
        try expectClaim("1.200", in: branches + "1.200 uitleningen.", kind: .ratio, verdict: .consistent,
            value: 1_200)
        try expectClaim("1.400", in: branches + "1.400 uitleningen.", kind: .ratio, verdict: .inconsistent,
            value: 1_200)
    }

    @Test("In doubt unverifiable: the subject names none of the other counts")
    func subjectNamesNone() throws {
        try expectUnverifiable(
            "300", in: "Met 93.600 bezoekers en 40 gidsen in 52 weken ontving elk museum gemiddeld 300 bezoekers per "
                + "week.")
    }
}
