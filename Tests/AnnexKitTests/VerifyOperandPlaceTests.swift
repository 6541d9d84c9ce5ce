import Testing

@testable import AnnexKit

/// The thirty-third round (A): operands taken from the wrong place. A share of the same measure in an earlier period,
/// a count of time beside a share, a change after a difference and its base, a share in brackets on a line of its own
/// part and whole, a factor between two rates, and a verdict word in an infinitive.
@Suite("Verify: operands from the right place")
struct VerifyOperandPlaceTests {
    // MARK: A share of the same measure in an earlier period

    @Test(
        "A share with a year and 'nog' after a share of the sentence before is that measure's earlier level",
        arguments: [
            // 160 / 640 = 25,0%; 20,5% is the level of 2021, no share of 160 of 640: unverifiable.
            "Van de 640 meldingen werden er 160 binnen een week afgehandeld, 25,0%. In 2021 was dat nog 20,5%.",
            "Van de 900 leerlingen slaagden er 720, 80 procent. In 2020 lag dat nog op 74 procent.",
        ])
    func earlierLevel(text: String) throws {
        let found = try verified(text).filter { $0.kind == .share }
        #expect(found.count == 2)
        #expect(found.last?.verdict == .unverifiable, "\(found.last.map(reason) ?? "")")
    }

