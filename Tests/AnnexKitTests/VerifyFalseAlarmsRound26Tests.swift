import Testing

@testable import AnnexKit

/// The twenty-sixth round's false alarms on unseen text, found by the lead: a group's threshold taken as the earlier
/// value of 'tegen', and a total on a line of its own summed with the values of the lines under it; and a noun of
/// change as a clause's subject ('De uitval nam … toe') that took the direction from the verb. Two forms read now:
/// plurals in '-eren' ('per kind' of 'de 28 kinderen') and items of a list of amounts with no colon ('- veldhuur
/// € 14.500') under which a total line stands.
@Suite("Verify: a group's threshold is no value, a total line takes no parts from the lines under it")
struct VerifyFalseAlarmsRound26Tests {
    // MARK: A threshold after a counted noun

    @Test(
        "A number after a comparative and 'dan' right after a counted noun bounds the group: no value of 'tegen'",
        arguments: [
            // 51 → 38 = −25,5%: 'een kwart' holds; 'een derde' does not. 'zes' bounds the group.
            ("Nu zitten 38 collega's langer dan zes weken thuis, tegen 51 een jaar geleden. Dat is een kwart minder.",
                "een kwart", Verdict.consistent),
            ("Nu zitten 38 collega's langer dan zes weken thuis, tegen 51 een jaar geleden. Dat is een derde minder.",
                "een derde", .inconsistent),
            // 300 → 240 = −20%.
            ("Dit jaar wachtten 240 cliënten langer dan 14 dagen, tegen 300 vorig jaar: een daling van 20%.", "20%",
                .consistent),
            ("Dit jaar wachtten 240 cliënten langer dan 14 dagen, tegen 300 vorig jaar: een daling van 25%.", "25%",
                .inconsistent),
            // 96 → 120 = +25%; 'jonger dan 12' bounds the children.
            ("Er kregen 120 kinderen jonger dan 12 jaar een plek, tegen 96 een jaar eerder: 25% meer.", "25%",
                .consistent),
        ])
    func thresholdIsNoValue(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "'meer dan' hedges a value; a comparative with no counted noun before it is a level, never a false alarm",
        arguments: [
            // 800 → meer dan 1.000: over 25%.
            "Het aantal steeg van 800 naar meer dan 1.000, een stijging van ruim 25%.",
            // 6 → more than 8 weeks: more than +33,3%.
            "De wachttijd was vorig jaar 6 weken, nu is die langer dan 8 weken: een stijging van 50%.",
        ])
    func hedgesAndLevels(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    // MARK: A total on a line of its own

    @Test(
        "A total that ends its line takes no parts from the labelled lines under it",
        arguments: [
            "Totaal te betalen € 2.183,85\nBetaalde termijnen: 12 x € 168\nU betaalt bij: € 167,85",
            // 96.400 / 40 = 2.410: a mean, no part.
            "Totaal kosten € 96.400\nAantal deelnemers: 40\nKosten per deelnemer: € 2.410",
        ])
    func totalLineTakesNoPartsBelow(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test(
        "A total wrapped mid-sentence still takes the parts its colon introduces",
        arguments: [
            // 612 + 480 + 214 = 1.306.
            ("In 2024 kwamen er 1.306\naanvragen binnen: 612 via de post, 480 digitaal en 214 aan de balie.", "1.306",
                Verdict.consistent),
            ("In 2024 kwamen er 1.316\naanvragen binnen: 612 via de post, 480 digitaal en 214 aan de balie.", "1.316",
                .inconsistent),
        ])
    func wrappedTotal(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    // MARK: A noun of change as the subject

    @Test(
        "A noun of change that opens the clause names the quantity: the verb or particle gives the direction",
        arguments: [
            // 18,2% → 17,6% is −0,6 points: 'nam … toe' is wrong, 'nam … af' right.
            ("De uitval nam met 0,6 procentpunt toe, van 18,2% naar 17,6%.", "0,6 procentpunt", Verdict.inconsistent),
            ("De uitval nam met 0,6 procentpunt af, van 18,2% naar 17,6%.", "0,6 procentpunt", .consistent),
            // 200 → 188 is −6%.
            ("De besparing liep met 6 procent terug, van 200 naar 188 euro.", "6 procent", .consistent),
            ("De besparing liep met 6 procent op, van 200 naar 188 euro.", "6 procent", .inconsistent),
            // A noun of change not as the subject still gives the direction: 'een uitval van 12%' of 412 → 368 is
            // −10,7%.
            ("Het aantal deelnemers ging van 412 naar 368, een uitval van 10,7%.", "10,7%", .consistent),
        ])
    func subjectNoun(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    // MARK: Plurals in '-eren'

    @Test(
        "A mean per unit names the unit in the singular of a plural in '-eren'",
        arguments: [
            // 364 / 28 = 13.
            ("De 28 kinderen van de groep lazen samen 364 boeken, gemiddeld 13 boeken per kind.", "13",
                Verdict.consistent),
            ("De 28 kinderen van de groep lazen samen 364 boeken, gemiddeld 14 boeken per kind.", "14", .inconsistent),
            // 1.530 / 45 = 34.
            ("De 45 runderen op het bedrijf gaven samen 1.530 liter melk, gemiddeld 34 liter per rund.", "34",
                .consistent),
        ])
    func pluralInEren(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    // MARK: Items of amounts with no colon

    @Test(
        "Items '- post € amount' in a block are value lines: the total line under them is their sum",
        arguments: [
            // 14.500 + 9.800 + 7.250 + 3.400 = 34.950.
            ("Begroting 2025\n- veldhuur € 14.500\n- trainers € 9.800\n- bond € 7.250\n- materiaal € 3.400\n"
                + "Totaal: € 34.950", "€ 34.950", Verdict.consistent),
            ("Begroting 2025\n- veldhuur € 14.500\n- trainers € 9.800\n- bond € 7.250\n- materiaal € 3.400\n"
                + "Totaal: € 35.950", "€ 35.950", .inconsistent),
        ])
    func amountItems(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    @Test(
        "A lone item of an amount, items whose label holds a number, or a rebate below zero give no false alarm",
        arguments: [
            "- veldhuur € 14.500\nDe trainers kosten samen € 9.800.",
            // '3' counts fields, no money: no part beside '€ 14.500'.
            "- 12 trainers € 9.800\n- 3 velden € 14.500\nTotaal: € 30.000",
            // 669,60 + 102,00 − 124,95 = 646,65.
            "Uw jaarafrekening:\n- stroom € 669,60\n- vaste kosten € 102,00\n- korting -€ 124,95\nTotaal: € 646,65",
            // The rebate is left out of the items' counts: they may confirm the total, never contradict it.
            "Uw jaarafrekening:\n- stroom € 669,60\n- vaste kosten € 102,00\n- korting -€ 124,95\n"
                + "Totaal te betalen € 646,65\nBetaalde termijnen: 12 x € 50",
        ])
    func amountItemsNotRead(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}
