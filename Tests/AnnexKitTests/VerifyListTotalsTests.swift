import Testing

@testable import AnnexKit

/// A labelled total line of a list whose items are now read as its parts: a title over the items that qualifies
/// them in brackets with a number ('(x € 1.000):', '(budget € 2.000):'), a label joined by '/', '&' or '+', a
/// total as the list's last item, a total over items that each split off a part ('- waarvan …'), a total of a
/// year under a list of its quarters. Sentences in my own words and numbers.
@Suite("verify: labelled total lines of lists")
struct VerifyListTotalsTests {
    /// 640 + 480 + 315 = 1.435; 1.535 is wrong. The title's amount in brackets leaves the list a run of lines.
    @Test("A total as the last item, under a title with an amount in brackets",
        arguments: [("1.435", Verdict.consistent), ("1.535", .inconsistent)])
    func totalAsLastItem(total: String, verdict: Verdict) throws {
        let text = "Begroting schoolreis (budget € 2.000 voor de klas):\n- bus: € 640\n- entree: € 480\n"
            + "- lunch: € 315\n- totaal kosten: € \(total)\nEr blijft geld over voor een ijsje.\n"
        try expectClaim("€ \(total)", in: text, kind: .sum, verdict: verdict, value: 1435)
    }

    /// 214 + 96 + 57 = 367 (thousands); 376 is wrong. Labels joined by '+' and '/' are labels.
    @Test("A total line under items with joined labels and a scale in the title",
        arguments: [("367", Verdict.consistent), ("376", .inconsistent)])
    func joinedLabels(total: String, verdict: Verdict) throws {
        let text = "Leden per soort (x 1.000):\n- alleen zaal: 214\n- zaal + buiten: 96\n- buiten/strand: 57\n"
            + "Totaal: \(total)\n"
        try expectClaim(total, in: text, kind: .sum, verdict: verdict, value: 367_000)
    }

    /// 610 + 840 = 1.450; lines that split off parts may name only some of them: 1.540 stays unverifiable.
    @Test("A total over items that each split off a part")
    func totalOverWaarvan() throws {
        let items = "- waarvan vrouw: 610\n- waarvan man: 840\n"
        try expectClaim("1.450", in: "Leden op 1 januari:\n- totaal: 1.450\n" + items, kind: .sum,
            verdict: .consistent, value: 1450)
        try expectUnverifiable("1.540", in: "Leden op 1 januari:\n- totaal: 1.540\n" + items)
    }

    /// 52 + 47 + 61 + 39 = 199; 'Totaal 2024' takes the four quarters of the list above it.
    @Test("A total of a year under a list of its quarters",
        arguments: [("199", Verdict.consistent), ("209", .inconsistent)])
    func yearOverQuarters(total: String, verdict: Verdict) throws {
        let text = "Inspecties per kwartaal 2024:\n- Q1: 52\n- Q2: 47\n- Q3: 61\n- Q4: 39\nTotaal 2024: \(total).\n"
        try expectClaim(total, in: text, kind: .sum, verdict: verdict, value: 199)
    }

    /// Parts of one decimal under a scale add up as written (the corpora's convention): 12,4 + 8,7 + 20,2 = 41,3.
    @Test("A total of parts with decimals under a scale")
    func decimalParts() throws {
        let text = "Omzet per regio (x € 1 mln):\n- Noord: 12,4\n- Oost: 8,7\n- West: 20,2\n- totaal: 41,3\n"
        try expectClaim("41,3", in: text, kind: .sum, verdict: .consistent, value: 41_300_000)
    }

    /// A subtotal among the items, an item of another unit, a blank item ('-'):
    /// no sum is resolved (none consistent or inconsistent).
    @Test("Near cases give no resolved sum", arguments: [
        "Kosten per team (x € 1.000):\n- Noord: 1.240\n- Zuid: 985\n- subtotaal: 2.225\n- Oost: 400\n- totaal: 2.625\n",
        "Kosten per team (x € 1.000):\n- Noord: 1.240\n- Zuid: 35%\n- totaal: 1.275\n",
        "Kosten per team (x € 1.000):\n- Noord: 1.240\n- Oost: -\n- Zuid: 985\n- totaal: 2.225\n",
    ])
    func nearCases(text: String) throws {
        let found = try verified(text).filter { $0.kind == .sum }
        #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map(reason))")
    }
}
