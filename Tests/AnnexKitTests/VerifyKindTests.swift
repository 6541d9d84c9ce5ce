import Foundation
import Testing

@testable import AnnexKit

/// `PointsChecker`: changes in percentage points.
@Suite("verify: percentage points")
struct VerifyPointsTests {
    @Test(
        "Points from the text's two percentages",
        arguments: [
            (
                "Het aandeel daalde van 34,4 procent in 2021 naar 31,8 procent in 2023, een daling van 2,6 "
                    + "procentpunt.",
                Verdict.consistent
            ),
            ("Jongeren met jeugdhulp: 9,8% van alle jongeren (2022: 10,2%; -0,4%-punt).", .consistent),
            ("Het aandeel steeg van 38,0 procent naar 40,6 procent, een toename van 6,8 procentpunt.", .inconsistent),
            (
                "In de interventiegroep recidiveerde 24,7%, in de controlegroep 31,6%: een verschil van 6,9 "
                    + "procentpunt.",
                .consistent
            ),
            ("Het percentage steeg met 3,2 procentpunt, van 58,9% naar 55,7%.", .inconsistent),
            // One 'procent' for both ends of the change.
            ("Het aandeel rokers daalde van 22,4 naar 19,8 procent (-2,6 procentpunt).", .consistent),
            ("Het aandeel rokers daalde van 22,4 naar 19,8 procent (-3,1 procentpunt).", .inconsistent),
        ])
    func fromText(text: String, verdict: Verdict) throws {
        #expect(try verified(text).filter { $0.kind == .points }.map(\.verdict) == [verdict])
    }

    @Test("A relative change written as points is diagnosed")
    func percentForPoints() throws {
        let claim = try claim(
            "3,8 procentpunt", in: "Het percentage steeg van 78% naar 81%, een stijging van 3,8 procentpunt.")
        #expect(claim.verdict == .inconsistent && claim.recomputedValue == 3)
        #expect(
            reason(claim).hasSuffix(
                "diagnose: procenten voor procentpunten aangezien (de relatieve verandering is +3,8%)"))
    }

    @Test("From the data: a category's share of its total in two years (mini: ambulant 86,0% → 83,3%)")
    func fromData() throws {
        let claim = try onlyClaim(
            "Het aandeel ambulante verzoeken daalde in 2023 met 2,7 procentpunt.", with: Verifiers.mini)
        let value = try #require(claim.recomputedValue)
        #expect(claim.verdict == .consistent && abs(value - (250.0 / 3 - 86)) < 1e-9)
    }
}

/// `DifferenceChecker`: absolute changes and differences.
@Suite("verify: differences")
struct VerifyDifferenceTests {
    @Test(
        "Differences from the text",
        arguments: [
            ("Het aantal steeg van 380 naar 492. Dat zijn er 112 meer.", Verdict.consistent),
            ("In 2023 werden 96.300 zaken afgedaan, 4.120 meer dan een jaar eerder (92.180).", .consistent),
            (
                "Er werden 73,9 duizend woningen opgeleverd, 5,1 duizend minder dan in 2022 (78,0 duizend).",
                .inconsistent
            ),
            ("Op Texel stonden 64 woningzoekenden ingeschreven, tegen 51 een jaar eerder: dertien meer.", .consistent),
            ("Totale uitgaven: € 41,3 mln (begroot: € 38,0 mln), een overschrijding van € 3,3 mln.", .consistent),
            (
                "In 2023 leidden 2.917 meldingen tot een plaatsing, 412 meer dan in 2022, toen het er 2.615 waren.",
                .inconsistent
            ),
        ])
    func fromText(text: String, verdict: Verdict) throws {
        #expect(try verified(text).filter { $0.kind == .difference }.map(\.verdict) == [verdict])
    }

    @Test("From the data: year on year (tabel 1: tbs 145 → 159), and between two measures of one table")
    func fromData() throws {
        let found = try verified(
            "Tot slot nam de instroom in de tbs in 2020 iets toe met 14 tbs-gestelden (9,7%) ten opzichte van 2019.",
            with: Verifiers.real)
        #expect(found.map(\.kind) == [.difference, .change] && found.map(\.verdict) == [.consistent, .consistent])
        let between = try claim(
            "6.590",
            in: "In 2021 was de instroom in de ondersteuning thuis in Amsterdam 6.590 meer dan de uitstroom "
                + "in de ondersteuning thuis.", with: Verifiers.real)
        #expect(between.verdict == .consistent && between.recomputedValue == 15555 - 8965, "\(reason(between))")
    }
}

