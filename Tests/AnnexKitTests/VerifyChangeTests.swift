import Foundation
import Testing

@testable import AnnexKit

/// `ChangeChecker`: relative changes, hand-computed.
@Suite("verify: changes")
struct VerifyChangeTests {
    @Test("The issue's paragraph: +25% is right, the −25% back is −20%, computed against the later value")
    func issueParagraph() throws {
        let found = try verified(
            "Het aantal steeg van 200 naar 250, een stijging van 25%. Daarna daalde het van 250 naar 200, een daling "
                + "van 25%."
        )
        #expect(found.map(\.verdict) == [.consistent, .inconsistent])
        #expect(found.map(\.claimedValue) == [25, -25] && found.map(\.recomputedValue) == [25, -20])
        #expect(
            reason(found[1])
                == "uit de tekst: 250 → 200 = -20,0%; diagnose: berekend ten opzichte van de latere waarde in plaats "
                + "van de eerdere"
        )
    }

    @Test(
        "Own-sentence changes, with or without years, in every way Dutch writes them",
        arguments: [
            ("Het aantal steeg van 200 naar 250, een toename van 25 procent.", Verdict.consistent),
            ("Het aantal steeg van 200 in 2020 naar 250 in 2021 (25%).", .consistent),
            ("In 2023 waren er 250 meldingen, tegen 200 in 2022: een stijging van 25%.", .consistent),
            ("Aantal meldingen: 250 (2022: 200), +25%.", .consistent),
            ("Wachtlijst: 214 personen (vorig jaar: 248), -13,7%.", .consistent),
            ("Er waren 250 meldingen, 25% meer dan de 200 van 2022.", .consistent),
            ("Er waren 250 meldingen, 25 procent meer dan in 2022, toen het er 200 waren.", .consistent),
            ("Het aantal steeg van 200 naar 250. Dat is een toename van 25 procent.", .consistent),
            (
                "Het aantal daalde met 18 procent tot 421. Een jaar eerder stonden er nog 513 personen op de lijst.",
                .consistent
            ),
            ("De instroom in 2020 (21.735) nam sterk af (30,9%) ten opzichte van 2019 (31.456).", .consistent),
            ("Tegen 4.380 een jaar eerder werden in 2023 4.120 jeugdigen geplaatst, 6 procent minder.", .consistent),
            ("Het aantal steeg van 2,4 miljoen naar 2,6 miljoen, een stijging van 8%.", .consistent),
            ("De kosten liepen op van € 12,5 naar € 15,0 miljoen (+20%).", .consistent),
            ("Het aantal steeg van 200 naar 250, een stijging van 20%.", .inconsistent),
            (
                "Het aantal daalde van 12,9 duizend in 2020 naar 10,6 duizend in 2023. Dat is een afname van 21,7 "
                    + "procent.",
                .inconsistent
            ),
            ("Het aantal nam toe met 6 procent: van 81,4 duizend in 2022 naar 76,5 duizend in 2023.", .inconsistent),
        ])
    func ownSentence(text: String, verdict: Verdict) throws {
        let found = try verified(text)
        #expect(found.filter { $0.kind == .change }.map(\.verdict) == [verdict], "\(found.map { reason($0) })")
    }

    static let changesInWords: [(String, Verdict)] = [
        ("Het aantal plaatsen is uitgebreid van 120 naar 150; dat is een uitbreiding van 25 procent.", .consistent),
        ("Het aantal plaatsen is uitgebreid van 120 naar 150; dat is een uitbreiding van 20 procent.", .inconsistent),
        ("Het budget ging van 80 naar 72 miljoen euro, een inkrimping van 10 procent.", .consistent),
        ("Het aantal inbraken daalde van 800 naar 600, een daling van een kwart.", .consistent),
        ("Het aantal inbraken daalde van 800 naar 680, een daling van een kwart.", .inconsistent),
        ("Het slagingspercentage steeg van 60 naar 66 procent. Een stijging van tien procent, zegt zij.", .consistent),
        ("Het slagingspercentage steeg van 60 naar 66 procent. Een stijging van zes procent, zegt zij.", .inconsistent),
        ("Vorig jaar waren er 250 aanmeldingen, dit jaar zijn het er 300. Een stijging van 20 procent.", .consistent),
        // A quotation that opens a sentence; a clause that opens with a difference restates the one before.
        ("Het steeg tot 420. 'Vorig jaar waren dat er nog 210. Dat is een verdubbeling,' zegt hij.", .consistent),
        ("Zaken: 8.420 (2023: 8.900), 480 minder dan een jaar eerder en een daling van 5,4%.", .consistent),
        // A later count of now after the sentence before; a fragment after ':' refers to the change.
        ("In 2019 waren het er 2.000. Nu zijn het er drieduizend. Kortom: anderhalf keer zoveel.", .consistent),
        ("In 2019 waren het er 2.000. Nu zijn het er vierduizend. Kortom: anderhalf keer zoveel.", .inconsistent),
    ]

    @Test(
        "Nouns of change as a class, a fraction as the size of a change, the change of the sentence before",
        arguments: changesInWords)
    func changeWords(text: String, verdict: Verdict) throws {
        let found = try verified(text)
        #expect(found.filter { $0.kind == .change }.map(\.verdict) == [verdict], "\(found.map { reason($0) })")
    }

    @Test(
        "Hedges widen a claim: 'ruim' above, 'bijna' below, 'circa' around, by a step of the last digit or 5%",
        arguments: [
            ("Het aantal steeg van 200 naar 250, ruim 24 procent meer.", Verdict.consistent),
            ("Het aantal steeg van 200 naar 250, bijna 26 procent meer.", .consistent),
            ("Het aantal steeg van 200 naar 250, circa 26 procent meer.", .consistent),
            ("Het aantal steeg van 200 naar 250, ruim 26 procent meer.", .inconsistent),
            ("Het aantal steeg van 200 naar 250, bijna 24 procent meer.", .inconsistent),
            ("Het aantal steeg van 200 naar 250, circa 13 procent meer.", .inconsistent),
        ])
    func hedges(text: String, verdict: Verdict) throws {
        #expect(try onlyClaim(text).verdict == verdict)
    }

    @Test("'van X … naar Y' starts at X only when no verb of change stands between them, or 'van' opens the clause")
    func fromBeforeVerb() throws {
        let before = "In 2022 werden 9.410 operaties uitgevoerd. "
        // 'van twee extra operatiekamers' is not the start of 'steeg … naar 10.323': no pair of 2 and 10.323.
        let opening = before + "Door de opening van twee extra operatiekamers steeg dat aantal in 2023 naar 10.323. "
        let found = try verified(opening + "Het operatievolume nam daarmee met bijna 10 procent toe.")
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { reason($0) })")
        // 'Van 200 in 2020 steeg het aantal naar 250 in 2021': 'van' opens the clause; 25% holds, 30% does not.
        let inverted = "Van 200 in 2020 steeg het aantal naar 250 in 2021, een toename van 25 procent."
        try expectVerdict(.consistent, of: "25 procent", in: inverted)
        let wrong = inverted.replacingOccurrences(of: "25 pro", with: "30 pro")
        try expectVerdict(.inconsistent, of: "30 procent", in: wrong)
    }

    @Test("The direction word must agree with the sign; a wrong one is diagnosed")
    func direction() throws {
        let wrong = try onlyClaim("Het aantal steeg van 250 naar 200, een stijging van 20%.")
        #expect(wrong.verdict == .inconsistent && wrong.claimedValue == 20)
        #expect(reason(wrong).hasSuffix("diagnose: verkeerd richtingwoord: het is een afname"))
        #expect(try onlyClaim("Aantal nieuwe cliënten: 412 (2022: 515), daling −20,0%.").verdict == .consistent)
    }

    @Test(
        "Factors: 'verdubbeld', 'gehalveerd' and 'x keer zo' within 5%; '1,5 keer' rounded to its decimals",
        arguments: [
            (
                "Het aantal aangiften is sinds 2018 verdubbeld: van 11,2 duizend naar 22,5 duizend in 2023.",
                Verdict.consistent
            ),
            ("Het aantal jongeren is sinds 2010 gehalveerd: van 2.210 naar 1.090 in 2023.", .consistent),
            ("Het aantal plaatsen is verdubbeld, van 195 naar 312.", .inconsistent),
            (
                "Mannen werden ruim vier keer zo vaak geregistreerd als vrouwen: 183,9 duizend tegen 44,9 duizend.",
                .consistent
            ),
            ("Met 1.240 verzoeken ligt het aantal drie keer zo hoog als in 2020 (620).", .inconsistent),
            ("Zij hadden gemiddeld 1,5 keer zoveel contacten (18,3 tegenover 12,2).", .consistent),
            ("Zij hadden gemiddeld 1,6 keer zoveel contacten (18,3 tegenover 12,2).", .inconsistent),
            ("Het aantal is meer dan verdubbeld, van 146 naar 301.", .consistent),
        ])
    func factors(text: String, verdict: Verdict) throws {
        #expect(try verified(text).filter { $0.kind == .change }.map(\.verdict) == [verdict])
    }

    @Test(
        "Fractions before a comparative or after 'met' are changes",
        arguments: [
            ("Jeugdigen met een maatregel: 96 (2022: 128), een kwart minder.", Verdict.consistent),
            ("Het aantal plaatsen is sinds 2019 met een derde toegenomen (van 540 naar 721).", .consistent),
            ("De doorlooptijd nam af van gemiddeld 64 dagen naar 51 dagen, ruim een vijfde korter.", .consistent),
            ("In 2023 waren er 1.120 aanvragen, tegen 896 in 2022. Dat is een derde meer.", .inconsistent),
        ])
    func fractionChanges(text: String, verdict: Verdict) throws {
        let found = try verified(text).filter { $0.kind == .change }
        #expect(found.map(\.verdict) == [verdict], "\(found.map { reason($0) })")
    }

    @Test("A count cannot fall by more than 100%, whatever the data")
    func impossibleDecrease() throws {
        let claim = try onlyClaim("Opvallend is de sterke daling van de instroom in Amsterdam met 268%.")
        #expect(claim.verdict == .inconsistent && claim.recomputed == nil)
        #expect(reason(claim) == "diagnose: een aantal kan niet met meer dan 100% dalen")
        #expect(try onlyClaim("Het migratiesaldo daalde met 150%.").verdict == .unverifiable)
    }

    @Test("Without the numbers and without a report a change is unverifiable, not wrong")
    func unverifiable() throws {
        let claim = try onlyClaim("Het aantal inbraken daalde vorig jaar met 9 procent.")
        #expect(claim.verdict == .unverifiable && claim.finding.computation == nil)
        // A clause of its own ('terwijl …') does not borrow the numbers of another.
        let found = try verified(
            "Het aantal steeg van 1.740 naar 2.090 (+20%), terwijl het aantal zittingen met 4 procent afnam.")
        #expect(found.map(\.verdict) == [.consistent, .unverifiable])
    }

    @Test(
        "With the report: a change from the data, and the issue's '13,4 procent toe' (mini: 3.240 → 3.700 is +14,2%)",
        arguments: [
            (
                "In 2023 steeg het aantal meldingen 'begin detentie' met 14,2% ten opzichte van 2022.",
                Verdict.consistent
            ),
            ("Het aantal meldingen 'begin detentie' nam in 2023 met 14,2 procent toe.", .consistent),
            ("Het aantal meldingen 'begin detentie' lag in 2023 14,2% hoger dan in 2022.", .consistent),
            ("Het aantal meldingen 'begin detentie' nam in 2023 toe met 14,1% ten opzichte van 2022.", .inconsistent),
            ("Het aantal meldingen 'begin detentie' steeg met ruim 14%.", .consistent),
            ("Het aantal meldingen 'begin detentie' steeg met circa 12%.", .inconsistent),
            ("Het aantal meldingen 'begin detentie' steeg met circa 13%.", .unverifiable),
        ])
    func fromData(text: String, verdict: Verdict) throws {
        let claim = try onlyClaim(text, with: Verifiers.mini)
        #expect(claim.kind == .change && claim.verdict == verdict, "\(reason(claim))")
        #expect(abs(try #require(claim.recomputedValue) - 46000.0 / 3240.0) < 1e-9)
    }

    @Test(
        "Decrease words sign the claim (tabel 1: gevangeniswezen 31.456 → 21.735 is −30,9%)",
        arguments: [
            "De instroom in het gevangeniswezen daalde in 2020 met 30,9% ten opzichte van 2019.",
            "In 2020 was er een afname van 30,9% van de instroom in het gevangeniswezen ten opzichte van 2019.",
            "De instroom in het gevangeniswezen lag in 2020 30,9% lager dan in 2019.",
            "De instroom in het gevangeniswezen is in 2020 met 30,9% afgenomen ten opzichte van 2019.",
        ])
    func decreases(text: String) throws {
        let claim = try onlyClaim(text, with: Verifiers.real)
        #expect(claim.claimedValue == -30.9 && claim.verdict == .consistent, "\(reason(claim))")
    }

    @Test("Diagnoses from the data: another pair of years; against the later year")
    func dataDiagnoses() throws {
        let years = try onlyClaim("De instroom in het gevangeniswezen daalde in 2021 met 30,9%.", with: Verifiers.real)
        #expect(
            years.verdict == .inconsistent
                && (reason(years)).hasSuffix("diagnose: dat is de verandering 2019–2020, een ander jarenpaar"))
        let later = try onlyClaim(
            "In Amsterdam daalde het aantal meldingen 'begin detentie' in 2023 met 20,5%.", with: Verifiers.mini)
        #expect(
            later.verdict == .inconsistent
                && (reason(later)).contains("berekend ten opzichte van het latere jaar (2023)"))
        #expect(later.sources == ["meldingen/GM0363/begin/2022 = 1500", "meldingen/GM0363/begin/2023 = 1886"])
    }

    @Test(
        "The change of a share in percent, with percentage points taken for percent diagnosed (mini: 86,0% → 83,3%)")
    func shareChange() throws {
        let points = try onlyClaim("Het aandeel ambulante verzoeken daalde in 2023 met 2,7%.", with: Verifiers.mini)
        #expect(points.verdict == .inconsistent && (reason(points)).contains("procentpunten voor procenten aangezien"))
        #expect(
            try onlyClaim("Het aandeel ambulante verzoeken daalde in 2023 met 3,1%.", with: Verifiers.mini).verdict
                == .consistent)
    }
}
