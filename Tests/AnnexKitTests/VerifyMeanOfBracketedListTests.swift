import Foundation
import Testing

@testable import AnnexKit

/// A mean whose subject brackets the values it is of, the mean after its verb: 'De gemiddelde reistijd van de drie
/// buslijnen (24, 31 en 38 minuten) kwam uit op 31 minuten.'. In words and numbers of their own, both ways, and near
/// cases that stay `unverifiable`.
@Suite("verify: a mean after the list its subject brackets")
struct VerifyMeanOfBracketedListTests {
    @Test(
        "The mean is checked against the bracketed list, not read as its total",
        arguments: [
            // 24 + 31 + 38 = 93, over 3: 31.
            ("De gemiddelde reistijd van de drie buslijnen (24, 31 en 38 minuten) kwam uit op 31 minuten.", "31",
             Verdict.consistent),
            ("De gemiddelde reistijd van de drie buslijnen (24, 31 en 38 minuten) kwam uit op 35 minuten.", "35",
             .inconsistent),
            // 71 + 64 + 82 + 79 = 296, over 4: 74.
            ("Gemiddeld over de vier sporthallen (71, 64, 82 en 79 procent) bedroeg de bezetting 74 procent.",
             "74 procent", .consistent),
            ("Gemiddeld over de vier sporthallen (71, 64, 82 en 79 procent) bedroeg de bezetting 78 procent.",
             "78 procent", .inconsistent),
        ])
    func bracketedMean(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A set of another size than the bracket lists, or a weighed mean, stays unverifiable",
        arguments: [
            ("De gemiddelde reistijd van de vier buslijnen (24, 31 en 38 minuten) kwam uit op 35 minuten.", "35"),
            ("De gewogen gemiddelde reistijd van de drie buslijnen (24, 31 en 38 minuten) kwam uit op 35 minuten.",
             "35"),
        ])
    func nearCase(text: String, written: String) throws {
        let found = try verified(text).filter { $0.written == written }
        #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map { "\($0.kind) \($0.verdict)" })")
    }
}