/// `ShareChecker`: shares, from the text and from the data.
@Suite("verify: shares")
struct VerifyShareTests {
    @Test(
        "Part and whole from the text",
        arguments: [
            (
                "Van de 17,8 duizend mensen hadden er 8,1 duizend (46 procent) opnieuw contact met justitie.",
                Verdict.consistent
            ),
            ("Aandeel meldingen met een vervolgtraject: 1.387 van de 4.312 (32,1%).", .inconsistent),
            ("Huishoudens met een voorziening: 7.842 van de 92.310 huishoudens, ofwel 8,5%.", .consistent),
            ("Van de 412 respondenten gaf 38,6% (n = 159) aan contact te hebben gehad.", .consistent),
            (
                "De bezetting kwam uit op 10.894 gedetineerden op een capaciteit van 11.617 plaatsen, een "
                    + "bezettingsgraad van 93,8%.",
                .consistent
            ),
            (
                "Ruim 45% van de 1.204 cliënten in beschermd wonen (548 personen) heeft een dubbele diagnose.",
                .consistent
            ),
        ])
    func fromText(text: String, verdict: Verdict) throws {
        #expect(try verified(text).filter { $0.kind == .share }.map(\.verdict) == [verdict])
    }

    @Test(
        "A part only where the sentence ties it to the share: a count of another clause is unverifiable",
        arguments: [
            (
                "Van de 3.200 deelnemers voltooide 61 procent het traject; 870 van hen vonden binnen een jaar werk.",
                Verdict.unverifiable
            ),
            ("Van de 540 dossiers ging 22% over schulden; 131 dossiers werden doorverwezen.", .unverifiable),
            ("Van de 540 dossiers werden er 131 doorverwezen, ofwel 24 procent.", .consistent),
            ("Van de 500 leerlingen zakten er 45, 80 procent slaagde.", .unverifiable),
            ("Van de 500 leerlingen slaagde 80 procent, 45 leerlingen zakten.", .unverifiable),
            ("Er zijn 480 plaatsen, 20 procent van de 2.400 aanvragen.", .consistent),
            ("Aanmeldingen bij het loket: 131 personen, bijna een kwart van het totaal van 540.", .consistent),
            ("Een derde van de 540 aanvragers wachtte langer dan een maand: 180 mensen.", .consistent),
            ("Het slagingspercentage was 62,5 procent (n = 48; 30 geslaagden).", .consistent),
            ("Ruim 4.000 leerlingen (4.120) kregen bijles; dat is circa 25% van alle 16.480 leerlingen.", .consistent),
            ("Ruim 4.000 leerlingen (4.120) kregen bijles; dat is circa 30% van alle 16.480.", .inconsistent),
        ])
    func tiedPart(text: String, verdict: Verdict) throws {
        #expect(try verified(text).filter { $0.kind == .share }.map(\.verdict) == [verdict])
    }

    @Test("A percentage beside a fraction in words is a share of its own, of the count the clause after names")
    func percentBesideWords() throws {
        let found = try verified("Bijna een derde (32 procent) van de 2.500 leden stemde; het gaat om 800 mensen.")
        #expect(found.map(\.written) == ["Bijna een derde", "32 procent"])
        #expect(found.allSatisfy { $0.kind == .share && $0.verdict == .consistent }, "\(found.map { reason($0) })")
        // 900 of 2.500 is 36%: the words and the percentage beside them are both judged against it, not each other.
        let wrong = try verified("Bijna een derde (32 procent) van de 2.500 leden stemde; het gaat om 900 mensen.")
        #expect(wrong.map(\.verdict) == [.inconsistent, .inconsistent])
    }

    @Test("'waarvan' hangs on the total, not on the base of a comparison before it ('… meer dan in 2023 (7.730)')")
    func waarvanAfterComparison() throws {
        let found = try verified(
            "In 2024 zijn 8.150 meldingen verwerkt, 420 meer dan in 2023 (7.730), waarvan 2.445 via de politie "
                + "(30 procent) en 5.705 via andere kanalen.")
        #expect(found.map(\.kind) == [.sum, .difference, .share], "\(found.map { reason($0) })")
        #expect(found.allSatisfy { $0.verdict == .consistent }, "\(found.map { reason($0) })")
        #expect(found.first?.written == "8.150")
    }

