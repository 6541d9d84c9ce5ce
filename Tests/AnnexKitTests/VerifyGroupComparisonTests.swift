import Testing

@testable import AnnexKit

/// The thirty-fourth round (C): a percentage that compares two groups whose values a sentence before gives ('bij A
/// …, bij B …', 'voor A …, voor B …', 'in Amsterdam …, in Utrecht …') is no change in time: the group the claim names
/// is compared with the other, and when it names neither with certainty, its comparative alone orders them.
@Suite("Verify: a comparison between two groups")
struct VerifyGroupComparisonTests {
    // MARK: The group the claim names

    @Test(
        "A comparative that names one of two groups compares it with the other, the base",
        arguments: [
            // (9,0 − 7,5) / 7,5 = +20%; 17% is (7,5 − 9,0) / 9,0 read as a rise.
            ("Bij teams met een vaste planner was de gemiddelde doorlooptijd 9,0 dagen, bij teams zonder planner 7,5 "
                + "dagen. De doorlooptijd lag bij teams met een vaste planner dus 20 procent hoger.", "20 procent",
                Verdict.consistent),
            ("Bij teams met een vaste planner was de gemiddelde doorlooptijd 9,0 dagen, bij teams zonder planner 7,5 "
                + "dagen. De doorlooptijd lag bij teams met een vaste planner dus 17 procent hoger.", "17 procent",
                .inconsistent),
            // Amsterdam 585 over Utrecht 450: (585 − 450) / 450 = +30%; 23% is Utrecht's shortfall, (450 − 585) / 585.
            ("In Amsterdam betaalde een huishouden gemiddeld 585 euro aan lokale lasten, in Utrecht 450 euro. In "
                + "Amsterdam was dat dus 30 procent meer.", "30 procent", .consistent),
            ("In Amsterdam betaalde een huishouden gemiddeld 585 euro aan lokale lasten, in Utrecht 450 euro. In "
                + "Amsterdam was dat dus 23 procent meer.", "23 procent", .inconsistent),
            // Utrecht under Amsterdam: (450 − 585) / 585 = −23,1%; 30% is Amsterdam's excess.
            ("In Amsterdam betaalde een huishouden gemiddeld 585 euro aan lokale lasten, in Utrecht 450 euro. In "
                + "Utrecht was dat dus 23 procent minder.", "23 procent", .consistent),
            ("In Amsterdam betaalde een huishouden gemiddeld 585 euro aan lokale lasten, in Utrecht 450 euro. In "
                + "Utrecht was dat dus 30 procent minder.", "30 procent", .inconsistent),
        ])
    func namedGroup(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    // MARK: The comparative alone

    @Test(
        "With neither group named for certain, 'hoger' and 'meer' take the smaller value as base, 'lager' the larger",
        arguments: [
            // 'niet-gecertificeerde' for 'zonder certificaat': lager, base 6,4: (4,8 − 6,4) / 6,4 = −25%; 33% is
            // (6,4 − 4,8) / 4,8, the other group's excess.
            ("Voor gecertificeerde installateurs was het aandeel herstelmeldingen 6,4 procent, voor installateurs "
                + "zonder certificaat 4,8 procent. Het aandeel lag bij niet-gecertificeerde installateurs dus 25 "
                + "procent lager.", "25 procent", Verdict.consistent),
            ("Voor gecertificeerde installateurs was het aandeel herstelmeldingen 6,4 procent, voor installateurs "
                + "zonder certificaat 4,8 procent. Het aandeel lag bij niet-gecertificeerde installateurs dus 33 "
                + "procent lager.", "33 procent", .inconsistent),
            // The same pair and 'hoger': base 4,8: (6,4 − 4,8) / 4,8 = +33,3%; 25% is the shortfall read as excess.
            ("Voor gecertificeerde installateurs was het aandeel herstelmeldingen 6,4 procent, voor installateurs "
                + "zonder certificaat 4,8 procent. Het aandeel lag bij niet-gecertificeerde installateurs dus 33 "
                + "procent hoger.", "33 procent", .consistent),
            // 'zonder vaste begeleider' names words of both groups: minder, base 12: (9 − 12) / 12 = −25%; 33% is
            // (12 − 9) / 9.
            ("Bij klassen met een vaste begeleider waren er gemiddeld 12 verzuimmeldingen per maand, bij klassen "
                + "zonder begeleider 9. Klassen zonder vaste begeleider hadden daarmee 25 procent minder "
                + "meldingen.", "25 procent", .consistent),
            ("Bij klassen met een vaste begeleider waren er gemiddeld 12 verzuimmeldingen per maand, bij klassen "
                + "zonder begeleider 9. Klassen zonder vaste begeleider hadden daarmee 33 procent minder "
                + "meldingen.", "33 procent", .inconsistent),
            // No group at all: meer, base 400: (520 − 400) / 400 = +30%; 23% is (520 − 400) / 520.
            ("Voor huurders bedroeg de gemiddelde energierekening 520 euro per kwartaal, voor eigenaren 400 euro. "
                + "Dat is dus 30 procent meer.", "30 procent", .consistent),
            ("Voor huurders bedroeg de gemiddelde energierekening 520 euro per kwartaal, voor eigenaren 400 euro. "
                + "Dat is dus 23 procent meer.", "23 procent", .inconsistent),
        ])
    func comparativeAlone(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "The measure the first clause names after its verb, left out of the second, names neither group",
        arguments: [
            // lager, base 8,4: (6,0 − 8,4) / 8,4 = −28,6%; 40% is (8,4 − 6,0) / 6,0.
            ("Bij gemeenten met een eigen milieudienst was de wachttijd 8,4 weken en bij gemeenten zonder eigen dienst "
                + "6,0 weken. De wachttijd lag dus 29 procent lager.", "29 procent", Verdict.consistent),
            ("Bij gemeenten met een eigen milieudienst was de wachttijd 8,4 weken en bij gemeenten zonder eigen dienst "
                + "6,0 weken. De wachttijd lag dus 40 procent lager.", "40 procent", .inconsistent),
            // kleiner, base 8,4: −28,6%; groter, base 6,0: +40%, so 29% groter is the base swapped.
            ("Bij gemeenten met een eigen milieudienst was de wachttijd 8,4 weken, bij gemeenten zonder eigen dienst "
                + "6,0 weken. De wachttijd was daar dus 29 procent kleiner.", "29 procent", .consistent),
            ("Bij gemeenten met een eigen milieudienst was de wachttijd 8,4 weken, bij gemeenten zonder eigen dienst "
                + "6,0 weken. De wachttijd was daar dus 29 procent groter.", "29 procent", .inconsistent),
        ])
    func sharedMeasure(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    // MARK: Near misses

    @Test(
        "Two values marked as two times keep their order in time, and a direction word against it is caught",
        arguments: [
            // 2022 → 2023: (2,6 − 3,4) / 3,4 = −23,5%.
            ("In 2022 waren er 3,4 valpartijen per 1.000 bewoners, in 2023 2,6. Het aantal lag daarmee 24 procent "
                + "lager.", "24 procent", Verdict.consistent),
            // 'hoger' against a fall in time: a wrong direction word, not a comparison by size.
            ("In 2022 waren er 3,4 valpartijen per 1.000 bewoners, in 2023 2,6. Het aantal lag daarmee 24 procent "
                + "hoger.", "24 procent", .inconsistent),
            // 'vorig jaar' dates the first value: 310 → 248 = −20%, and 'meer' contradicts it.
            ("Vorig jaar kwamen er 310 aanvragen binnen, nu 248. Dat zijn er dus 20 procent meer.", "20 procent",
                .inconsistent),
        ])
    func timesKeepTheirOrder(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A verb of change after two groups, a third group, and a comparison with something else stay unverifiable",
        arguments: [
            // 'daalde' is a change in time of no group's value.
            ("Voor huurders bedroeg de gemiddelde energierekening 520 euro per kwartaal, voor eigenaren 400 euro. "
                + "De rekening daalde dus met 23 procent.", "23 procent"),
            // Rotterdam is a third place, with no value of the text.
            ("In Amsterdam betaalde een huishouden gemiddeld 585 euro aan lokale lasten, in Utrecht 450 euro. In "
                + "Rotterdam was dat 10 procent minder.", "10 procent"),
            // 'dan gemiddeld' compares with a value the text does not give.
            ("Voor huurders bedroeg de gemiddelde energierekening 520 euro per kwartaal, voor eigenaren 400 euro. "
                + "Dat is 10 procent meer dan gemiddeld.", "10 procent"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
