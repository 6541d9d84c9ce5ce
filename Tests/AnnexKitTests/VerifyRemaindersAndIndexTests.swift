import Foundation
import Testing

@testable import AnnexKit

/// The rest of a whole given as a count, shares of parts taken together, and index numbers against their base year.
/// In words of their own, both ways, and near misses that stay unverifiable.
@Suite("verify: remainders, cumulative shares and index numbers")
struct VerifyRemaindersAndIndexTests {
    @Test(
        "The rest of a whole given as a count is the whole less the parts listed with it",
        arguments: [
            // 1.250 − 610 − 390 = 250.
            ("Van de 1.250 meldingen kwamen 610 van de politie en 390 van de reclassering; de overige 250 kwamen van "
                + "gemeenten.", "250", Verdict.consistent),
            ("Van de 1.250 meldingen kwamen 610 van de politie en 390 van de reclassering; de overige 280 kwamen van "
                + "gemeenten.", "280", .inconsistent),
            ("In totaal kwamen er 1.250 meldingen binnen: 610 van de politie, 390 van de reclassering en de rest (250) "
                + "van gemeenten.", "250", .consistent),
            ("In totaal kwamen er 1.250 meldingen binnen: 610 van de politie, 390 van de reclassering en de rest (300) "
                + "van gemeenten.", "300", .inconsistent),
            // 840 − 512 = 328; one other part is enough beside a whole.
            ("Van de 840 cliënten woonden er 512 zelfstandig; de resterende 328 cliënten verbleven in een instelling.",
             "328", .consistent),
            ("Van de 840 cliënten woonden er 512 zelfstandig; de resterende 318 cliënten verbleven in een instelling.",
             "318", .inconsistent),
            // 2.400 − 1.100 − 700 = 600, after 'waarvan'.
            ("Het team behandelde 2.400 zaken, waarvan 1.100 in Utrecht, 700 in Amersfoort en de overige 600 in "
                + "kleinere gemeenten.", "600", .consistent),
            ("Het team behandelde 2.400 zaken, waarvan 1.100 in Utrecht, 700 in Amersfoort en de overige 500 in "
                + "kleinere gemeenten.", "500", .inconsistent),
        ])
    func countRest(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A memo's rest line under a total line is the total less the other items",
        arguments: [
            // 1.250 − 610 − 390 = 250.
            ("Totaal meldingen: 1.250\n- Politie: 610\n- Reclassering: 390\n- Overig: 250\n", "250",
             Verdict.consistent),
            ("Totaal meldingen: 1.250\n- Politie: 610\n- Reclassering: 390\n- Overig: 205\n", "205", .inconsistent),
        ])
    func memoRest(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A rest that may count something else, or has no whole, is never found wrong",
        arguments: [
            // 'de overige 12 instanties' names a noun of its own: 12 is no rest of the 1.250 meldingen.
            "Van de 1.250 meldingen kwamen 610 van de politie en 390 van de reclassering; de overige 12 instanties "
                + "meldden niets.",
            // No whole: the rest of nothing stated.
            "In 2023 kwamen 610 meldingen van de politie en 390 van de reclassering; de overige 280 kwamen van "
                + "gemeenten.",
            // The parts exceed the whole: it is of something else.
            "Van de 900 meldingen kwamen 610 van de politie en 390 van de reclassering; de overige 280 kwamen van "
                + "gemeenten.",
        ])
    func restNearMisses(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test(
        "A share of counts taken together is their sum's share of the whole",
        arguments: [
            // (1.200 + 900) / 5.000 = 42%.
            ("Amsterdam (1.200) en Rotterdam (900) zijn samen goed voor 42 procent van de 5.000 meldingen.",
             "42 procent", Verdict.consistent),
            ("Amsterdam (1.200) en Rotterdam (900) zijn samen goed voor 45 procent van de 5.000 meldingen.",
             "45 procent", .inconsistent),
            // (1.200 + 870) / 5.000 = 41,4%: 'ruim 40'.
            ("Amsterdam (1.200) en Rotterdam (870) zijn samen goed voor ruim 40 procent van de 5.000 meldingen.",
             "ruim 40 procent", .consistent),
            ("Amsterdam (1.200) en Rotterdam (900) zijn tezamen goed voor 24 procent van de 5.000 meldingen.",
             "24 procent", .inconsistent),
            ("Van de 5.000 meldingen kwamen er 1.200 uit Amsterdam en 900 uit Rotterdam; bij elkaar opgeteld is dat 42 "
                + "procent.", "42 procent", .consistent),
            ("Van de 5.000 meldingen kwamen er 1.200 uit Amsterdam en 900 uit Rotterdam; bij elkaar opgeteld is dat 38 "
                + "procent.", "38 procent", .inconsistent),
            // (310 + 190 + 100) / 2.400 = 25%.
            ("De drie grootste aanbieders, met 310, 190 en 100 plaatsingen, hadden tezamen 25% van alle 2.400 "
                + "plaatsingen.", "25%", .consistent),
        ])
    func joinedShare(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Shares taken together are a sum",
        arguments: [
            ("Amsterdam had 18 procent van de meldingen, Rotterdam 12 procent: samen 30 procent.", "30 procent",
             Verdict.consistent),
            ("Amsterdam had 18 procent van de meldingen, Rotterdam 12 procent: samen 32 procent.", "32 procent",
             .inconsistent),
            ("Utrecht 9 procent, Den Haag 7 procent; opgeteld 16 procent van alle meldingen.", "16 procent",
             .consistent),
        ])
    func joinedShares(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A share near a joining word without the parts or the whole it needs is never found wrong",
        arguments: [
            // One part only: 1.200 / 5.000 is 24%, but Rotterdam's count is not given.
            "Van de 5.000 meldingen kwamen er 1.200 uit Amsterdam; samen met Rotterdam is dat 42 procent.",
            // 'samen' in another stretch: the share is of something else.
            "Amsterdam (1.200) en Rotterdam (900) werken samen; 42 procent van de 5.000 meldingen komt uit de regio.",
            // No whole marked.
            "Amsterdam (1.200) en Rotterdam (900) zijn samen goed voor 45 procent van de meldingen.",
        ])
    func joinedShareNearMisses(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test(
        "A change against an index's base year is of 100 to the level the sentence gives",
        arguments: [
            ("De prijsindex (2015 = 100) kwam in 2024 uit op 131,2: een stijging van 31,2 procent sinds 2015.",
             "31,2 procent", Verdict.consistent),
            ("De prijsindex (2015 = 100) kwam in 2024 uit op 131,2: een stijging van 13,2 procent sinds 2015.",
             "13,2 procent", .inconsistent),
            ("De index (basisjaar 2015) stond in 2024 op 131,2, ofwel 31,2 procent hoger dan in 2015.", "31,2 procent",
             .consistent),
            ("De index (basisjaar 2015) stond in 2024 op 131,2, ofwel 21,3 procent hoger dan in 2015.", "21,3 procent",
             .inconsistent),
            ("Met basisjaar 2010 kwam het indexcijfer van de zorgkosten in 2023 uit op 87,5: een daling van 12,5 "
                + "procent ten opzichte van 2010.", "12,5 procent", .consistent),
            ("De huurindex kwam in 2024 uit op 124,5 (index 2015=100), een stijging van 24,5 procent ten opzichte "
                + "van 2015.", "24,5 procent", .consistent),
        ])
    func indexBase(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Points of an index are no percent: 118 → 131,2 is +11,2%, and 13,2 is its difference in points")
    func indexPoints() throws {
        let text = "De prijsindex (2015 = 100) steeg van 118 in 2022 naar 131,2 in 2024, 13,2 procent hoger."
        let found = try claim("13,2 procent", in: text)
        #expect(found.verdict == .inconsistent)
        #expect(abs((found.recomputedValue ?? 0) - 11.186) < 0.01)
        guard case .indexPointsForPercent(let points)? = found.finding.diagnosis else {
            Issue.record("no index points diagnosis: \(reason(found))")
            return
        }
        #expect(abs(points.double - 13.2) < 0.0001)
        try expectVerdict(
            .consistent, of: "11,2 procent",
            in: "De prijsindex (2015 = 100) steeg van 118 in 2022 naar 131,2 in 2024, 11,2 procent hoger.")
    }

    @Test(
        "An index level alone, or a change against a year whose level is not given, is no wrong claim",
        arguments: [
            "De prijsindex (2015 = 100) kwam in 2024 uit op 131,2.",
            // No base stated: the 2015 level is unknown.
            "De index stond in 2024 op 131,2, ofwel 21,3 procent hoger dan in 2015.",
            // A change against another year than the base.
            "De index (basisjaar 2015) stond in 2024 op 131,2, ofwel 21,3 procent hoger dan in 2020.",
        ])
    func indexNearMisses(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test(
        "A percentage of the rest takes what the sentence before split: its part and whole, or its shares",
        arguments: [
            // (860 − 602) / 860 = 30,0%.
            ("Van de 860 deelnemers rondden er 602 de cursus af. De overige 30 procent stopte voortijdig.",
             "30 procent", Verdict.consistent),
            ("Van de 860 deelnemers rondden er 602 de cursus af. De rest, 40 procent, stopte voortijdig.",
             "40 procent", .inconsistent),
            // 100 − 64 − 21 = 15.
            ("Van de aanvragen werd 64 procent toegekend en 21 procent afgewezen. De overige 15 procent is nog in "
                + "behandeling.", "15 procent", .consistent),
            ("Van de aanvragen werd 64 procent toegekend en 21 procent afgewezen. De overige 25 procent is nog in "
                + "behandeling.", "25 procent", .inconsistent),
        ])
    func carriedPercentRest(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A percentage of the rest after a change or a series of years is no rest of them",
        arguments: [
            ("Het aandeel vrouwen steeg van 40 naar 46 procent. De overige 60 procent is man.", "60 procent"),
            ("In 2022 was 41 procent tevreden, in 2023 44 procent. De overige 56 procent gaf geen oordeel.",
             "56 procent"),
            // No article: a category named beside the others, not their rest.
            ("Van de aanvragen werd 64 procent toegekend en 21 procent afgewezen. Overige 25 procent zijn bezwaren.",
             "25 procent"),
        ])
    func noCarriedPercentRest(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }
}
