import Foundation
import Testing

@testable import AnnexKit

/// A memo line whose value carries its own share in brackets ('Bezet: 756 (90%).') right under the line of one value
/// that opens the run ('Plaatsen: 840.'): the share is of that value (`SentenceAnalysis.memoShareValue`,
/// `Discourse.wholeAboveShareLines`). The opening line may be a sibling part rather than the whole, so the whole is
/// bound by position only: an agreeing share is confirmed, a disagreeing one stays unverifiable.
@Suite("verify: a memo line's own share of the line that opens the run")
struct VerifyMemoShareLineTests {
    @Test(
        "The line above is the whole: 756 of 840 is 90%; a wrong share is not contradicted",
        arguments: [
            ("Stallingsplekken station, telling 3 mei: 840 plekken. Bezet: 756 ({v}%).", "90", Verdict.consistent),
            ("Stallingsplekken station, telling 3 mei: 840 plekken. Bezet: 756 ({v}%).", "80", .unverifiable),
            ("Gecontroleerde kraampjes: 64. In orde bevonden: 48 ({v}%).", "75", .consistent),
            ("Gecontroleerde kraampjes: 64. In orde bevonden: 48 ({v}%).", "57", .unverifiable),
        ])
    func lineAbove(text: String, value: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "\(value)%", in: text.replacingOccurrences(of: "{v}", with: value))
    }

    @Test("Lines between with a share of their own are siblings: both shares are of the opening line")
    func siblingsWithShares() throws {
        let text = "Binnengekomen tips: 1.200. Opgepakt: 300 (25%). Doorgezet naar justitie: 150 (12,5%)."
        try expectVerdict(.consistent, of: "25%", in: text)
        try expectVerdict(.consistent, of: "12,5%", in: text)
    }

    @Test(
        "Near cases stay unverifiable: a plain line between, a run that opens earlier, no line of one value above",
        arguments: [
            "Binnengekomen tips: 1.200. Afgewezen: 900. Doorgezet naar justitie: 150 (20%).",
            "Telling 2: 40. Binnengekomen tips: 1.200. Doorgezet naar justitie: 150 (20%).",
            "Er kwamen 1.200 tips binnen en 300 mails. Doorgezet naar justitie: 150 (20%).",
        ])
    func nearCases(text: String) throws {
        try expectVerdict(.unverifiable, of: "20%", in: text)
    }
}
