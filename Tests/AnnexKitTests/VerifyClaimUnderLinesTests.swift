import Testing

@testable import AnnexKit

/// The twenty-ninth round (B): a change stated in prose or on a line under lines of labelled values, a run of two
/// lines whose title stands on the first ('Instroom: 2022: 1.240. 2024: 1.395.'), and a change line that names the
/// years it compares among three or more.
@Suite("Verify: claim lines under labelled value lines")
struct VerifyClaimUnderLinesTests {
    // MARK: Prose under a run of two lines

    @Test(
        "A change in prose under two labelled lines of years takes the earlier as its start and the later as its end",
        arguments: [
            // 1.395 / 1.240 = 1,125: +12,5%; 'afname' has the direction wrong, 155% is 1.395 − 1.240 as percent.
            ("Wachtlijst jeugdzorg: 2022: 1.240. 2024: 1.395. Een toename van 12,5%.", "12,5%", Verdict.consistent),
            ("Wachtlijst jeugdzorg: 2022: 1.240. 2024: 1.395. Een afname van 12,5%.", "12,5%", .inconsistent),
            ("Wachtlijst jeugdzorg: 2022: 1.240. 2024: 1.395. Een toename van 155%.", "155%", .inconsistent),
            // 5.320 / 5.600 = 0,95: −5%; a remark in brackets belongs to the title.
            ("Leerlingen met een indicatie (4-12 jaar) 2023: 5.600. 2024: 5.320. Een daling van 5%.", "5%",
                .consistent),
            ("Leerlingen met een indicatie (4-12 jaar) 2023: 5.600. 2024: 5.320. Een stijging van 5%.", "5%",
                .inconsistent),
            // Quarters by their ordinals under a title of their own: 90 / 120 = 0,75, a quarter less, not a third.
            ("Klachten over de balie. Eerste kwartaal: 120. Vierde kwartaal: 90. Een daling van een kwart.",
                "een kwart", .consistent),
            ("Klachten over de balie. Eerste kwartaal: 120. Vierde kwartaal: 90. Een daling van ruim een derde.",
                "ruim een derde", .inconsistent),
        ])
    func proseChange(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A factor in words under two labelled lines of years is the later value over the earlier",
        arguments: [
            // 1.290 / 640 = 2,02: 'ruim verdubbeld'; tripled would be 1.920.
            ("Aanmeldingen: 2021: 640. 2024: 1.290. Het aantal is ruim verdubbeld.", "verdubbeld",
                Verdict.consistent),
            ("Aanmeldingen: 2021: 640. 2024: 1.290. Het aantal is verdrievoudigd.", "verdrievoudigd", .inconsistent),
        ])
    func proseFactor(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "Prose under three lines, under lines of two labels, or with a year of its own stays unverifiable",
        arguments: [
            // 400 → 450 is +12,5%, 450 → 500 +11,1%, 400 → 500 +25%: which pair is not said.
            ("Wachtenden: 2021: 400. 2022: 450. 2023: 500. Een toename van 10%.", "10%"),
            // Two labels that count different things.
            ("Instroom 2022: 1.240. Uitstroom 2024: 1.395. Een toename van 20%.", "20%"),
            // The prose names a year the lines do not compare.
            ("Wachtlijst jeugdzorg: 2022: 1.240. 2024: 1.395. In 2023 was er een toename van 20%.", "20%"),
        ])
    func proseNearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: A change line under a run whose title stands on its first line

    @Test(
        "A change line under two percentage lines of years is their relative change; points as percent are not",
        arguments: [
            // 72 / 64 = 1,125: +12,5%; 8% is the 8 points written as percent.
            ("Tevredenheid bewoners: 2023: 64%. 2024: 72%. Stijging: 12,5%.", "12,5%", Verdict.consistent),
            ("Tevredenheid bewoners: 2023: 64%. 2024: 72%. Stijging: 8%.", "8%", .inconsistent),
            // A noun of better or worse gives the size alone: 12,5% is right, the 8 points as percent are not.
            ("Tevredenheid bewoners: 2023: 64%. 2024: 72%. Verbetering: 12,5%.", "12,5%", .consistent),
            ("Tevredenheid bewoners: 2023: 64%. 2024: 72%. Verbetering: 8%.", "8%", .inconsistent),
        ])
    func changeLine(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    // MARK: A change line that names its years among three or more

    @Test(
        "A change line over a dashed series of years compares the years it names",
        arguments: [
            // 500 / 450 = 1,111: +11,1%; 25% is 2021 → 2023 (500 / 400).
            ("Wachtenden: 2021: 400 - 2022: 450 - 2023: 500. Toename 2023 ten opzichte van 2022: 11,1%.", "11,1%",
                Verdict.consistent),
            ("Wachtenden: 2021: 400 - 2022: 450 - 2023: 500. Toename 2023 ten opzichte van 2022: 25%.", "25%",
                .inconsistent),
            // 250 / 200 = 1,25: +25%; 30% is 2020 → 2023 (260 / 200).
            ("Instroom per jaar: 2020: 200 - 2021: 230 - 2022: 250 - 2023: 260. Groei 2020-2022: 25%.", "25%",
                .consistent),
            ("Instroom per jaar: 2020: 200 - 2021: 230 - 2022: 250 - 2023: 260. Groei 2020-2022: 30%.", "30%",
                .inconsistent),
            // 260 / 230 = 1,130: +13%; 30% is since 2020.
            ("Instroom per jaar: 2020: 200 - 2021: 230 - 2022: 250 - 2023: 260. Stijging sinds 2021: 13%.", "13%",
                .consistent),
            ("Instroom per jaar: 2020: 200 - 2021: 230 - 2022: 250 - 2023: 260. Stijging sinds 2021: 30%.", "30%",
                .inconsistent),
            // Points against a base year named before the change: 37 − 40 = −3 points; −2 is 2021 → 2022.
            ("Aandeel te laat: 2020: 40%; 2021: 39%; 2022: 37%. Ten opzichte van 2020 is dat een daling van 3 "
                + "procentpunt.", "3 procentpunt", .consistent),
            ("Aandeel te laat: 2020: 40%; 2021: 39%; 2022: 37%. Ten opzichte van 2020 is dat een daling van 2 "
                + "procentpunt.", "2 procentpunt", .inconsistent),
        ])
    func namedYears(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A change line that names a year the series does not give, or none of three, stays unverifiable",
        arguments: [
            ("Instroom per jaar: 2020: 200 - 2021: 230 - 2022: 250 - 2023: 260. Groei 2019-2022: 25%.", "25%"),
            // 200 → 260 is +30%, but which two years are compared is not said.
            ("Instroom per jaar: 2020: 200 - 2021: 230 - 2022: 250 - 2023: 260. Groei: 10%.", "10%"),
        ])
    func namedYearsNearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
