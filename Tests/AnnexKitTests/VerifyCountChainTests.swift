import Testing

@testable import AnnexKit

/// The twenty-sixth round (A): a share after a chain of counts, each a part of the one before ('Van de N …; M …; K
/// daarvan …'), whose words name the link it is of: 'van alle …' the first, a subgroup the link whose words it
/// repeats; its part the last link.
@Suite("Verify: shares after a chain of counts")
struct VerifyCountChainTests {
    // MARK: 'van alle …': the first link

    @Test(
        "A share 'van alle X' after a chain takes the first count as its whole and the last as its part",
        arguments: [
            // 300 / 3.600 = 1/12; a quarter is 300 / 1.200, the link before.
            ("Van de 3.600 meldingen kwamen er 1.200 uit het noorden; 300 daarvan betroffen geluidsoverlast. Dat is "
                + "een op de twaalf van alle meldingen.", "een op de twaalf", Verdict.consistent),
            ("Van de 3.600 meldingen kwamen er 1.200 uit het noorden; 300 daarvan betroffen geluidsoverlast. Dat is "
                + "een kwart van alle meldingen.", "een kwart", .inconsistent),
            // 500 / 5.000 = 10%; 25% is 500 / 2.000.
            ("Van de 5.000 deelnemers rondden er 2.000 de cursus af, waarvan 500 met een certificaat. Daarmee behaalde "
                + "10 procent van alle deelnemers een certificaat.", "10 procent", .consistent),
            ("Van de 5.000 deelnemers rondden er 2.000 de cursus af, waarvan 500 met een certificaat. Daarmee behaalde "
                + "25 procent van alle deelnemers een certificaat.", "25 procent", .inconsistent),
        ])
    func outermostLink(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    // MARK: A subgroup: the link its words name

    @Test(
        "A share of a subgroup after a chain ('met …', 'onder de …') takes the link its words name as its whole",
        arguments: [
            // 200 / 800 = 25%; 5% is 200 / 4.000, all pupils.
            ("Van de 4.000 leerlingen hebben er 800 een taalachterstand; 200 van hen krijgen bijles. Dat is 25 procent "
                + "van de leerlingen met een taalachterstand.", "25 procent", Verdict.consistent),
            ("Van de 4.000 leerlingen hebben er 800 een taalachterstand; 200 van hen krijgen bijles. Dat is 5 procent "
                + "van de leerlingen met een taalachterstand.", "5 procent", .inconsistent),
            // 150 / 600 = 25%; 10% is 150 / 1.500, all patients.
            ("Van de 1.500 patiënten waren er 600 rokers; 150 van hen kregen longklachten. Het aandeel met "
                + "longklachten onder de rokers kwam daarmee op 25 procent.", "25 procent", .consistent),
            ("Van de 1.500 patiënten waren er 600 rokers; 150 van hen kregen longklachten. Het aandeel met "
                + "longklachten onder de rokers kwam daarmee op 10 procent.", "10 procent", .inconsistent),
        ])
    func namedLink(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A count that takes up the part the sentence before states ('30 van die bedrijven') is the share's part",
        arguments: [
            // 30 / 120 = 25%; 6% is 30 / 500, all firms.
            ("Van de 500 gecontroleerde bedrijven zaten er 120 in de bouw. Bij 30 van die bedrijven werd een "
                + "overtreding vastgesteld, ofwel 25% van de bedrijven in de bouw.", "25%", Verdict.consistent),
            ("Van de 500 gecontroleerde bedrijven zaten er 120 in de bouw. Bij 30 van die bedrijven werd een "
                + "overtreding vastgesteld, ofwel 6% van de bedrijven in de bouw.", "6%", .inconsistent),
            // A hedge before the share is its own: 'Van die studenten' names the whole. 100 / 400 = 1/4, not
            // 1/20 (100 / 2.000).
            ("Er kwamen 2.000 bezoekers naar de beurs, onder wie 400 studenten. Van die studenten kwamen er 100 uit "
                + "het buitenland, een kwart.", "een kwart", .consistent),
            ("Er kwamen 2.000 bezoekers naar de beurs, onder wie 400 studenten. Van die studenten kwamen er 100 uit "
                + "het buitenland, ruim een op de twintig.", "ruim een op de twintig", .inconsistent),
        ])
    func linkOfItsOwn(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    // MARK: Near misses

    @Test(
        "A share whose words name two links or none, or whose clause names no link and does not refer back, stays open",
        arguments: [
            // 'klachten' names both 3.600 and 1.200.
            ("Van de 3.600 klachten kwamen er 1.200 klachten uit het noorden; 300 daarvan betroffen geluidsoverlast. "
                + "Dat is 25 procent van de klachten.", "25 procent"),
            // No word of reference and no word of the last link: which part is meant is not said.
            ("Van de 3.600 klachten kwamen er 1.200 uit het noorden; 300 daarvan betroffen geluidsoverlast. Een "
                + "kwart van alle klachten werd binnen een week afgehandeld.", "Een kwart"),
            // 'met een beperking' names no link.
            ("Van de 4.000 leerlingen hebben er 800 een taalachterstand; 200 van hen krijgen bijles. Dat is 25 "
                + "procent van de leerlingen met een beperking.", "25 procent"),
            // 'in Nederland' is no word of the first link: another whole.
            ("Van de 8.000 woningen in de gemeente hebben er 2.000 zonnepanelen; 400 daarvan hebben ook een "
                + "warmtepomp. Dat is 5 procent van alle woningen in Nederland.", "5 procent"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test("A share whose clause names the middle link keeps that link as its part (1.200 / 3.600 = 1/3)")
    func middleLinkNamed() throws {
        let found = try claim(
            "een derde",
            in: "Van de 3.600 klachten kwamen er 1.200 uit het noorden; 300 daarvan betroffen geluidsoverlast. Uit het "
                + "noorden kwam daarmee een derde van alle klachten.")
        #expect(found.verdict == .consistent, "\(reason(found))")
    }

    // MARK: A part restated after the share

    @Test(
        "A count that closes the sentence as a total ('…, 1.000 in totaal') is the share's part",
        arguments: [
            // 1.000 / 2.500 = 40%.
            ("Van de 2.500 aanvragen werd 40 procent toegekend, 1.000 in totaal.", "40 procent", Verdict.consistent),
            ("Van de 2.500 aanvragen werd 45 procent toegekend, 1.000 in totaal.", "45 procent", .inconsistent),
            // 240 / 800 = 30%, the whole's noun repeated.
            ("Uit de cijfers blijkt dat 30 procent van de 800 leerlingen is blijven zitten, 240 leerlingen in totaal.",
                "30 procent", .consistent),
            ("Uit de cijfers blijkt dat 35 procent van de 800 leerlingen is blijven zitten, 240 leerlingen in totaal.",
                "35 procent", .inconsistent),
        ])
    func totalledPart(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A total of another noun, or a hedged one, is no restated part",
        arguments: [
            ("Uit de cijfers blijkt dat 35 procent van de 800 leerlingen is blijven zitten, 240 lessen in totaal.",
                "35 procent"),
            ("Van de 2.500 aanvragen werd 45 procent toegekend, ruim 1.000 in totaal.", "45 procent"),
        ])
    func totalledPartNearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
