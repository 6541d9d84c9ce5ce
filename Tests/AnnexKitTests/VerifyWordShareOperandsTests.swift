import Testing

@testable import AnnexKit

/// verify183: shares said in words ('een op de vijf', 'ruim driekwart') whose part and whole the text states, read by
/// the structure of the readers that read them for percentages: 'Daarmee is' restates the quantity before, a part
/// counted in a compound's head, a table column named by the noun the share counts, parts a word of joining sums.
@Suite("Verify: a share after 'Daarmee is' takes the quantity of the sentence before as its part")
struct VerifyShareAfterDaarmeeTests {
    @Test(
        "The quantity the sentence before is about is the part of a share of a whole after 'Daarmee is'",
        arguments: [
            // 1.240 / 6.450 = 19,22%: 'bijna een op de vijf' allows 19% up to 20%.
            ("De zwemclub telde 1.240 leden. Daarmee is bijna een op de vijf van de 6.450 inwoners lid.",
                "bijna een op de vijf", Verdict.consistent),
            // 'bijna een op de vier' allows 23,75% up to 25%; 19,22% is not even near it, but 'Daarmee' may name the
            // means (lead, at the merge): the quantity before confirms, never contradicts. 'Dat is' restates it.
            ("De zwemclub telde 1.240 leden. Daarmee is bijna een op de vier van de 6.450 inwoners lid.",
                "bijna een op de vier", .unverifiable),
            ("De zwemclub telde 1.240 leden. Dat is bijna een op de vier van de 6.450 inwoners.",
                "bijna een op de vier", .inconsistent),
            // The end value of a change is the quantity: 2.760 / 21.400 = 12,90%, 'ruim een op de acht' 12,5% up to
            // 13,125%.
            ("Het aantal abonnees groeide van 2.300 naar 2.760. Daarmee is inmiddels ruim een op de acht van de 21.400 "
                + "huishoudens abonnee.", "ruim een op de acht", .consistent),
            // 'ruim een op de zes' is 16,67% up to 17,5%: not contradicted after 'Daarmee'.
            ("Het aantal abonnees groeide van 2.300 naar 2.760. Daarmee is inmiddels ruim een op de zes van de 21.400 "
                + "huishoudens abonnee.", "ruim een op de zes", .unverifiable),
            // The same reading for a percentage: 19,22% is 19 procent.
            ("De zwemclub telde 1.240 leden. Daarmee is 19 procent van de 6.450 inwoners lid.", "19 procent",
                .consistent),
        ])
    func restatedPart(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "No one quantity before, or one that is the whole itself, leaves the share unverifiable",
        arguments: [
            // Two counts and no total: which one 'Daarmee' takes up is not told.
            ("De zwemclub telde 1.240 leden en 86 vrijwilligers. Daarmee is bijna een op de vijf van de 6.450 inwoners "
                + "lid.", "bijna een op de vijf"),
            // The quantity before is the whole (6.450 of 6.450 would be 100%): no part of it.
            ("Het aantal inwoners groeide naar 6.450. Daarmee is een op de vijf van de 6.450 inwoners lid.",
                "een op de vijf"),
            // 'Daarmee' names the means: 40 inspectors are no part of the complaints (40 / 1.200 = 3,3%).
            ("De gemeente nam 40 handhavers aan. Daarmee is een derde van de 1.200 klachten afgehandeld.",
                "een derde"),
        ])
    func noRestatedPart(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}

@Suite("Verify: a part counted in the head of the compound the count before counts")
struct VerifyPartInCompoundHeadTests {
    @Test(
        "'Op 156 locaties' after '640 kinderopvanglocaties' is a part of the 640",
        arguments: [
            // 156 / 640 = 24,375%: 'bijna een kwart' allows 23,75% up to 25%.
            ("De inspectie bezocht 640 kinderopvanglocaties. Op 156 locaties, bijna een kwart, vond zij "
                + "tekortkomingen.", "bijna een kwart", Verdict.consistent),
            // 'ruim een derde' is 33,3% up to 35%.
            ("De inspectie bezocht 640 kinderopvanglocaties. Op 156 locaties, ruim een derde, vond zij "
                + "tekortkomingen.", "ruim een derde", .inconsistent),
            // 24,375% is 24 procent.
            ("De inspectie bezocht 640 kinderopvanglocaties. Op 156 locaties vond zij tekortkomingen; dat is 24 "
                + "procent.", "24 procent", .consistent),
        ])
    func headPart(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A noun that is no head of the compound counts something else",
        arguments: [
            ("De inspectie bezocht 640 kinderopvanglocaties. Bij 156 kinderen, bijna een kwart, vond zij een "
                + "achterstand.", "bijna een kwart"),
            // 'locaties' is the first part of 'locatiebezoeken', not its head: visits are no locations.
            ("De inspectie legde 640 locatiebezoeken af. Op 156 locaties, bijna een kwart, vond zij tekortkomingen.",
                "bijna een kwart"),
        ])
    func otherNoun(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}

@Suite("Verify: a share of a table row in the column the noun the share counts names")
struct VerifyShareOfNamedColumnTests {
    /// Two columns, the second larger in every row: without the noun the first might count a part of the second.
    static let crimes = """
        Wijk | Inbraken | Autodiefstallen
        Noord | 74 | 120
        Zuid | 71 | 95
        Oost | 35 | 70
        Totaal | 180 | 285

        """

