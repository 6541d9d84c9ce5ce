import Foundation
import Testing

@testable import AnnexKit

/// Spoken text: a figure a speaker denies is no claim, the figure corrected in its place is; a share whose part the
/// next sentence or turn states ('Het waren er 140') is checked against it; a hedged count restated exactly in the
/// next sentence is checked against the exact count. In words of their own, each both ways, and the forms that stay
/// `unverifiable`.
@Suite("verify: spoken text, answers and corrections after the claim")
struct VerifySpokenTurnsTests {
    @Test(
        "A denied figure is no claim; the corrected figure is checked",
        arguments: [
            // 126 / 840 = 15%.
            ("Van de 840 aanvragen werden er 126 toegekend. Dat is geen 25 procent, dat is 15 procent.", "25 procent",
             "15 procent", Verdict.consistent),
            ("Van de 840 aanvragen werden er 126 toegekend. Dat is geen 15 procent, dat is 25 procent.", "15 procent",
             "25 procent", .inconsistent),
            ("Van de 840 aanvragen werden er 126 toegekend. Dat is niet 25 procent, dat is 15 procent.",
             "25 procent", "15 procent", .consistent),
        ])
    func deniedFigure(text: String, denied: String, corrected: String, expected: Verdict) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.written == denied }, "\(found.map { "\($0.written) \($0.verdict)" })")
        try expectVerdict(expected, of: corrected, in: text)
    }

    @Test("'nog geen' stays a hedge, no denial")
    func hedgeIsNoDenial() throws {
        let found = try verified("Van de 840 aanvragen werden er 126 toegekend, nog geen 20 procent.")
        #expect(found.contains { $0.written == "nog geen 20 procent" && $0.verdict != .inconsistent })
    }

    @Test(
        "A share takes its part from the next sentence or turn that restates the quantity",
        arguments: [
            // 140 / 560 = 25%.
            ("Mevrouw Peters: Van de 560 bezoekers kwam 25 procent uit de regio. De burgemeester: Het waren er 140.",
             "25 procent", Verdict.consistent),
            ("Mevrouw Peters: Van de 560 bezoekers kwam 35 procent uit de regio. De burgemeester: Het waren er 140.",
             "35 procent", .inconsistent),
            ("Van de 560 bezoekers kwam 35 procent uit de regio.\nHet waren er 140.", "35 procent", .inconsistent),
            // A fraction in words: 300 / 1.200 = 25%.
            ("De heer Kok: een kwart van de 1.200 klachten werd binnen een week afgehandeld. De wethouder: "
                + "het waren er 300.", "een kwart", .consistent),
            ("De heer Kok: een kwart van de 1.200 klachten werd binnen een week afgehandeld. De wethouder: "
                + "het waren er 430.", "een kwart", .inconsistent),
        ])
    func partAhead(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A share stays unverifiable when the next sentence's count is not tied to it or not its part alone",
        arguments: [
            // Another time, a whole of its own, no tie, 'er' without a word that refers back, more than the whole,
            // another number in the claim's sentence, a place of its own.
            "Van de 560 bezoekers kwam 35 procent uit de regio. Vorig jaar waren het er 140.",
            "Van de 560 bezoekers kwam 35 procent uit de regio. Het waren er 140 van de 600.",
            "Van de 560 bezoekers kwam 35 procent uit de regio. Er reden 140 bussen.",
            "Van de 560 bezoekers kwam 35 procent uit de regio. Daarna kwamen er 140 met de bus.",
            "Van de 560 bezoekers kwam 35 procent uit de regio. Het waren er 700.",
            "Van de 560 bezoekers kwam 35 procent uit de regio en 10 procent uit het buitenland. Het waren er 140.",
            "Van de 560 bezoekers kwam 35 procent uit de regio. In Arnhem waren het er 140.",
            // A count after a word that derives it restates share × whole, as within a sentence: no part as fact.
            "Van de 560 bezoekers kwam 35 procent uit de regio. Dat zijn er 140.",
        ])
    func partAheadUnbound(text: String) throws {
        let share = try claim("35 procent", in: text)
        #expect(share.verdict == .unverifiable, "\(reason(share))")
    }

    @Test(
        "An answer's share is of the whole the question before asks a part of",
        arguments: [
            // 210 / 600 = 35%.
            ("V: Hoeveel van de 600 deelnemers ronden het traject af?\nA: 210, dus 35 procent.", Verdict.consistent),
            ("V: Hoeveel van de 600 deelnemers ronden het traject af?\nA: 210, dus 45 procent.", .inconsistent),
            // No part in the answer; a question that asks no part; a statement, no question.
            ("V: Hoeveel van de 600 deelnemers ronden het traject af?\nA: ongeveer 45 procent.", .unverifiable),
            ("V: Ronden de 600 deelnemers het traject af?\nA: 210, dus 45 procent.", .unverifiable),
            ("Hoeveel van de 600 deelnemers het traject afronden, is onbekend. Wel 210, dus 45 procent.",
             .unverifiable),
        ])
    func answerOfQuestion(text: String, expected: Verdict) throws {
        let share = try #require(try verified(text).first { $0.kind == .share })
        #expect(share.verdict == expected, "\(reason(share))")
    }

    @Test(
        "A mean takes the values the next sentence lists of its noun",
        arguments: [
            // (84 + 97 + 88 + 91) / 4 = 90.
            ("Mevrouw Kaya: We hebben gemiddeld zo'n 90 bedden per kliniek. Uit de bijlage: 84, 97, 88 en 91 bedden.",
             Verdict.consistent),
            ("Mevrouw Kaya: We hebben gemiddeld zo'n 70 bedden per kliniek. Uit de bijlage: 84, 97, 88 en 91 bedden.",
             .inconsistent),
            // Values of another noun, another number in the mean's sentence, another time.
            ("We hebben gemiddeld zo'n 70 bedden per kliniek. Uit de bijlage: 84, 97, 88 en 91 patiënten.",
             .unverifiable),
            ("We hebben gemiddeld zo'n 70 bedden en 12 artsen per kliniek. Uit de bijlage: 84, 97, 88 en 91 "
                + "bedden.", .unverifiable),
            ("We hebben gemiddeld zo'n 70 bedden per kliniek. Vorig jaar: 84, 97, 88 en 91 bedden.", .unverifiable),
        ])
    func meanAhead(text: String, expected: Verdict) throws {
        let mean = try #require(try verified(text).first { $0.kind == .average })
        #expect(mean.verdict == expected, "\(reason(mean))")
    }

    @Test(
        "A hedged count is checked against the exact count the next sentence restates",
        arguments: [
            ("De wijkagent: We hebben zo'n driehonderd gesprekken gevoerd. Precies waren het er 284.",
             "zo'n driehonderd", Verdict.consistent),
            ("De wijkagent: We hebben zo'n driehonderd gesprekken gevoerd. Precies waren het er 184.",
             "zo'n driehonderd", .inconsistent),
            ("Er kwamen ruim 1.200 meldingen binnen. Dat zijn er 1.236.", "ruim 1.200", .consistent),
            ("Er kwamen ruim 1.200 meldingen binnen. Dat zijn er 1.180.", "ruim 1.200", .inconsistent),
        ])
    func exactAhead(text: String, written: String, expected: Verdict) throws {
        let count = try claim(written, in: text)
        #expect(count.kind == .count)
        #expect(count.verdict == expected, "\(reason(count))")
    }

    @Test(
        "A hedged count of another time, place or noun in the next sentence gives no claim",
        arguments: [
            "We hebben zo'n driehonderd gesprekken gevoerd. Vorig jaar waren het er 184.",
            "We hebben zo'n driehonderd gesprekken gevoerd. In Arnhem waren het er 184.",
            "We hebben zo'n driehonderd gesprekken gevoerd. Er kwamen 184 klachten.",
            "We hebben zo'n driehonderd gesprekken gevoerd. Het waren er ongeveer 184.",
            "We hebben zo'n driehonderd gesprekken gevoerd. Daarvan waren er 184 telefonisch.",
            "We hebben zo'n driehonderd gesprekken gevoerd. 184 gesprekken waren telefonisch.",
        ])
    func exactAheadUnbound(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
