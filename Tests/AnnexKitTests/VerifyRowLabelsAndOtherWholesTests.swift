import Testing

@testable import AnnexKit

/// The thirty-second round (C): a row of a pasted table whose label holds numbers ('vo (12–18 jaar)', '65+'), and a
/// share that names a whole other than the one another share of its sentence counts. In words of their own, both
/// ways, with near misses.
@Suite("verify: rows whose labels hold numbers; a share of another whole")
struct VerifyRowLabelsAndOtherWholesTests {
    /// Pupils per school type under `title`, the rows written with `gap` between label and value, the middle row's
    /// label `middle`, and the total row `total` (640 + 215 + 37 = 892).
    static func pupils(title: String?, middle: String, total: String, gap: String = "        ") -> String {
        let rows = [("primair", "640"), (middle, "215"), ("speciaal", "37"), ("totaal", total)]
        return ((title.map { [$0] } ?? []) + rows.map { $0.0 + gap + $0.1 }).joined(separator: "\n")
    }

    /// Members per age band under a title of a unit, the rows split by `gap` (130 + 610 + 88 = 828).
    static func members(total: String, gap: String) -> String {
        let rows = [("tot 18 jaar", "130"), ("18-64 jaar", "610"), ("65+", "88"), ("Totaal", total)]
        return (["Leden per leeftijd (aantal)"] + rows.map { $0.0 + gap + $0.1 }).joined(separator: "\n")
    }

    @Test(
        "A row whose label holds numbers is a value line, split by spaces or by a colon",
        arguments: [
            ("Bezoekers (aantal)\nprimair  640\nvo (12–18 jaar)  215", ["Bezoekers (aantal)", "primair: 640",
              "vo (12–18 jaar): 215"]),
            ("Bezoekers (aantal)\njeugd  640\n65+  215", ["Bezoekers (aantal)", "jeugd: 640", "65+: 215"]),
        ])
    func labelWithNumbers(text: String, expected: [String]) throws {
        #expect(TextDocument(text: text).sentences.map(\.text) == expected)
    }

