import Testing

@testable import AnnexKit

/// The twenty-eighth round (B): a change stated after its pair: under value lines of periods written with a dash, by
/// a noun of gain or loss, in a bare comparison of its own after the pair, and between two groups compared before.
@Suite("Verify: a change stated after its pair")
struct VerifyChangeAfterPairTests {
    // MARK: Value lines of periods with a dash

    @Test(
        "Lines of a period, a dash and a value give the pair of the change under them",
        arguments: [
            // 860 → 1.032 is +20,0%; 17% is 172 / 1.032 (the base swapped); a fall is the wrong direction.
            ("Donateurs op 1 januari:\n2022 – 860\n2024 – 1.032\nEen groei van 20 procent!", "20 procent",
                Verdict.consistent),
            ("Donateurs op 1 januari:\n2022 – 860\n2024 – 1.032\nEen groei van 17 procent!", "17 procent",
                .inconsistent),
            ("Donateurs op 1 januari:\n2022 – 860\n2024 – 1.032\nEen daling van 20 procent!", "20 procent",
                .inconsistent),
            // 4.500 → 5.175 is +15,0%; 13% is 675 / 5.175.
            ("Q3 2024 - 4.500\nQ4 2024 - 5.175\nEen stijging van 15 procent.", "15 procent", .consistent),
            ("Q3 2024 - 4.500\nQ4 2024 - 5.175\nEen stijging van 13 procent.", "13 procent", .inconsistent),
            // 62% → 70% is 8 points and +12,9%: 8 percent is points taken for percent.
            ("2020 – 62% tevreden\n2023 – 70% tevreden\nEen stijging van 8 procentpunt.", "8 procentpunt",
                .consistent),
            ("2020 – 62% tevreden\n2023 – 70% tevreden\nEen stijging van 8 procent.", "8 procent", .inconsistent),
        ])
    func dashedLines(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Dashed lines that are no two periods of one series give no pair")
    func dashedNearMisses() throws {
        // Labels that are no periods: two groups, not ordered in time.
        try expectNoAlarm("Leden per afdeling:\nNoord – 860\nZuid – 1.032\nEen verschil van 17 procent.")
        // Three periods, and the prose names no span: which step is meant is unknown (800 → 1.032 is +29%).
        try expectVerdict(
            .unverifiable, of: "20 procent", in: "2020 – 800\n2022 – 860\n2024 – 1.032\nEen groei van 20 procent!")
        // A dash between two periods is a span, no value; one dashed line alone is text.
        try expectNoAlarm("2019 – 2022\n2024 – 1.032\nEen groei van 17 procent!")
        try expectNoAlarm("2024 – 1.032\nEen groei van 17 procent!")
    }

    // MARK: Nouns of gain and loss

    @Test(
        "A noun of gain or loss before 'van' and a size that is no amount signs the change",
        arguments: [
            // 2.500 → 2.200 is −12,0%; a gain is the wrong direction; 14% is 300 / 2.200.
            ("Het aantal leden van de bond ging van 2.500 naar 2.200, een verlies van 12 procent.", "12 procent",
                Verdict.consistent),
            ("Het aantal leden van de bond ging van 2.500 naar 2.200, een winst van 12 procent.", "12 procent",
                .inconsistent),
            ("Het aantal leden van de bond ging van 2.500 naar 2.200, een verlies van 14 procent.", "14 procent",
                .inconsistent),
            // 54% → 61% is +7 points.
            ("De opkomst ging van 54 naar 61 procent, een plus van 7 procentpunt.", "7 procentpunt", .consistent),
            ("De opkomst ging van 54 naar 61 procent, een min van 7 procentpunt.", "7 procentpunt", .inconsistent),
            // 64 → 52 seats is 12 fewer; 13 is off, and a gain the wrong direction.
            ("De fractie ging van 64 naar 52 zetels, een verlies van 12 zetels.", "12", .consistent),
            ("De fractie ging van 64 naar 52 zetels, een verlies van 13 zetels.", "13", .inconsistent),
            ("De fractie ging van 64 naar 52 zetels, een winst van 12 zetels.", "12", .inconsistent),
        ])
    func gainsAndLosses(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A loss in money is a result, and the profit as a quantity keeps its own verb's direction")
    func gainNearMisses() throws {
        try expectNoAlarm("De omzet steeg van 10 naar 12 miljoen euro, met een verlies van 0,5 miljoen euro.")
        try expectNoAlarm("De omzet steeg van 10 naar 12 miljoen, met een verlies van 500.000 euro.")
        // 400 → 380 is −5,0%: 'winst' names what fell, not a gain.
        try expectVerdict(
            .consistent, of: "5 procent", in: "De winst daalde van 400 naar 380, een daling van 5 procent.")
    }

    // MARK: A bare comparison after the pair

    @Test(
        "A sentence of a size and a comparative alone restates the change of the sentence before",
        arguments: [
            // 150 → 186 is +24,0%; 19% is 36 / 186 (the base swapped); 'ruim 23' holds for 24 (23 to 24).
            ("Het aantal donateurs steeg van 150 naar 186. Maar liefst 24 procent meer!", "24 procent",
                Verdict.consistent),
            ("Het aantal donateurs steeg van 150 naar 186. Maar liefst 19 procent meer!", "19 procent", .inconsistent),
            ("Het aantal donateurs steeg van 150 naar 186. Ruim 23 procent meer.", "Ruim 23 procent", .consistent),
            ("Het aantal donateurs steeg van 150 naar 186. Zelfs 30 procent meer.", "30 procent", .inconsistent),
            // A fraction in words: 150 → 200 is +33,3%, a third; a quarter is 50 / 200 (the base swapped).
            ("Het aantal donateurs steeg van 150 naar 200. Een derde meer!", "Een derde", .consistent),
            ("Het aantal donateurs steeg van 150 naar 200. Een kwart meer!", "Een kwart", .inconsistent),
        ])
    func bareComparison(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A comparison with words of its own, or after two pairs, is tied by position only")
    func bareComparisonNearMisses() throws {
        let pair = "Het aantal donateurs steeg van 150 naar 186."
        // A subject and a verb of its own: it may speak of something else.
        try expectVerdict(.unverifiable, of: "19 procent", in: pair + " Maar liefst 19 procent meer, zegt de bond.")
        try expectVerdict(
            .unverifiable, of: "Een kwart",
            in: "Het aantal donateurs steeg van 150 naar 200. Een kwart meer, zegt de bond.")
        // 'nog eens' adds a further change, not this one.
        try expectVerdict(.unverifiable, of: "19 procent", in: pair + " Nog eens 19 procent meer!")
        // Two pairs before: which is meant is unknown.
        try expectVerdict(
            .unverifiable, of: "19 procent",
            in: "Het aantal steeg van 150 naar 186 en van 300 naar 330. Maar liefst 19 procent meer!")
    }

    // MARK: Two groups compared after their counts

    @Test(
        "A comparison that names one of two groups counted before runs from the other",
        arguments: [
            // 8.000 against 10.000: 2.000 / 10.000 = 20% fewer; 25% takes Noord as the base (2.000 / 8.000).
            ("In Noord wonen 8.000 ouderen, in Zuid 10.000. Noord heeft er dus 20 procent minder.", "20 procent",
                Verdict.consistent),
            ("In Noord wonen 8.000 ouderen, in Zuid 10.000. Noord heeft er dus 25 procent minder.", "25 procent",
                .inconsistent),
        ])
    func comparedGroups(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A comparison whose subject is a third group, counted nowhere, stays unverifiable")
    func thirdGroup() throws {
        let counts = "Een huurder betaalt 600 euro, een koper 900 euro."
        // Neither 600 nor 900 is the student's: no pair (600 → 900 would be −33%).
        try expectVerdict(
            .unverifiable, of: "15 procent", in: counts + " Dan betaalt een student 15 procent minder dan een koper.")
        try expectVerdict(
            .unverifiable, of: "15 procent",
            in: counts + " Daarmee betaalt een student 15 procent minder dan een koper.")
        // The group counted before, named as the subject: 300 / 900 is a third.
        try expectVerdict(
            .consistent, of: "een derde", in: counts + " Dan betaalt een huurder een derde minder dan een koper.")
    }

    /// Expects no claim of `text` to be inconsistent.
    private func expectNoAlarm(_ text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }
}
