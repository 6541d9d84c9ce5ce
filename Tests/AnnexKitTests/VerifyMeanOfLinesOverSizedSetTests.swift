import Foundation
import Testing

@testable import AnnexKit

/// A mean in a sentence under value lines whose clause names the set of the lines with its size: 'Over de drie
/// zwembaden samen was dat gemiddeld 31 minuten.' under three lines. The size must be the number of lines. In words
/// and numbers of their own, both ways, and a near case that stays `unverifiable`.
@Suite("verify: a mean under value lines over the set its clause sizes")
struct VerifyMeanOfLinesOverSizedSetTests {
    /// Waiting times at a town's swimming pools, one line each: 27 + 35 + 31 = 93, over 3: 31.
    static func pools(_ closing: String) -> String {
        "Wachttijd zwemles per zwembad (weken)\n- De Welle: 27\n- Het Bad: 35\n- Sportfondsen: 31\n" + closing
    }

    @Test(
        "The mean is checked against the lines above it",
        arguments: [
            (pools("Over de drie zwembaden samen is dat gemiddeld 31 weken."), "31", Verdict.consistent),
            (pools("Over de drie zwembaden samen is dat gemiddeld 34 weken."), "34", .inconsistent),
            (pools("Gemiddeld over deze drie zwembaden komt dat op 31 weken."), "31", .consistent),
            (pools("Gemiddeld over deze drie zwembaden komt dat op 29 weken."), "29", .inconsistent),
        ])
    func linesMean(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A size other than the number of lines stays unverifiable")
    func otherSize() throws {
        let found = try verified(Self.pools("Over de vier zwembaden samen is dat gemiddeld 34 weken.")).filter {
            $0.written == "34"
        }
        #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map { "\($0.kind) \($0.verdict)" })")
    }
}