    @Test(
        "Under a table's title of a unit, a total row sums every row, whatever numbers a label holds",
        arguments: [
            // 640 + 215 + 37 = 892; 992 is 100 over.
            (pupils(title: "Leerlingen per schoolsoort (aantal)", middle: "vo (12–18 jaar)", total: "892"), "892",
             Verdict.consistent),
            (pupils(title: "Leerlingen per schoolsoort (aantal)", middle: "vo (12–18 jaar)", total: "992"), "992",
             .inconsistent),
            (pupils(title: "Leerlingen per schoolsoort (aantal)", middle: "vo (12–18 jaar)", total: "992", gap: ": "),
             "992", .inconsistent),
            (pupils(title: "Leerlingen per schoolsoort (aantal)", middle: "vo", total: "992"), "992", .inconsistent),
            // A bracket whose only numbers are a range ('vo (12–18 jaar; met mbo)') is a remark on its label (round A).
            (pupils(title: "Leerlingen per schoolsoort (aantal)", middle: "vo (12–18 jaar; met mbo)", total: "892"),
             "892", .consistent),
            (pupils(title: "Leerlingen per schoolsoort (aantal)", middle: "vo (12–18 jaar; met mbo)", total: "992"),
             "992", .inconsistent),
            // 130 + 610 + 88 = 828: '65+' is a label, not 65 added to 88.
            (members(total: "828", gap: "   "), "828", .consistent),
            (members(total: "928", gap: "   "), "928", .inconsistent),
            (members(total: "828", gap: ": "), "828", .consistent),
            (members(total: "928", gap: ": "), "928", .inconsistent),
        ])
    func totalOfRows(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "An item's label with a number in brackets ('(n = 40)') is no part of the items' sum; a mean's bracket is",
        arguments: [
            // 215 + 640 + 95 = 950: the 40 is the label's, not a part (it was added: 990).
            ("Bezoeken per soort (aantal)\n- Spreekuur: 215\n- Wachttijd (n = 40): 640\n- Overig: 95\n- Totaal: 950",
             "950", Verdict.consistent),
            ("Bezoeken per soort (aantal)\n- Spreekuur: 215\n- Wachttijd (n = 40): 640\n- Overig: 95\n- Totaal: 1.050",
             "1.050", .inconsistent),
            // 600 / 20 = 30: the bracket after the mean holds its operands.
            ("Gemiddeld 30 leerlingen per klas (600 leerlingen, 20 klassen): dat is boven de norm.", "30", .consistent),
            ("Gemiddeld 25 leerlingen per klas (600 leerlingen, 20 klassen): dat is boven de norm.", "25",
             .inconsistent),
        ])
    func bracketOfItemLabel(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: rows under a line that is no table's title, or with none, give no sum to judge",
        arguments: [
            pupils(title: "Leerlingen per 1 oktober", middle: "vo (12–18 jaar)", total: "992"),
            pupils(title: "Leerlingen per 1 oktober", middle: "vo (12–18 jaar)", total: "892"),
            pupils(title: nil, middle: "vo (12–18 jaar)", total: "992"),
            pupils(title: nil, middle: "vo", total: "992"),
            pupils(title: "Leerlingen per 1 oktober", middle: "vo (12–18 jaar)", total: "992", gap: ": "),
        ])
    func noTitleNoSum(text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    @Test(
        "A row the reading cannot read leaves the rows under it no whole list: a total is never judged wrong on them",
        arguments: [
            // The middle row's label holds numbers apart from a bracket ('12 18'): the rows are cut into cells, and
            // 215 + 37 = 252 is only some of the rows (640 + 215 + 37 = 892 is the total).
            (pupils(title: "Leerlingen per 1 oktober", middle: "vo 12 18 jaar", total: "892"), "892"),
            (pupils(title: nil, middle: "vo 12 18 jaar", total: "992"), "992"),
        ])
    func unreadRowLeavesTotalUnjudged(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }

    @Test(
        "A share 'van de <noun>' of a whole no count gives takes no operands of another share's pair",
        arguments: [
            // 2.400 / 16.000 = 15%: the fifteen percent holds; a quarter or 40 percent of the hours is of a whole
            // the sentence gives no count of.
            ("De 2.400 vrijwilligers jonger dan 25 jaar (15 procent van alle 16.000 vrijwilligers) leveren een kwart "
                + "van de uren.", "een kwart"),
            ("De 2.400 vrijwilligers jonger dan 25 jaar (15 procent van alle 16.000 vrijwilligers) leveren 40 procent "
                + "van de uren.", "40 procent"),
            ("Het fonds telt 48.000 deelnemers, van wie 9.600 gepensioneerden (20 procent van alle 48.000 "
                + "deelnemers); zij ontvangen ruim een derde van de uitkeringen.", "ruim een derde"),
        ])
    func otherWholeUnverifiable(text: String, written: String) throws {
        try expectClaim(written, in: text, kind: .share, verdict: .unverifiable)
    }

    @Test(
        "The other share keeps its pair, and a share of the counted whole keeps its verdict both ways",
        arguments: [
            // 2.400 / 16.000 = 15%.
            ("De 2.400 vrijwilligers jonger dan 25 jaar (15 procent van alle 16.000 vrijwilligers) leveren een kwart "
                + "van de uren.", "15 procent", Verdict.consistent),
            ("De 2.400 vrijwilligers jonger dan 25 jaar (25 procent van alle 16.000 vrijwilligers) leveren een kwart "
                + "van de uren.", "25 procent", .inconsistent),
            // A quarter of the volunteers is of the counted whole: 15% is no quarter.
            ("De 2.400 vrijwilligers jonger dan 25 jaar (15 procent van alle 16.000 vrijwilligers) vormen een kwart "
                + "van de vrijwilligers.", "een kwart", .inconsistent),
            ("Van de 16.000 vrijwilligers zijn er 2.400 jonger dan 25 jaar; dat is 15 procent van de vrijwilligers.",
             "15 procent", .consistent),
            ("Van de 16.000 vrijwilligers zijn er 2.400 jonger dan 25 jaar; dat is 25 procent van de vrijwilligers.",
             "25 procent", .inconsistent),
        ])
    func countedWholeKept(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The corpus measure matches a claim whose quote differs only by colons and list marks")
    func measureMatchesListItem() throws {
        // 800.000 + 300.000 + 150.000 = 1.250.000: the total of 1.350.000 is wrong, and verify quotes its line as
        // '• Totaal: € 1.350.000'.
        let text = "Kosten van het project:\n• Personeel € 800.000\n• Huisvesting € 300.000\n• Materiaal € 150.000\n"
            + "• Totaal € 1.350.000"
        let found = try verified(text)
        let expected = VerifyCorpusMeasure.Expected(
            quote: "Totaal € 1.350.000", kind: "sum", verdict: .inconsistent, planted: true, claimed: "1350000")
        let match = try #require(VerifyCorpusMeasure.match(expected, in: found))
        #expect(match.verdict == .inconsistent)
        // Another number in the same line is no match.
        let other = VerifyCorpusMeasure.Expected(
            quote: "Totaal € 1.350.000", kind: "sum", verdict: .inconsistent, planted: true, claimed: "1250000")
        #expect(VerifyCorpusMeasure.match(other, in: found) == nil)
    }
}