    @Test("'waarvan' parts of a total, and 'Daarvan' after a sentence about the total (§2.1.2 of the seed)")
    func waarvan() throws {
        let found = try verified(
            "In 2022 werden in totaal 18.792 verzoeken gedaan, waarvan 16.166 ambulante verzoeken (86%) en 2.626 "
                + "klinische verzoeken (14%). In 2023 steeg dit totale aantal met 5,9% naar 19.910 verzoeken. Daarvan "
                + "ging "
                + "87,2% om een ambulante plaatsing (17.369 verzoeken) en 12,8% om een klinische plaatsing (2.541 "
                + "verzoeken)."
        )
        #expect(found.map(\.kind) == [.sum, .share, .share, .change, .sum, .share, .share])
        #expect(found.allSatisfy { $0.verdict == .consistent }, "\(found.map { reason($0) })")
    }

    @Test(
        "Fractions in words: within 5% of the fraction, 'x op de N' rounded to whole N; a loose fit is unverifiable",
        arguments: [
            ("De helft van de 860 jongeren deed dat binnen een jaar: 437 jongeren.", Verdict.consistent),
            ("Ruim een derde van de meldingen (1.470 van 4.312) kwam van de politie.", .consistent),
            ("Twee derde van de cliënten (412 van de 815) heeft de hulp afgerond.", .inconsistent),
            ("Zeven op de tien cliënten (72%) zijn tevreden.", .consistent),
            ("Acht op de tien meldingen (612 van 1.010) werden opgepakt.", .inconsistent),
            ("Minder dan een derde van de dossiers (520 van de 1.130) bevatte een plan.", .inconsistent),
            ("De helft van de dossiers (53 van de 100) bevatte een plan.", .unverifiable),
        ])
    func fractions(text: String, verdict: Verdict) throws {
        let found = try verified(text).filter { $0.kind == .share && $0.written.contains(where: \.isLetter) }
        #expect(found.map(\.verdict) == [verdict], "\(found.map { reason($0) })")
    }

    @Test(
        "At the rounding boundary: 21 of 120 is exactly 17,5%, so 18% is right and 17% is not (mini data)",
        arguments: [
            ("In 2023 ging 18% van de verzoeken om een klinische plaatsing (21 verzoeken).", Verdict.consistent),
            ("In 2023 ging 17,5% van de verzoeken om een klinische plaatsing (21 verzoeken).", .consistent),
            ("In 2023 ging 17% van de verzoeken om een klinische plaatsing (21 verzoeken).", .inconsistent),
        ])
    func rounding(text: String, verdict: Verdict) throws {
        let claim = try #require(try verified(text, with: Verifiers.mini).first { $0.kind == .share })
        #expect(claim.kind == .share && claim.verdict == verdict && claim.recomputedValue == 17.5, "\(reason(claim))")
    }

    @Test("A region's share of the country (mini: Amsterdam 1.500 of 3.240 in 2022 is 46,3%)")
    func regionShare() throws {
        #expect(
            try onlyClaim("Amsterdam ontving in 2022 46,3% van alle meldingen 'begin detentie'.", with: Verifiers.mini)
                .verdict == .consistent)
    }

    @Test("A sum of rounded parts is diagnosed: a third plus a third is 66,7%, not 33,3% + 33,3%")
    func roundedParts() throws {
        let project = try temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: project + "/reports", withIntermediateDirectories: true)
        try manager.copyItem(atPath: Paths.fixtures + "/mini/data", toPath: project + "/data")
        try Data(
            """
            region_type,region,measure,period,value
            land,NL,plaatsingen,2023,300
            land,NL,ambulant,2023,100
            land,NL,klinisch,2023,100
            land,NL,verblijf,2023,100
            """.utf8
        ).write(to: URL(fileURLWithPath: project + "/data/figures/delen.csv"))
        try Data(
            """
            measures:
              - {table: delen, measure: plaatsingen, words: [plaatsingen]}
              - {table: delen, measure: ambulant, words: [plaatsingen, ambulant]}
              - {table: delen, measure: klinisch, words: [plaatsingen, klinisch]}
              - {table: delen, measure: verblijf, words: [plaatsingen, verblijf]}
            """.utf8
        ).write(to: URL(fileURLWithPath: project + "/data/delen.yaml"))
        try Data(
            """
            id: delen
            title: Delen
            source: Test
            published: "2024-01-01"
            reference: reference
            vocabulary: delen.yaml
            tables:
              - id: delen
                title: Delen
                data: figures/delen.csv
                layout: measures
                periods: [2023]
                measures:
                  - {id: plaatsingen, label: Plaatsingen, parts_add_up: true}
                  - {id: ambulant, label: Ambulant, part_of: plaatsingen}
                  - {id: klinisch, label: Klinisch, part_of: plaatsingen}
                  - {id: verblijf, label: Verblijf, part_of: plaatsingen}
            """.utf8
        ).write(to: URL(fileURLWithPath: project + "/reports/delen.yaml"))
        let verifier = Result {
            try Verify.verifier(specPath: project + "/reports/delen.yaml", citing: try citationWords())
        }
        let wrong = try onlyClaim(
            "In 2023 ging het bij ambulante en klinische plaatsingen samen om 66,6% van alle plaatsingen.",
            with: verifier)
        #expect(
            wrong.verdict == .inconsistent
                && reason(wrong).hasSuffix("diagnose: som van afgeronde delen (33,3 + 33,3)"), "\(reason(wrong))")
        let right = try onlyClaim(
            "In 2023 ging het bij ambulante en klinische plaatsingen samen om 66,7% van alle plaatsingen.",
            with: verifier)
        let value = try #require(right.recomputedValue)
        #expect(right.verdict == .consistent && abs(value - 200.0 / 3) < 1e-9)
    }

    @Test("A share of what the data does not hold is unverifiable, not a false alarm")
    func unverifiable() throws {
        let claim = try onlyClaim("Het aandeel mannen was 91,3%.", with: Verifiers.mini)
        #expect(claim.verdict == .unverifiable && claim.recomputed == nil)
    }
}

