import Foundation
import Testing

@testable import AnnexKit

/// `CountChecker`: figures against the report's data, and the sizes of lists.
@Suite("verify: counts")
struct VerifyCountTests {
    @Test("A figure against the data (mini: 3.240 notifications in 2022)")
    func figure() throws {
        #expect(
            try onlyClaim("In 2022 werden in totaal 3.240 meldingen 'begin detentie' gedaan.", with: Verifiers.mini)
                .verdict == .consistent)
        let wrong = try onlyClaim(
            "In 2022 werden in totaal 3.250 meldingen 'begin detentie' gedaan.", with: Verifiers.mini)
        #expect(wrong.kind == .count && wrong.verdict == .inconsistent && wrong.recomputedValue == 3240)
    }

    @Test(
        "A rounded count with its exact value beside it is checked against that value",
        arguments: [
            ("Ruim 4.000 leerlingen (4.120) kregen bijles.", Verdict.consistent),
            ("Bijna 4.000 leerlingen (4.120) kregen bijles.", .inconsistent),
        ])
    func exact(text: String, verdict: Verdict) throws {
        let claim = try onlyClaim(text)
        #expect(claim.kind == .count && claim.verdict == verdict)
        #expect(reason(claim).hasPrefix("uit de tekst: precies 4.120 = 4.120"), "\(reason(claim))")
    }

    @Test(
        "The issue's 'In 2022 ontving Rotterdam 1.800 meldingen': caught when the measure is named, a claim in any case"
    )
    func issueExample() throws {
        let named = try onlyClaim("In 2022 ontving Rotterdam 1.800 meldingen 'begin detentie'.", with: Verifiers.mini)
        #expect(named.verdict == .inconsistent && reason(named) == "uit de data: Rotterdam 2022 = 1.723")
        // 'meldingen' alone names the topic of the measure, not the measure: unverifiable, never wrong.
        let bare = try onlyClaim("In 2022 ontving Rotterdam 1.800 meldingen.", with: Verifiers.mini)
        #expect(bare.kind == .count && bare.verdict == .unverifiable)
    }

    @Test("What a count counts must be a word of the measure ('9.874 personen' is no number of placement requests)")
    func noun() throws {
        let found = try verified(
            "Voor 9.874 personen werd een plaatsingsverzoek voor forensische ambulante zorg gedaan.",
            with: Verifiers.real)
        #expect(!found.contains { $0.verdict == .inconsistent })
    }

    @Test(
        "The number a list of names has",
        arguments: [
            (
                "Vijf gemeenten (Almere, Lelystad, Dronten, Zeewolde en Urk) namen deel aan de pilot.",
                Verdict.consistent
            ),
            (
                "De zes deelnemende regio's – Twente, Achterhoek, Rivierenland, IJsselland en Noord-Veluwe – leverden "
                    + "casussen aan.",
                .inconsistent
            ),
        ])
    func lists(text: String, verdict: Verdict) throws {
        let claim = try onlyClaim(text)
        #expect(claim.kind == .count && claim.verdict == verdict)
    }

    @Test("A value that belongs to another region is named")
    func otherRegion() throws {
        let found = try verified(
            "In 2022 ontving Amsterdam de meeste meldingen 'begin detentie' (1.723), gevolgd door Rotterdam (1.500).",
            with: Verifiers.mini)
        #expect(found.map(\.verdict) == [.inconsistent, .inconsistent])
        #expect(reason(found[0]).hasSuffix("diagnose: dat is het cijfer van Rotterdam"))
    }
}

