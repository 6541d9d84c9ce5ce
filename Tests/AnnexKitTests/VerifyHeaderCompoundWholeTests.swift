import Testing

@testable import AnnexKit

/// verify207: under a table between bars, a share that names a row by its label and its whole by a compound of a
/// word of the label column's header and the value column's header ('uitvaldagen' under 'Reden uitval | Dagen') is of
/// the table's total row (`TableAbove.compounds(of:with:)`).
@Suite("Verify: a row's share of a whole named by the header's compound")
struct VerifyHeaderCompoundWholeTests {
    private static let table = "Reden uitval | Dagen\nZiekte | 420\nVerlof | 180\nOverig | 100\nTotaal | 700\n"

    @Test(
        "The compound of the two headers names the total row",
        arguments: [
            // 420 / 700 = 60,0%.
            ("Ziekte was goed voor 60% van de uitvaldagen.", "60%", Verdict.consistent),
            // 420 / 700 = 60,0%, not 65.
            ("Ziekte was goed voor 65% van de uitvaldagen.", "65%", .inconsistent),
        ])
    func headerCompound(sentence: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: Self.table + sentence, kind: .share, verdict: expected)
    }

    /// 'werkdagen': 'werk' is no word of the headers; the days worked are another whole.
    @Test("A compound of another word stays unverifiable")
    func otherCompound() throws {
        try expectUnverifiable("60%", in: Self.table + "Ziekte was goed voor 60% van de werkdagen.")
    }
}
