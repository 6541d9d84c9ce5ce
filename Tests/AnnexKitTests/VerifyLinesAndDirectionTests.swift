import Foundation
import Testing

@testable import AnnexKit

/// Lines of years or labels under a title in words, and the prose under them: a change, a difference, a mean per
/// period, a total line that is itself the claim; and a word of direction against the one start and end value of
/// its sentence. In words of my own, both ways, with near misses.
@Suite("verify: lines under a title, direction words")
struct VerifyLinesAndDirectionTests {
    /// Two year lines under a title in words only, with `prose` under them.
    static func twoYears(
        _ prose: String, title: String = "Handhavingsverzoeken", values: (String, String) = ("146", "188")
    ) -> String {
        title + "\n2022: \(values.0)\n2023: \(values.1)\n" + prose
    }

    /// Three year lines under a title in words only (300, 320, 360), with `prose` under them.
    static func threeYears(_ prose: String) -> String {
        "Meldingen\n2021: 300\n2022: 320\n2023: 360\n" + prose
    }

    /// Income in millions under a title whose brackets state the scale (58,4 + 3,1 + 0,9 = 62,4), with `last` under.
    static func income(_ last: String) -> String {
        "Baten (bedragen in miljoenen euro)\nGemeenten: 58,4\nRijk: 3,1\nOverig: 0,9\n" + last
    }

    /// WW inflow per quarter (1.840 + 1.620 + 1.710 + 1.930 = 7.100; mean 1.775), with `prose` under it.
    static func quarters(_ prose: String) -> String {
        "WW-instroom per kwartaal\nQ1: 1.840\nQ2: 1.620\nQ3: 1.710\nQ4: 1.930\n" + prose
    }

    @Test(
        "A title in words only ends its line over a value line; a longer or lower-case line joins it",
        arguments: [
            ("Handhavingsverzoeken\n2022: 146\n2023: 188", 3),
            ("WW-instroom per kwartaal\nQ1: 1.840\nQ2: 1.620", 3),
            // Near misses: prose of more than four words, a line that goes on in lower case, a line with a mark.
            ("Het aantal meldingen per jaar was\n2022: 146\n2023: 188", 2),
            ("Het aantal steeg\nvan 2022: 146\n2023: 188", 2),
            ("Zie de cijfers, per jaar\n2022: 146\n2023: 188", 2),
        ])
    func plainTitle(text: String, count: Int) throws {
        let sentences = TextDocument(text: text).sentences
        #expect(sentences.count == count, "\(sentences.map(\.text))")
    }

