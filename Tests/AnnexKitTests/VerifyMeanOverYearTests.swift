import Testing

@testable import AnnexKit

/// The twenty-seventh round (B): a mean per month, quarter or week of a total the sentence states over a whole year
/// ('over 2024', 'in 2023', 'januari tot en met december').
@Suite("Verify: a mean per month of a total over a whole year")
struct VerifyMeanOverYearTests {
    @Test(
        "A mean per month, quarter or week of a year's total is the total over 12, 4 or 52",
        arguments: [
            // 1.200 / 12 = 100; 120 would be 1.200 / 10.
            ("Uw declaraties over 2024 (januari t/m december) bedroegen samen € 1.200, gemiddeld € 100 per maand.",
                "€ 100", Verdict.consistent),
            ("Uw declaraties over 2024 (januari t/m december) bedroegen samen € 1.200, gemiddeld € 120 per maand.",
                "€ 120", .inconsistent),
            // 2.600 / 52 = 50; 65 would be 2.600 / 40.
            ("In 2023 kwamen 2.600 meldingen binnen, gemiddeld 50 per week.", "50", .consistent),
            ("In 2023 kwamen 2.600 meldingen binnen, gemiddeld 65 per week.", "65", .inconsistent),
            // 840 / 4 = 210; 280 is 840 / 3.
            ("De stichting keerde in 2022 € 840 uit aan elk gezin, gemiddeld € 210 per kwartaal.", "€ 210",
                .consistent),
            ("De stichting keerde in 2022 € 840 uit aan elk gezin, gemiddeld € 280 per kwartaal.", "€ 280",
                .inconsistent),
            // 3.600 / 12 = 300; 360 is 3.600 / 10.
            ("Van januari tot en met december kwamen 3.600 aanvragen binnen, gemiddeld 300 per maand.", "300",
                .consistent),
            ("Van januari tot en met december kwamen 3.600 aanvragen binnen, gemiddeld 360 per maand.", "360",
                .inconsistent),
            // The sentence before states the year: 2.184 / 52 = 42; 52 would be 2.184 / 42.
            ("In 2023 ontvingen we 2.184 klachten. Dat is gemiddeld 42 per week.", "42", .consistent),
            ("In 2023 ontvingen we 2.184 klachten. Dat is gemiddeld 52 per week.", "52", .inconsistent),
        ])
    func wholeYear(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A total over part of a year, over several years, or a mean per day stays unverifiable",
        arguments: [
            // 'tot nu toe': the months elapsed are not said.
            ("In 2024 kwamen tot nu toe 1.200 meldingen binnen, gemiddeld 150 per maand.", "150"),
            // Half a year: six months, not twelve.
            ("In de eerste helft van 2024 kwamen 1.200 meldingen binnen, gemiddeld 200 per maand.", "200"),
            // January to August: eight months, a span this reading does not count.
            ("Van januari tot en met augustus kwamen 1.200 meldingen binnen, gemiddeld 150 per maand.", "150"),
            // Two years.
            ("In 2023 en 2024 kwamen 2.400 meldingen binnen, gemiddeld 100 per maand.", "100"),
            // Since a year: up to when is not said.
            ("Sinds 2020 kwamen 2.400 meldingen binnen, gemiddeld 100 per maand.", "100"),
            // Half a year in the sentence before.
            ("In de eerste helft van 2023 ontvingen we 1.092 klachten. Dat is gemiddeld 60 per week.", "60"),
            // The mean names another year than the sentence before.
            ("In 2023 ontvingen we 2.184 klachten. Dat is in 2024 gemiddeld 60 per week.", "60"),
            // A count of households, not the amount spread over the months.
            ("In 2024 kregen 1.200 huishoudens een toeslag, gemiddeld € 100 per maand.", "€ 100"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
