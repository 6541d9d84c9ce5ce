import Testing

@testable import AnnexKit

/// verify189: shares said in words whose whole the verifier did not take — the count of the noun a share 'x op de N'
/// counts in its own sentence, and the one level of a sentence before that also states a difference.
@Suite("Verify: the noun after 'x op de N' names the count of its own sentence that is the share's whole")
struct VerifyGroupNounWholeTests {
    @Test(
        "'ofwel een op de vier inspecties' after 'Bij 2.400 inspecties … 610 gebreken' is 610 of 2.400",
        arguments: [
            // 610 / 2.400 = 25,42%: 'een op de vier' allows 23,75% up to 26,25%.
            ("Bij 2.400 inspecties werden 610 gebreken vastgesteld, ofwel een op de vier inspecties.", "een op de vier",
                Verdict.consistent),
            // 'ruim een op de vier' allows 25% up to 26,25%.
            ("Bij 2.400 inspecties werden 610 gebreken vastgesteld, ofwel ruim een op de vier inspecties.",
                "ruim een op de vier", .consistent),
            // 'twee op de vijf' is 40%, far from 25,42%.
            ("Bij 2.400 inspecties werden 610 gebreken vastgesteld, ofwel twee op de vijf inspecties.",
                "twee op de vijf", .inconsistent),
        ])
    func nounCountsWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "Another noun, or two counts that may be the part, leave the share unverifiable",
        arguments: [
            // 'panden' counts no number of the sentence.
            ("Bij 2.400 inspecties werden 610 gebreken vastgesteld, ofwel twee op de vijf panden.", "twee op de vijf"),
            // 35 panden and 610 gebreken: which one is the part is not told.
            ("Bij 2.400 inspecties in 35 panden werden 610 gebreken vastgesteld, ofwel twee op de vijf inspecties.",
                "twee op de vijf"),
        ])
    func noNounWhole(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}

@Suite("Verify: a sentence with a difference is about the one count the difference leaves")
struct VerifyTopicBesideDifferenceTests {
    @Test(
        "'Van hen … 31' after '48 kinderen, zes meer dan vorig jaar (42)' is 31 of 48",
        arguments: [
            // 31 / 48 = 64,58%: 'bijna twee derde' allows 63,33% up to 66,67%.
            ("Op de zwemles kwamen 48 kinderen, zes meer dan vorig jaar (42). Van hen haalden er 31 hun diploma, "
                + "bijna twee derde.", "bijna twee derde", Verdict.consistent),
            // 'ruim de helft' allows 50% up to 52,5%.
            ("Op de zwemles kwamen 48 kinderen, zes meer dan vorig jaar (42). Van hen haalden er 31 hun diploma, "
                + "ruim de helft.", "ruim de helft", .inconsistent),
            // The same for a percentage: 64,58% is 65 procent.
            ("Op de zwemles kwamen 48 kinderen, zes meer dan vorig jaar (42). Van hen haalden er 31 hun diploma, "
                + "65 procent.", "65 procent", .consistent),
        ])
    func levelBesideDifference(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("Two levels and no difference leave the sentence without one quantity")
    func twoLevels() throws {
        // 48 children and 12 parents: 'Van hen' may be either group or both.
        try expectUnverifiable(
            "bijna twee derde",
            in: "Op de zwemles kwamen 48 kinderen en 12 ouders. Van hen haalden er 31 hun diploma, bijna twee derde.")
    }
}
