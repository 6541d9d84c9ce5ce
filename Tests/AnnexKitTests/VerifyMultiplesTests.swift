import Testing

@testable import AnnexKit

/// The twenty-third round (B): multiples and relative differences between two values, and glued ranges.
@Suite("Verify: multiples between two values, glued ranges")
struct VerifyMultiplesTests {
    // MARK: A multiple of the value a group after 'van' gives

    @Test(
        "A multiple or fraction before 'van', a group and its value runs from that value to the sentence's other",
        arguments: [
            // 2.600 / 1.250 = 2,08: 'ruim het dubbele' is 2 to 2,1.
            ("Zwolle verwerkte 2.600 bezwaren, ruim het dubbele van Deventer met 1.250.", "ruim het dubbele",
             Verdict.consistent),
            // 2.600 / 1.000 = 2,6.
            ("Zwolle verwerkte 2.600 bezwaren, het dubbele van Deventer met 1.000.", "het dubbele", .inconsistent),
            // 930 / 310 = 3.
            ("Het ziekenhuis telde 930 opnames, het drievoudige van de kliniek in Hengelo (310).", "het drievoudige",
             .consistent),
            // 540.000 / 120.000 = 4,5.
            ("Leeuwarden gaf 540.000 euro uit, het drievoudige van Sneek met 120.000 euro.", "het drievoudige",
             .inconsistent),
            // 410 / 820 = 0,5.
            ("Almere kreeg 410 meldingen, de helft van Lelystad met 820.", "de helft", .consistent),
            ("Almere kreeg 410 meldingen, een derde van Lelystad met 820.", "een derde", .inconsistent),
            // 280 / 820 = 0,341: within 5% of a third.
            ("Almere kreeg 280 meldingen, ongeveer een derde van Lelystad met 820.", "ongeveer een derde",
             .consistent),
        ])
    func multipleOfNamedBase(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A share of a whole, a threshold after 'van' or values of two kinds give no multiple of a base",
        arguments: [
            ("De provincie telde 24 gemeenten; de helft van de gemeenten met meer dan 20.000 inwoners had een "
                + "tekort.", "de helft"),
            ("Zwolle gaf € 2.600 uit, het dubbele van Deventer met 1.300 bezoekers.", "het dubbele"),
            ("Zwolle verwerkte 2.600 bezwaren en 410 klachten, het dubbele van Deventer met 1.300.", "het dubbele"),
            // After a fraction the bracket gives the group's own count, its part: no base.
            ("In 2023 kwamen 4.960 aanvragen binnen, de helft van de aanvragers in de stad (2.480).", "de helft"),
            // '2 kinderen' counts another noun than the households: a property, no base.
            ("In Almere wonen 41.000 huishoudens, de helft van de huishoudens met 2 kinderen.", "de helft"),
        ])
    func multipleOfNamedBaseUnbound(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: A multiple of the value of the sentence before

    @Test(
        "A multiple that names no base takes the one value of its kind in the sentence before",
        arguments: [
            // 135 / 90 = 1,5: half more.
            ("Een parkeervergunning kost in Zeist 90 euro per jaar. In Bunnik betaalt men 135 euro, de helft meer.",
             "de helft", Verdict.consistent),
            // 150 / 90 = 1,667.
            ("Een parkeervergunning kost in Zeist 90 euro per jaar. In Bunnik betaalt men 150 euro, de helft meer.",
             "de helft", .inconsistent),
            // 300 / 400 = 0,75: a quarter less.
            ("In Soest bezochten 400 mensen de markt. In Baarn waren het 300 mensen, een kwart minder.", "een kwart",
             .consistent),
            // 6 / 12 = 0,5.
            ("De wachttijd in Gouda bedroeg 12 weken. In Woerden was die 6 weken, half zo lang.", "half zo lang",
             .consistent),
            // 8 / 12 = 0,667.
            ("De wachttijd in Gouda bedroeg 12 weken. In Woerden was die 8 weken, half zo lang.", "half zo lang",
             .inconsistent),
            // 120 / 80 = 1,5.
            ("In Assen kost een vergunning € 80. In Emmen betaalt men € 120, anderhalf keer zoveel.",
             "anderhalf keer zoveel", .consistent),
            // 240 / 80 = 3.
            ("In Assen kost een vergunning € 80. In Emmen betaalt men € 240, twee keer zo veel.",
             "twee keer zo veel", .inconsistent),
            // 6 / 3 = 2.
            ("De gemeente gaf 3 miljoen euro uit. Het Rijk droeg 6 miljoen euro bij: twee keer zo veel.",
             "twee keer zo veel", .consistent),
        ])
    func multipleOfValueBefore(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Another kind, two candidates, a base two sentences back or a base named after the multiple bind none",
        arguments: [
            ("In Assen kost een vergunning 80 euro. In Emmen kwamen 120 bezoekers, de helft meer.", "de helft"),
            ("In Assen kost een vergunning 80 euro en een ontheffing 40 euro. In Emmen betaalt men 120 euro, de "
                + "helft meer.", "de helft"),
            ("In Assen kost een vergunning 80 euro. Er is veel vraag naar. In Emmen betaalt men 120 euro, de helft "
                + "meer.", "de helft"),
            ("In Assen kost een vergunning 80 euro. In Emmen betaalt men 100 euro, de helft meer dan vorig jaar.",
             "de helft"),
            // The multiple is no apposition of the value: it compares something else.
            ("Een abonnement kost 40 euro per maand. Een jaarabonnement van 400 euro is twee keer zo veel waard.",
             "twee keer zo veel"),
            // 'een op de vier' is a share of a group, no relative difference.
            ("In Assen kwamen 80 mensen. In Emmen kwamen er 120 mensen, een op de vier meer.", "een op de vier"),
        ])
    func multipleOfValueBeforeUnbound(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test("A times word of a frequency is no multiple")
    func frequencyIsNoMultiple() throws {
        let found = try verified("In Assen kost een les 80 euro. In Emmen sport men twee keer per week voor 120 euro.")
        #expect(!found.contains { $0.kind == .change }, "\(found.map(\.written))")
    }

    // MARK: Factors written as one word or with 'factor'

    @Test(
        "'tweemaal zoveel als' and 'een factor vier meer dan' are factors between the groups they name",
        arguments: [
            // 3.000 / 1.500 = 2.
            ("Utrecht telde 3.000 klachten, tweemaal zoveel als Amersfoort met 1.500.", "tweemaal zoveel",
             Verdict.consistent),
            // 3.000 / 1.200 = 2,5.
            ("Utrecht telde 3.000 klachten, tweemaal zoveel als Amersfoort met 1.200.", "tweemaal zoveel",
             .inconsistent),
            // 8.000 / 2.000 = 4.
            ("Rotterdam verwerkte 8.000 containers, een factor vier meer dan Vlissingen met 2.000.",
             "factor vier meer", .consistent),
            ("Rotterdam verwerkte 8.000 containers, een factor vier meer dan Vlissingen met 1.000.",
             "factor vier meer", .inconsistent),
            // 1.000 / 3.000 = 1/3.
            ("Vlissingen verwerkte 1.000 containers, een factor 3 lager dan Rotterdam met 3.000.", "factor 3 lager",
             .consistent),
        ])
    func factorWords(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("'factor' without a comparative after its number is no claim")
    func factorWithoutComparative() throws {
        let found = try verified("De factor 2 in de formule geldt voor alle 1.300 woningen.")
        #expect(!found.contains { $0.kind == .change }, "\(found.map(\.written))")
    }

    // MARK: Glued ranges of percentages

    @Test(
        "A range glued by a dash before a percent sign or word is one claim, as 'tussen 20 en 25 procent'",
        arguments: [
            // 187 / 812 = 23,0 procent: in [19,5; 25,5).
            ("Van de 812 ondervraagden had 20-25% een eigen bedrijf: 187 mensen.", "20–25%", Verdict.consistent),
            // 23,0 lies not in [23,5; 26,5).
            ("Van de 812 ondervraagden had 24–26 procent een eigen bedrijf: 187 mensen.", "24–26 procent",
             .inconsistent),
            // 23,03 lies in [22,45; 23,55), not in [23,45; 24,55).
            ("Van de 812 ondervraagden had 22,5-23,5% een eigen bedrijf: 187 mensen.", "22,5–23,5%", .consistent),
            ("Van de 812 ondervraagden had 23,5-24,5% een eigen bedrijf: 187 mensen.", "23,5–24,5%", .inconsistent),
        ])
    func gluedRange(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A count restating a range of a whole is any value from bound to bound of it",
        arguments: [
            // 3 à 4% of 1.000 is 30 to 40.
            ("Van de 1.000 aanvragen werd 3 à 4% afgewezen: 35 aanvragen.", Verdict.consistent),
            ("Van de 1.000 aanvragen werd 3-4% afgewezen: 35 aanvragen.", .consistent),
            // 5 à 6% of 1.000 is 50 to 60.
            ("Van de 1.000 aanvragen werd 5 à 6% afgewezen: 35 aanvragen.", .inconsistent),
        ])
    func countOfRange(text: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "35", in: text)
    }

    @Test(
        "Years, a phone number and a falling pair joined by a dash are no range",
        arguments: [
            "In de periode 2019-2023 kregen 187 van de 812 ondervraagden een eigen bedrijf.",
            "Bel 030-1234567 voor de 187 van de 812 ondervraagden met een eigen bedrijf.",
            "Van de 812 ondervraagden had 25-20% een eigen bedrijf: 187 mensen.",
            "Van de 812 ondervraagden had 2023-2024 een eigen bedrijf: 187 mensen, 23 procent.",
        ])
    func dashWithoutRange(text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.written.contains("–") || $0.written.contains("-") }, "\(found.map(\.written))")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(\.written))")
    }
}
