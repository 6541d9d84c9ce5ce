import Testing

@testable import AnnexKit

/// A claimed quantity in another unit than its operands (`UnitAgreement`, `MeasureUnit`): converted exactly where the
/// two units go into each other by a fixed factor, else `unverifiable`, never `inconsistent`.
@Suite("Verify: claims in another unit than their operands")
struct VerifyUnitAgreementTests {
    @Test(
        "Units of time that go into each other exactly: seconds to weeks, months to years",
        arguments: [
            // 94,2 − 80,8 = 13,4 days = 1,914 weeks: 'bijna twee' (1,9 to 2).
            ("De gemiddelde doorlooptijd van vonnis tot start van de werkstraf liep op tot 94,2 dagen, tegen 80,8 "
                + "dagen in 2022: bijna twee weken langer.", "bijna twee", Verdict.consistent),
            // 1,914 weeks is no 'bijna drie' (2,85 to 3), nor near it.
            ("De gemiddelde doorlooptijd van vonnis tot start van de werkstraf liep op tot 94,2 dagen, tegen 80,8 "
                + "dagen: bijna drie weken langer.", "bijna drie", .inconsistent),
            // 7 − 21 = −14 days = −2 weeks.
            ("De wachttijd daalde van 21 dagen naar 7 dagen, twee weken korter.", "twee", .consistent),
            // 135 − 45 = 90 minutes = 1,5 hours; 2,5 is wrong.
            ("De reistijd liep op van 45 naar 135 minuten, 1,5 uur meer.", "1,5", .consistent),
            ("De reistijd liep op van 45 naar 135 minuten, 2,5 uur meer.", "2,5", .inconsistent),
            // 15 − 6 = 9 months = 3 quarters; four is wrong.
            ("De bouw liep uit van 6 naar 15 maanden, drie kwartalen langer.", "drie", .consistent),
            ("De bouw liep uit van 6 naar 15 maanden, vier kwartalen langer.", "vier", .inconsistent),
            // 12 − 9 = 3 weeks = 21 days; 28 is wrong.
            ("De behandeling duurde gemiddeld 12 weken, tegen 9 weken vorig jaar: 21 dagen langer.", "21",
                .consistent),
            ("De behandeling duurde gemiddeld 12 weken, tegen 9 weken vorig jaar: 28 dagen langer.", "28",
                .inconsistent),
        ])
    func time(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Days and months, weeks and years have no exact factor: the claim is open",
        arguments: [
            // 60 days is about two months, never exactly.
            ("De wachttijd liep op van 40 naar 100 dagen, twee maanden langer.", "twee"),
            ("De wachttijd liep op van 40 naar 100 dagen, bijna drie maanden langer.", "bijna drie"),
            // 52 weeks is no year exactly.
            ("De doorlooptijd steeg van 20 naar 72 weken, ruim 11 maanden langer.", "ruim 11"),
        ])
    func inexactTime(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
        #expect(reason(found).contains("eenheid"), "\(reason(found))")
    }

