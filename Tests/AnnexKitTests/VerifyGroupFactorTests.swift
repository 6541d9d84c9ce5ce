import Foundation
import Testing

@testable import AnnexKit

/// A factor between two groups binds each group to the value whose words name it, not to the values' order; a times
/// sign after a number is 'keer'. In words of their own, both ways, and the forms that must stay open.
@Suite("verify: factors between groups bound by their names; '3x' as 'keer'")
struct VerifyGroupFactorTests {
    @Test(
        "The groups of the sentence before, named by an adjective of the same stem",
        arguments: [
            // 4.200 / 1.400 = 3.
            ("In 2024 begeleidde de reclassering 4.200 mannelijke en 1.400 vrouwelijke cliënten. Mannen waren drie "
                + "keer zo vaak cliënt als vrouwen.", Verdict.consistent),
            ("In 2024 begeleidde de reclassering 1.400 vrouwelijke en 4.200 mannelijke cliënten. Mannen waren drie "
                + "keer zo vaak cliënt als vrouwen.", .consistent),
            // 4.200 / 2.100 = 2.
            ("In 2024 begeleidde de reclassering 4.200 mannelijke en 2.100 vrouwelijke cliënten. Mannen waren drie "
                + "keer zo vaak cliënt als vrouwen.", .inconsistent),
            // 1.400 / 4.200 = 0,33: the subject is the women.
            ("In 2024 begeleidde de reclassering 4.200 mannelijke en 1.400 vrouwelijke cliënten. Vrouwen waren drie "
                + "keer zo vaak cliënt als mannen.", .inconsistent),
        ])
    func sentenceBefore(text: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "drie keer zo vaak", in: text)
    }

    @Test(
        "The groups' values after the factor in its own sentence, in either order",
        arguments: [
            ("Jongens werden twee keer zo vaak doorverwezen als meisjes (820 jongens en 410 meisjes).",
             Verdict.consistent),
            ("Jongens werden twee keer zo vaak doorverwezen als meisjes (410 meisjes en 820 jongens).", .consistent),
            ("Jongens werden twee keer zo vaak doorverwezen als meisjes: 410 meisjes tegenover 820 jongens.",
             .consistent),
            // 820 / 610 = 1,34.
            ("Jongens werden twee keer zo vaak doorverwezen als meisjes (610 meisjes en 820 jongens).", .inconsistent),
        ])
    func ownSentence(text: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "twee keer zo vaak", in: text)
    }

    @Test(
        "Factor adjectives between groups: 'half zo groot', 'drie keer zo duur'",
        arguments: [
            // 600 / 1.200 = 0,5.
            ("Er deden 600 vrouwelijke en 1.200 mannelijke deelnemers mee. De groep vrouwen was half zo groot als die "
                + "van mannen.", "half zo groot", Verdict.consistent),
            ("Er deden 1.200 vrouwelijke en 600 mannelijke deelnemers mee. De groep vrouwen was half zo groot als die "
                + "van mannen.", "half zo groot", .inconsistent),
            // 240.000 / 80.000 = 3.
            ("Een klinische plaats kostte € 240.000, een ambulante € 80.000. Een klinische plaats was daarmee drie "
                + "keer zo duur als een ambulante.", "drie keer zo duur", .consistent),
            ("Een ambulante plaats kostte € 80.000, een klinische € 240.000. Een ambulante plaats was daarmee drie "
                + "keer zo duur als een klinische.", "drie keer zo duur", .inconsistent),
        ])
    func adjectives(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Groups that no value's words name by the same stem, or that name one value twice, stay open",
        arguments: [
            // 'jongeren' is no form of 'jeugdige', 'ouderen' none of 'volwassen'.
            "In 2024 waren er 900 jeugdige en 450 volwassen daders. Jongeren werden drie keer zo vaak opgepakt als "
                + "ouderen.",
            // Only the men are named: the women's value is not bound.
            "Er waren 4.200 mannelijke cliënten en 2.100 anderen. Mannen waren drie keer zo vaak cliënt als vrouwen.",
            // Both groups name the same value.
            "Er waren 4.200 mannelijke en vrouwelijke cliënten en 2.100 overige. Mannen waren drie keer zo vaak "
                + "cliënt als vrouwen.",
        ])
    func unbound(text: String) throws {
        let found = try claim("drie keer zo vaak", in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A times sign after a number is 'keer'",
        arguments: [
            ("Mannen werden 3x zo vaak verdacht als vrouwen (2.400 mannen en 800 vrouwen).", "3x zo vaak",
             Verdict.consistent),
            ("Mannen werden 3x zo vaak verdacht als vrouwen (2.400 mannen en 1.600 vrouwen).", "3x zo vaak",
             .inconsistent),
            ("Mannen werden 3 x zo vaak verdacht als vrouwen (800 vrouwen en 2.400 mannen).", "3 x zo vaak",
             .consistent),
            ("Mannen werden 3× zo vaak verdacht als vrouwen (800 vrouwen en 2.400 mannen).", "3× zo vaak",
             .consistent),
            ("Utrecht telde 2x zoveel meldingen als Almere: 1.300 tegen 650.", "2x zoveel", .consistent),
            ("Utrecht telde 2x zoveel meldingen als Almere: 1.300 tegen 950.", "2x zoveel", .inconsistent),
            ("De kosten lagen met € 150 per dag 1,5x zo hoog als het landelijke tarief van € 100.", "1,5x zo hoog",
             .consistent),
            ("De kosten lagen met € 180 per dag 1,5x zo hoog als het landelijke tarief van € 100.", "1,5x zo hoog",
             .inconsistent),
        ])
    func timesSign(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "An 'x' between two numbers, in a code or before a number is no times word; after a number before a word it is",
        arguments: [
            ("De cel meet 2 x 3 meter.", false),
            ("Het team reed met 4x4 voertuigen.", false),
            ("Maat 3xl was op.", false),
            ("Bedragen (x 1.000 euro) per jaar.", false),
            ("Het kwam 3x zo vaak voor.", true),
            ("Het kwam 3 × zo vaak voor.", true),
        ])
    func timesWordOnly(text: String, isTimes: Bool) {
        let words = Tokenizer.tokens(Array(text.unicodeScalars)).filter { $0.kind == .word }.map(\.text)
        #expect(words.contains("keer") == isTimes, "\(words)")
    }
}
