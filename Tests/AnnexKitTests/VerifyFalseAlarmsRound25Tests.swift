import Testing

@testable import AnnexKit

/// The twenty-fifth round's false alarms on unseen text, found by the lead: a sum of people, weeks and hours, a mean
/// per two units read as per one, and the later value of 'tegen' taken from an aside in brackets; and a total in the
/// sentence after a whole split into parts, which sums the parts; verbs of shortening and lengthening as words of
/// direction.
@Suite("Verify: durations in sums, means per two units, asides before 'tegen', totals of parts, verbs of direction")
struct VerifyFalseAlarmsRound25Tests {
    // MARK: A count of a unit of time is a sum's part only beside durations in that unit

    @Test(
        "'samen' after counts of people and of weeks adds no people to weeks: no sum is read",
        arguments: [
            "De 1.070 vrijwilligers maakten in 52 weken samen 233.688 uur.",
            "In 12 maanden legden 45 chauffeurs samen 1.310.000 kilometer af.",
            "De 340 mannen en 520 vrouwen werkten samen 8.600 uur.",
        ])
    func durationIsNoPart(text: String) throws {
        #expect(try verified(text).filter { $0.kind == .sum }.isEmpty)
    }

    @Test(
        "Durations in one unit still add up, and counts of one noun beside a duration",
        arguments: [
            // 148 + 96 = 244.
            ("De eerste fase duurde 148 dagen, de tweede nog 96 dagen: samen 244 dagen.", "244", Verdict.consistent),
            ("De eerste fase duurde 148 dagen, de tweede nog 96 dagen: samen 254 dagen.", "254", .inconsistent),
            // 340 + 520 = 860 people, beside hours that are not added.
            ("De 340 mannen en 520 vrouwen, samen 860 mensen, werkten 8.600 uur.", "860", .consistent),
        ])
    func durationsAlike(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: A mean per two units

    @Test(
        "A mean 'per X per Y' is of the total over both counts: never checked as the total over X alone",
        arguments: [
            // 233.688 / (1.070 × 52) = 4,2; over the volunteers alone 218,4.
            ("De 1.070 vrijwilligers maakten in 52 weken samen 233.688 uur, gemiddeld 4,2 uur per vrijwilliger per "
                + "week.", "4,2"),
            // 4.800 / (12 × 3) = 133,3; over the teams alone 400.
            ("De 12 teams maakten in drie jaar samen 4.800 uur, gemiddeld 133 uur per team per jaar.", "133"),
            ("In 3 jaar maakten 12 teams samen 4.800 uur, gemiddeld 133 per team per jaar.", "133"),
        ])
    func meanPerTwoUnits(text: String, written: String) throws {
        #expect(try claim(written, in: text).verdict != .inconsistent)
    }

    @Test(
        "A mean per one unit is read as before",
        arguments: [
            // 4.800 / 12 = 400.
            ("De 12 teams maakten samen 4.800 uur, gemiddeld 400 uur per team.", "400", Verdict.consistent),
            ("De 12 teams maakten samen 4.800 uur, gemiddeld 350 uur per team.", "350", .inconsistent),
            // 233.688 / 1.070 = 218,4.
            ("De 1.070 vrijwilligers maakten samen 233.688 uur, gemiddeld 218 uur per vrijwilliger.", "218",
                .consistent),
        ])
    func meanPerOneUnit(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: 'tegen' outside a parenthesis

    @Test(
        "The later value of 'tegen' is the value outside the parenthesis before it, not an aside inside it",
        arguments: [
            // 21 → 34 = +61,9%.
            ("In 2025 waren er 34 zomerse dagen (maximum 25 graden of hoger), tegen 21 in 2024. Dat is een toename "
                + "van 62 procent.", "62 procent", Verdict.consistent),
            ("In 2025 waren er 34 zomerse dagen (maximum 25 graden of hoger), tegen 21 in 2024. Dat is een toename "
                + "van 42 procent.", "42 procent", .inconsistent),
            // 210 → 340 = +61,9%.
            ("In 2025 telden we 340 grote gezinnen (3 kinderen of meer), tegen 210 in 2024, een toename van 62 "
                + "procent.", "62 procent", .consistent),
            // Near miss: 'tegen' inside the parenthesis with its later value (200 → 250 = +25%).
            ("De wachtlijst groeide flink (250 wachtenden, tegen 200 een jaar eerder), een stijging van 25%.", "25%",
                .consistent),
        ])
    func tegenOutsideParenthesis(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A percentage after 'tegen' whose later value is in brackets is no share of the whole before")
    func earlierShareAfterTegen() throws {
        let text = "Van de 1.126 deelnemers rondden er 713 (63%) hun traject af, tegen 58% een jaar eerder."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    // MARK: A total of the parts the sentence before splits its whole into

    @Test(
        "'Samen …' or a list of the groups before 'samen' totals the parts the sentence before lists, not its whole",
        arguments: [
            // 512 + 318 + 171 = 1.001 (the whole, 1.204, is no part).
            ("Van de 1.204 cliënten had 512 een alcoholprobleem, 318 cannabis en 171 opiaten. Samen waren dat 1.011 "
                + "cliënten.", "1.011", Verdict.inconsistent),
            ("Van de 1.204 cliënten had 512 een alcoholprobleem, 318 cannabis en 171 opiaten. Dat zijn er samen 1.001.",
                "1.001", .consistent),
            ("Van de 1.204 cliënten had 512 een alcoholprobleem, 318 cannabis en 171 opiaten. Alcohol, cannabis en "
                + "opiaten waren samen goed voor 1.011 cliënten.", "1.011", .inconsistent),
            ("Van de 1.204 cliënten had 512 een alcoholprobleem, 318 cannabis en 171 opiaten. Alcohol, cannabis en "
                + "opiaten waren samen goed voor 1.001 cliënten.", "1.001", .consistent),
        ])
    func totalOfPartsBefore(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "No total of the parts before when it restates the whole or counts another noun",
        arguments: [
            "Van de 1.204 cliënten had 512 een alcoholprobleem, 318 cannabis en 171 opiaten. Samen waren dat 1.204 "
                + "cliënten.",
            "Van de 1.204 cliënten had 512 een alcoholprobleem, 318 cannabis en 171 opiaten. Alcohol, cannabis en "
                + "opiaten waren samen goed voor 1.011 behandelingen.",
        ])
    func noTotalOfPartsBefore(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    // MARK: Verbs of shortening and lengthening

    @Test(
        "'teruggebracht', 'verkort', 'ingekort' say a fall, 'verlengd' and 'opgehoogd' a rise, against the pair",
        arguments: [
            ("De wachttijd is teruggebracht van 18 naar 23 werkdagen.", "teruggebracht", Verdict.inconsistent),
            ("De wachttijd is teruggebracht van 23 naar 18 werkdagen.", "teruggebracht", .consistent),
            ("De doorlooptijd werd verkort van 33 naar 41 dagen.", "verkort", .inconsistent),
            ("De proeftijd werd verlengd van 6 naar 4 maanden.", "verlengd", .inconsistent),
            ("Het budget werd opgehoogd van 2,1 naar 2,4 miljoen euro.", "opgehoogd", .consistent),
        ])
    func verbsOfDirection(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The English diagnosis of a wrong direction word reads 'it is a decrease'")
    func englishDirectionDiagnosis() throws {
        let found = try claim("verlengd", in: "De proeftijd werd verlengd van 6 naar 4 maanden.")
        let text = try Verifiers.english.get().reason(found.finding)
        #expect(text.contains("it is a decrease"), "\(text)")
    }

    // MARK: The false alarms of holdout72 and 73 (after the round's merge)

    @Test(
        "A group's bound ('drie of meer', 'tussen twee en vier uur', 'korter dan') is no part of a share after it",
        arguments: [
            // 86 / 1.240 = 6,9%.
            ("Van de 1.240 medewerkers hadden er 86 in het afgelopen jaar drie of meer verzuimmeldingen (6,9%).",
                "6,9%", Verdict.consistent),
            ("Van de 1.240 medewerkers hadden er 86 in het afgelopen jaar drie of meer verzuimmeldingen (9,6%).",
                "9,6%", .inconsistent),
            // 10.475 / 41.250 = 25,4%.
            ("Van de 41.250 ritten duurden er 10.475 tussen twee en vier uur (25%).", "25%", .consistent),
            ("Van de 41.250 ritten duurden er 10.475 tussen twee en vier uur (20%).", "20%", .inconsistent),
            // 3.120 / 12.000 = 26%.
            ("Van de 12.000 gesprekken duurden er 3.120 korter dan vijf minuten (26%).", "26%", .consistent),
        ])
    func boundIsNoPart(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A sentence about the country takes no values of the sentence before as its own")
    func countryTakesNoCarriedValues() throws {
        let before = "Het aandeel tevreden klanten steeg van 71% naar 78%."
        #expect(try claim("ongeveer 3 procentpunt", in: before + " Landelijk lag dat aandeel ongeveer 3 procentpunt "
            + "lager.").verdict == .unverifiable)
        #expect(try claim("4 procentpunt", in: before + " In Nederland was dat 4 procentpunt meer.").verdict
            == .unverifiable)
        // Near miss: without the country the sentence after takes the pair (71 → 78 = +7 points).
        try expectVerdict(.inconsistent, of: "5 procentpunt", in: before + " Dat is 5 procentpunt meer.")
    }

    @Test("A mean of a list whose values are written in different multipliers is not recomputed as written")
    func listOfMixedMultipliers() throws {
        // '€ 1,3 miljoen' after € 1.102 and € 1.284: the last value's 'miljoen' may or may not be the list's.
        let text = "Over drie kwartalen bedroeg de winst respectievelijk € 1.102, € 1.284 en € 1,3 miljoen, "
            + "gemiddeld € 1,2 miljoen per kwartaal."
        #expect(try claim("€ 1,2 miljoen", in: text).verdict == .unverifiable)
        // Values of one order as written share the last one's 'miljoen' (`Tokenizer.shareUnitWords`):
        // (1.102 + 1.284 + 1.341) / 3 = 1.242,3 miljoen.
        try expectVerdict(
            .consistent, of: "€ 1.242 miljoen",
            in: "Over drie kwartalen bedroeg de winst respectievelijk € 1.102, € 1.284 en € 1.341 miljoen, "
                + "gemiddeld € 1.242 miljoen per kwartaal.")
        // 1,1 + 1,3 + 1,3 = 3,7 miljoen; a mean of 1,23 miljoen.
        try expectVerdict(
            .consistent, of: "€ 1,2 miljoen",
            in: "Over drie kwartalen bedroeg de winst respectievelijk € 1,1 miljoen, € 1,3 miljoen en € 1,3 miljoen, "
                + "gemiddeld € 1,2 miljoen per kwartaal.")
    }

    @Test(
        "The words from a share on name no count before it: 'met X de helft van de lasten van Y' is X of Y",
        arguments: [
            // 11,4 / 22,7 = 50,2%; 8,4 / 22,7 = 37,0%.
            ("Toezicht en handhaving vormde met 11,4 miljoen euro de helft van de lasten van 22,7 miljoen euro.",
                Verdict.consistent),
            ("Toezicht vormde met 8,4 miljoen euro de helft van de lasten van 22,7 miljoen euro.", .inconsistent),
        ])
    func shareOwnWordsNameNoCount(text: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "de helft", in: text)
    }
}
