import Testing

@testable import AnnexKit

/// Three readings that guessed on unseen prose (issue 11): a share in the next sentence with a verb of its own
/// (`PartVerb`), a count of the contributors before 'samen' (`ClaimParser.countsContributors`), and a percentage
/// before a comparative and 'dan' (`ClaimParser.isComparedChange`). Each verdict is computed by hand.
@Suite("Verify: a share's own verb, the contributors to a total, a change compared with an earlier time")
struct VerifyOwnVerbContributorsComparedChangeTests {
    @Test(
        "A share whose verb is the opposite of its part's is the rest's share; another verb leaves it unverifiable",
        arguments: [
            // 4.150 − 912 = 3.238; 3.238 / 4.150 = 78,0%: 'bijna vier op de vijf' holds.
            ("Van de 4.150 subsidieaanvragen zijn er 912 toegekend, dat is 22,0 procent. Bijna vier op de vijf "
                + "aanvragen werd dus afgewezen.", "Bijna vier op de vijf", Verdict.consistent),
            ("Van de 4.150 subsidieaanvragen zijn er 912 toegekend, dat is 22,0 procent. Bijna vier op de vijf "
                + "aanvragen werd dus afgewezen.", "22,0 procent", .consistent),
            // 1.800 − 1.350 = 450; 450 / 1.800 = 25%.
            ("Van de 1.800 kandidaten zijn er 1.350 geslaagd, ofwel 75 procent. Een kwart van de kandidaten is dus "
                + "gezakt.", "Een kwart", .consistent),
            // A planted mistake of that shape is caught: 25% is no third.
            ("Van de 1.800 kandidaten zijn er 1.350 geslaagd. Een derde van de kandidaten is dus gezakt.", "Een derde",
                .inconsistent),
            // 'geseponeerd' is not known to be the opposite of 'onderzocht': the part may confirm the share, never
            // contradict it (78% or more is no 20%), and the rest need not be what it counts.
            ("Van de 2.050 meldingen zijn er 410 onderzocht, dat is 20 procent. Bijna vier op de vijf meldingen "
                + "werd dus geseponeerd.", "Bijna vier op de vijf", .unverifiable),
            // A separable verb of its own ('haakte … af') the same.
            ("Van de 2.050 meldingen zijn er 410 onderzocht, dat is 20 procent. Ruim driekwart van de melders "
                + "haakte dus af.", "Ruim driekwart", .unverifiable),
        ])
    func ownVerb(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A share with the part's own verb, or a restatement with none, stays the part's share",
        arguments: [
            // Another verb may say the same in other words: 1.200 / 1.500 = 80% confirms, 70% is left open.
            ("In 2023 kwamen 1.500 aanvragen voor een parkeervergunning binnen. Bij 1.200 daarvan werd de vergunning "
                + "verstrekt. Daarmee is 80 procent van de aanvragers geholpen.", "80 procent", Verdict.consistent),
            ("In 2023 kwamen 1.500 aanvragen voor een parkeervergunning binnen. Bij 1.200 daarvan werd de vergunning "
                + "verstrekt. Daarmee is 70 procent van de aanvragers geholpen.", "70 procent", .unverifiable),
            // A part whose clause closes with no verb ('waren er 720 vrouw') keeps its share: 720 / 960 = 75%.
            ("Van de 960 deelnemers waren er 720 vrouw. Vrouwen maakten daarmee 75 procent van de deelnemers uit.",
                "75 procent", .consistent),
            ("Van de 960 deelnemers waren er 720 vrouw. Vrouwen maakten daarmee 70 procent van de deelnemers uit.",
                "70 procent", .inconsistent),
            // 410 / 2.050 = 20%.
            ("Van de 2.050 meldingen zijn er 410 onderzocht. Een op de vijf meldingen werd dus onderzocht.",
                "Een op de vijf", .consistent),
            ("Van de 2.050 meldingen zijn er 410 onderzocht. Een op de vier meldingen werd dus onderzocht.",
                "Een op de vier", .inconsistent),
            ("Van de 2.050 meldingen zijn er 410 onderzocht. Dat komt neer op 20 procent.", "20 procent", .consistent),
            ("Van de 2.050 meldingen zijn er 410 onderzocht. Dat komt neer op 25 procent.", "25 procent",
                .inconsistent),
        ])
    func sameVerb(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The count of the contributors before 'samen' is no part of the total")
    func contributors() throws {
        // 3.844 / 1.240 = 3,1 MWh per woning; 3,1 + 1.240 is no sum the text states.
        let homes = "Het gemiddelde verbruik per aansluiting kwam uit op 3,1 MWh: 1.240 aangesloten woningen "
            + "gebruikten samen 3.844 MWh."
        // 1.184 / 64 = 18,5 ton per boomgaard.
        let orchards = "De gemiddelde oogst per boomgaard was 18,5 ton: 64 boomgaarden brachten samen 1.184 ton op."
        for text in [homes, orchards] {
            let found = try verified(text)
            #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \(reason($0))" })")
        }
        // Units that differ give no mean: 1.184 kilo over 64 says nothing of 16,5 ton.
        let otherUnit = "De gemiddelde oogst per boomgaard was 16,5 ton: 64 boomgaarden brachten samen 1.184 kilo op."
        #expect(try !verified(otherUnit).contains { $0.verdict == .inconsistent })
    }

    @Test(
        "The mean before the colon is the total over its contributors",
        arguments: [
            ("Het gemiddelde verbruik per aansluiting kwam uit op 3,1 MWh: 1.240 aangesloten woningen gebruikten "
                + "samen 3.844 MWh.", "3,1", Verdict.consistent),
            ("De gemiddelde oogst per boomgaard was 18,5 ton: 64 boomgaarden brachten samen 1.184 ton op.", "18,5",
                .consistent),
            // 1.184 / 64 = 18,5: no 16,5.
            ("De gemiddelde oogst per boomgaard was 16,5 ton: 64 boomgaarden brachten samen 1.184 ton op.", "16,5",
                .inconsistent),
            // € 947.600 / 2.300 = € 412: no € 452.
            ("Gemiddeld kreeg een gezin € 412 toeslag: 2.300 gezinnen ontvingen samen € 947.600.", "€ 412",
                .consistent),
            ("Gemiddeld kreeg een gezin € 452 toeslag: 2.300 gezinnen ontvingen samen € 947.600.", "€ 452",
                .inconsistent),
        ])
    func contributorsMean(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Counts coordinated before 'samen', or a total before its parts, stay a sum",
        arguments: [
            // 3.120 + 1.840 = 4.960: 'bijna 5.000' holds, 'ruim 5.400' does not.
            ("Het callcenter verwerkte bijna 5.000 gesprekken en e-mails samen: 3.120 gesprekken en 1.840 e-mails.",
                "bijna 5.000", Verdict.consistent),
            ("Het callcenter verwerkte ruim 5.400 gesprekken en e-mails samen: 3.120 gesprekken en 1.840 e-mails.",
                "ruim 5.400", .inconsistent),
            // 2.340 + 1.910 = 4.250.
            ("Het westelijke depot (2.340 pakketten) en het oostelijke depot (1.910 pakketten) verwerkten samen 4.250 "
                + "pakketten.", "4.250", .consistent),
            ("Het westelijke depot (2.340 pakketten) en het oostelijke depot (1.910 pakketten) verwerkten samen 4.350 "
                + "pakketten.", "4.350", .inconsistent),
        ])
    func sums(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A percentage before a comparative and 'dan' is a change from a value the text does not give",
        arguments: [
            // 1.150 / 5.000 = 23,0%; the year before is not given.
            ("In 2024 kwamen 1.150 van de 5.000 meldingen via de app binnen. Dat is 23 procent van alle meldingen, "
                + "en 8 procent minder dan het jaar daarvoor.", "23 procent", Verdict.consistent),
            ("In 2024 kwamen 1.150 van de 5.000 meldingen via de app binnen. Dat is 23 procent van alle meldingen, "
                + "en 8 procent minder dan het jaar daarvoor.", "8 procent", .unverifiable),
            // 630 / 4.200 = 15%.
            ("In 2023 gingen 630 van de 4.200 ritten naar het ziekenhuis. Dat is 15 procent van alle ritten, en 4 "
                + "procent meer dan een jaar eerder.", "15 procent", .consistent),
            ("In 2023 gingen 630 van de 4.200 ritten naar het ziekenhuis. Dat is 15 procent van alle ritten, en 4 "
                + "procent meer dan een jaar eerder.", "4 procent", .unverifiable),
            ("In 2023 gingen 630 van de 4.200 ritten naar het ziekenhuis. Dat is 15 procent van alle ritten, 2 "
                + "procentpunt hoger dan vorig jaar.", "2 procentpunt", .unverifiable),
            // The share stays checked: 15% is no 18%.
            ("In 2023 gingen 630 van de 4.200 ritten naar het ziekenhuis. Dat is 18 procent van alle ritten, en 4 "
                + "procent meer dan een jaar eerder.", "18 procent", .inconsistent),
        ])
    func comparedChange(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
