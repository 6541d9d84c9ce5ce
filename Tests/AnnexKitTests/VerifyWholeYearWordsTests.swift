import Testing

@testable import AnnexKit

/// The thirty-fifth round (B): a total over a whole year named by 'over heel 2024' or 'vorig jaar' is spread over its
/// 12 months, 4 quarters or 52 weeks, as 'over 2024' was.
@Suite("Verify: a mean per week or month of a total over 'heel 2024' or 'vorig jaar'")
struct VerifyWholeYearWordsTests {
    @Test(
        "A mean per month or week of a total over 'heel' a year or 'vorig jaar' is the total over 12 or 52",
        arguments: [
            // 3.120 / 52 = 60; 75 would be 3.120 / 41,6.
            ("Over heel 2024 meldden zich 3.120 daklozen bij de nachtopvang, gemiddeld 60 per week.", "60",
                Verdict.consistent),
            ("Over heel 2024 meldden zich 3.120 daklozen bij de nachtopvang, gemiddeld 75 per week.", "75",
                .inconsistent),
            // 1.560 / 12 = 130; 156 would be 1.560 / 10.
            ("De wijkteams sloten vorig jaar 1.560 dossiers, gemiddeld 130 per maand.", "130", .consistent),
            ("De wijkteams sloten vorig jaar 1.560 dossiers, gemiddeld 156 per maand.", "156", .inconsistent),
            // 832 / 4 = 208; 277 would be 832 / 3.
            ("In heel 2022 gaf de bibliotheek 832 cursussen, gemiddeld 208 per kwartaal.", "208", .consistent),
            ("In heel 2022 gaf de bibliotheek 832 cursussen, gemiddeld 277 per kwartaal.", "277", .inconsistent),
        ])
    func wholeYear(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A year so far, two years or a part of last year stays unverifiable",
        arguments: [
            // 'dit jaar': the months elapsed are not said.
            ("De wijkteams sloten dit jaar 1.560 dossiers, gemiddeld 195 per maand.", "195"),
            // Two years.
            ("De wijkteams sloten vorig jaar en dit jaar 1.560 dossiers, gemiddeld 65 per maand.", "65"),
            // Since last year: up to when is not said.
            ("Sinds vorig jaar sloten de wijkteams 1.560 dossiers, gemiddeld 98 per maand.", "98"),
            // A month of last year.
            ("In maart vorig jaar sloten de wijkteams 1.560 dossiers, gemiddeld 390 per week.", "390"),
            // 'heel' with a part of the year left unsaid.
            ("Over heel 2024 tot nu toe meldden zich 3.120 daklozen, gemiddeld 90 per week.", "90"),
            // 'heel' before a word that is no year: no whole year named.
            ("In heel Utrecht meldden zich 3.120 daklozen, gemiddeld 90 per week.", "90"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
