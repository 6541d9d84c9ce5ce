import Testing

@testable import AnnexKit

/// 'Het gaat om' has no subject of its own: an amount per unit after it is of the amounts the sentences before state
/// ('… samen € 1,5 mln. Gemiddeld ging het om € 60.000 per subsidie').
@Suite("Verify: an amount per unit after 'het gaat om'")
struct VerifyConcernedMatterMeanTests {
    @Test("The total and the units both stand in the sentence before")
    func bothBefore() throws {
        // € 1.500.000 / 25 grants = € 60.000 per grant; € 65.000 is planted.
        let fund = "In 2024 verstrekte het fonds 25 subsidies, samen € 1,5 mln. "
        try expectClaim("€ 60.000", in: fund + "Gemiddeld ging het om € 60.000 per subsidie.", kind: .ratio,
            verdict: .consistent, value: 60_000)
        try expectClaim("€ 65.000", in: fund + "Gemiddeld ging het om € 65.000 per subsidie.", kind: .ratio,
            verdict: .inconsistent, value: 60_000)
    }

    @Test("The units in the sentence of 'het ging om', the total in the sentence before")
    func unitsInItsOwnSentence() throws {
        // € 450.000 / 18 projects = € 25.000 per project; € 52.000 is planted (the digits swapped).
        let fund = "Het fonds gaf in 2024 € 450.000 uit. "
        try expectClaim("€ 25.000", in: fund + "Het ging om 18 projecten, gemiddeld € 25.000 per project.",
            kind: .ratio, verdict: .consistent, value: 25_000)
        try expectClaim("€ 52.000", in: fund + "Het ging om 18 projecten, gemiddeld € 52.000 per project.",
            kind: .ratio, verdict: .inconsistent, value: 25_000)
    }

    @Test(
        "In doubt unverifiable: another year in the mean's sentence, no amount before, no 'het gaat om'",
        arguments: [
            "In 2024 verstrekte het fonds 25 subsidies, samen € 1,5 mln. Gemiddeld ging het in 2023 om € 60.000 per "
                + "subsidie.",
            "In 2024 verstrekte het fonds 25 subsidies. Gemiddeld ging het om € 60.000 per subsidie.",
            "In 2024 verstrekte het fonds 25 subsidies, samen € 1,5 mln. Gemiddeld kregen de aanvragers € 60.000 per "
                + "subsidie.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("€ 60.000", in: text)
    }
}

/// The end value of a change before is the total of a mean per unit later in the paragraph ('De kosten liepen op tot
/// € 84.000, tegen € 70.000 een jaar eerder. … gemiddeld € 700 per kind').
@Suite("Verify: a change's end value as the total of a mean per unit")
struct VerifyEndLevelTotalTests {
    @Test("The total is the later amount of a change two sentences back")
    func laterAmount() throws {
        // € 84.000 / 120 children = € 700 per child; € 770 is planted (€ 70.000 / 120 would be € 583,33).
        let care = "De kosten van de kinderopvang liepen op tot € 84.000, tegen € 70.000 een jaar eerder. Dat is een "
            + "stijging van 20 procent. Het ging om 120 kinderen, "
        try expectClaim("€ 700", in: care + "gemiddeld € 700 per kind.", kind: .ratio, verdict: .consistent,
            value: 700)
        try expectClaim("€ 770", in: care + "gemiddeld € 770 per kind.", kind: .ratio, verdict: .inconsistent,
            value: 700)
    }

    @Test("Two end values in the mean's currency: no total")
    func twoEndValues() throws {
        let text = "De kosten liepen op tot € 84.000 (2023: € 70.000), de opbrengsten tot € 30.000 (2023: € 25.000). "
            + "Het ging om 120 kinderen, gemiddeld € 700 per kind."
        try expectUnverifiable("€ 700", in: text)
    }
}

/// 'Het aantal abonnees bedroeg 2.500': a count with no noun after it counts what 'het aantal' names, for a mean per
/// one of them later; a list that adds up to those units splits them over groups and holds no values of the mean.
@Suite("Verify: the units of a mean named by 'het aantal' before them")
struct VerifyUnitsNamedByAantalTests {
    @Test("The clause's only count")
    func onlyCount() throws {
        // 40.000 loans / 2.500 subscribers = 16 loans per subscriber; 18 is planted.
        let library = "Het aantal abonnees bedroeg 2.500. Op de 40.000 uitleningen komt dat neer op gemiddeld "
        try expectClaim("16", in: library + "16 uitleningen per abonnee.", kind: .ratio, verdict: .consistent,
            value: 16)
        try expectClaim("18", in: library + "18 uitleningen per abonnee.", kind: .ratio, verdict: .inconsistent,
            value: 16)
    }

    @Test("The total after 'in totaal' of a list that splits the units")
    func totalOfAList() throws {
        // 1.200 + 800 + 500 = 2.500 subscribers; 40.000 / 2.500 = 16; 18 is planted.
        let library = "Het aantal abonnees van de bibliotheek, de bus en de webwinkel bedroeg respectievelijk 1.200, "
            + "800 en 500, in totaal 2.500. Op de 40.000 uitleningen komt dat neer op gemiddeld "
        try expectClaim("16", in: library + "16 uitleningen per abonnee.", kind: .ratio, verdict: .consistent,
            value: 16)
        try expectClaim("18", in: library + "18 uitleningen per abonnee.", kind: .ratio, verdict: .inconsistent,
            value: 16)
    }

    @Test("A list of places that adds up to the units is no list of the mean's values")
    func listOfPlaces() throws {
        // 3.210 + 2.090 + 1.155 = 6.455 subscribers; 129.100 / 6.455 = 20. Taken from the paragraph, the operands may
        // confirm the mean, never contradict it: 22 stays unverifiable.
        let towns = "Het aantal abonnees in Zandvoort, Heemstede en Bloemendaal bedroeg respectievelijk 3.210, 2.090 "
            + "en 1.155, in totaal 6.455. Op de 129.100 uitleningen in de drie plaatsen komt dat neer op gemiddeld "
        try expectClaim("20", in: towns + "20 uitleningen per abonnee.", kind: .ratio, verdict: .consistent,
            value: 20)
        try expectUnverifiable("22", in: towns + "22 uitleningen per abonnee.")
    }

    @Test("The first of the listed counts, alone in its clause before a comma, is no count of the units")
    func firstListedCount() throws {
        // 40.000 / 2.500 = 16, not 40.000 / 1.200 = 33,3: the list's first count names no subscribers of its own.
        let text = "Het aantal abonnees bedroeg respectievelijk 1.200, 800 en 500, in totaal 2.500. Op de 40.000 "
            + "uitleningen komt dat neer op gemiddeld 16 uitleningen per abonnee."
        try expectClaim("16", in: text, kind: .ratio, verdict: .consistent, value: 16)
    }

    @Test(
        "In doubt unverifiable: a list that does not add up to the units, a count beside a word of direction",
        arguments: [
            "Het aantal abonnees in Zandvoort, Heemstede en Bloemendaal bedroeg respectievelijk 3.210, 2.090 en 1.150, "
                + "in totaal 6.455. Op de 103.280 uitleningen in de drie plaatsen komt dat neer op gemiddeld 16 "
                + "uitleningen per abonnee.",
            "Het aantal abonnees groeide: er kwamen 2.500 bij. Op de 40.000 uitleningen komt dat neer op gemiddeld 16 "
                + "uitleningen per abonnee.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("16", in: text)
    }
}