    @Test(
        "A change or difference under two year lines with a title in words: from the first to the second",
        arguments: [
            // (188 − 146) / 146 = 28,8%; 188 − 146 = 42.
            (twoYears("Het aantal handhavingsverzoeken steeg met 42 procent."), "42 procent", Verdict.inconsistent),
            (twoYears("Het aantal handhavingsverzoeken steeg met 28,8 procent."), "28,8 procent", .consistent),
            (twoYears("Het aantal verzoeken steeg met 42."), "42", .consistent),
            (twoYears("Het aantal verzoeken steeg met 52."), "52", .inconsistent),
            // (1.018 − 1.140) / 1.140 = −10,7%.
            (twoYears("Het aantal nam af met 12,0 procent.", title: "Vergunningen", values: ("1.140", "1.018")),
             "12,0 procent", .inconsistent),
            (twoYears("Het aantal nam af met 10,7 procent.", title: "Vergunningen", values: ("1.140", "1.018")),
             "10,7 procent", .consistent),
            // 'sinds 2022' names the first line as the start.
            (twoYears("Het aantal verzoeken steeg sinds 2022 met 42 procent."), "42 procent", .inconsistent),
        ])
    func changeUnderYearLines(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Three year lines: a change from the year before when the text says so, since a year, else whole or open",
        arguments: [
            // 320 → 360 = +12,5%; 300 → 360 = +20%.
            (threeYears("Het aantal steeg met 12,5 procent ten opzichte van vorig jaar."), "12,5 procent",
             Verdict.consistent),
            (threeYears("Het aantal steeg met 20 procent ten opzichte van vorig jaar."), "20 procent", .inconsistent),
            (threeYears("Het aantal steeg sinds 2021 met 20 procent."), "20 procent", .consistent),
            (threeYears("Het aantal steeg sinds 2021 met 12,5 procent."), "12,5 procent", .inconsistent),
        ])
    func changeUnderThreeYears(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: a change with no span under three year lines, or a year not on the lines: open",
        arguments: [
            (threeYears("Het aantal steeg met 12,5 procent."), "12,5 procent"),
            (threeYears("Het aantal steeg in vijf jaar met 20 procent."), "20 procent"),
            (twoYears("Het aantal verzoeken steeg sinds 2019 met 42 procent."), "42 procent"),
        ])
    func openUnderYearLines(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A mean per period of the lines' series: 7.100 / 4 = 1.775",
        arguments: [
            ("Gemiddeld stroomden per kwartaal 1.775 mensen de WW in.", "1.775", Verdict.consistent),
            ("Gemiddeld stroomden per kwartaal 1.875 mensen de WW in.", "1.875", .inconsistent),
        ])
    func meanPerPeriod(prose: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: Self.quarters(prose))
    }

    @Test("Near miss: a mean per another period than the lines' is not their mean")
    func meanPerOtherPeriod() throws {
        let found = try verified(Self.quarters("Gemiddeld stroomden per maand 592 mensen de WW in."))
        #expect(found.allSatisfy { $0.verdict != .inconsistent && $0.verdict != .consistent }, "\(found.map(reason))")
    }

    @Test(
        "A total line under the lines of a memo whose title names what it totals, in the title's bracketed scale",
        arguments: [
            (income("Totale baten: 61,9 miljoen euro."), "61,9 miljoen", Verdict.inconsistent),
            (income("Totale baten: 62,4 miljoen euro."), "62,4 miljoen", .consistent),
            (income("Totaal: 61,9"), "61,9", .inconsistent),
            (income("Totaal: 62,4"), "62,4", .consistent),
        ])
    func totalLineClaim(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A scale in a title's brackets after one word and 'in'; near misses: more words, no multiplier",
        arguments: [
            ("Baten (bedragen in miljoenen euro)", 1_000_000 as Int?),
            ("Uitgaven (cijfers in duizenden)", 1_000),
            ("Baten (bedragen en ramingen in miljoenen euro)", nil),
            ("Baten (bedragen in euro)", nil),
        ])
    func bracketedScale(title: String, factor: Int?) throws {
        #expect(TitleScale(Tokenizer.tokens(Array(title.unicodeScalars)))?.factor == factor)
    }

    @Test("Near miss: a total line of another noun than the title's is no total of its lines")
    func totalOfOtherNoun() throws {
        let found = try verified(Self.income("Totale lasten: 61,9 miljoen euro."))
        #expect(found.allSatisfy { $0.kind != .sum }, "\(found.map(reason))")
    }

    @Test(
        "A direction word against the one start and end value of its sentence",
        arguments: [
            ("Het aantal geweldsincidenten daalde van 58 in 2022 naar 71 in 2023.", "daalde", Verdict.inconsistent),
            ("Het aantal overtredingen daalde van 410 naar 455.", "daalde", .inconsistent),
            ("Het aantal overtredingen is van 410 naar 455 gedaald.", "gedaald", .inconsistent),
            ("Het aandeel jongeren steeg van 18 procent naar 15 procent.", "steeg", .inconsistent),
            ("Het aantal overtredingen steeg van 410 naar 455.", "steeg", .consistent),
            ("Het aantal overtredingen nam af van 455 naar 410.", "af", .consistent),
        ])
    func directionOfPair(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: places in a ranking, signed values, better or worse, two nouns, two pairs: no direction claim",
        arguments: [
            "De gemeente zakte van de 3e naar de 7e plaats.", "De gemeente steeg van plaats 12 naar plaats 4.",
            "Het tekort daalde van -5 naar -3 miljoen euro.", "De doorlooptijd verbeterde van 12 naar 9 dagen.",
            "Het aantal daalde van 410 meldingen naar 380 zaken.",
            "Het aantal daalde van 410 naar 380 en van 300 naar 320.",
        ])
    func noDirectionClaim(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }

    @Test("Near miss: a pair whose size the next sentence gives has its direction checked by that claim only")
    func sizeInNextSentence() throws {
        let found = try verified("Het aantal daalde van 455 naar 410. Dat zijn er 45 minder.")
        #expect(found.map(\.written) == ["45"], "\(found.map(reason))")
    }
}
