import Testing

@testable import AnnexKit

/// Means read by structure (issue 11, verify228): a mean per person of a total that 'samen' names, after the group
/// that made it together; a mean beside counts whose earlier levels stand in brackets; a mean whose subject 'de
/// gemiddelde X' names its unit; a rate after 'precies' closing its sentence. Each near case stays unverifiable.
@Suite("Verify: means of a joint total, beside bracketed earlier levels, and per an averaged subject")
struct VerifyVerify228Tests {
    @Test(
        "A mean per person of a total after 'samen' is over the group before it",
        arguments: [
            // 1.008 / 36 = 28; 32 is planted.
            ("De 36 leerlingen van de school lazen samen 1.008 boeken, gemiddeld 28 per persoon.", "28",
                Verdict.consistent, 28.0),
            ("De 36 leerlingen van de school lazen samen 1.008 boeken, gemiddeld 32 per persoon.", "32",
                .inconsistent, 28.0),
            // A number in words as the group; 1.422 / 6 = 237.
            ("Onze zes monteurs deden samen 1.422 reparaties, gemiddeld 237 per persoon.", "237", .consistent, 237.0),
            // The mean in a stretch of its own after ';': 2.325 / 15 = 155; 165 is planted.
            ("De 15 buurtvaders liepen samen 2.325 rondes door de wijk; gemiddeld 165 per persoon.", "165",
                .inconsistent, 155.0),
        ])
    func jointTotal(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test(
        "In doubt unverifiable: a group counted in time, a total in a currency the mean lacks, another unit",
        arguments: [
            // The weeks are no persons: 960 / 12 = 80 is no mean per person.
            ("In 12 weken werkten de vrijwilligers samen 960 uur, gemiddeld 80 per persoon.", "80"),
            // The total is in euros, the mean is not.
            ("De 12 collectanten haalden samen € 6.000 op, gemiddeld 500 per persoon.", "500"),
            // Per a unit the sentence does not count: the four teams may hold any number of fitters.
            ("De vier teams deden samen 1.422 reparaties, gemiddeld 237 per monteur.", "237"),
        ])
    func jointTotalInDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test(
        "A mean beside counts with earlier levels in brackets is of the counts outside them",
        arguments: [
            // 9.000 / 3.600 = 2,50; € 2,30 is the earlier year's 7.245 / 3.150, planted.
            ("In 2024 verkocht de kantine 3.600 broodjes (2023: 3.150) voor € 9.000 (2023: € 7.245), gemiddeld "
                + "€ 2,50 per broodje.", "€ 2,50", Verdict.consistent, 2.5),
            ("In 2024 verkocht de kantine 3.600 broodjes (2023: 3.150) voor € 9.000 (2023: € 7.245), gemiddeld "
                + "€ 2,30 per broodje in 2024.", "€ 2,30", .inconsistent, 2.5),
        ])
    func besideEarlierLevels(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test("A mean that names the year of a bracket's earlier level is of that year: unverifiable, no alarm")
    func meanOfTheBracketsYear() throws {
        try expectUnverifiable(
            "€ 2,30",
            in: "In 2024 verkocht de kantine 3.600 broodjes (2023: 3.150) voor € 9.000 (2023: € 7.245), gemiddeld "
                + "€ 2,30 per broodje in 2023.")
    }

    @Test(
        "A mean whose subject 'de gemiddelde X' names its unit divides the sentence before",
        arguments: [
            // 372.000 / 48.000 = 7,75; € 8,25 is planted.
            ("In mei verkochten we 48.000 kaarten, goed voor een omzet van € 372.000. De gemiddelde kaart kwam "
                + "daarmee op € 7,75.", "€ 7,75", Verdict.consistent, 7.75),
            ("In mei verkochten we 48.000 kaarten, goed voor een omzet van € 372.000. De gemiddelde kaart kwam "
                + "daarmee op € 8,25.", "€ 8,25", .inconsistent, 7.75),
        ])
    func averagedSubject(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test(
        "A rate in a closing apposition after a word of precision restates the clause per one unit",
        arguments: [
            // 13.500 / 9 = 1.500; 1.600 is planted.
            ("We hebben 9 ovens en bakten 13.500 broden, precies 1.500 per oven.", "1.500", Verdict.consistent,
                1_500.0),
            ("We hebben 9 ovens en bakten 13.500 broden, precies 1.600 per oven.", "1.600", .inconsistent, 1_500.0),
        ])
    func precisionApposition(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test("A precise rate per a unit the sentence does not count stays unverifiable")
    func precisionWithoutUnits() throws {
        try expectUnverifiable("1.500", in: "We bakten 13.500 broden in 9 weken, precies 1.500 per bakker.")
    }

    @Test("A subject's mean with neither a currency nor a noun of its own ties no total to it: unverifiable")
    func averagedSubjectWithoutUnit() throws {
        // 1.200 / 40 = 30, but an age is no mean of the concerts over the members.
        try expectUnverifiable(
            "30", in: "Het koor telt 40 leden en gaf 1.200 concerten. De gemiddelde leeftijd is daarmee 30.")
    }
}
