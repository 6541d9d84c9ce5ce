import Testing

@testable import AnnexKit

/// The thirty-third round (B): numbers that are no figures (a time of day, the bounds of a range, a rounding
/// precision), a table with a comparison column in brackets, a subtotal of answer shares, and the measure's count
/// of a planted mistake in a part that shows as its whole's wrong sum.
@Suite("Verify: clock times, ranges, a bracketed column, a subtotal")
struct VerifyTimesRangesColumnsTests {
    /// The verdicts of the sums of `text`, by their written number.
    private func sums(_ text: String) throws -> [String: Verdict] {
        let found = try verified(text).filter { $0.kind == .sum }
        return Dictionary(found.map { ($0.written, $0.verdict) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: A time of day

    @Test(
        "A time of day is no addend; the total before its parts in the next sentence is their sum",
        arguments: [
            // 130 + 70 + 40 = 240.
            ("14:30 Stand van zaken bij de GGD: in totaal 240 vaccinaties vandaag. Het gaat om 130 vaccinaties in "
                + "Tiel, 70 in Culemborg en 40 in Buren.", "240", Verdict.consistent),
            // 130 + 70 + 40 = 240, not 250.
            ("14:30 Stand van zaken bij de GGD: in totaal 250 vaccinaties vandaag. Het gaat om 130 vaccinaties in "
                + "Tiel, 70 in Culemborg en 40 in Buren.", "250", .inconsistent),
        ])
    func clockTime(text: String, written: String, expected: Verdict) throws {
        let found = try sums(text)
        #expect(found == [written: expected], "\(found)")
    }

    @Test(
        "A time of day, with a colon or a point, gives no sum of its hours and minutes",
        arguments: [
            "Om 21:15 kwamen in totaal 58 meldingen binnen.",
            "Om 9.45 uur kwamen in totaal 58 meldingen binnen.",
            "Bericht van 07:05 uur: bij elkaar 14 ritten.",
        ])
    func clockTimeNoSum(text: String) throws {
        #expect(try sums(text).isEmpty)
    }

    // MARK: A range and a rounding precision

    @Test(
        "The bounds of a range and the precision of rounding are no figures",
        arguments: [
            "Hoofdstuk 4 bespreekt de maatregelen (maatregelen 2 tot en met 8). Alle bedragen zijn afgerond op "
                + "€ 0,5 miljoen; door afronding kunnen totalen afwijken.",
            "Het gaat om de vragen 4 t/m 11. Percentages zijn afgerond op 1 procent; samen tellen ze niet altijd op "
                + "tot 100.",
        ])
    func rangeAndPrecision(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
        #expect(try sums(text).isEmpty)
    }

    @Test(
        "A sum beside a range is still checked",
        arguments: [
            // 1,5 + 2,7 = 4,2.
            ("Bijlage 3 gaat over de artikelen 1 tot en met 6. De uitgaven bedragen € 4,2 miljard: € 1,5 miljard "
                + "voor zorg en € 2,7 miljard voor onderwijs.", "€ 4,2 miljard", Verdict.consistent),
            // 1,5 + 2,7 = 4,2, not 4,4.
            ("Bijlage 3 gaat over de artikelen 1 tot en met 6. De uitgaven bedragen € 4,4 miljard: € 1,5 miljard "
                + "voor zorg en € 2,7 miljard voor onderwijs.", "€ 4,4 miljard", .inconsistent),
        ])
    func sumBesideRange(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: A comparison column in brackets

    /// A table of visitors per museum, 2024 with 2023 in brackets; the rows' own columns add up to 4.200 and 4.040.
    private func museums(total: String) -> String {
        """
        Tabel 5. Bezoekers per museum, 2024 (tussen haakjes 2023)
        Stadsmuseum 1.240 (1.180)
        Natuurmuseum 860 (910)
        Kunsthal 2.100 (1.950)
        Totaal \(total)

        """
    }

    @Test(
        "A total row 'Totaal N (M)' sums the first column in N and the bracketed column in M",
        arguments: [
            // 1.240 + 860 + 2.100 = 4.200; 1.180 + 910 + 1.950 = 4.040.
            ("4.200 (4.040)", ["4.200": Verdict.consistent, "4.040": .consistent]),
            // The first column planted wrong: 4.200, not 4.300.
            ("4.300 (4.040)", ["4.300": .inconsistent, "4.040": .consistent]),
            // The bracketed column planted wrong: 4.040, not 4.140.
            ("4.200 (4.140)", ["4.200": .consistent, "4.140": .inconsistent]),
        ])
    func bracketedColumn(total: String, expected: [String: Verdict]) throws {
        let found = try sums(museums(total: total))
        #expect(found == expected, "\(found)")
    }

    @Test("A row without its bracketed value leaves the columns unread: no alarm")
    func bracketedColumnIncomplete() throws {
        let text = """
            Tabel 5. Bezoekers per museum, 2024 (tussen haakjes 2023)
            Stadsmuseum 1.240 (1.180)
            Natuurmuseum 860
            Kunsthal 2.100 (1.950)
            Totaal 4.200 (4.040)

            """
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    // MARK: A subtotal of answer shares

    /// The answers to a question, 100% together, with a closing sentence.
    private func answers(_ closing: String) -> String {
        """
        Vraag 7. Hoe tevreden bent u over de dienstverlening?
        Zeer tevreden 18%
        Tevreden 47%
        Neutraal 21%
        Ontevreden 9%
        Zeer ontevreden 5%
        \(closing)

        """
    }

    @Test(
        "A share below the whole of the answers sums the rows its words name, a bracketed word optional",
        arguments: [
            // 'Zeer tevreden' and 'Tevreden': 18% + 47% = 65%.
            ("In totaal is 65% (zeer) tevreden.", "65%", Verdict.consistent),
            ("In totaal is 75% (zeer) tevreden.", "75%", .inconsistent),
            // 'Ontevreden' and 'Zeer ontevreden': 9% + 5% = 14%.
            ("In totaal is 14% (zeer) ontevreden.", "14%", .consistent),
            ("In totaal is 16% (zeer) ontevreden.", "16%", .inconsistent),
        ])
    func subtotal(closing: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: answers(closing))
    }

    @Test(
        "A share below the whole whose words name no rows stays unverifiable",
        arguments: [
            ("In totaal is 65% van de klanten positief.", "65%"),
            ("In totaal is 65% het ermee eens.", "65%"),
        ])
    func subtotalUnnamed(closing: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: answers(closing))
    }

    @Test("A total that names no rows is the sum of all of them, as before")
    func totalOfAllRows() throws {
        // 18% + 47% + 21% + 9% + 5% = 100%, not 65%.
        try expectVerdict(.inconsistent, of: "65%", in: answers("In totaal 65%."))
    }

    // MARK: The measure of a mistake planted in a part

    /// A corpus of one entry whose text is `text` and whose one expected claim is planted at `quote`, claiming
    /// `claimed`.
    private func measure(_ text: String, quote: String, claimed: String) -> VerifyCorpusMeasure.Outcome {
        let expected = VerifyCorpusMeasure.Expected(
            quote: quote, kind: "count", verdict: .inconsistent, planted: true, claimed: claimed)
        let entry = VerifyCorpusMeasure.Entry(id: "planted-part", text: text, claims: [expected])
        return VerifyCorpusMeasure(entries: [entry], file: "planted.yaml").run()
    }

    @Test("A wrong sum whose addends hold the planted part's number catches it and is no extra claim")
    func plantedPartCaught() {
        // 7.250 + 2.450 = 9.700, not 9.600: the planted 2.450 (9.600 − 7.250 = 2.350) shows in the whole.
        let outcome = measure(
            "Van de 9.600 aanvragen kwamen er 7.250 via de balie en 2.450 schriftelijk.", quote: "2.450 schriftelijk",
            claimed: "2450")
        #expect(outcome.caught == 1 && outcome.planted == 1)
        #expect(outcome.alarms.isEmpty, "\(outcome.problems)")
    }

    @Test("A wrong sum whose addends do not hold the planted number is still a false alarm, the planted one missed")
    func plantedElsewhere() {
        let outcome = measure(
            "Van de 9.600 aanvragen kwamen er 7.250 via de balie en 2.450 schriftelijk. Er kwamen 75 klachten.",
            quote: "75 klachten", claimed: "75")
        #expect(outcome.caught == 0)
        #expect(outcome.problems.contains { $0.hasPrefix("missed") }, "\(outcome.problems)")
        #expect(outcome.problems.contains { $0.hasPrefix("false alarm") && $0.contains("extra claim") })
    }
}
