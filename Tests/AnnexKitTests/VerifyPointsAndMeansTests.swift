import Testing

@testable import AnnexKit

/// The twenty-fourth round (C): a mean per unit of a total over the count of units named before it, and points
/// between two dated levels in two clauses.
@Suite("Verify: means per unit, points between dated levels")
struct VerifyPointsAndMeansTests {
    // MARK: Means per unit

    @Test(
        "A plural that voices its last 'f' or 's' is a form of its noun",
        arguments: [
            ("hoven", "hof", true), ("huizen", "huis", true), ("bedrijven", "bedrijf", true),
            ("graven", "graaf", true), ("hoven", "huis", false), ("bedrijven", "bedrag", false),
        ])
    func voicedPlural(word: String, noun: String, expected: Bool) {
        #expect(ClaimParser.isForm(word, of: noun) == expected)
    }

    @Test(
        "A mean per unit is the total over the count of its unit, named as a form or a compound's head",
        arguments: [
            // 46.800 / 4 = 11.700; 'hof' is the head of 'gerechtshoven'.
            ("De vier gerechtshoven behandelden samen 46.800 hoger beroepen, gemiddeld 11.700 per hof.", "11.700",
                Verdict.consistent),
            ("De vier gerechtshoven behandelden samen 46.800 hoger beroepen, gemiddeld 12.700 per hof.", "12.700",
                .inconsistent),
            // 3.084 / 12 = 257.
            ("De twaalf veiligheidshuizen behandelden samen 3.084 casussen, gemiddeld 257 per veiligheidshuis.",
                "257", .consistent),
            ("De twaalf veiligheidshuizen behandelden samen 3.084 casussen, gemiddeld 275 per veiligheidshuis.",
                "275", .inconsistent),
            // 10.450 / 2.430 = 4,30.
            ("De 2.430 glastuinbouwbedrijven besloegen samen 10.450 hectare, gemiddeld 4,3 hectare per bedrijf.",
                "4,3", .consistent),
            ("De 2.430 glastuinbouwbedrijven besloegen samen 10.450 hectare, gemiddeld 5,3 hectare per bedrijf.",
                "5,3", .inconsistent),
            // 1.091.200 / 2.480 = 440: the count's head after a word that modifies it ('extra treinen').
            ("Er reden 2.480 extra treinen met in totaal 1.091.200 reizigers, gemiddeld 440 per trein.", "440",
                .consistent),
            ("Er reden 2.480 extra treinen met in totaal 1.091.200 reizigers, gemiddeld 400 per trein.", "400",
                .inconsistent),
            ("Zes nieuwe scholen telden samen 2.700 leerlingen, gemiddeld 450 per school.", "450", .consistent),
            // The count of another noun, a unit of time with no count of it: no mean.
            ("De vier regio's behandelden samen 46.800 meldingen, gemiddeld 11.700 per gemeente.", "11.700",
                .unverifiable),
            ("De vier gerechtshoven behandelden samen 46.800 hoger beroepen, gemiddeld 12 per dag.", "12",
                .unverifiable),
        ])
    func meanOfCountedUnits(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A mean after ';' that refers back takes the total and units before it, unless it names another year",
        arguments: [
            // 1.254 miljoen / 38 = 33 miljoen.
            ("De 38 instellingen verwerkten samen 1.254 miljoen transacties; dat is gemiddeld 33 miljoen per "
                + "instelling.", "33 miljoen", Verdict.consistent),
            ("De 38 instellingen verwerkten samen 1.254 miljoen transacties; dat is gemiddeld 30 miljoen per "
                + "instelling.", "30 miljoen", .inconsistent),
            ("Elf teams losten 1.540 zaken op; dit is gemiddeld 140 per team.", "140", .consistent),
            // A mean of another time than the total.
            ("De 38 instellingen verwerkten samen 1.254 miljoen transacties; in 2022 verwerkten zij gemiddeld 30 "
                + "miljoen per instelling.", "30 miljoen", .unverifiable),
        ])
    func meanAfterReference(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: Points between dated levels

    @Test(
        "Two dated levels in two clauses, the later restating the earlier, are the pair of the points beside them",
        arguments: [
            // 47 − 44 = +3: 'afname' is the wrong direction.
            ("In 2022 gaf 44 procent van de bewoners een voldoende, in 2024 was dat 47 procent (n = 1.120), een "
                + "afname van 3 procentpunt.", "3 procentpunt", Verdict.inconsistent),
            ("In 2022 gaf 44 procent van de bewoners een voldoende, in 2024 was dat 47 procent (n = 1.120), een "
                + "toename van 3 procentpunt.", "3 procentpunt", .consistent),
            // 58,9 − 63,5 = −4,6.
            ("In 2019 bezocht 63,5 procent van de inwoners een museum; in 2023 was dat 58,9 procent, 4,6 "
                + "procentpunt minder.", "4,6 procentpunt", .consistent),
            ("In 2019 bezocht 63,5 procent van de inwoners een museum; in 2023 was dat 58,9 procent, 4,6 "
                + "procentpunt meer.", "4,6 procentpunt", .inconsistent),
            // 36,9 − 31,5 = 5,4, after ';': the later clause restates by 'was dat'.
            ("In 2021 had 31,5 procent van de huishoudens een warmtepomp; in 2023 was dat 36,9 procent, een "
                + "toename van 6,4 procentpunt.", "6,4 procentpunt", .inconsistent),
            // Levels of two groups, or a target, are no pair; a new subject binds by position only.
            ("In 2022 gaf 44 procent van de bewoners een voldoende, in 2024 gaf 47 procent van de ondernemers een "
                + "voldoende, een afname van 3 procentpunt.", "3 procentpunt", .unverifiable),
            ("In 2022 gaf 44 procent van de bewoners een voldoende; de gemeente wil in 2024 naar 47 procent, een "
                + "afname van 3 procentpunt.", "3 procentpunt", .unverifiable),
            ("In 2022 gaf 44 procent van de bewoners een voldoende; in 2024 was het aandeel jongeren 47 procent, een "
                + "afname van 3 procentpunt.", "3 procentpunt", .unverifiable),
        ])
    func pointsBetweenDatedLevels(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "'was dat' ties no rate to the counts before it: those are of the other time",
        arguments: [
            // 1.200 / 40.000 × 1.000 = 30 is 2022's rate; 39 is 2023's.
            ("In 2022 kwamen er 1.200 meldingen binnen op 40.000 inwoners; in 2023 was dat 39 per 1.000 inwoners.",
                "39", Verdict.unverifiable),
        ])
    func rateAfterRestatement(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Points with 'vaker' between two groups contrasted before run from the other group to the subject's",
        arguments: [
            // 58 − 64 = −6: the care group is the lower, so 'vaker' is wrong.
            ("In de zorg zegt 58% te willen blijven, in het onderwijs is dat 64%. Zorgmedewerkers willen dus 6 "
                + "procentpunt vaker blijven.", Verdict.inconsistent),
            ("In de zorg zegt 58% te willen blijven, in het onderwijs is dat 64%. Zorgmedewerkers willen dus 6 "
                + "procentpunt minder vaak blijven.", .consistent),
            ("In de zorg zegt 58% te willen blijven, in het onderwijs is dat 64%. In het onderwijs willen medewerkers "
                + "dus 6 procentpunt vaker blijven.", .consistent),
            // No group named: 'vaker' alone takes the lower, 58%, as the base: 64 − 58 = +6.
            ("In de zorg zegt 58% te willen blijven, in het onderwijs is dat 64%. Velen willen dus 6 procentpunt vaker "
                + "blijven.", .consistent),
        ])
    func pointsMoreOften(text: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "6 procentpunt", in: text)
    }
}
