import Testing

@testable import AnnexKit

/// verify215: a percentage that a word of the rest refers to right before it ('de rest, 56%') is the share of the
/// whole its sentence marks less the counts the sentence lists before it (`ClaimParser.shareOfRest`).
@Suite("Verify: the share of a whole's rest")
struct VerifyShareOfRestTests {
    private static let opening = "Van de 900 aanvragen kwamen er 240 via de post en 160 aan de balie binnen; "

    @Test(
        "The whole less the listed counts is the rest's part",
        arguments: [
            // (900 − 240 − 160) / 900 = 55,6%.
            (opening + "de rest, 56%, via de website.", "56%", Verdict.consistent),
            // (500 − 120) / 500 = 76%.
            ("Van de 500 bezoekers kwamen er 120 uit de stad; de rest, 76%, kwam van buiten.", "76%", .consistent),
        ])
    func restShare(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// 55,6%, not 60: the parts stand in the stretch before ';', so the derived rest confirms a share, never
    /// contradicts one.
    @Test("A rest across ';' that does not fit stays unverifiable")
    func restAcrossSemicolon() throws {
        try expectUnverifiable("60%", in: Self.opening + "de rest, 60%, via de website.")
    }

    /// No whole is marked: 240 and 160 may be all there is or a part of it.
    @Test("Without a marked whole the rest has no size")
    func noWhole() throws {
        let text = "Er kwamen 240 aanvragen via de post en 160 aan de balie binnen; de rest, 56%, via de website."
        try expectUnverifiable("56%", in: text)
    }
}