    @Test(
        "Mass, length and money: grams to tons, metres to kilometres, cents to euros",
        arguments: [
            // 3.900 − 2.400 = 1.500 kg = 1,5 ton; 2,5 is wrong.
            ("De inzameling steeg van 2.400 kg naar 3.900 kg, 1,5 ton meer.", "1,5", Verdict.consistent),
            ("De inzameling steeg van 2.400 kg naar 3.900 kg, 2,5 ton meer.", "2,5", .inconsistent),
            // 2.350 − 850 = 1.500 m = 1,5 km; 2 is wrong.
            ("Het fietsnetwerk groeide van 850 meter naar 2.350 meter, een toename van 1,5 km.", "1,5", .consistent),
            ("Het fietsnetwerk groeide van 850 meter naar 2.350 meter, een toename van 2 km.", "2", .inconsistent),
            // € 2,75 − € 2,40 = € 0,35 = 35 cent; 45 is wrong.
            ("De prijs van een kop koffie steeg van € 2,40 naar € 2,75, 35 cent meer.", "35", .consistent),
            ("De prijs van een kop koffie steeg van € 2,40 naar € 2,75, 45 cent meer.", "45", .inconsistent),
        ])
    func measures(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A difference of another family than its operands is open, never wrong")
    func otherFamily() throws {
        // Kilos against kilometres: no factor at all.
        let found = try claim("3", in: "De route groeide van 12 naar 15 km, 3 kilo meer.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test("Units that agree, or a claim that names none, are read as before")
    func unchanged() throws {
        // 94,2 − 80,8 = 13,4 days, in days; 14,4 is wrong.
        try expectVerdict(
            .consistent, of: "13,4", in: "De doorlooptijd liep op tot 94,2 dagen, tegen 80,8 dagen: 13,4 dagen langer.")
        try expectVerdict(
            .inconsistent, of: "14,4",
            in: "De doorlooptijd liep op tot 94,2 dagen, tegen 80,8 dagen: 14,4 dagen langer.")
        // No unit after the claim: the operands' unit is its own.
        try expectVerdict(
            .inconsistent, of: "15", in: "De wachttijd liep op van 40 naar 100 dagen, een toename van 15.")
    }

    @Test(
        "Operands carried from the sentence before keep their unit",
        arguments: [
            // 6.000 − 4.250 = 1.750 kg = 1,75 ton; read as written it was 1.750 against 1,75.
            ("De ingezamelde hoeveelheid textiel groeide van 4.250 kg naar 6.000 kg. Dat is 1,75 ton meer.", "1,75",
                Verdict.consistent),
            ("De ingezamelde hoeveelheid textiel groeide van 4.250 kg naar 6.000 kg. Dat is 2,75 ton meer.", "2,75",
                .inconsistent),
            // 135 − 45 = 90 minutes = 1,5 hours.
            ("De gemiddelde reistijd liep op van 45 minuten naar 135 minuten. Dit is 1,5 uur langer.", "1,5",
                .consistent),
            ("De gemiddelde reistijd liep op van 45 minuten naar 135 minuten. Dit is 2 uur langer.", "2",
                .inconsistent),
            // Carried values in the claim's own unit are read as before: 310 − 260 = 50 ton.
            ("De stort daalde van 310 ton naar 260 ton. Dat is 60 ton minder.", "60", .inconsistent),
        ])
    func carried(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A carried operand in a unit of another family leaves the claim open")
    func carriedOtherFamily() throws {
        // 100 − 40 = 60 days is no number of months exactly.
        let found = try claim(
            "twee", in: "De wachttijd liep op van 40 dagen naar 100 dagen. Dat is twee maanden langer.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
        #expect(reason(found).contains("eenheid"), "\(reason(found))")
    }

    @Test("The units' exact factors", arguments: [
        ("week", "dagen", Exact(7)), ("uur", "min", Exact(60)), ("kwartaal", "maanden", Exact(3)),
        ("jaar", "kwartalen", Exact(4)), ("ton", "kg", Exact(1_000)), ("km", "meter", Exact(1_000)),
        ("cent", "euro", Exact(1, over: 100)), ("etmaal", "uren", Exact(24)),
    ])
    func factors(from: String, to: String, factor: Exact) throws {
        let one = try #require(MeasureUnit(noun: from))
        let other = try #require(MeasureUnit(noun: to))
        #expect(one.factor(to: other) == factor)
    }

    @Test("No factor between days and months, weeks and years, working days and days; magnitudes are no unit")
    func noFactors() throws {
        for (from, to) in [("dag", "maand"), ("weken", "jaar"), ("werkdagen", "dagen"), ("kilo", "km")] {
            let one = try #require(MeasureUnit(noun: from))
            let other = try #require(MeasureUnit(noun: to))
            #expect(one.factor(to: other) == nil, "\(from) → \(to)")
        }
        #expect(MeasureUnit(noun: "miljoen") == nil && MeasureUnit(noun: "mln") == nil)
    }
}
