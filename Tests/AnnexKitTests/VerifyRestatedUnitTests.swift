import Foundation
import Testing

@testable import AnnexKit

/// A duration or a rate restated in another unit of time ('63 dagen, negen weken', 'twee jaar (24 maanden)', '420
/// euro per dag, ruim 150 duizend euro per jaar'): the two are equal, so the restatement is a claim. In words of their
/// own, each both ways, and the forms that must stay open.
@Suite("verify: a quantity of time restated in another unit")
struct VerifyRestatedUnitTests {
    @Test(
        "Days and weeks restate each other exactly; a restatement is rounded like any computed number",
        arguments: [
            // 63 / 7 = 9 weeks.
            ("De bezwaarprocedure duurde gemiddeld 63 dagen, negen weken.", "negen", Verdict.consistent),
            ("De bezwaarprocedure duurde gemiddeld 63 dagen, elf weken.", "elf", .inconsistent),
            // 100 / 7 = 14,3 weeks: 'ruim 14' is right, 'bijna 12' is not.
            ("Een plaatsing liep 100 dagen, ruim 14 weken.", "ruim 14", .consistent),
            ("Een plaatsing liep 100 dagen, bijna 12 weken.", "bijna 12", .inconsistent),
            // 5 weeks in brackets: 35 days.
            ("De proeftijd van vijf weken (35 dagen) werd ingekort.", "35", .consistent),
            ("De proeftijd van vijf weken (45 dagen) werd ingekort.", "45", .inconsistent),
        ])
    func daysAndWeeks(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Years and months restate each other exactly, also a year in words or as a fraction")
    func yearsAndMonths() throws {
        // 2,5 years is 30 months; 'twee jaar' 24; 'anderhalf jaar' 18.
        try expectVerdict(.consistent, of: "30", in: "Het gemiddelde verblijf was 2,5 jaar, 30 maanden.")
        try expectVerdict(.inconsistent, of: "25", in: "Het gemiddelde verblijf was 2,5 jaar, 25 maanden.")
        try expectVerdict(.consistent, of: "24", in: "De vergunning geldt twee jaar (24 maanden).")
        try expectVerdict(.inconsistent, of: "20", in: "De vergunning geldt twee jaar (20 maanden).")
        try expectVerdict(.consistent, of: "18", in: "Het project liep anderhalf jaar, ofwel 18 maanden.")
        try expectVerdict(.inconsistent, of: "15", in: "Het project liep anderhalf jaar, ofwel 15 maanden.")
    }

    @Test("A month in days is a reckoning: a claim only with a hedge, which may stand on either value")
    func monthsInDays() throws {
        // 200 days is 6,6 months (a month a twelfth of 365 or 366 days).
        try expectVerdict(.consistent, of: "ruim zes", in: "Een zaak lag gemiddeld 200 dagen stil, ruim zes maanden.")
        let wrong = "Een zaak lag gemiddeld 200 dagen stil, ruim negen maanden."
        try expectVerdict(.inconsistent, of: "ruim negen", in: wrong)
        // The hedged value is the claim, the exact one its operand: 4 months is 121,7 days.
        try expectVerdict(.consistent, of: "bijna vier", in: "De wachttijd was bijna vier maanden, 118 dagen.")
        try expectVerdict(.inconsistent, of: "bijna vier", in: "De wachttijd was bijna vier maanden, 60 dagen.")
        // Unhedged, neither is a claim of the other.
        let plain = try verified("De wachttijd was vier maanden, 122 dagen.")
        #expect(plain.allSatisfy { $0.verdict != .inconsistent }, "\(plain.map(\.written))")
        #expect(!plain.contains { $0.written == "122" && $0.verdict == .consistent })
    }

    @Test("A rate per day restated per year, the amount's noun carried or repeated")
    func ratesPerPeriod() throws {
        // 420 × 365 = 153.300 euro a year.
        let right = "Een bed in de crisisopvang kost 420 euro per dag, ruim 150 duizend euro per jaar."
        try expectVerdict(.consistent, of: "ruim 150 duizend", in: right)
        let wrong = "Een bed in de crisisopvang kost 420 euro per dag, ruim 250 duizend euro per jaar."
        try expectVerdict(.inconsistent, of: "ruim 250 duizend", in: wrong)
        // 36 calls a week are about 5 a day.
        let calls = "Het meldpunt kreeg 36 meldingen per week, "
        try expectVerdict(.consistent, of: "ongeveer 5", in: calls + "ongeveer 5 per dag.")
        try expectVerdict(.inconsistent, of: "ongeveer 9", in: calls + "ongeveer 9 per dag.")
    }

    @Test("No restatement: a list of durations, words of their own, one unit twice, both hedged")
    func staysOpen() throws {
        let texts = [
            // A list: 14 days, 6 weeks and 3 months are three terms, not one.
            "De termijnen zijn 14 dagen, 6 weken, 3 maanden.",
            // The same list, its last term joined by 'of' or 'en' after a comma.
            "De cursus duurt 14 dagen, 6 weken, of 3 maanden, afhankelijk van het niveau.",
            "De proeftijden waren 14 dagen, 6 weken, en 3 maanden.",
            // Another subject: the aftercare is not the treatment.
            "De behandeling duurde 84 dagen, de nazorg twaalf weken.",
            // One unit twice: two values, no restatement.
            "Het eerste traject duurde 40 dagen, 55 dagen.",
            // Both hedged: neither says exactly what the other is.
            "De wachttijd was ruim drie maanden, bijna 200 dagen.",
            // A year and another year's value in its clause.
            "In 2024 duurde het 84 dagen, in 2025 negen weken.",
        ]
        for text in texts {
            let found = try verified(text)
            #expect(found.allSatisfy { $0.verdict != .inconsistent && $0.verdict != .consistent }, "\(text)")
        }
    }

    @Test("The reason names the conversion, in either language")
    func reasonText() throws {
        let found = try claim("negen", in: "De bezwaarprocedure duurde gemiddeld 63 dagen, negen weken.")
        let dutch = try Verifiers.dutch.get().reason(found.finding)
        let english = try Verifiers.english.get().reason(found.finding)
        #expect(dutch.contains("63 dagen omgerekend naar weken"), "\(dutch)")
        #expect(english.contains("63 days in weeks"), "\(english)")
    }
}
