import Testing

@testable import AnnexKit

/// verify208: shares written in words (and a row of percentages) whose part and whole stand in the text but were not
/// taken: sevenths and ninths, a table row of the share of the row above in the row above that, 'N in totaal' after a
/// share of a whole of the sentence before, 'daarmee' inside a share's clause, the one count of the sentence before,
/// an age bound after 'jonger zijn dan', and a whole named by the subject of 'kwam uit op'.
@Suite("Verify: 'een zevende' and 'een negende' are fractions")
struct VerifySeventhAndNinthTests {
    @Test(
        "'ongeveer een zevende van het totaal' is the share of the total before",
        arguments: [
            // 600 / 4.200 = 14,29%; a seventh is 14,29%.
            ("Van de 4.200 reizigers kwamen er 2.900 met de trein. Per fiets kwamen er 600, ongeveer een zevende van "
                + "het totaal.", "ongeveer een zevende", Verdict.consistent),
            // 900 / 4.200 = 21,4%: no seventh.
            ("Van de 4.200 reizigers kwamen er 2.900 met de trein. Per fiets kwamen er 900, ongeveer een zevende van "
                + "het totaal.", "ongeveer een zevende", .inconsistent),
            // 300 / 2.700 = 11,1%; a ninth is 11,1%.
            ("Van de 2.700 reizigers kwamen er 1.900 met de trein. Per fiets kwamen er 300, een negende van het "
                + "totaal.", "een negende", .consistent),
        ])
    func seventh(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("'de zevende keer' is an ordinal")
    func ordinal() throws {
        let text = "Het festival werd voor de zevende keer gehouden, met 4.200 bezoekers."
        #expect(try verified(text).allSatisfy { $0.kind != .share })
    }
}

@Suite("Verify: a table row 'Percentage X' under 'Waarvan X' is that row's share of the row above it")
struct VerifyTablePartShareRowTests {
    /// Courses: 180 / 250 = 72,0% in 2022 and 208 / 320 = 65,0% in 2023; '56,0%' for 65,0% is caught.
    @Test(
        "Each cell is the part row's value over the whole row's, per column",
        arguments: [("65,0%", Verdict.consistent), ("56,0%", .inconsistent)])
    func shareRow(later: String, expected: Verdict) throws {
        let text = """
            Cursussen | 2022 | 2023
            Ingeschreven | 250 | 320
            Waarvan geslaagd | 180 | 208
            Percentage geslaagd | 72,0% | \(later)
            """
        let found = try VerifyTableRowRatesTests.verdicts(text, .share)
        #expect(found["72,0%"] == .consistent)
        #expect(found[later] == expected)
    }

    /// Near cases: a share row that names another part than the row above it ('gezakt' under 'geslaagd'), and one no
    /// column of which shows the part's share (28,0% and 35,0% are the rest's: 70 / 250 and 112 / 320).
    @Test(
        "A share row of another part, or one no column of which shows it, gives no claim",
        arguments: [
            "Cursussen | 2022 | 2023\nIngeschreven | 250 | 320\nWaarvan geslaagd | 180 | 208\n"
                + "Percentage gezakt | 28,0% | 35,0%",
            "Cursussen | 2022 | 2023\nIngeschreven | 250 | 320\nWaarvan geslaagd | 180 | 208\n"
                + "Percentage geslaagd | 28,0% | 35,0%",
        ])
    func near(text: String) throws {
        #expect(try VerifyTableRowRatesTests.verdicts(text, .share).isEmpty)
    }
}

@Suite("Verify: 'N in totaal' after a share of a whole of the sentence before is its part")
struct VerifyTotalledPartOfWholeBeforeTests {
    @Test(
        "'Een op de vier ploegen …, 13 in totaal' after '52 ploegen' is 13 of 52",
        arguments: [
            // 13 / 52 = 25,0%.
            ("Aan de estafette deden 52 ploegen mee. Een op de vier ploegen kwam uit het buitenland, 13 in totaal.",
                "Een op de vier", Verdict.consistent),
            // 25,0% is no one in three.
            ("Aan de estafette deden 52 ploegen mee. Een op de drie ploegen kwam uit het buitenland, 13 in totaal.",
                "Een op de drie", .inconsistent),
        ])
    func totalled(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("A total of another noun is no part of the whole")
    func otherNoun() throws {
        // 13 riders are no count of teams.
        try expectUnverifiable(
            "Een op de drie",
            in: "Aan de estafette deden 52 ploegen mee. Een op de drie ploegen kwam uit het buitenland, 13 renners in "
                + "totaal.")
    }
}

@Suite("Verify: 'daarmee' inside a share's clause takes up the quantity of the sentence before")
struct VerifyReferringAdverbInShareClauseTests {
    @Test("'Van alle 9.800 … ging daarmee een kwart …' after '2.450 kaartjes' is 2.450 of 9.800")
    func adverb() throws {
        // 2.450 / 9.800 = 25,0%.
        try expectClaim(
            "een kwart",
            in: "Het museum verkocht 2.450 kaartjes aan scholen. Van alle 9.800 kaartjes ging daarmee een kwart naar "
                + "scholen.", kind: .share, verdict: .consistent)
    }

