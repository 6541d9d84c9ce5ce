import Foundation
import Testing

@testable import AnnexKit

/// Numbers that are no quantity (the number of a group, an age bound), ranges of percentages, a mean over a list
/// and fractions in words: in sentences of their own, with the near misses that stay quantities.
@Suite("verify: numbers that are no quantity, ranges, lists and rates")
struct VerifyRangesListsAndRatesTests {
    /// The kind of the token written `written` in `text`.
    private func kind(of written: String, in text: String) throws -> Token.Kind {
        let tokens = Tokenizer.tokens(Array(text.unicodeScalars))
        return try #require(tokens.first { $0.text == written }, "no token '\(written)'").kind
    }

    @Test(
        "A number that numbers a group is a label",
        arguments: [
            ("Van de 620 leerlingen in klas 4 had 25 procent een onvoldoende.", "4"),
            ("Van de 400 studenten in leerjaar 3 haalde 38 procent een diploma.", "3"),
            ("Van de 900 deelnemers in cohort 2 stopte 20 procent voortijdig.", "2"),
            ("Van de 240 patiënten op kamer 3 herstelde 12 procent binnen een week.", "3"),
            ("Van de 1.850 leerlingen in groep 8 had 14 procent een taalachterstand.", "8"),
        ])
    func numberedGroup(text: String, written: String) throws {
        #expect(try kind(of: written, in: text) == .label)
    }

    @Test(
        "A numbered group is no part of the share",
        arguments: [
            "Van de 620 leerlingen in klas 4 had 25 procent een onvoldoende.",
            "Van de 400 studenten in leerjaar 3 haalde 38 procent een diploma.",
            "Van de 900 deelnemers in cohort 2 stopte 20 procent voortijdig.",
        ])
    func numberedGroupShare(text: String) throws {
        #expect(try onlyClaim(text).verdict == .unverifiable)
    }

    @Test("The share of a numbered group still takes its own count")
    func numberedGroupCount() throws {
        // 155 / 620 = 25,0%; 186 / 620 = 30,0%.
        try expectVerdict(
            .consistent, of: "25 procent",
            in: "Van de 620 leerlingen in klas 4 hadden er 155 een onvoldoende, 25 procent.")
        try expectVerdict(
            .inconsistent, of: "30 procent",
            in: "Van de 620 leerlingen in klas 4 hadden er 155 een onvoldoende, 30 procent.")
    }

    @Test(
        "Near miss: a count of groups or a group's size stays a quantity",
        arguments: [
            ("De 240 leerlingen zaten in 8 groepen.", "8"),
            ("De leerlingen zaten in een groep van 8.", "8"),
            ("De groep telde 8 leden.", "8"),
            ("In de klas zaten 28 leerlingen.", "28"),
        ])
    func groupCounts(text: String, written: String) throws {
        #expect(try kind(of: written, in: text) == .number)
    }

    @Test(
        "A range of percentages is one claim: consistent inside, inconsistent outside",
        arguments: [
            // 187 / 812 = 23,0 procent.
            ("Tussen 20 en 25 procent van de 812 ondervraagden had een eigen bedrijf: 187 mensen.",
             "tussen 20 en 25 procent", Verdict.consistent),
            ("Van de 812 ondervraagden had 20 à 25 procent een eigen bedrijf: 187 mensen.", "20 à 25 procent",
             .consistent),
            ("Van de 812 ondervraagden had 30 tot 35 procent een eigen bedrijf: 187 mensen.", "30 tot 35 procent",
             .inconsistent),
            // Each bound stands for what rounds to it: 23,0 lies in [22,5; 25,5), not in [23,5; 26,5).
            ("Van de 812 ondervraagden had 23 à 25 procent een eigen bedrijf: 187 mensen.", "23 à 25 procent",
             .consistent),
            ("Van de 812 ondervraagden had 24 à 26 procent een eigen bedrijf: 187 mensen.", "24 à 26 procent",
             .inconsistent),
        ])
    func ranges(text: String, written: String, expected: Verdict) throws {
        let found = try onlyClaim(text)
        #expect(found.written == written)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test("A range without its part is one unverifiable claim")
    func rangeAlone() throws {
        let found = try onlyClaim(
            "Tussen 20 en 25 procent van de 812 ondervraagden (n = 812) gaf aan een bedrijf te hebben.")
        #expect(found.verdict == .unverifiable)
    }

    @Test("Near miss: years and a change from one percentage to another are no range")
    func noRanges() throws {
        #expect(try kind(of: "2020", in: "Tussen 2020 en 2023 steeg het aandeel.") == .year)
        let tokens = Tokenizer.tokens(Array("Het aandeel is van 20 tot 25 procent gestegen.".unicodeScalars))
        let upper = try #require(tokens.first { $0.number?.unit == .percent })
        #expect(upper.number?.rangeLower == nil)
        #expect(try kind(of: "20", in: "Het aandeel is van 20 tot 25 procent gestegen.") == .number)
    }

    @Test(
        "A mean per unit over a list in its own sentence",
        arguments: [
            // (420 + 380 + 155) / 3 = 318,3.
            ("De school heeft drie locaties met 420, 380 en 155 leerlingen, gemiddeld 318 per locatie.", "318",
             Verdict.consistent),
            ("De school heeft drie locaties met 420, 380 en 155 leerlingen, gemiddeld 350 per locatie.", "350",
             .inconsistent),
        ])
    func listMean(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A rate per so many inhabitants takes a count of the people living there",
        arguments: [
            // 248 / 6.200 × 1.000 = 40,0.
            ("In de wijk woonden 6.200 mensen. Er werden 248 inbraken gemeld, oftewel 40 per 1.000 inwoners.", "40",
             Verdict.consistent),
            ("In de wijk woonden 6.200 mensen. Er werden 248 inbraken gemeld, oftewel 45 per 1.000 inwoners.", "45",
             .inconsistent),
            // 830 / 101.000 × 1.000 = 8,2.
            ("In Deventer, met 101.000 inwoners, werden 830 fietsen gestolen: 8 per 1.000 inwoners.", "8", .consistent),
        ])
    func ratesOfResidents(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Near miss: a count of other people is no population of inhabitants")
    func otherPeople() throws {
        try expectVerdict(
            .unverifiable, of: "45",
            in: "Op de scholen zaten 6.200 leerlingen. Er werden 248 inbraken gemeld, oftewel 45 per 1.000 inwoners.")
    }
}