    /// A header that gives its unit in brackets, with a digit in it.
    static let land = """
        Grondgebruik | oppervlakte 2023 (km2)
        Landbouw | 102,0
        Bebouwing | 41,5
        Natuur | 56,5
        Totaal | 200,0

        """

    @Test(
        "The row the sentence names, of the total of the column the share's noun or a word of it names",
        arguments: [
            // 'woninginbraken' ends in the header's 'inbraken': 74 / 180 = 41,1%, 'ruim vier op de tien' 40% to 42%.
            (crimes + "Ruim vier op de tien woninginbraken vonden plaats in Noord.", "Ruim vier op de tien",
                Verdict.consistent),
            // 41,1% is within 'vier op de tien' (38% to 42%).
            (crimes + "Vier op de tien inbraken vonden plaats in Noord.", "Vier op de tien", .consistent),
            // Oost: 35 / 180 = 19,4%.
            (crimes + "Ruim vier op de tien woninginbraken vonden plaats in Oost.", "Ruim vier op de tien",
                .inconsistent),
            // 102 / 200 = 51%: 'ruim de helft' 50% to 52,5%.
            (land + "Landbouw besloeg ruim de helft van de oppervlakte.", "ruim de helft", .consistent),
            // 56,5 / 200 = 28,25%.
            (land + "Natuur besloeg ruim de helft van de oppervlakte.", "ruim de helft", .inconsistent),
            // 41,5 / 200 = 20,75%: 'ruim een vijfde' 20% to 21%.
            (land + "Bebouwing besloeg ruim een vijfde van de oppervlakte.", "ruim een vijfde", .consistent),
        ])
    func namedColumn(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("A noun that names no column tells none: the share stays unverifiable")
    func noColumn() throws {
        try expectUnverifiable("Vier op de tien", in: Self.crimes + "Vier op de tien meldingen kwamen uit Noord.")
    }
}

@Suite("Verify: a share of the parts before that a word of joining sums")
struct VerifyJoinedPartsBeforeTests {
    static let grants =
        "Van de € 8,0 mln subsidie ging € 3,0 mln naar sport, € 1,9 mln naar cultuur en € 3,1 mln naar welzijn. "

    @Test(
        "'Samen is dat …' sums the parts of the whole before; named parts alone when the subject names some",
        arguments: [
            // (214 + 98) / 520 = 312 / 520 = 60%.
            ("Van de 520 deelnemers vonden er 214 werk en 98 een opleiding. Samen is dat zes op de tien.",
                "zes op de tien", Verdict.consistent),
            // 60% is no half (47,5% to 52,5%).
            ("Van de 520 deelnemers vonden er 214 werk en 98 een opleiding. Samen is dat de helft.", "de helft",
                .inconsistent),
            ("Van de 520 deelnemers vonden er 214 werk en 98 een opleiding. Samen is dat 60 procent.", "60 procent",
                .consistent),
            // Sport and welzijn: (3,0 + 3,1) / 8,0 = 76,25%, 'ruim driekwart' 75% to 78,75%.
            (grants + "Sport en welzijn kregen samen ruim driekwart.", "ruim driekwart", .consistent),
            // Sport and cultuur: 4,9 / 8,0 = 61,25%.
            (grants + "Sport en cultuur kregen samen ruim driekwart.", "ruim driekwart", .inconsistent),
            // 76,25% is 76 procent (main summed all three parts, 100%, and called it wrong).
            (grants + "Sport en welzijn kregen samen 76 procent.", "76 procent", .consistent),
        ])
    func joinedParts(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A subject that names one part only, or parts that fill their whole, give no share",
        arguments: [
            // 'musea' names no part: which two are joined is not told.
            (grants + "Sport en musea kregen samen 76 procent.", "76 procent"),
            // 250 + 150 = 400: all of the whole, no share of it to state.
            ("Van de 400 meldingen kwamen er 250 uit Noord en 150 uit Zuid. Samen is dat driekwart.", "driekwart"),
        ])
    func noJoinedParts(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}

@Suite("Verify: a total after 'samen' is the quantity a sentence is about")
struct VerifyJoinedTotalTopicTests {
    @Test(
        "'Dat is …' after 'samen N (…)' takes the total, not one of its parts",
        arguments: [
            // 1.860 / 2.480 = 75%.
            ("De drie grootste afdelingen telden samen 1.860 leden (Noord, Zuid en West respectievelijk 820, 610 en "
                + "430). Dat is driekwart van de 2.480 leden van de bond.", "driekwart", Verdict.consistent),
            // 'twee derde' is 63,3% to 70%.
            ("De drie grootste afdelingen telden samen 1.860 leden (Noord, Zuid en West respectievelijk 820, 610 en "
                + "430). Dat is twee derde van de 2.480 leden van de bond.", "twee derde", .inconsistent),
        ])
    func joinedTotal(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("Two counts and no total: 'Dat' takes up neither")
    func noTotal() throws {
        try expectUnverifiable(
            "ruim de helft",
            in: "De afdelingen Noord en Zuid telden 820 en 610 leden. Dat is ruim de helft van de 2.480 leden van de "
                + "bond.")
    }
}
