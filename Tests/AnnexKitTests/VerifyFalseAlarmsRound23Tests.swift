import Testing

@testable import AnnexKit

/// The twenty-third round (A): four false alarms on unseen text. Age bounds that name groups, fractions in words,
/// means per unit after a list of the same noun, and values dated past their noun.
@Suite("Verify: age bounds, fractions in words, means per unit, dated values with a noun")
struct VerifyFalseAlarmsRound23Tests {
    private func tokens(_ text: String) -> [Token] { Tokenizer.tokens(Array(text.unicodeScalars)) }

    /// The kind of the first token written as `text` in `sentence`.
    private func kind(of text: String, in sentence: String) throws -> Token.Kind {
        try #require(tokens(sentence).first { $0.text.lowercased() == text }).kind
    }

    // MARK: Bounds that name a group

    @Test(
        "A bound after the noun that opens its phrase, with the group's value after it, labels the group",
        arguments: [
            ("Medewerkers onder de 30 verzuimden gemiddeld 3,0 dagen.", "30", Token.Kind.label),
            ("Bij leden boven de 55 was het verzuim 4,0 dagen.", "55", .label),
            ("Huishoudens vanaf 4 personen betaalden gemiddeld 300 euro.", "4", .label),
            ("Gemeenten boven de 100.000 inwoners ontvingen 4.500 meldingen.", "100.000", .label),
            // A verb before the bound: a value reached, no group.
            ("Het aantal wachtenden bleef onder de 30 en de wachttijd 4,0 dagen.", "30", .number),
            // The noun after a verb, and no value of a group after the bound.
            ("In 2023 zakte de wachttijd onder de 30 dagen.", "30", .number),
            // A bare number after 'dan' is a value or threshold.
            ("Het team scoorde 30 punten, een kwart minder dan 40.", "40", .number),
        ])
    func groupBound(sentence: String, number: String, expected: Token.Kind) throws {
        #expect(try kind(of: number, in: sentence) == expected)
    }

