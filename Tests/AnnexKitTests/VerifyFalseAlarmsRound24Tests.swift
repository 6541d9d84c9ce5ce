import Testing

@testable import AnnexKit

/// The twenty-fourth round (A): false alarms on unseen text. 'nog' after an earlier dated clause, the base of a
/// comparison in a clause of 'waar', a share with a word of reference after it, shares named by a noun of their own,
/// a range as a sum's total, 'samen' that closes a label, and bounds in the labels of value lines.
@Suite("Verify: 'nog' after an earlier year, 'waar' bases, 'X daarvan', named shares, range totals, labels")
struct VerifyFalseAlarmsRound24Tests {
    // MARK: 'nog' after a clause of an earlier year

    @Test(
        "'nog' in a clause of a later year than another dated clause is what is left, not the past value",
        arguments: [
            // 8.000 → 6.000 = −25%.
            ("In 2018 had de bibliotheek 8.000 leden, in 2023 nog 6.000: een kwart minder.", "een kwart",
                Verdict.consistent),
            ("In 2018 had de bibliotheek 8.000 leden, in 2023 nog 6.000: een derde minder.", "een derde",
                .inconsistent),
            // 1.200 → 900 = −25%.
            ("In 2020 waren er 1.200 vrijwilligers; in 2023 nog 900, een daling van een kwart.", "een kwart",
                .consistent),
            // Near miss: 'nog' in the earlier year's clause stays the past value (15.000 → 12.000 = −20%).
            ("In 2021 waren het er nog 15.000; in 2023 telde de regio 12.000 woningzoekenden, een vijfde minder.",
                "een vijfde", .consistent),
        ])
    func stillAfterEarlierYear(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: The base of a comparison in a clause of 'waar'

    @Test(
        "After 'dan' and a place, a clause of 'waar' gives the place's value: the base of the comparison",
        arguments: [
            // 72 → 48 = −33,3%.
            ("In Zwolle werden 48 valincidenten gemeld, een derde minder dan in Deventer, waar het er 72 waren.",
                "een derde", Verdict.consistent),
            ("Op afdeling B werden 48 valincidenten gemeld, een kwart minder dan op afdeling A, waar het er 72 waren.",
                "een kwart", .inconsistent),
            // 120 → 150 = +25%.
            ("Op locatie Noord kwamen 150 aanmeldingen binnen, een kwart meer dan op locatie Zuid, waar het er 120 "
                + "waren.", "een kwart", .consistent),
        ])
    func baseInClauseOfWhere(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A difference in the clause of 'waar' is no base: the comparison is not contradicted")
    func differenceAfterWhere() throws {
        let text = "Op afdeling B werden 48 valincidenten gemeld, een derde minder dan op afdeling A, waar 24 meer "
            + "bedden staan."
        #expect(try claim("een derde", in: text).verdict != .inconsistent)
    }

    // MARK: A share with 'daarvan' or 'hiervan' after it

    @Test(
        "'X daarvan' and 'X hiervan' take the count the sentence before leaves, as a clause opening with 'Daarvan'",
        arguments: [
            // 2.400 / 3 = 800; a quarter = 200.
            ("Van de 2.400 aanvragen kwam een derde uit het buitenland. Een kwart daarvan werd afgewezen: 200 "
                + "aanvragen.", "Een kwart", Verdict.consistent),
            // 5.000 × 40% = 2.000; half = 1.000.
            ("Van de 5.000 leerlingen volgde 40% het vmbo. De helft hiervan koos een technisch profiel: 1.000 "
                + "leerlingen.", "De helft", .consistent),
            // Near miss: no share before, the count itself is the whole (2.400 / 4 = 600).
            ("Er waren 2.400 aanvragen. Een kwart daarvan werd afgewezen: 600 aanvragen.", "Een kwart", .consistent),
        ])
    func shareWithReferenceAfter(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A part that fits neither the link nor the count before leaves the share unverifiable, no false alarm")
    func linkThatDoesNotFit() throws {
        let text = "Van de 2.400 aanvragen kwam een derde uit het buitenland. Een kwart daarvan werd afgewezen: 400 "
            + "aanvragen."
        #expect(try claim("Een kwart", in: text).verdict == .unverifiable)
    }

    // MARK: A share named by a noun of its own

    @Test(
        "A share a compound of 'percentage' or 'graad' names may count the rest of the part: that is no contradiction",
        arguments: [
            // 612 / 3.420 = 17,9%: the share of violations, not of compliance.
            ("Bij 612 van de 3.420 milieucontroles werd een overtreding geconstateerd, een naleefpercentage van 82 "
                + "procent.", "82 procent", Verdict.unverifiable),
            ("Van de 250 kandidaten zakten er 40, een slagingspercentage van 84 procent.", "84 procent", .unverifiable),
            ("Van de 80 bedden stonden er 12 leeg, een bezettingsgraad van 85 procent.", "85 procent", .unverifiable),
            // 210 / 250 = 84%: the part it counts.
            ("Van de 250 kandidaten slaagden er 210, een slagingspercentage van 84 procent.", "84 procent",
                .consistent),
            // A named share that is neither the part's nor the rest's is wrong (68 / 80 = 85%, the rest 15%).
            ("Van de 80 bedden waren er 68 bezet, een bezettingsgraad van 80 procent.", "80 procent", .inconsistent),
            ("Van de 250 kandidaten slaagden er 210, een slagingspercentage van 90 procent.", "90 procent",
                .inconsistent),
            // Near misses: the bare 'percentage' and a restatement name nothing of their own.
            ("Van de 250 kandidaten zakten er 40, een percentage van 84 procent.", "84 procent", .inconsistent),
            ("Van de 80 bedden stonden er 12 leeg, ofwel 85 procent.", "85 procent", .inconsistent),
        ])
    func namedShare(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: A range as a sum's total

    @Test(
        "A total written 'tussen A en B' holds when the sum of its parts lies in the range",
        arguments: [
            // 2.600 + 1.900 = 4.500.
            ("De markt trok tussen 4.000 en 5.000 bezoekers: op zaterdag 2.600 en op zondag 1.900.",
                "tussen 4.000 en 5.000", Verdict.consistent),
            ("De markt trok tussen 4.000 en 4.400 bezoekers: op zaterdag 2.600 en op zondag 1.900.",
                "tussen 4.000 en 4.400", .inconsistent),
            // 612 + 544 + 497 = 1.653.
            ("Het stembureau trok tussen 1.500 en 1.800 kiezers: 's ochtends werden 612, 's middags 544 en 's avonds "
                + "497 stemmen uitgebracht.", "tussen 1.500 en 1.800", .consistent),
            // Near miss: a total without a range is checked as written.
            ("Het stembureau trok 1.800 kiezers: 's ochtends werden 612, 's middags 544 en 's avonds 497 stemmen "
                + "uitgebracht.", "1.800", .inconsistent),
        ])
    func rangeTotal(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: 'samen' that closes a label

    @Test("'samen' after two names joined by 'en' in a number's label sums nothing; the sentence's total still holds")
    func joinedLabel() throws {
        // 4,2 + 1,8 + 3,0 = 9,0 miljoen.
        let text = "Het budget ging voor 4,2 miljoen naar jeugdzorg, 1,8 miljoen naar schuldhulp en armoedebeleid "
            + "samen en 3,0 miljoen naar overige taken, in totaal 9,0 miljoen."
        let claims = try verified(text)
        #expect(!claims.contains { $0.kind == .sum && $0.written == "3,0 miljoen" })
        #expect(try claim("9,0 miljoen", in: text).verdict == .consistent)
    }

    @Test(
        "'samen' after a comma or after 'en' alone sums the numbers before it",
        arguments: [
            // 4,2 + 1,8 = 6,0 miljoen.
            ("Het budget ging voor 4,2 miljoen naar jeugdzorg en 1,8 miljoen naar schuldhulp, samen 6,0 miljoen.",
                "6,0 miljoen", Verdict.consistent),
            ("Het budget ging voor 4,2 miljoen naar jeugdzorg en 1,8 miljoen naar schuldhulp, samen 6,5 miljoen.",
                "6,5 miljoen", .inconsistent),
            // 400 + 300 = 700.
            ("Utrecht telde 400 meldingen en Zeist 300 en samen waren dat 800.", "800", .inconsistent),
        ])
    func sumAfterSamen(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: Bounds and ranges in the labels of value lines

    private func tokens(_ text: String) -> [Token] { Tokenizer.tokens(Array(text.unicodeScalars)) }

    @Test(
        "A line of a label with a bound or range, a colon and one value is a value line",
        arguments: [
            ("korter dan 3 maanden: 1.214", LineShape.value),
            ("3 tot 12 maanden: 486", .value),
            ("meer dan 12 maanden: 150", .value),
            ("vanaf 65 jaar: 320", .value),
            // Near miss: a number in a label that is no bound is a value; the line is prose.
            ("In 2023 kregen 410 cliënten hulp: 12 procent", .other),
        ])
    func valueLine(line: String, expected: LineShape) {
        #expect(LineShape(line.unicodeScalars) == expected)
    }

    @Test("The bounds in a value line's label are labels; its value stays a number")
    func boundsAreLabels() {
        let labelled = LineShape.labellingBounds(tokens("3 tot 12 maanden: 486"))
        #expect(labelled.filter { $0.kind == .number }.map(\.text) == ["486"])
        // Near miss: after the colon a bound is the value's own phrase, no label.
        let after = LineShape.labellingBounds(tokens("Wachttijd: meer dan 12 weken"))
        #expect(after.contains { $0.kind == .number && $0.text == "12" })
    }

    @Test("A value under a label that opens with 'meer dan' is no difference of the line above")
    func noDifferenceAcrossLines() throws {
        let text = "Leerlingen naar reistijd\nminder dan 15 minuten: 420\n15 tot 30 minuten: 310\nmeer dan 30 minuten: "
            + "70\nDe meeste leerlingen reizen korter dan een kwartier."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
        let prisoners = "Gedetineerden naar verblijfsduur (2023)\nkorter dan 3 maanden: 1.214\n3 tot 12 maanden: 486\n"
            + "meer dan 12 maanden: 150\nBijna twee derde van de instroom verbleef korter dan drie maanden."
        #expect(try verified(prisoners).allSatisfy { $0.verdict != .inconsistent })
    }
}
