import Foundation
import Testing

@testable import AnnexKit

/// The twentieth round (C): a figure after 'geen' with its own whole is kept; a speaker's label and quotation marks
/// are no words of the sentence; a percentage compares the means of two groups whose values a bracket or the next
/// sentence gives; a count in the next sentence restating share × whole is itself a claim; an exact count restating
/// a fraction of the whole before. In words of their own, each both ways, and the near misses that stay as they were.
@Suite("verify: spoken text, group comparisons, restated counts")
struct VerifyGroupsAndLabelsTests {
    /// The tokens of a text.
    private func tokens(_ text: String) -> [Token] { Tokenizer.tokens(Array(text.unicodeScalars)) }

    // MARK: A figure after 'geen' or 'niet'

    @Test("A word of absence before a figure with its own whole says something is absent; before a bare figure not")
    func absenceBeforeWhole() {
        #expect(Lexicon.saysAbsence(tokens("In geen 3 van de 10 gevallen werd een boete opgelegd.")))
        #expect(Lexicon.saysAbsence(tokens("Bij geen 30 procent van de 357 cliënten werd een indicatie gesteld.")))
        #expect(!Lexicon.saysAbsence(tokens("Dat is geen 25 procent, dat is 15 procent.")))
        #expect(!Lexicon.saysAbsence(tokens("Het waren er niet meer dan 40.")))
    }