    @Test(
        "A fraction in words that compares two groups bounded by age compares their values, from the group after 'dan'",
        arguments: [
            // 2,4 / 3,0 = 0,8: a fifth less.
            ("Leden jonger dan 30 meldden gemiddeld 2,4 ziektedagen, een vijfde minder dan leden ouder dan 60 met 3,0 "
                + "dagen.", "een vijfde", Verdict.consistent),
            ("Leden jonger dan 30 meldden gemiddeld 2,4 ziektedagen, een derde minder dan leden ouder dan 60 met 3,0 "
                + "dagen.", "een derde", .inconsistent),
            // 3,0 / 4,0 = 0,75: a quarter less.
            ("Medewerkers onder de 30 verzuimden gemiddeld 3,0 dagen, een kwart minder dan medewerkers boven de 55 "
                + "met 4,0 dagen.", "een kwart", .consistent),
            ("Medewerkers onder de 30 verzuimden gemiddeld 3,0 dagen, een derde minder dan medewerkers boven de 55 "
                + "met 4,0 dagen.", "een derde", .inconsistent),
            // 4,0 / 3,2 = 1,25: a quarter more, the base named second.
            ("Bij leden boven de 55 was het verzuim 4,0 dagen, een kwart meer dan bij leden onder de 30 met 3,2 "
                + "dagen.", "een kwart", .consistent),
            // 300 / 240 = 1,25.
            ("Huishoudens vanaf 4 personen betaalden gemiddeld 300 euro, een kwart meer dan huishoudens onder de 3 "
                + "personen met 240 euro.", "een kwart", .consistent),
            // 4.500 / 3.600 = 1,25.
            ("Gemeenten boven de 100.000 inwoners ontvingen 4.500 meldingen, een kwart meer dan gemeenten onder de "
                + "50.000 inwoners met 3.600 meldingen.", "een kwart", .consistent),
        ])
    func comparedAgeGroups(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A fraction compared with a bare number or a year stays as before",
        arguments: [
            "Het team scoorde 30 punten, een kwart minder dan 40.",
            "In 2023 zakte de wachttijd onder de 30 dagen, een kwart minder dan in 2022.",
        ])
    func comparedWithNoGroup(text: String) throws {
        let found = try claim("een kwart", in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: Fractions in words

    @Test(
        "The number word of a fraction in words is no value; one before anything else is a count",
        arguments: [
            ("Daarvan werd drie kwart afgewezen.", "drie", false),
            ("Daarvan werd twee derde afgewezen.", "twee", false),
            ("Daarvan werd drie vijfde afgewezen.", "drie", false),
            ("Daarvan werden twee op de drie afgewezen.", "twee", false),
            ("Daarvan gingen twee van de drie locaties dicht.", "twee", true),
            ("Daarvan werden er twee afgewezen.", "twee", true),
        ])
    func fractionCount(sentence: String, word: String, isValue: Bool) throws {
        let tokens = tokens(sentence)
        let index = try #require(tokens.firstIndex { $0.text == word })
        #expect(tokens[index].kind == .number)
        #expect(ClaimParser.isValue(index, tokens) == isValue)
    }

    static let objections = "In 2023 kwamen 300 bezwaren binnen. Een derde daarvan, 100 bezwaren, betrof parkeren. "

    @Test(
        "A fraction in words is checked against the part the sentence states, never against its number word",
        arguments: [
            // 75 of 100 = 75%: three quarters.
            (objections + "Daarvan werd drie kwart afgewezen: 75 bezwaren.", "drie kwart", Verdict.consistent),
            (objections + "Daarvan werd drie kwart afgewezen: 60 bezwaren.", "drie kwart", .inconsistent),
            // 67 of 100 = 67%: two thirds (66,7%) within its 5%.
            (objections + "Daarvan werd twee derde afgewezen: 67 bezwaren.", "twee derde", .consistent),
            // 60 of 100 = 60%: three fifths.
            (objections + "Daarvan werd drie vijfde afgewezen: 60 bezwaren.", "drie vijfde", .consistent),
            // No part stated: no reading.
            (objections + "Daarvan werd drie kwart afgewezen.", "drie kwart", .unverifiable),
            (objections + "Daarvan werd twee derde afgewezen.", "twee derde", .unverifiable),
        ])
    func fractionShare(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
        // The number word is no item of a sum of the sentence's counts ('3 + 75' for the 100 before).
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent || $0.written == written })
    }