    @Test(
        "A quantity that does not fit, or two quantities before, leave the share unverifiable",
        arguments: [
            // 3.100 / 9.800 = 31,6%: 'daarmee' may name the means, so the quantity never contradicts.
            "Het museum verkocht 3.100 kaartjes aan scholen. Van alle 9.800 kaartjes ging daarmee een kwart naar "
                + "scholen.",
            // 2.450 or 1.200: no one quantity to take up.
            "Het museum verkocht 2.450 kaartjes aan scholen en 1.200 aan verenigingen. Van alle 9.800 kaartjes ging "
                + "daarmee een kwart naar scholen.",
        ])
    func near(text: String) throws {
        try expectUnverifiable("een kwart", in: text)
    }
}

@Suite("Verify: a share with no whole after a sentence of one count may be of that count")
struct VerifySoleCountBeforeTests {
    @Test("'In 60 gevallen …, een kwart' after '240 aanvragen' is 60 of 240")
    func sole() throws {
        // 60 / 240 = 25,0%.
        try expectClaim(
            "een kwart",
            in: "Er werden 240 aanvragen behandeld. In 60 gevallen ging het om een verlenging, een kwart.",
            kind: .share, verdict: .consistent)
    }

    @Test(
        "Tied by position only: a share that does not fit, or two counts before, stay unverifiable",
        arguments: [
            // 90 / 240 = 37,5%: the share may be of a set the text does not count.
            "Er werden 240 aanvragen behandeld. In 90 gevallen ging het om een verlenging, een kwart.",
            // 240 or 180: either may be the whole.
            "Er werden 240 aanvragen behandeld en 180 meldingen. In 60 gevallen ging het om een verlenging, een kwart.",
        ])
    func near(text: String) throws {
        try expectUnverifiable("een kwart", in: text)
    }
}

@Suite("Verify: a number after 'jonger zijn dan' bounds an age, no count of a share")
struct VerifyAgeBoundAfterVerbTests {
    @Test(
        "'48 leden jonger zijn dan 30: een op de vijf' is 48 of 240",
        arguments: [
            // 48 / 240 = 20,0%.
            ("Van de 240 leden is 30 procent ouder dan 60 (72 leden), terwijl 48 leden jonger zijn dan 30: een op de "
                + "vijf.", "een op de vijf", Verdict.consistent),
            // 75 / 300 = 25,0%, after 'ouder dan 60' and 'jonger zijn dan 30'. (A share that does not fit is
            // `unverifiable`: the clause after ':' ties its one count weakly.)
            ("Van de 300 leden zijn er 90 ouder dan 60, terwijl 75 leden jonger zijn dan 30: een kwart.", "een kwart",
                .consistent),
        ])
    func ageBound(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("After a comparative of no age the number may be a count")
    func otherComparative() throws {
        // 'actiever zijn dan 30' compares with a count: 48 or 30 may be the part.
        try expectUnverifiable(
            "een op de vijf",
            in: "Van de 240 leden is 30 procent ouder dan 60 (72 leden), terwijl 48 leden actiever zijn dan 30: een op "
                + "de vijf.")
    }
}

@Suite("Verify: 'van de omzet' names the amount 'De omzet kwam uit op' states")
struct VerifyLevelSubjectWholeTests {
    @Test(
        "'ruim een kwart van de omzet' after 'De omzet kwam uit op € 2,40 mln' is of 2,40 mln",
        arguments: [
            // 0,62 / 2,40 = 25,8%: 'ruim een kwart' allows 25% up to 26,25%.
            ("De omzet kwam uit op € 2,40 mln. Verhuur leverde € 0,62 mln op, ruim een kwart van de omzet.",
                "ruim een kwart", Verdict.consistent),
            // 0,92 / 2,40 = 38,3%: no quarter.
            ("De omzet kwam uit op € 2,40 mln. Verhuur leverde € 0,92 mln op, ruim een kwart van de omzet.",
                "ruim een kwart", .inconsistent),
            // 0,62 / 2,40 under 'bedroeg' with an adjective before the noun.
            ("De totale omzet bedroeg € 2,40 mln. Verhuur leverde € 0,62 mln op, ruim een kwart van de omzet.",
                "ruim een kwart", .consistent),
        ])
    func levelSubject(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("An amount no subject names is no whole named 'omzet'")
    func unnamed() throws {
        try expectUnverifiable(
            "ruim een kwart",
            in: "Het jaar sloot af met € 2,40 mln. Verhuur leverde € 0,62 mln op, ruim een kwart van de omzet.")
    }
}

@Suite("Verify: the count after 'met' before 'goed voor' and a share is its part")
struct VerifyContributedCountTests {
    @Test(
        "'Bonen waren met 1.150 kilo goed voor bijna een kwart van het totaal' after '4.800 kilo' is 1.150 of 4.800",
        arguments: [
            // 1.150 / 4.800 = 23,96%: 'bijna een kwart' allows 23,75% up to 25%; the mean of 120 kilo is no total.
            ("De moestuinen leverden samen 4.800 kilo op, gemiddeld 120 kilo per tuin. Bonen waren met 1.150 kilo "
                + "goed voor bijna een kwart van het totaal.", Verdict.consistent),
            // 1.500 / 4.800 = 31,25%: no quarter.
            ("De moestuinen leverden samen 4.800 kilo op, gemiddeld 120 kilo per tuin. Bonen waren met 1.500 kilo "
                + "goed voor bijna een kwart van het totaal.", .inconsistent),
        ])
    func contributed(text: String, expected: Verdict) throws {
        try expectClaim("bijna een kwart", in: text, kind: .share, verdict: expected)
    }

    @Test("Two counts before 'goed voor' leave the part untold")
    func twoCounts() throws {
        try expectUnverifiable(
            "bijna een kwart",
            in: "De moestuinen leverden samen 4.800 kilo op. Bonen waren met 1.150 kilo en 300 kilo erwten goed voor "
                + "bijna een kwart van het totaal.")
    }
}