/// `RankChecker`: places in rankings.
@Suite("verify: rankings")
struct VerifyRankTests {
    @Test("The order of a list is checked")
    func order() throws {
        let right = try verified(
            "Rotterdam (1.723) en Amsterdam (1.500) ontvingen in 2022 de meeste meldingen 'begin detentie'.",
            with: Verifiers.mini)
        #expect(right.map(\.kind) == [.rank, .rank] && right.map(\.verdict) == [.consistent, .consistent])
        let wrong = try verified(
            "Amsterdam (1.500) en Rotterdam (1.723) ontvingen in 2022 de meeste meldingen 'begin detentie'.",
            with: Verifiers.mini)
        #expect(wrong.map(\.verdict) == [.inconsistent, .inconsistent])
        #expect(
            reason(wrong[0]).hasSuffix("diagnose: Amsterdam staat op plaats 2, niet 1; plaats 1 is Rotterdam (1.723)"))
    }

    @Test("A name matched through a synonym ('Den Haag' for 's-Gravenhage) spans its words; the order is checked")
    func synonym() throws {
        let found = try verified(
            "Den Haag (1.136), Rotterdam (1.723) en Amsterdam (1.500) ontvingen in 2022 de meeste meldingen "
                + "'begin detentie'.", with: Verifiers.real)
        #expect(found.map(\.verdict) == [.inconsistent, .inconsistent, .inconsistent])
        #expect(reason(found[0]).hasSuffix("'s-Gravenhage staat op plaats 3, niet 1; plaats 1 is Rotterdam (1.723)"))
    }

    @Test("Regions after 'na' push the list down ('Den Haag had na Rotterdam de meeste …' is second)")
    func after() throws {
        let claim = try onlyClaim(
            "In 2023 had de gemeente Den Haag na Rotterdam de meeste meldingen 'begin detentie' (1.376).",
            with: Verifiers.real)
        // Amsterdam 1.886 and Rotterdam 1.763 are above it: third.
        #expect(claim.kind == .rank && claim.verdict == .inconsistent)
        #expect(reason(claim).hasSuffix("'s-Gravenhage staat op plaats 3, niet 2; plaats 2 is Rotterdam (1.763)"))
    }
}

/// `DataBinder`: a measure only from the claim's own sentence, scope as data, and doubt instead of alarms.
@Suite("verify: tying claims to the data")
struct VerifyBindingTests {
    @Test("Words of earlier sentences do not name the measure; 'dit aantal' refers to the one before")
    func ownSentence() throws {
        let bare = try verified(
            "Het aantal meldingen 'begin detentie' is in 2023 gestegen. Het aantal steeg met 15,1%.",
            with: Verifiers.real)
        #expect(bare.map(\.verdict) == [.unverifiable])
        let found = try verified(
            "In 2022 werden in totaal 21.707 meldingen 'einde detentie' gedaan. Rotterdam ontving de meeste meldingen "
                + "(2.233), gevolgd door Amsterdam (2.077) en Den Haag (1.643). In 2023 nam dit aantal heel licht af "
                + "met "
                + "2,2% naar 21.236 meldingen.", with: Verifiers.real)
        #expect(found.suffix(2).map(\.verdict) == [.consistent, .inconsistent])
        #expect(reason(found[found.count - 1]) == "uit de data: Nederland 2023 = 21.465")
    }

    @Test(
        "A sentence that names only the topic ('uitstroom') is tied by its other figures: the one table that has them")
    func agreeingFigures() throws {
        let found = try verified(
            "In 2021 was de uitstroom in de gemeente Amsterdam het hoogst (8.965), gevolgd door Rotterdam (8.430) en "
                + "Arnhem (2.705).", with: Verifiers.real)
        #expect(found.map(\.verdict) == [.consistent, .consistent, .inconsistent])
        #expect(reason(found[2]).hasSuffix("dat is het cijfer van Maastricht"))
        let unknown = try verified(
            "In 2021 was de uitstroom in de gemeente Amsterdam het hoogst (8.000), gevolgd door Rotterdam (7.000).",
            with: Verifiers.real)
        #expect(unknown.allSatisfy { $0.verdict == .unverifiable })
    }

