import Testing

@testable import AnnexKit

/// verify217: fractions and rates in words whose values stand in the text but were not related — a fraction alone in
/// an apposition after a difference (the change relative to its start), an open bound of a level after 'van' that
/// names the group a share counts (no second count), a rate's population counted past an inflected adjective, and
/// the size in brackets of a whole that a fraction names ('een derde van het totaal van de keten (…)').
@Suite("Verify: a fraction alone in an apposition after a difference is that change relative to its start")
struct VerifyFractionRestatingDifferenceTests {
    @Test(
        "'Dat zijn er N meer, een kwart' is N over the earlier value",
        arguments: [
            // 800 → 1.000: +200, and 200 / 800 = +25,0%: a quarter.
            ("Het aantal abonnees steeg van 800 naar 1.000. Dat zijn er 200 meer, een kwart.", "een kwart",
                Verdict.consistent),
            // +25,0% is no 'ruim een derde' (33,3% up to 35,0%).
            ("Het aantal abonnees steeg van 800 naar 1.000. Dat zijn er 200 meer, ruim een derde.", "ruim een derde",
                .inconsistent),
            // 450 → 362: −88, and 88 / 450 = −19,6%: just under a fifth.
            ("Het aantal wachtenden daalde van 450 naar 362. Dat zijn er 88 minder, bijna een vijfde.",
                "bijna een vijfde", .consistent),
            // The same with 'ofwel' before the fraction.
            ("Het aantal wachtenden daalde van 450 naar 362. Dat zijn er 88 minder, ofwel bijna een vijfde.",
                "bijna een vijfde", .consistent),
        ])
    func restated(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    /// Near cases: 'een op de vier' is a share of a group, no change; a fraction with a whole of its own after it ('…
    /// van alle aanmeldingen', not stated) restates nothing; a clause before with two numbers gives no one difference.
    @Test(
        "A share of a group, a fraction of a named whole, or two numbers before stay unverifiable",
        arguments: [
            ("Het aantal abonnees steeg van 800 naar 1.000. Dat zijn er 200 meer, een op de vier.", "een op de vier"),
            ("Het aantal abonnees steeg van 800 naar 1.000. Dat zijn er 200 meer, een kwart van alle aanmeldingen.",
                "een kwart"),
            ("Het aantal abonnees steeg van 800 naar 1.000. Dat zijn er 200 meer in 12 maanden, een kwart.",
                "een kwart"),
        ])
    func near(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}

@Suite("Verify: an open bound of a level after 'van' ('een score van 80 of hoger') names a group, no count")
struct VerifyLevelBoundGroupTests {
    @Test(
        "The share counts the members beyond the bound, of the whole before",
        arguments: [
            // 164 / 640 = 25,6%: a little over a quarter.
            ("Van de 640 kandidaten haalden er 164 een score van 80 of hoger, ruim een kwart.", "ruim een kwart",
                Verdict.consistent),
            // 25,6% is no 'bijna de helft' (47,5% up to 50%).
            ("Van de 640 kandidaten haalden er 164 een score van 80 of hoger, bijna de helft.", "bijna de helft",
                .inconsistent),
            // 93 / 372 = 25,0%.
            ("Van de 372 leerlingen hadden er 93 een leesniveau van 4 of lager, een kwart.", "een kwart", .consistent),
        ])
    func bounded(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// Near case: '80 of meer' may be a hedged amount ('een totaal van 80 of meer'), so it stays a second count and
    /// the part is not told.
    @Test("'van 80 of meer' stays a count: two candidate parts")
    func near() throws {
        try expectUnverifiable(
            "ruim een kwart", in: "Van de 640 kandidaten haalden er 164 een score van 80 of meer, ruim een kwart.")
    }
}

@Suite("Verify: a rate's population may be counted past an inflected adjective ('12.500 geboekte ritten')")
struct VerifyRatePopulationPastAdjectiveTests {
    @Test(
        "'1,2 per 1.000 ritten' after '12.500 geboekte ritten' and '15 klachten'",
        arguments: [
            // 15 / 12.500 × 1.000 = 1,2.
            ("Op 12.500 geboekte ritten telden we 15 klachten, 1,2 per 1.000 ritten.", "1,2", Verdict.consistent),
            // 1,2, not 1,5.
            ("Op 12.500 geboekte ritten telden we 15 klachten, 1,5 per 1.000 ritten.", "1,5", .inconsistent),
        ])
    func population(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected)
    }

    /// Near case: the rate is per another noun ('reizigers') than the count names.
    @Test("A rate per another noun stays unverifiable")
    func near() throws {
        try expectUnverifiable("1,2", in: "Op 12.500 geboekte ritten telden we 15 klachten, 1,2 per 1.000 reizigers.")
    }
}

@Suite("Verify: a whole in brackets after the 'van' phrase a share in words or percent names")
struct VerifyBracketedWholeOfFractionTests {
    @Test(
        "'een derde van het totaal van de loterij (12.300)' is of 12.300",
        arguments: [
            // 4.100 / 12.300 = 33,3%: a third.
            ("De kramen verkochten samen 4.100 loten, ongeveer een derde van het totaal van de loterij (12.300).",
                "ongeveer een derde", Verdict.consistent),
            // 33,3% is no half.
            ("De kramen verkochten samen 4.100 loten, ongeveer de helft van het totaal van de loterij (12.300).",
                "ongeveer de helft", .inconsistent),
            // One 'van' phrase after the fraction: 4.100 / 12.300 = 33,3%.
            ("De kramen verkochten 4.100 loten, een derde van alle loten (12.300).", "een derde", .consistent),
            // In percent, with the whole's noun taking a 'van' phrase: 33,3% rounds to 33.
            ("De kramen verkochten 4.100 loten, 33 procent van het totaal van de loterij (12.300).", "33 procent",
                .consistent),
        ])
    func bracketed(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// Near case: 'van vorig jaar' has no determiner: the bracket may give another year's total.
    @Test("A whole of another time stays unverifiable")
    func near() throws {
        try expectUnverifiable(
            "ongeveer een derde",
            in: "De kramen verkochten 4.100 loten, ongeveer een derde van het totaal van vorig jaar (12.300).")
    }
}