    @Test(
        "The point change after an earlier level runs from that level to the share before",
        arguments: [
            // 20,5 → 25,0 = +4,5 points; 5,5 is wrong.
            ("Van de 640 meldingen werden er 160 binnen een week afgehandeld, 25,0%. In 2021 was dat nog 20,5%, een "
                + "stijging van 4,5 procentpunt.", "4,5 procentpunt", Verdict.consistent),
            ("Van de 640 meldingen werden er 160 binnen een week afgehandeld, 25,0%. In 2021 was dat nog 20,5%, een "
                + "stijging van 5,5 procentpunt.", "5,5 procentpunt", .inconsistent),
        ])
    func earlierLevelPoints(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .points, verdict: expected)
    }

    @Test("A level a sentence aims at for a later year is no share of the part before, and orders no change")
    func aimedLevelNearMiss() throws {
        let found = try verified(
            "Van de 640 meldingen werden er 160 afgehandeld, 25,0%. In 2030 moet dat nog 30,0% zijn, een stijging van "
                + "5,0 procentpunt.")
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { reason($0) })")
    }

    @Test("A share that refers back without another period still takes the part and whole before")
    func samePeriodNearMiss() throws {
        // 160 / 640 = 25%, not 30%.
        try expectVerdict(.inconsistent, of: "30%", in: "Van de 640 meldingen werden er 160 afgehandeld. Dat is 30%.")
    }

    // MARK: A count of time is no part

    @Test(
        "A number of working days, weeks or hours beside a share counts time, not members of the whole",
        arguments: [
            // 900 / 1.200 = 75%; 80% is wrong.
            ("Van de 1.200 bezwaren werd in 900 gevallen binnen vijf werkdagen gereageerd (75%).", "75%",
                Verdict.consistent),
            ("Van de 1.200 bezwaren werd in 900 gevallen binnen vijf werkdagen gereageerd (80%).", "80%",
                .inconsistent),
            // 2.550 / 3.000 = 85%; 58% is wrong.
            ("Van de 3.000 meldingen werd in 2.550 gevallen binnen twee kalenderdagen gereageerd (85%).", "85%",
                .consistent),
            ("Van de 3.000 meldingen werd in 2.550 gevallen binnen twee kalenderdagen gereageerd (58%).", "58%",
                .inconsistent),
        ])
    func durationIsNoPart(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    // MARK: A change after a difference and its base

    @Test(
        "A change in percent after 'N meer/minder dan (in YEAR) (M)' is N over M",
        arguments: [
            // 300 / 6.600 = 4,545% → 4,5; 5,0 is wrong.
            ("In 2024 registreerde de gemeente 6.300 inbraken. Dat zijn er 300 minder dan in 2023 (6.600), een daling "
                + "van 4,5 procent.", "4,5 procent", Verdict.consistent),
            ("In 2024 registreerde de gemeente 6.300 inbraken. Dat zijn er 300 minder dan in 2023 (6.600), een daling "
                + "van 5,0 procent.", "5,0 procent", .inconsistent),
            // 240 / 4.800 = 5,0%; 4,8 is 240 over the later 5.040.
            ("Het museum ontving 5.040 scholieren, 240 meer dan in 2022 (4.800), een toename van 5,0 procent.",
                "5,0 procent", .consistent),
            ("Het museum ontving 5.040 scholieren, 240 meer dan in 2022 (4.800), een toename van 4,8 procent.",
                "4,8 procent", .inconsistent),
        ])
    func differenceOverBase(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test("A difference without its base gives a change nothing: it is no level")
    func differenceWithoutBase() throws {
        let text =
            "In 2023 telde de regio 9.450 meldingen. Dat zijn er 450 meer dan in 2022, een toename van 4,0 procent."
        try expectVerdict(.unverifiable, of: "4,0 procent", in: text)
    }

    // MARK: A share in brackets speaks of its own line

    @Test(
        "A share in brackets at the end of a line takes the amounts of that line, not the next line's pair",
        arguments: [
            // 212,5 / 500,0 = 42,5%; 45,2% is wrong; the next line's 6 / 12 = 50,0%.
            ("42,5%", Verdict.consistent), ("45,2%", .inconsistent),
        ])
    func bracketOfItsLine(written: String, expected: Verdict) throws {
        let text = """
            Uitgaven t/m juni 2025
            Uitgegeven: € 212,5 mln van het budget van € 500,0 mln (\(written))
            Verwacht na 6 van 12 maanden: 50,0%
            """
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
        try expectVerdict(.consistent, of: "50,0%", in: text)
    }

    @Test("An amount is no share of a count its words name")
    func amountOfCountNearMiss() throws {
        // '€ 40.000 van de kosten van 12 cliënten': the 12 counts clients, no whole of the amount.
        let found = try verified("Er ging € 40.000 van de kosten van 12 cliënten naar de opvang (25%).")
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { reason($0) })")
    }

    // MARK: A factor between two rates

    @Test(
        "'N keer zo groot' with 'A van B tegenover C van D' compares the two rates",
        arguments: [
            // (45 / 300) / (18 / 300) = 15% / 6% = 2,5; 3,5 is wrong.
            ("Leerlingen in de pilotklassen hadden een 2,5 keer zo grote kans op een voldoende (45 van 300 tegenover "
                + "18 van 300 in de overige klassen).", "2,5 keer zo grote", Verdict.consistent),
            ("Leerlingen in de pilotklassen hadden een 3,5 keer zo grote kans op een voldoende (45 van 300 tegenover "
                + "18 van 300 in de overige klassen).", "3,5 keer zo grote", .inconsistent),
            // (36 / 400) / (25 / 500) = 9% / 5% = 1,8, also with the smaller rate first.
            ("Cliënten zonder begeleiding vielen 1,8 keer zo vaak terug (25 van 500 tegenover 36 van 400).",
                "1,8 keer zo vaak", .consistent),
            ("Cliënten zonder begeleiding vielen 2,8 keer zo vaak terug (25 van 500 tegenover 36 van 400).",
                "2,8 keer zo vaak", .inconsistent),
        ])
    func factorOfRates(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "Three rates, or two named groups and a subject that names neither: the factor's rates are not told apart",
        arguments: [
            ("Deelnemers hadden een 2,8 keer zo grote kans op herstel (36 van 400 tegenover 25 van 500 en 12 van 300).",
                "2,8 keer zo grote"),
            // 45 / 300 = 15%, 18 / 300 = 6%: a factor 2,5 either way round, but whose it is the text does not say.
            ("Zij hadden een 2,5 keer zo grote kans op een voldoende: 45 van 300 meisjes tegenover 18 van 300 jongens.",
                "2,5 keer zo grote"),
        ])
    func ratesNotToldApart(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }

    // MARK: A verdict word in an infinitive

    @Test("An aim after 'om … te' is no verdict on the norm, and the size of a change is no level")
    func aimIsNoVerdict() throws {
        let text =
            "Het aandeel steeg van 4,0 procent in 2018 naar 5,0 procent in 2023. 'Een stijging van 1,0 procent is "
            + "te weinig om de streefwaarde van 25 procent in 2030 te halen,' aldus de wethouder."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "halen" }, "\(found.map(\.written))")
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { reason($0) })")
    }

    @Test(
        "A norm met or not in a finite verb keeps its verdict",
        arguments: [
            // 87 < 90: not met.
            ("De norm van 90 procent werd met 87 procent niet gehaald.", "niet gehaald", Verdict.consistent),
            ("De norm van 90 procent werd met 87 procent gehaald.", "gehaald", .inconsistent),
        ])
    func normVerdictKept(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