    @Test(
        "A share in a later clause with a year other than the part's before takes no part and whole from it",
        arguments: [
            ("In 2023 waren 820 van de 1.200 inwoners tevreden. Ruim twee derde is daarmee tevreden, terwijl dat "
                + "aandeel in 2019 nog op 61 procent lag.", "61 procent", Verdict.unverifiable),
            ("Van de 1.200 inwoners waren er 820 tevreden. Dat is ruim twee derde, terwijl het in 2019 nog op 61 "
                + "procent lag.", "61 procent", .unverifiable),
            // 820 / 1.200 = 68,3%: in the clause that refers back, as before.
            ("In 2023 waren 820 van de 1.200 inwoners tevreden. Dat is 68 procent.", "68 procent", .consistent),
            ("In 2023 waren 820 van de 1.200 inwoners tevreden. Dat is 61 procent.", "61 procent", .inconsistent),
        ])
    func shareOfOtherYear(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: Means per unit after a list of the same noun

    @Test(
        "A mean per unit with its noun after a list of that noun is the list's mean",
        arguments: [
            // (310 + 280 + 190 + 220) / 4 = 1.000 / 4 = 250.
            ("De school heeft vier vestigingen met 310, 280, 190 en 220 leerlingen, gemiddeld 250 leerlingen per "
                + "vestiging.", "250", Verdict.consistent),
            ("De school heeft 4 vestigingen met 310, 280, 190 en 220 leerlingen; gemiddeld 250 leerlingen per "
                + "vestiging.", "250", .consistent),
            ("De vier vestigingen hebben 310, 280, 190 en 220 leerlingen, gemiddeld 250 leerlingen per vestiging.",
             "250", .consistent),
            // (212 + 186 + 95) / 3 = 493 / 3 = 164,3.
            ("De drie locaties hebben 212, 186 en 95 bedden, gemiddeld 164 bedden per locatie.", "164", .consistent),
            ("De drie locaties hebben 212, 186 en 95 bedden, gemiddeld 180 bedden per locatie.", "180", .inconsistent),
        ])
    func meanPerUnitOverList(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
        #expect(found.kind == .average)
    }

    @Test("A rate of two counts of different nouns, and a count per noun for each, stay rates")
    func ratesStayRates() throws {
        // 830 / 101.000 × 1.000 = 8,22.
        let rate = try claim(
            "8,2", in: "Met 101.000 inwoners werden 830 meldingen gedaan, gemiddeld 8,2 per 1.000 inwoners.")
        #expect(rate.kind == .ratio && rate.verdict == .consistent, "\(reason(rate))")
        // 9.660 / 4.200 = 2,3.
        let perNoun = try claim(
            "2,3", in: "Het team telde 9.660 gedetineerden en 4.200 fte, gemiddeld 2,3 gedetineerden per fte.")
        #expect(perNoun.kind == .ratio && perNoun.verdict == .consistent, "\(reason(perNoun))")
    }

    @Test("A mean per a unit of time no value is counted in is no mean of the list")
    func meanPerOtherTime() throws {
        let perDay = try claim(
            "12", in: "In januari, februari en maart kwamen 310, 420 en 390 meldingen binnen, gemiddeld 12 per dag.")
        #expect(perDay.verdict == .unverifiable, "\(reason(perDay))")
        // (310 + 420 + 390) / 3 = 373,3: per the years the values are of.
        let perYear = try claim(
            "373", in: "In 2021, 2022 en 2023 kwamen 310, 420 en 390 meldingen binnen, gemiddeld 373 per jaar.")
        #expect(perYear.verdict == .consistent, "\(reason(perYear))")
    }

    // MARK: Values dated past their noun

    static let places = "De opvang groeide van 42.000 plaatsen in 2022 naar 52.500 in 2023 en 63.500 in 2024. "

    @Test(
        "A value with its noun and then 'in' a year is dated, so a series and its span are read",
        arguments: [
            // 63.500 / 42.000 = 1,512: just over half.
            (places + "In twee jaar is het aantal plaatsen daarmee met ruim de helft toegenomen.", "ruim de helft",
             Verdict.consistent),
            (places + "In twee jaar is het aantal plaatsen daarmee met ruim een kwart toegenomen.", "ruim een kwart",
             .inconsistent),
            // 63.500 / 42.000 = 1,512: 51 procent over the whole period.
            ("Het aantal plaatsen steeg van 42.000 plaatsen in 2022 naar 52.500 in 2023 en 63.500 in 2024, over de "
                + "hele periode een stijging van 51 procent.", "51 procent", .consistent),
            // 9.000 / 8.400 = 1,0714: the last step, not 8.000 → 8.400.
            ("Het aantal leerlingen steeg van 8.000 leerlingen in 2020 naar 8.400 in 2021 en 9.000 in 2022. In het "
                + "laatste jaar was de groei 7,1 procent.", "7,1 procent", .consistent),
            // A pair, as before: 1.500 / 1.200 = 1,25.
            ("De vereniging groeide van 1.200 leden in 2021 naar 1.500 in 2022, een stijging van 25 procent.",
             "25 procent", .consistent),
            ("De vereniging groeide van 1.200 leden in 2021 naar 1.500 in 2022, een stijging van 20 procent.",
             "20 procent", .inconsistent),
        ])
    func datedPastNoun(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Values of two measures, each dated past its noun, are neither a series nor a pair",
        arguments: [
            ("De opvang telde 42.000 plaatsen in 2022, 3.100 medewerkers in 2023 en 3.400 medewerkers in 2024. In "
                + "twee jaar is het aantal plaatsen daarmee met ruim de helft toegenomen.", "ruim de helft"),
            ("De opvang telde 42.000 plaatsen in 2022 en 3.100 medewerkers in 2023, een stijging van 10 procent.",
             "10 procent"),
        ])
    func twoMeasures(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
