import Testing

@testable import AnnexKit

/// The thirtieth round: forms the twenty-ninth named where verify might call a correct text inconsistent.
@Suite("Verify: false-alarm risks named by the twenty-ninth round")
struct VerifyFalseAlarmsRound30Tests {
    // MARK: A third group after 'de'

    @Test(
        "A group after 'de' that the two values' clauses do not name is a third group: no pair of the two",
        arguments: [
            // 700 vs 2.000: −65%; the pensioner is neither group.
            "Een tuinder betaalt € 700, een bakker € 2.000. Dan betaalt de gepensioneerde 20 procent minder dan een "
                + "bakker.",
            "Een tuinder betaalt € 700, een bakker € 2.000. Dan betaalt de gepensioneerde 20 procent minder dan de "
                + "bakker.",
        ])
    func thirdGroupAfterDe(text: String) throws {
        let found = try claim("20 procent", in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A group after 'de' that the values' clauses name keeps its value",
        arguments: [
            // (700 − 2.000) / 2.000 = −65%.
            ("Een tuinder betaalt € 700, een bakker € 2.000. Dan betaalt de tuinder 65 procent minder dan de bakker.",
                "65 procent", Verdict.consistent),
            ("Een tuinder betaalt € 700, een bakker € 2.000. Dan betaalt de tuinder 45 procent minder dan de bakker.",
                "45 procent", .inconsistent),
            // 'Stel dat …': (480 − 720) / 720 = −1/3; the half is wrong.
            ("Stel dat een tuinder 480 euro betaalt en een bakker 720 euro. Dan betaalt de tuinder een derde minder "
                + "dan de bakker.", "een derde", .consistent),
            ("Stel dat een tuinder 480 euro betaalt en een bakker 720 euro. Dan betaalt de tuinder de helft minder "
                + "dan de bakker.", "de helft", .inconsistent),
        ])
    func namedGroupAfterDe(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    // MARK: Prose under two labelled lines

    @Test(
        "A change under two labelled lines that names their label, or nothing, takes them",
        arguments: [
            // 3.360 → 3.696: +10%.
            ("Leerlingen 2022: 3.360. Leerlingen 2025: 3.696. Het aantal leerlingen groeide met 10%.", "10%",
                Verdict.consistent),
            ("Leerlingen 2022: 3.360. Leerlingen 2025: 3.696. Het aantal leerlingen groeide met 14%.", "14%",
                .inconsistent),
            ("Leerlingen 2022: 3.360. Leerlingen 2025: 3.696. Een groei van 10%.", "10%", .consistent),
            ("Leerlingen 2022: 3.360. Leerlingen 2025: 3.696. Een groei van 14%.", "14%", .inconsistent),
        ])
    func proseNamingLabel(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A change under two labelled lines that names something else than their label takes no pair from them",
        arguments: [
            // 'docenten' are no 'Leerlingen': their +14% is of another count.
            "Leerlingen 2022: 3.360. Leerlingen 2025: 3.696. Het aantal docenten groeide met 14%.",
            "Leerlingen 2022: 3.360. Leerlingen 2025: 3.696. De werkgelegenheid groeide met 14%.",
        ])
    func proseNamingOther(text: String) throws {
        let found = try claim("14%", in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: A verb before the share, and the rest it may name

    @Test(
        "A share after a verb takes the part and whole of the sentence before; one that excludes may be the rest",
        arguments: [
            // 270 / 360 = 75%; 65% is wrong.
            ("De club telt 360 spelers, van wie 270 in het dorp wonen. Daarmee woont 75% van de spelers in het dorp.",
                "75%", Verdict.consistent),
            ("De club telt 360 spelers, van wie 270 in het dorp wonen. Daarmee woont 65% van de spelers in het dorp.",
                "65%", .inconsistent),
            // The rest: 90 / 360 = 25%, never a contradiction of the 270.
            ("De club telt 360 spelers, van wie 270 in het dorp wonen. Daarmee woont 25% van de spelers buiten het "
                + "dorp.", "25%", .unverifiable),
            ("De club telt 360 spelers, van wie 270 in het dorp wonen. Daarmee woont 25% van de spelers niet in het "
                + "dorp.", "25%", .unverifiable),
            // A part that already counts those outside: 90 / 360 = 25%; 35% is wrong.
            ("De club telt 360 spelers, van wie 90 buiten het dorp wonen. Daarmee woont 25% van de spelers buiten het "
                + "dorp.", "25%", .consistent),
            ("De club telt 360 spelers, van wie 90 buiten het dorp wonen. Daarmee woont 35% van de spelers buiten het "
                + "dorp.", "35%", .inconsistent),
        ])
    func shareAfterVerb(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    // MARK: An adjective before the level noun

    @Test(
        "A level of a noun after 'een' and words that describe it is no share of the counts",
        arguments: [
            // 90 / 450 = 20%: the 35% is the discount's level.
            "Van de 450 abonnees kregen er 90 een hoge korting van 35%.",
            "Van de 450 abonnees kregen er 90 een extra hoge korting van 35%.",
            "Van de 450 abonnees kregen er 90 een korting van 35%.",
        ])
    func describedLevel(text: String) throws {
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
    }

    @Test(
        "A share of the counts after a level stays one",
        arguments: [
            // 90 / 450 = 20%; 25% is wrong.
            ("Van de 450 abonnees kregen er 90 korting, dat is 20%.", "20%", Verdict.consistent),
            ("Van de 450 abonnees kregen er 90 korting, dat is 25%.", "25%", .inconsistent),
        ])
    func shareAfterLevel(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    // MARK: A list after 'waarvan' near its whole

    @Test(
        "A list after 'waarvan' short of its whole names some of its parts, also near it",
        arguments: [
            // 500 + 400 + 250 = 1.150 of 1.200 (96%): no claim that the three are all.
            "Er kwamen 1.200 aanvragen binnen, waarvan 500 uit Breda, 400 uit Tilburg en 250 uit Oss.",
            // 700 + 200 = 900 of 1.200 (75%).
            "Er kwamen 1.200 aanvragen binnen, waarvan 700 uit Breda en 200 uit Oss.",
        ])
    func nearListIsSome(text: String) throws {
        let found = try claim("1.200", in: text)
        #expect(found.verdict != .inconsistent, "\(reason(found))")
    }

    @Test(
        "A list after 'waarvan' that exceeds its whole, reaches it, is closed by a rest or sums a named total",
        arguments: [
            // 500 + 450 + 250 = 1.200.
            ("Er kwamen 1.200 aanvragen binnen, waarvan 500 uit Breda, 450 uit Tilburg en 250 uit Oss.", "1.200",
                Verdict.consistent),
            // 500 + 500 + 250 = 1.250 > 1.200.
            ("Er kwamen 1.200 aanvragen binnen, waarvan 500 uit Breda, 500 uit Tilburg en 250 uit Oss.", "1.200",
                .inconsistent),
            // 'in totaal' names the whole as all of them: 500 + 400 + 250 = 1.150, not 1.200.
            ("Er kwamen in totaal 1.200 aanvragen binnen, waarvan 500 uit Breda, 400 uit Tilburg en 250 uit Oss.",
                "1.200", .inconsistent),
            ("Er kwamen in totaal 1.200 aanvragen binnen, waarvan 500 uit Breda, 450 uit Tilburg en 250 uit Oss.",
                "1.200", .consistent),
            // A rest after the last part closes the list: 800 + 300 = 1.100, not 1.200; 800 + 400 = 1.200.
            ("Er kwamen 1.200 aanvragen binnen, waarvan 800 uit de drie grote steden en 300 uit de overige.", "1.200",
                .inconsistent),
            ("Er kwamen 1.200 aanvragen binnen, waarvan 800 uit de drie grote steden en 400 uit de overige.", "1.200",
                .consistent),
        ])
    func completeList(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    // MARK: A factor after 'keer het' of an amount the text does not give

    @Test("A factor of a third amount the text does not give is no factor of the two")
    func factorOfThirdAmount() throws {
        // 12 / 4 = 3, but the province's amount is not given.
        let text =
            "Het nieuwe depot kost € 15 miljoen, het oude kostte € 5 miljoen. De stad betaalt daarmee drie keer het "
            + "bedrag van de provincie."
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
    }

    @Test(
        "A factor between the two amounts stays one",
        arguments: [
            // 15 / 5 = 3; four times is wrong.
            ("Het nieuwe depot kost € 15 miljoen, het oude kostte € 5 miljoen. Het nieuwe depot kost daarmee drie "
                + "keer het oude.", "drie keer het oude", Verdict.consistent),
            ("Het nieuwe depot kost € 15 miljoen, het oude kostte € 5 miljoen. Het nieuwe depot kost daarmee vier "
                + "keer het oude.", "vier keer het oude", .inconsistent),
        ])
    func factorOfTwo(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }
}
