import Testing

@testable import AnnexKit

/// A count after ';' that restates a share of a whole the clause before names (issue 11): 'Van de 3.200
/// deelnemers kwam 35 procent uit de stad; dat zijn 1.120 deelnemers'. Words that derive it ('dat zijn', 'in
/// totaal') tie the count to the share and its whole; a clause after ';' without them states something of its own.
@Suite("Verify: a count after ';' that restates a share of a whole")
struct VerifyShareCountAfterSemicolonTests {
    @Test(
        "The count is the share of the whole",
        arguments: [
            // 35% of 3.200 = 1.120; 1.210 is planted.
            ("Van de 3.200 deelnemers kwam 35 procent uit de stad; dat zijn 1.120 deelnemers.", "1.120",
                Verdict.consistent, 1_120.0),
            ("Van de 3.200 deelnemers kwam 35 procent uit de stad; dat zijn 1.210 deelnemers.", "1.210",
                .inconsistent, 1_120),
            // Hedged, another noun: 15% of 8.600 = 1.290, just above 1.250; 'ruim 1.900' is far off.
            ("Van de 8.600 leden van de bond woont 15 procent in het buitenland; dat zijn ruim 1.250 mensen.",
                "ruim 1.250", .consistent, 1_290),
            ("Van de 8.600 leden van de bond woont 15 procent in het buitenland; dat zijn ruim 1.900 mensen.",
                "ruim 1.900", .inconsistent, 1_290),
        ])
    func restatedShare(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .count, verdict: expected, value: value)
    }

    @Test(
        "Without words that derive it, a count after ';' is no product of the share",
        arguments: [
            // A statement of its own, of another time.
            ("Van de 3.200 deelnemers kwam 35 procent uit de stad; in 2020 waren het er 1.400.", "1.400"),
            // Only a hedge: the clause may count something else.
            ("Van de 3.200 deelnemers kwam 35 procent uit de stad; ruim 900 kwamen met de fiets.", "ruim 900"),
        ])
    func notDerived(text: String, written: String) throws {
        let found = try verified(text).filter { $0.written == written && $0.kind == .count }
        #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map(reason))")
    }
}
