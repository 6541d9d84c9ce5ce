import Testing

@testable import AnnexKit

/// The thirty-sixth round (A): a list of bare labelled values after ':' counts what the words before the ':' name, so
/// a mean of that noun, per the unit the lead names, in the next sentence is the mean of the list.
@Suite("Verify: a mean of a list that its lead names")
struct VerifyListLeadTests {
    @Test(
        "A mean of what the lead names is the mean of the list's values",
        arguments: [
            // 1.240 + 980 + 1.600 = 3.820; / 3 = 1.273,3. 955 is 3.820 / 4.
            ("Het aantal uitleningen per filiaal: Oost 1.240, West 980 en Centrum 1.600. Gemiddeld 1.273 uitleningen "
                + "per filiaal.", "1.273", Verdict.consistent),
            ("Het aantal uitleningen per filiaal: Oost 1.240, West 980 en Centrum 1.600. Gemiddeld 955 uitleningen "
                + "per filiaal.", "955", .inconsistent),
            // A compound names the mean's noun by its head ('wachtminuten', 'minuten'): 108 / 3 = 36; 27 is 108 / 4.
            ("Wachtminuten bij de balie, eerste week: maandag 42, dinsdag 37, woensdag 29. Gemiddeld 36 minuten per "
                + "dag.", "36", .consistent),
            ("Wachtminuten bij de balie, eerste week: maandag 42, dinsdag 37, woensdag 29. Gemiddeld 27 minuten per "
                + "dag.", "27", .inconsistent),
            // A mean that names nothing it counts, per the unit the lead names: 1.420 / 4 = 355; 473 is 1.420 / 3.
            ("Leden per vereniging: Atletiek 312, Judo 148, Hockey 540, Tennis 420. Gemiddeld 355 per vereniging.",
                "355", .consistent),
            ("Leden per vereniging: Atletiek 312, Judo 148, Hockey 540, Tennis 420. Gemiddeld 473 per vereniging.",
                "473", .inconsistent),
            // Labels of more than one word: 204 / 3 = 68; 51 is 204 / 4.
            ("Het aantal aanmeldingen per school: De Linde 64, Het Anker 81 en De Wissel 59. Gemiddeld 68 "
                + "aanmeldingen per school.", "68", .consistent),
            ("Het aantal aanmeldingen per school: De Linde 64, Het Anker 81 en De Wissel 59. Gemiddeld 51 "
                + "aanmeldingen per school.", "51", .inconsistent),
            // Values joined by dashes: 1.000 / 3 = 333,3; 250 is 1.000 / 4.
            ("Bezoekers per museum: Rijks 410 – Stedelijk 265 – Kröller 325. Gemiddeld 333 bezoekers per museum.",
                "333", .consistent),
            ("Bezoekers per museum: Rijks 410 – Stedelijk 265 – Kröller 325. Gemiddeld 250 bezoekers per museum.",
                "250", .inconsistent),
            // A label with a word in brackets: 680 / 3 = 226,7; 170 is 680 / 4.
            ("Uitkeringen per regeling: AOW 412, WW (tijdelijk) 96, bijstand 172. Gemiddeld 227 uitkeringen per "
                + "regeling.", "227", .consistent),
            ("Uitkeringen per regeling: AOW 412, WW (tijdelijk) 96, bijstand 172. Gemiddeld 170 uitkeringen per "
                + "regeling.", "170", .inconsistent),
        ])
    func ledList(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A lead of another unit or noun, or one that names no unit for a bare mean, ties no mean to the list",
        arguments: [
            // The lead's values are per day, the mean per hour.
            ("Het aantal bezoekers per dag: zaterdag 1.240, zondag 980. Gemiddeld 95 bezoekers per uur.", "95"),
            // The lead counts complaints, the mean residents.
            ("Het aantal klachten per wijk: Noord 41, Zuid 35 en Oost 28. Gemiddeld 12 bewoners per wijk.", "12"),
            // The mean names nothing it counts and the lead names no unit after 'per'.
            ("Klachten, eerste kwartaal: Noord 41, Zuid 35 en Oost 28. Gemiddeld 30 per wijk.", "30"),
            // A quantity before the ':' (a whole of which the list may be a part) leads nothing.
            ("Van de 300 klachten in 2024: Noord 41, Zuid 35 en Oost 28. Gemiddeld 30 klachten per wijk.", "30"),
            // Values that name nouns of their own are no bare list under the lead.
            ("Het aantal klachten per wijk: Noord 41 klachten, Zuid 35 en Oost 28 bewoners. Gemiddeld 35 klachten per "
                + "wijk.", "35"),
            // A label that names a total: the list's items are not its values.
            ("Aanvragen per wijk: Noord 41, Zuid 35, totaal 76. Gemiddeld 38 aanvragen per wijk.", "38"),
        ])
    func unled(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }

    @Test("A lead names a mean's noun and unit by its words, and every unit it names after 'per' must be the mean's")
    func leads() {
        let perDistrict = ListLead(words: ["het", "aantal", "respondenten", "per", "wijk"], values: [])
        #expect(perDistrict.perUnits == ["wijk"])
        #expect(perDistrict.leads(noun: "respondenten", per: "wijk"))
        #expect(perDistrict.leads(noun: nil, per: "wijk"))
        #expect(!perDistrict.leads(noun: "respondenten", per: "gemeente"))
        #expect(!perDistrict.leads(noun: "bewoners", per: "wijk"))
        // The unit after 'per' names no noun the values count.
        #expect(!perDistrict.leads(noun: "wijken", per: "wijk"))
        let compound = ListLead(words: ["vertragingsminuten", "laatste", "kwartaal"], values: [])
        #expect(compound.perUnits.isEmpty)
        #expect(compound.leads(noun: "minuten", per: "maand"))
        #expect(!compound.leads(noun: nil, per: "maand"))
    }
}
