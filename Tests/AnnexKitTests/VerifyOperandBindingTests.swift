import Foundation
import Testing

@testable import AnnexKit

/// `OperandBinding`: a reading may contradict its claim only when every operand is strongly bound to it;
/// a weakly bound disagreement is `unverifiable`, a strongly bound one is caught.
@Suite("verify: operands bound to their claim")
struct VerifyOperandBindingTests {
    @Test("Strong when some evidence ties the operand and none speaks against it")
    func strength() {
        #expect(OperandBinding(.sameStretch).strength == .strong)
        #expect(OperandBinding(.reference).strength == .strong)
        #expect(OperandBinding(.carriedOver).strength == .strong)
        #expect(OperandBinding(.otherStretch).strength == .weak)
        #expect(OperandBinding(.sameStretch, .wholeAsPart).strength == .weak)
        #expect(OperandBinding([]).strength == .weak)
    }

    @Test(
        "A disagreement whose operands stand in another stretch of the sentence, untied, is unverifiable",
        arguments: [
            // A list, then after ';' a total that makes a statement of its own (its own auxiliary).
            ("Vorig jaar kregen 610 gezinnen een voucher, 240 een lening en 95 een gift; in totaal werden 1.200 "
                + "verzoeken behandeld.", ClaimKind.sum),
            // A change, then after 'maar' a percentage of something else.
            ("Het aantal leerplaatsen steeg van 400 in 2022 naar 460 in 2023, 15 procent meer, maar het doel van "
                + "600 werd daarmee voor 70 procent gehaald.", .change),
            // A start worked out from rounded amounts may be off by more than the claim's last digit.
            ("Het subsidiebudget groeide met 0,1 miljoen euro tot 2,4 miljoen euro, 5,2 procent meer.", .change),
            // A rate's base that names nothing it counts is a value like the rate, not its population.
            ("Het aantal woninginbraken per 10.000 woningen lag in Zwolle op 31, in Deventer op 27 en in Apeldoorn "
                + "op 22.", .ratio),
            // Two start and end values before, and no word that says which one the next sentence means.
            ("Bij de jongens liep het verzuim terug van 9,0% naar 7,5%, bij de meisjes van 8,0% naar 7,8%. Dat is "
                + "een daling van 1 procentpunt.", .points),
            // The country's mean after ';' is not the mean of the regions listed before it.
            ("Een schuldhulptraject kostte in Breda € 1.900, in Tilburg € 2.300 en in Venlo € 3.100; landelijk "
                + "ligt het gemiddelde op € 2.600.", .average),
            // The start and end value after ';' belong to the change that stretch states itself.
            ("In Eindhoven daalde het aantal fietsendiefstallen met 14 procent; in de hele regio ging het met 8 "
                + "procent omlaag, van 5.000 naar 4.600.", .change),
            // The claim's own phrase is about the country; its operands are the region's, in another phrase.
            ("In onze regio kwam 18 procent van de leerlingen te laat (90 van de 500), ruim boven het landelijke "
                + "cijfer van 12 procent.", .share),
            // The same, with the region's start and end value in the sentence before.
            ("Het aantal schuldhulpaanvragen in Zaanstad liep op van 800 naar 920. Dat is 15 procent meer; landelijk "
                + "daalde dat aantal met 4 procent.", .change),
            // The whole of another group's share ('van de 500 vrouwen') is no part of this group's share.
            ("In de enquête had 55 procent van de 500 meisjes een bijbaan en 47 procent van de 300 jongens.",
                .share),
            // A value of the list's kind before the values the mean is taken of: the list may begin there.
            ("Het buurtteam ontving 300 vragen in het eerste kwartaal, 340 in het tweede en 380 in het derde, "
                + "gemiddeld 345.", .average),
        ])
    func weak(text: String, kind: ClaimKind) throws {
        let found = try #require(try verified(text).first { $0.kind == kind && $0.verdict != .consistent })
        #expect(found.verdict == .unverifiable, "\(reason(found))")
        #expect(reason(found).contains("niet elk ervan hoort zeker bij"), "\(reason(found))")
    }

