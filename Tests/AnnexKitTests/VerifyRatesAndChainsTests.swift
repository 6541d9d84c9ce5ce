import Testing

@testable import AnnexKit

/// The twenty-third round (D): rates per one unit written the other way round, chained shares, shares of a subgroup.
@Suite("Verify: inverse rates, chained counts, shares of a subgroup")
struct VerifyRatesAndChainsTests {
    // MARK: Rates per one unit

    @Test(
        "A number after 'één X per' or 'op elke' is the count of its noun over the count of the unit",
        arguments: [
            // 46.000 / 20 = 2.300.
            ("De gemeente telt 46.000 inwoners en 20 huisartsen: één huisarts per 2.300 inwoners.", "2.300",
             Verdict.consistent),
            ("De gemeente telt 46.000 inwoners en 20 huisartsen: één huisarts per 2.800 inwoners.", "2.800",
             .inconsistent),
            // 1.800 / 150 = 12, the counts in the sentence before.
            ("In de wijk staan 150 laadpalen en rijden 1.800 auto's. Er is gemiddeld één laadpaal op elke 12 auto's.",
             "12", .consistent),
            ("In de wijk staan 150 laadpalen en rijden 1.800 auto's. Er is gemiddeld één laadpaal op elke 15 auto's.",
             "15", .inconsistent),
            // 640 / 80 = 8, the unit after the counted noun.
            ("De school heeft 640 leerlingen en 80 computers: op iedere 8 leerlingen één computer.", "8", .consistent),
            ("De school heeft 640 leerlingen en 80 computers: op iedere 10 leerlingen één computer.", "10",
             .inconsistent),
            ("De gemeente telt 46.000 inwoners en 20 huisartsen: 1 huisarts per 2.300 inwoners.", "2.300",
             .consistent),
            // 90.000 / 20 = 4.500.
            ("Het district telt 90.000 inwoners en 20 wijkagenten. Dat is één wijkagent per 4.500 inwoners.", "4.500",
             .consistent),
            // 61.000 / 26 = 2.346,2: 'ruim 2.300' holds.
            ("De regio telt 61.000 inwoners en 26 huisartsen, dus één huisarts per ruim 2.300 inwoners.",
             "ruim 2.300", .consistent),
        ])
    func inverseRate(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected)
    }

    @Test("A frequency, or a number per a round scale, is no rate per one unit")
    func inverseRateNearMisses() throws {
        // 'één keer per 2 jaar' counts occasions per period.
        let frequency = try verified(
            "Het district telt 90.000 inwoners en 20 wijkagenten. Er komt één keer per 2 jaar een controle.")
        #expect(!frequency.contains { $0.kind == .ratio })
        // 'per 10.000 inwoners' is the base of the rate 2 (20 / 90.000 × 10.000 = 2,2), as before.
        let scaled = try verified("Het district telt 90.000 inwoners en 20 wijkagenten, 2 per 10.000 inwoners.")
        #expect(scaled.map(\.written) == ["2"])
        #expect(scaled.first?.verdict == .consistent)
    }

    @Test(
        "A rate per one unit whose counts are of another year, or not one count of its unit, stays unverifiable",
        arguments: [
            ("In 2020 telde de gemeente 46.000 inwoners en 20 huisartsen. In 2024 is er één huisarts per 2.500 "
                + "inwoners.", "2.500"),
            ("In Utrecht wonen 46.000 inwoners en werken 20 huisartsen. In Amersfoort is er één huisarts per 2.800 "
                + "inwoners.", "2.800"),
            ("In Noord werken 20 huisartsen en in Zuid 26 huisartsen voor 46.000 inwoners: één huisarts per 2.300 "
                + "inwoners.", "2.300"),
        ])
    func inverseRateUnbound(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: Chained shares

    @Test(
        "A share after 'Daarvan' or 'Van die …' is of the count the share before it leaves",
        arguments: [
            // 45% of 8.000 = 3.600; 1.200 / 3.600 = 1/3.
            ("Het ziekenhuis behandelde 8.000 patiënten. Daarvan werd 45% opgenomen. Van die opgenomen patiënten lag "
                + "een derde langer dan een week: 1.200 mensen.", "een derde", Verdict.consistent),
            // 1.500 / 3.600 = 41,7%.
            ("Het ziekenhuis behandelde 8.000 patiënten. Daarvan werd 45% opgenomen. Van die opgenomen patiënten lag "
                + "een derde langer dan een week: 1.500 mensen.", "een derde", .inconsistent),
            // 150 / 450 = 1/3, then 75 / 150 = 1/2.
            ("Van die 450 gaat een derde in bezwaar: 150 zaken. Daarvan wordt de helft gegrond verklaard, 75 zaken.",
             "een derde", .consistent),
            ("Van die 450 gaat een derde in bezwaar: 150 zaken. Daarvan wordt de helft gegrond verklaard, 75 zaken.",
             "de helft", .consistent),
            // 95 / 150 = 63%.
            ("Van die 450 gaat een derde in bezwaar: 150 zaken. Daarvan wordt de helft gegrond verklaard, 95 zaken.",
             "de helft", .inconsistent),
            // Of the count before, not of the 900 two sentences back: 75 / 150.
            ("De rechtbank kreeg 900 zaken. Van die 450 gaat een derde in bezwaar: 150 zaken. Daarvan wordt de helft "
                + "gegrond verklaard, 75 zaken.", "de helft", .consistent),
            // 20% of 2.500 = 500; 125 / 500 = 25%.
            ("De gemeente ontving 2.500 klachten. Hiervan ging 20 procent over afval. Van deze klachten werd een kwart "
                + "binnen een week opgelost: 125 klachten.", "een kwart", .consistent),
        ])
    func chainedShare(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A link whose whole stands beside it, or a chain broken by another sentence, does not contradict",
        arguments: [
            // 'Daarvan' may be of the 1.200 or of its 30 percent: 300 / 360 and 300 / 1.200 both disagree.
            ("De gemeente kreeg 1.200 aanvragen, waarvan 30 procent van ouderen. Daarvan kreeg de helft een "
                + "toekenning: 300 aanvragen.", "de helft"),
            // 'Daarvan' after two counts of unlike nouns, and no share to leave a link.
            ("Het ziekenhuis telde 8.000 opnames en 1.200 verpleegkundigen. Daarvan werkte de helft in deeltijd: 900 "
                + "mensen.", "de helft"),
            ("Het ziekenhuis behandelde 8.000 patiënten. Daarvan werd 45% opgenomen. De parkeergarage telt 400 "
                + "plaatsen. Van die opgenomen patiënten lag een derde langer dan een week: 1.500 mensen.",
             "een derde"),
        ])
    func chainUnbound(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test("After its whole, a fraction after 'met' is still the size of a change")
    func fractionAfterMetStaysChange() throws {
        // 600 → 400: −33,3%, a third less.
        let found = try claim(
            "een derde", in: "Van de meldingen over geluid nam het aantal met een derde af, van 600 naar 400.")
        #expect(found.kind == .change)
        #expect(found.verdict == .consistent, "\(reason(found))")
    }

    // MARK: Shares of a subgroup the sentence before counts

    @Test(
        "A share after 'Van de <group>' is of the one count of that group in the sentence before",
        arguments: [
            // 960 / 12.000 = 8%.
            ("Het fonds telt 48.000 deelnemers, van wie 12.000 gepensioneerd. Van de gepensioneerden woont 8 procent "
                + "in het buitenland: 960 mensen.", "8 procent", Verdict.consistent),
            ("Het fonds telt 48.000 deelnemers, van wie 12.000 gepensioneerd. Van de gepensioneerden woont 8 procent "
                + "in het buitenland: 1.200 mensen.", "8 procent", .inconsistent),
            // The planted share of the wrong whole: 960 / 48.000 = 2%.
            ("Het fonds telt 48.000 deelnemers, van wie 12.000 gepensioneerd. Van de deelnemers woont 8 procent in "
                + "het buitenland: 960 mensen.", "8 procent", .inconsistent),
            // 60 / 240 = 25%.
            ("De school telt 900 leerlingen, onder wie 240 nieuwkomers. Van de nieuwkomers spreekt een kwart thuis "
                + "Arabisch: 60 leerlingen.", "een kwart", .consistent),
        ])
    func subgroupShare(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A share of a group the sentence before counts twice, or of 'hen', does not contradict",
        arguments: [
            ("De school telt 900 leerlingen, van wie 240 leerlingen in de onderbouw. Van de leerlingen spreekt een "
                + "kwart thuis Arabisch: 60 leerlingen.", "een kwart"),
            ("Het fonds telt 48.000 deelnemers, van wie 12.000 gepensioneerd. Van hen woont 8 procent in het "
                + "buitenland: 960 mensen.", "8 procent"),
        ])
    func subgroupUnbound(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict != .inconsistent, "\(reason(found))")
    }

    // MARK: Shares after a demonstrative ('Van deze …', 'Van die …')

    @Test(
        "A sentence that opens with a demonstrative and a group takes the count of that group, else the part before",
        arguments: [
            // 'deze mantelzorgers' names no count: the part the sentence before states, 212 / 640 = 33,1%.
            ("Van de 2.150 respondenten heeft 640 een mantelzorgtaak. Van deze mantelzorgers voelt 212 zich zwaar "
                + "belast (33%).", "33%", Verdict.consistent),
            ("Van de 2.150 respondenten heeft 640 een mantelzorgtaak. Van deze mantelzorgers voelt 212 zich zwaar "
                + "belast (10%).", "10%", .inconsistent),
            // 'deze respondenten' names the whole: 212 / 2.150 = 9,9%.
            ("Van de 2.150 respondenten heeft 640 een mantelzorgtaak. Van deze respondenten voelt 212 zich zwaar "
                + "belast (10%).", "10%", .consistent),
            ("Van de 2.150 respondenten heeft 640 een mantelzorgtaak. Van deze respondenten voelt 212 zich zwaar "
                + "belast (33%).", "33%", .inconsistent),
            // A part after 'waarvan', the share after the sentence's part: 392 / 980 = 40%.
            ("Er kwamen 2.450 aanvragen binnen, waarvan 980 van starters. Van die starters kreeg 392 een "
                + "vergunning, 40%.", "40%", .consistent),
            ("Er kwamen 2.450 aanvragen binnen, waarvan 980 van starters. Van die starters kreeg 392 een "
                + "vergunning, 16%.", "16%", .inconsistent),
        ])
    func demonstrativeWhole(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("After 'Van deze mensen', which may mean the whole, the part only confirms")
    func demonstrativeGeneric() throws {
        let text = "Van de 2.150 respondenten heeft 640 een mantelzorgtaak. Van deze mensen voelt 212 zich zwaar belast"
        #expect(try claim("33%", in: text + " (33%).").verdict == .consistent)
        let other = try claim("10%", in: text + " (10%).")
        #expect(other.verdict == .unverifiable, "\(reason(other))")
    }
}