/// `SumChecker`: parts and their total.
@Suite("verify: sums")
struct VerifySumTests {
    @Test(
        "Sums the text gives",
        arguments: [
            (
                "Rotterdam trekt 12 miljoen euro uit voor armoede en 4,5 miljoen voor schuldhulp, samen 18,5 miljoen "
                    + "euro.",
                Verdict.inconsistent
            ),
            (
                "Maatregelen: 1.420 ondertoezichtstellingen en 310 voogdijmaatregelen, samen 1.730 maatregelen.",
                .consistent
            ),
            ("Trajecten: 1.846 (eerste halfjaar) + 2.011 (tweede halfjaar) = 3.857 in totaal.", .consistent),
            ("In totaal werden 1.942 meldingen geanalyseerd: 1.315 uit 2021 en 627 uit 2022.", .consistent),
            (
                "Van de 128 casussen betroffen er 54 huiselijk geweld, 39 een zedendelict en 41 een geweldsdelict.",
                .inconsistent
            ),
            (
                "Trajecten naar verwijzer: huisarts 2.310, wijkteam 1.945, specialist 612, instelling 488; totaal "
                    + "5.455.",
                .inconsistent
            ),
            (
                "De GGD zette in de eerste helft 18.420 prikken en in de tweede helft 12.190: in totaal ruim 30.000.",
                .consistent
            ),
            ("Het totale aantal dossiers bedraagt 845 (cohort 2019: 402; cohort 2020: 443).", .consistent),
            (
                "Aantal dakloze jongeren: vijftien in het eerste kwartaal, negentien in het tweede; samen 34.",
                .consistent
            ),
            ("Het Rijk geeft een half miljoen, de stad 250.000: samen zevenhonderdvijftigduizend.", .consistent),
            // One multiplier word for the whole list.
            (
                "De subsidies over 2020 tot en met 2022 waren € 1,4, € 1,6 en € 1,9 miljoen, samen € 4,9 "
                    + "miljoen.",
                .consistent
            ),
            ("De subsidies waren € 1,4, € 1,6 en € 1,9 miljoen, samen € 5,9 miljoen.", .inconsistent),
        ])
    func fromText(text: String, verdict: Verdict) throws {
        #expect(try verified(text).filter { $0.kind == .sum }.map(\.verdict) == [verdict])
    }

    @Test("Parts in the sentence before ('Opgeteld …') and after ('Daarvan …')")
    func acrossSentences() throws {
        let before = try verified(
            "In 2022 telde Nederland 12,7 duizend jongeren met een ondertoezichtstelling en 3,6 duizend met een "
                + "voogdijmaatregel. Opgeteld ging het om 16,3 duizend jongeren.")
        #expect(before.filter { $0.kind == .sum }.map(\.verdict) == [.consistent])
        let after = try verified(
            "In 2023 brachten de drie organisaties samen 52.340 adviezen uit. Daarvan kwamen er 35.910 van A, "
                + "9.870 van B en 6.560 van C.")
        #expect(after.filter { $0.kind == .sum }.map(\.verdict) == [.consistent])
    }

    @Test("'vorig jaar' framing a sentence's list makes no start value of its first count")
    func listInAPeriod() throws {
        let found = try verified(
            "In Zwolle woonden vorig jaar 212 statushouders in de opvang, in Kampen 64 en in Deventer 98. Samen 374.")
        #expect(found.filter { $0.kind == .sum }.map(\.verdict) == [.consistent], "\(found.map { reason($0) })")
    }