    @Test(
        "A figure with its own whole after 'geen' or 'niet' keeps its claim, unverifiable",
        arguments: [
            ("Bij geen 30 procent van de 357 cliënten werd een indicatie gesteld.", "30 procent"),
            ("In geen drie op de tien gevallen werd een boete opgelegd.", "drie op de tien"),
            // Not judged against the part that follows: 120 / 400 = 30 procent, not 40.
            ("Het ging niet om 40 procent van de 400 zaken, maar om 30 procent: 120 zaken.", "40 procent"),
        ])
    func figureWithWholeKept(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test("A denied figure without a whole of its own is still no claim; the corrected one is checked")
    func deniedWithoutWhole() throws {
        // 126 / 840 = 15%.
        let text = "Van de 840 aanvragen werden er 126 toegekend. Dat is geen 25 procent van de aanvragen, dat is 15 "
            + "procent."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "25 procent" }, "\(found.map(\.written))")
        try expectVerdict(.consistent, of: "15 procent", in: text)
    }

    // MARK: Speakers' labels and quotation marks

    @Test(
        "A speaker's label is no word of the sentence, quotation marks split no claim",
        arguments: [
            // 126 / 840 = 15%.
            ("Directeur Jansen: Van de 840 aanvragen werden er 126 toegekend. Dat is 15 procent.", "15 procent",
             Verdict.consistent),
            ("Directeur Jansen: Van de 840 aanvragen werden er 126 toegekend. Dat is 25 procent.", "25 procent",
             .inconsistent),
            ("De wethouder: \"Van de 840 aanvragen werden er 126 toegekend.\" Mevrouw Peters: \"Dat is 15 procent.\"",
             "15 procent", .consistent),
            ("Wethouder Smit (2024): “Van de 840 aanvragen werden er 126 toegekend. Dat is 25 procent.”", "25 procent",
             .inconsistent),
            ("V: Hoeveel aanvragen werden er toegekend?\nA: Van de 840 aanvragen werden er 126 toegekend. Dat is 15 "
                + "procent.", "15 procent", .consistent),
            // A count restated in a quotation: 0,42 × 357 = 149,94.
            ("De wethouder: \"42 procent van de 357 cliënten kreeg een indicatie. Dat zijn er 180.\"", "180",
             .inconsistent),
        ])
    func speakerLabels(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A speaker's label goes; a memo line's label, one before a number or a word in lower case, stays")
    func labelsThatStay() throws {
        let names = try Verifiers.real.get().names
        func kept(_ text: String) -> [String] {
            let all = tokens(text)
            return SpeakerLabel.spoken(all, Array(text.unicodeScalars), names: names).map(\.text)
        }
        #expect(kept("De wethouder: We zagen 1.200 aanvragen.").first == "we")
        #expect(kept("Directeur Jansen (VVD): \"Het waren er 140.\"") == ["het", "waren", "er", "140", "."])
        #expect(kept("Caseload per werker: 31 (norm: 28).").first == "caseload")
        #expect(kept("Instroom: stijging van 9 procent.").first == "instroom")
        #expect(kept("Per district: Noord 10, Midden 14 en Zuid 12 zaken.").first == "per")
        #expect(kept("Per district: \"Noord 10, Midden 14 en Zuid 12 zaken.\"").first == "per")
        #expect(kept("Het aantal aanvragen: Zo'n 1.200.").first == "het")
        #expect(kept("Rotterdam: In 2024 waren er 1.200 aanvragen.").first == "rotterdam")
    }

    // MARK: A percentage between the means of two groups

    @Test(
        "A percentage compares two groups' values, in a bracket, after a colon or in the next sentence",
        arguments: [
            // 23,5 / 20 = 1,175: 17,5% longer.
            ("Mannen kregen gemiddeld 17,5 procent langere straffen dan vrouwen (23,5 tegen 20 maanden).",
             "17,5 procent", Verdict.consistent),
            ("Mannen kregen gemiddeld 27,5 procent langere straffen dan vrouwen (23,5 tegen 20 maanden).",
             "27,5 procent", .inconsistent),
            // 20 / 23,5 = 0,851: 14,9% shorter.
            ("Vrouwen kregen gemiddeld 15 procent kortere straffen dan mannen (20 tegen 23,5 maanden).", "15 procent",
             .consistent),
            // 6 / 8 = 0,75: 25% shorter.
            ("Jongeren wachten 25 procent korter dan ouderen: 6 weken tegen 8.", "25 procent", .consistent),
            ("Jongeren wachten 35 procent korter dan ouderen: 6 weken tegen 8.", "35 procent", .inconsistent),
            ("Mannen kregen gemiddeld 23,5 maanden cel, vrouwen 20 maanden. Mannen kregen daarmee 17,5 procent "
                + "langere straffen dan vrouwen.", "17,5 procent", .consistent),
            ("Mannen kregen gemiddeld 23,5 maanden cel, vrouwen 20 maanden. Mannen kregen daarmee 27,5 procent "
                + "langere straffen dan vrouwen.", "27,5 procent", .inconsistent),
        ])
    func groupComparison(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A comparison without the groups' values, or an inflected comparative before no figure, stays unverifiable",
        arguments: [
            ("Mannen kregen gemiddeld 17,5 procent langere straffen dan vorig jaar.", "17,5 procent"),
            ("Mannen kregen gemiddeld 17,5 procent langere straffen dan vrouwen.", "17,5 procent"),
            ("Van de huishoudens met hogere inkomens had 30 procent een spaarrekening.", "30 procent"),
        ])
    func groupComparisonUnbound(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: A count in the next sentence restating share × whole

    @Test(
        "A count in the next sentence after a word that derives it restates share × whole of the sentence before",
        arguments: [
            // 0,42 × 357 = 149,94.
            ("42 procent van de 357 cliënten kreeg een indicatie. Dat zijn er 150.", "150", Verdict.consistent),
            ("42 procent van de 357 cliënten kreeg een indicatie. Dat zijn er 180.", "180", .inconsistent),
            ("42 procent van de 357 cliënten kreeg een indicatie. Dat komt neer op 150 cliënten.", "150",
             .consistent),
            ("42 procent van de 357 cliënten kreeg een indicatie. Het gaat dan om 150 mensen.", "150",
             .consistent),
            ("Van de 357 cliënten kreeg 42 procent een indicatie. Het gaat dan om 180 mensen.", "180",
             .inconsistent),
            ("42 procent van de 357 cliënten kreeg een indicatie. Ofwel 180 cliënten.", "180", .inconsistent),
        ])
    func restatedProductAhead(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A count stated as fact, of another time, an amount, more than the whole or after a hedged share is no product",
        arguments: [
            "42 procent van de 357 cliënten kreeg een indicatie. Het waren er 180.",
            "42 procent van de 357 cliënten kreeg een indicatie. Vorig jaar waren dat er 180.",
            "42 procent van de 357 cliënten kreeg een indicatie. Dat komt neer op 180 euro.",
            "42 procent van de 357 cliënten kreeg een indicatie. Dat zijn er 400.",
            "Ruim 42 procent van de 357 cliënten kreeg een indicatie. Dat zijn er 180.",
            "42 procent van de 357 cliënten kreeg een indicatie. Dat duurde 180 dagen.",
        ])
    func restatedProductAheadUnbound(text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .count }, "\(found.map { "\($0.kind) \($0.written) \($0.verdict)" })")
    }

    // MARK: An exact count restating a fraction of the whole before

    @Test(
        "An exact count beside a fraction of the whole the sentence before gives is its part",
        arguments: [
            // 830 / 2.400 = 34,6%: 'ruim een derde' holds; 630 / 2.400 = 26,3% does not.
            ("In 2024 waren er 2.400 meldingen. Ruim een derde daarvan, 830, kwam uit Rotterdam.", "Ruim een derde",
             Verdict.consistent),
            ("In 2024 waren er 2.400 meldingen. Ruim een derde daarvan, 630, kwam uit Rotterdam.", "Ruim een derde",
             .inconsistent),
            ("In 2024 waren er 2.400 meldingen. Ruim een derde daarvan kwam uit Rotterdam: 830.", "Ruim een derde",
             .consistent),
            ("In 2024 waren er 2.400 meldingen. Ruim een derde daarvan (830) kwam uit Rotterdam.", "Ruim een derde",
             .consistent),
            ("In 2024 waren er 2.400 meldingen. Daarvan kwam ruim een derde, 630 meldingen, uit Rotterdam.",
             "ruim een derde", .inconsistent),
        ])
    func exactCountOfFraction(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