    @Test("Scope: a sentence naming another sector, or a paragraph naming another source, is not checked")
    func scope() throws {
        let sector = try verified(
            "Het aantal meldingen 'einde detentie' voor GW nam in 2023 toe met 19% naar 19.775 meldingen.",
            with: Verifiers.real)
        #expect(sector.allSatisfy { $0.verdict == .unverifiable })
        #expect(
            reason(sector[0]).hasPrefix("de zin noemt als sector gevangeniswezen; injus-meldingen-gemeente gaat over"))
        let context = try verified(
            "Bij Injus steeg het aantal meldingen. In fzo nam het aantal unieke personen waarvoor een "
                + "plaatsingsverzoek werd gedaan (2%) echter af in 2023 ten opzichte van 2022.", with: Verifiers.real)
        #expect(context.map(\.verdict) == [.unverifiable])
        #expect(
            reason(context[0]).hasPrefix(
                "de alinea noemt als bron injus en de zin zegt niet of 3ro-plaatsingsverzoeken bedoeld is"))
    }

    @Test("The country by default, but not when the paragraph names a region the claim may be about")
    func regionDoubt() throws {
        let claim = try verified(
            "In Amsterdam waren er veel meldingen. In 2023 steeg het aantal meldingen 'begin detentie' met 25,7%.",
            with: Verifiers.mini)
        #expect(
            claim.map(\.verdict) == [.unverifiable]
                && reason(claim[0]).hasPrefix("regio niet eenduidig: de alinea noemt Amsterdam"))
    }

    @Test(
        "A figure read from or corrected on this very passage cannot confirm it; in another text the lines mean nothing"
    )
    func circularity() throws {
        let corrected = Provenance(
            delivery: .reportSource(""), table: "", line: 1633,
            correction: Provenance.Correction(evidence: "…", lines: [337, 1633]))
        let figure = FigureRecord(
            table: "t", region: .netherlands, measure: "m", period: "2022", statistic: .count,
            comparedTo: "", amount: .count(1205), source: "", provenance: corrected)
        let source = SourceText(
            TextDocument(text: String(repeating: "\n", count: 336) + "Groningen (1.205)"), lines: [337, 1633])
        #expect(Circularity.doubt(figure, lines: 337...337, source: source) != nil)
        #expect(Circularity.doubt(figure, lines: 338...338, source: source) == nil)
        let other = SourceText(
            TextDocument(text: String(repeating: "\n", count: 336) + "Groningen (1.500)"), lines: [337, 1633])
        #expect(Circularity.doubt(figure, lines: 337...337, source: other) == nil)
    }

    @Test("'respectievelijk' pairs the n-th number with the n-th measure named")
    func respectively() throws {
        let found = try verified(
            "Bij het CBS zien we voor de maatwerkvoorzieningen 'ondersteuning thuis' en 'opvang en verblijf' een "
                + "afname "
                + "in de instroom van 27,4% respectievelijk 12,7% in 2022 ten opzichte van 2021.", with: Verifiers.real)
        // 16.130 → 14.080: −12,7%.
        #expect(found.map(\.verdict) == [.consistent, .consistent], "\(found.map { reason($0) })")
    }

    @Test("A 'respectievelijk' list that names no measure reads as the same counts without it")
    func respectivelyUnnamed() throws {
        func reasons(_ text: String) throws -> [String] { try verified(text, with: Verifiers.real).map { reason($0) } }
        // Nothing the report measures: no claim, as for any count of something else.
        #expect(try reasons("In 2023 kwamen respectievelijk 310 en 270 bezoekers naar de twee open dagen.").isEmpty)
        // A topic several measures share: the measures in doubt are named, not an empty list.
        let listed = try reasons("In 2022 waren er respectievelijk 1.310 en 1.270 meldingen in Utrecht en Zwolle.")
        #expect(listed == (try reasons("In 2022 waren er 1.310 meldingen in Utrecht en 1.270 in Zwolle.")))
        #expect(listed.count == 2 && listed.allSatisfy { !$0.hasSuffix(": ") }, "\(listed)")
    }
}