    @Test("A mean is no sum ('Het gemiddeld aantal … bedroeg')")
    func meanIsNoSum() throws {
        let found = try verified(
            "Het gemiddeld aantal fte over de vier kwartalen (1.862, 1.874, 1.891 en 1.905) bedroeg 1.883.")
        #expect(found.map(\.kind) == [.average] && found.map(\.verdict) == [.consistent])
    }
}

/// `AverageChecker`: means of a list in the text or of the data's years.
@Suite("verify: averages")
struct VerifyAverageTests {
    @Test(
        "The mean of the numbers the text lists",
        arguments: [
            (
                "Per kwartaal kwamen respectievelijk 1.212, 1.187, 1.305 en 1.264 meldingen binnen, gemiddeld 1.242 "
                    + "per kwartaal.",
                Verdict.consistent
            ),
            ("Aantal plaatsingen per maand: 23, 31, 27, 19, 25, 29; gemiddeld 27 per maand.", .inconsistent),
            (
                "Over drie jaar (2021: 212, 2022: 236, 2023: 254 uitzettingen) lag het gemiddelde op 234 per jaar.",
                .consistent
            ),
            ("Per week kwamen er gemiddeld 41 mensen: 38, 45, 36 en 49 in de vier weken van de proef.", .inconsistent),
            (
                "De scores op de vijf subschalen (3,4; 3,9; 2,8; 4,1 en 3,6) leveren een gemiddelde op van 3,8.",
                .inconsistent
            ),
            ("Er kwamen gemiddeld 310 gezinnen per jaar (290 in 2021, 320 in 2022 en 320 in 2023).", .consistent),
            ("Er kwamen gemiddeld 330 gezinnen per jaar (290 in 2021, 320 in 2022 en 320 in 2023).", .inconsistent),
        ])
    func ofList(text: String, verdict: Verdict) throws {
        #expect(try verified(text).filter { $0.kind == .average }.map(\.verdict) == [verdict])
    }

    @Test("An average the sentence compares with is no mean of its list")
    func comparedAverage() throws {
        let found = try verified(
            "In Limburg (12,5%) en Zeeland (10%) neemt het aantal sterker toe dan gemiddeld (5,9%).")
        #expect(!found.contains { $0.verdict == .inconsistent })
    }

    @Test(
        "Averages over the data's years: of counts, and of shares (mean of yearly shares or pooled)",
        arguments: [
            ("Gemiddeld waren er 3.470 meldingen 'begin detentie' per jaar.", Verdict.consistent),
            ("Gemiddeld waren er 3.480 meldingen 'begin detentie' per jaar.", .inconsistent),
            ("Gemiddeld ging 15,8% van de verzoeken om een klinische plaatsing.", .consistent),
            ("Gemiddeld ging 15,9% van de verzoeken om een klinische plaatsing.", .consistent),
            ("Gemiddeld ging 16,5% van de verzoeken om een klinische plaatsing.", .inconsistent),
        ])
    func fromData(text: String, verdict: Verdict) throws {
        let claim = try onlyClaim(text, with: Verifiers.mini)
        #expect(claim.kind == .average && claim.verdict == verdict, "\(reason(claim))")
    }
}

/// `RatioChecker`: rates per a round number.
@Suite("verify: rates")
struct VerifyRatioTests {
    @Test(
        "A rate of two counts of the text",
        arguments: [
            (
                "In 2023 registreerde de politie 807 duizend misdrijven op 17,8 miljoen inwoners: 45 per 1.000 "
                    + "inwoners.",
                Verdict.consistent
            ),
            (
                "Met 318 incidenten op 74.600 verpleegdagen komt de kliniek uit op 4,3 incidenten per 1.000 "
                    + "verpleegdagen.",
                .consistent
            ),
            ("De instroom per 100.000 inwoners bedroeg 61,2 (10.873 opnames op 17.811.291 inwoners).", .inconsistent),
            ("Tegenover 1.200 cliënten staan 480 consulenten, ofwel 2,5 cliënten per consulent.", .consistent),
            ("Tegenover 1.200 cliënten staan 480 consulenten, ofwel 2,8 cliënten per consulent.", .inconsistent),
            // A scale in words, and the part 'dat' refers to in the sentence before.
            ("Dit jaar telde de stad 512 daklozen. Op de 160.000 inwoners is dat 3,2 per duizend.", .consistent),
            ("Dit jaar telde de stad 512 daklozen. Op de 160.000 inwoners is dat 3,5 per duizend.", .inconsistent),
        ])
    func fromText(text: String, verdict: Verdict) throws {
        #expect(try verified(text).filter { $0.kind == .ratio }.map(\.verdict) == [verdict])
    }
}
