import Testing

@testable import AnnexKit

/// A whole split among two named groups: foreign students by their country.
private let foreignStudents =
    "Vorig jaar kwamen 2.000 buitenlandse studenten naar de universiteit, van wie 500 uit Duitsland en 160 uit Italië."

/// The twenty-eighth round (A): a factor between two named amounts ('1,5 keer dat van een huurder', '1,2 keer de
/// Amsterdamse'), and a group's share named by an adjective of place ('Het Duitse aandeel was 25 procent').
@Suite("Verify: factors between two named amounts, shares named by an adjective")
struct VerifyNamedAmountFactorTests {
    // MARK: A factor of one named amount over another

    @Test(
        "A factor after 'keer dat van', 'keer die van' or 'keer zoveel als' is the subject's amount over the other's",
        arguments: [
            // 1.275 / 850 = 1,5; 0,67 is the factor the wrong way round, 3 is no factor of the two ('2 keer' would
            // hold: 1,5 rounds to it).
            ("Een huurder betaalt gemiddeld € 850 per maand, een eigenaar € 1.275. Een eigenaar betaalt daarmee 1,5 "
                + "keer dat van een huurder.", "1,5 keer dat van", Verdict.consistent),
            ("Een huurder betaalt gemiddeld € 850 per maand, een eigenaar € 1.275. Een eigenaar betaalt daarmee 0,67 "
                + "keer dat van een huurder.", "0,67 keer dat van", .inconsistent),
            ("Een huurder betaalt gemiddeld € 850 per maand, een eigenaar € 1.275. Een eigenaar betaalt daarmee 3 "
                + "keer dat van een huurder.", "3 keer dat van", .inconsistent),
            // The verb 'betaalt' is written once for both amounts: it names neither group. 1.275 / 850 = 1,5.
            ("Een huurder betaalt gemiddeld € 850 per maand, een eigenaar € 1.275. Een eigenaar betaalt daarmee 1,5 "
                + "keer zoveel als een huurder.", "1,5 keer zoveel", .consistent),
            ("Een huurder betaalt gemiddeld € 850 per maand, een eigenaar € 1.275. Een eigenaar betaalt daarmee 1,8 "
                + "keer zoveel als een huurder.", "1,8 keer zoveel", .inconsistent),
            // 6.300 / 2.100 = 3.
            ("Een verpleegkundige rijdt jaarlijks 6.300 km, een arts 2.100 km. De verpleegkundige rijdt zo 3 keer "
                + "die van de arts.", "3 keer die van", .consistent),
            ("Een verpleegkundige rijdt jaarlijks 6.300 km, een arts 2.100 km. De verpleegkundige rijdt zo 4 keer "
                + "die van de arts.", "4 keer die van", .inconsistent),
        ])
    func namedAmounts(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "Under lines of values per place, a factor names the other place by its adjective ('keer de Amsterdamse')",
        arguments: [
            // 36 / 30 = 1,2; 0,83 is 30 / 36, the factor the wrong way round.
            ("Reistijd naar het werk in minuten:\n- Utrecht: 36\n- Amsterdam: 30\n- Zwolle: 24\nDe Utrechtse "
                + "reistijd is daarmee 1,2 keer de Amsterdamse.", "1,2 keer de Amsterdamse", Verdict.consistent),
            ("Reistijd naar het werk in minuten:\n- Utrecht: 36\n- Amsterdam: 30\n- Zwolle: 24\nDe Utrechtse "
                + "reistijd is daarmee 0,83 keer de Amsterdamse.", "0,83 keer de Amsterdamse", .inconsistent),
            // 24 / 30 = 0,8.
            ("Reistijd naar het werk in minuten:\n- Utrecht: 36\n- Amsterdam: 30\n- Zwolle: 24\nDe Zwolse "
                + "reistijd is 0,8 keer zo lang als de Amsterdamse.", "0,8 keer zo lang", .consistent),
        ])
    func linesPerPlace(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A factor whose compared amount names no single value, or a colon in prose, raises no alarm",
        arguments: [
            // 'de anderen' names none of the three amounts.
            "Een huurder betaalt gemiddeld € 850, een eigenaar € 1.275 en een student € 425. Een eigenaar betaalt "
                + "daarmee 5 keer dat van de anderen.",
            // A group of the text with no amount of its own ('Arnhem').
            "Reistijd naar het werk in minuten:\n- Utrecht: 36\n- Amsterdam: 30\n- Zwolle: 24\nDe Utrechtse "
                + "reistijd is daarmee 3 keer de Arnhemse.",
            // 'keer de' that counts occasions.
            "Het team won in 2024 drie keer de beker, in 2023 twee keer.",
        ])
    func namedAmountNearMisses(text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written): \(reason($0))" })")
    }

    @Test("A colon in prose before two values names no group")
    func proseColon() throws {
        // 7.200 / 4.800 = 1,5: the values after ':' are bound by their order, as before.
        let found = try claim(
            "anderhalf keer zo veel",
            in: "De cursus trok anderhalf keer zo veel deelnemers als een jaar eerder: 7.200 tegen 4.800.")
        #expect(found.verdict == .consistent, "\(reason(found))")
    }

    // MARK: A share named by an adjective of place

    @Test(
        "A group's 'aandeel' is its listed count over the whole the sentence before splits, named by its adjective",
        arguments: [
            // 500 / 2.000 = 25%; 160 / 2.000 = 8% ('Italiaanse' names Italië, an irregular adjective).
            (foreignStudents + " Het Duitse aandeel was 25 procent; het Italiaanse aandeel 8 procent.", "25 procent",
             Verdict.consistent),
            (foreignStudents + " Het Duitse aandeel was 25 procent; het Italiaanse aandeel 8 procent.", "8 procent",
             .consistent),
            // 32 procent is 160 over Germany's 500, not over the 2.000.
            (foreignStudents + " Het Duitse aandeel was 25 procent; het Italiaanse aandeel 32 procent.", "32 procent",
             .inconsistent),
            // The group named after 'aandeel van': 500 / 2.000 = 25%, not 40%.
            (foreignStudents + " Het aandeel van Duitsland was 40 procent.", "40 procent", .inconsistent),
            // 'Groningse' names Groningen by its stem: 1.200 / 4.800 = 25%.
            ("De provincie telde 4.800 werklozen, van wie 1.200 in Groningen en 900 in Assen. Het Groningse "
                + "aandeel bedroeg 25 procent.", "25 procent", .consistent),
            ("De provincie telde 4.800 werklozen, van wie 1.200 in Groningen en 900 in Assen. Het Groningse "
                + "aandeel bedroeg 30 procent.", "30 procent", .inconsistent),
        ])
    func adjectiveShares(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share whose group has no count, or that counts a noun of its own, stays unverifiable",
        arguments: [
            // No count of France in the text.
            foreignStudents + " Het Franse aandeel was 40 procent.",
            // 'het aandeel vrouwen' is a share within the German group, whose count of women is not given.
            foreignStudents + " Het aandeel vrouwen onder de Duitse studenten was 40 procent.",
            // No 'aandeel': 40 procent of the German students, not of all.
            foreignStudents + " Van de Duitse studenten woonde 40 procent op kamers.",
        ])
    func adjectiveShareNearMisses(text: String) throws {
        let found = try claim("40 procent", in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