    @Test(
        "A disagreement whose operands are strongly bound is caught",
        arguments: [
            // Same stretch: the change restated after a comma.
            "Het aantal leerplaatsen groeide van 400 in 2022 naar 460 in 2023, een groei van 20 procent.",
            // Another stretch with a word of reference.
            "In 2023 meldden zich 1.250 mensen; dat is 20% meer dan de 1.100 van een jaar eerder.",
            // The whole of 'Van de …' is none of the parts a sum word adds up.
            "Van de 900 aanvragen werden 610 toegekend, 200 afgewezen en 90 ingetrokken, samen 950.",
            // A start worked out from exact counts.
            "Het aantal bedden werd uitgebreid met 120 tot 2.080, 8 procent meer.",
            // A rate's base that names its population.
            "De wijkagenten telden 1.200 meldingen op 400.000 inwoners, dat is 40 per 10.000 inwoners.",
            // Another stretch that makes no statement of its own.
            "Vorig jaar kregen 610 gezinnen een voucher, 240 een lening en 95 een gift; samen 1.000 gezinnen.",
            // One start and end value before: the next sentence can mean only that one.
            "Bij de jongens liep het verzuim terug van 9,0% naar 7,5%. Dat is een daling van 1 procentpunt.",
            // The country named in the claim's stretch and in its operands'.
            "In heel Nederland steeg het aantal jeugdreclasseringen van 3.000 naar 3.300, een stijging van 12%.",
            // A rate's base introduced by a whole's marker names what it counts before it.
            "Het aantal meldingen kwam uit op 4,5 per 1.000 inwoners (1.050 meldingen op een bevolking van 250.000).",
            // The country named in the sentence's opening phrase: the whole sentence is about it.
            "Landelijk steeg het aantal jeugdreclasseringen met 12%, van 3.000 naar 3.300.",
            // A list whose first value has its year right after it, before the joiner: the whole list.
            "Het buurtteam ontving 300 vragen in 2021, 340 in 2022 en 380 in 2023, gemiddeld 345.",
            // The same with more words between the first value and its year: still the whole list.
            "Het buurtteam ontving 300 vragen van bewoners in 2021, 340 in 2022 en 380 in 2023, gemiddeld 345.",
        ])
    func strong(text: String) throws {
        let found = try verified(text)
        #expect(found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written): \(reason($0))" })")
    }

    @Test("An agreement needs no strong binding: a weakly bound total that holds is consistent; a whole is no part")
    func agreement() throws {
        let total = try claim(
            "975", in: "Vorig jaar kregen 610 gezinnen een voucher, 240 een lening en 125 een gift; in totaal werden "
                + "975 gezinnen geholpen.")
        #expect(total.verdict == .consistent, "\(reason(total))")
        let whole = try claim(
            "900", in: "Van de 900 aanvragen werden 610 toegekend, 200 afgewezen en 90 ingetrokken, samen alle 900.")
        #expect(whole.verdict == .consistent, "\(reason(whole))")
        let rounded = try claim(
            "4,3 procent",
            in: "Het subsidiebudget groeide met 0,1 miljoen euro tot 2,4 miljoen euro, 4,3 procent meer.")
        #expect(rounded.verdict == .consistent, "\(reason(rounded))")
        // Of a rate's two counts in brackets, the one a whole's marker introduces is the base, though both count
        // what 'per N' names.
        let rate = try claim(
            "4,2", in: "Het aantal jongeren in de opvang kwam uit op 4,2 per 1.000 jongeren (1.050 jongeren op een "
                + "jeugdpopulatie van 250.000).")
        #expect(rate.verdict == .consistent, "\(reason(rate))")
        // A multiplier word after a whole applies to its part: 40 of 120 million, not 40 of 120.000.000.
        let part = try claim(
            "een derde", in: "Van de subsidie ging 40 van de 120 miljoen euro naar preventie, een derde.")
        #expect(part.verdict == .consistent, "\(reason(part))")
    }

    @Test("A percentage after 'tot' or 'naar' is the level reached, not the change of the counts before it")
    func endLevel() throws {
        let level = try claim(
            "14 procent", in: "In Zwolle nam het aantal cliënten toe van 800 naar 880. Het aandeel cliënten met een "
                + "indicatie steeg daarmee tot 14 procent.")
        #expect(level.kind == .share)
        #expect(level.verdict == .unverifiable, "\(reason(level))")
        let change = try claim(
            "14 procent", in: "In Zwolle nam het aantal cliënten toe van 800 naar 880. Het aantal steeg daarmee met "
                + "14 procent.")
        #expect(change.kind == .change)
        #expect(change.verdict == .inconsistent, "\(reason(change))")
    }

    @Test("A list's values stand inside the same parentheses: a group's size is no value of the groups' means")
    func listDepth() throws {
        let found = try verified(
            "Leerlingen (400) scoorden gemiddeld 30 punten, docenten (900) gemiddeld 50 punten.")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written): \(reason($0))" })")
    }

    @Test("Each operand of this sentence records where it stands against its claim")
    func evidence() throws {
        let analysis = SentenceAnalysis(
            try #require(
                TextDocument(
                    text: "Het aantal leerplaatsen steeg van 400 in 2022 naar 460 in 2023, 15 procent meer, maar het "
                        + "doel van 600 werd daarmee voor 70 procent gehaald."
                ).sentences.first), names: RegionNames(gazetteer: nil, synonyms: [:]))
        let parser = ClaimParser(analysis: analysis, discourse: Discourse(), withData: false)
        let claims = parser.claims()
        let change = try #require(claims.first { $0.kind == .change && $0.claimed.text.contains("70") })
        // The change of 15 procent stands in the operands' stretch: they are its operands.
        #expect(change.operands.map { $0.binding?.evidence } == [[.otherStretch, .anotherClaims],
                                                                  [.otherStretch, .anotherClaims]])
        #expect(!change.mayContradict)
        let restated = try #require(claims.first { $0.kind == .change && $0.claimed.text.contains("15") })
        #expect(restated.operands.map { $0.binding?.evidence } == [[.sameStretch], [.sameStretch]])
        #expect(restated.mayContradict)
    }
}
