import Foundation
import Testing

@testable import AnnexKit

/// A count after a share that restates share × whole, with the whole given by the sentence before and referred to
/// ('van hen', 'daarvan', 'van die groep'): the count is checked against the product, the share is not judged against
/// the count. In words of their own, both ways, and the forms that must stay as they were.
@Suite("verify: a restated count whose whole stands in the sentence before")
struct VerifyReferredProductTests {
    @Test(
        "The count is share × whole, with its hedge",
        arguments: [
            // 12,4% of 3.820 = 473,7; the share was judged against 460 of 3.820 (12,0%), a false alarm.
            ("In 2024 stonden 3.820 jongeren ingeschreven bij de jeugdreclassering. Van hen had 12,4 procent een "
                + "baan, ruim 460 jongeren.", "460", Verdict.consistent),
            ("In 2024 stonden 3.820 jongeren ingeschreven bij de jeugdreclassering. Van hen had 12,4 procent een "
                + "baan, zo'n 620 jongeren.", "620", .inconsistent),
            // 38% of 2.150 = 817.
            ("Het arrondissement telde 2.150 zaken. Daarvan werd 38 procent geseponeerd, ofwel ruim 800 zaken.",
             "800", .consistent),
            ("Het arrondissement telde 2.150 zaken. Daarvan werd 38 procent geseponeerd, ofwel ruim 900 zaken.",
             "900", .inconsistent),
            // 22% of 1.640 = 360,8.
            ("In 2023 meldden zich 1.640 cliënten aan. Van die groep stopte 22 procent voortijdig (ongeveer 360 "
                + "cliënten).", "360", .consistent),
            ("In 2023 meldden zich 1.640 cliënten aan. Van die groep stopte 22 procent voortijdig (ongeveer 460 "
                + "cliënten).", "460", .inconsistent),
        ])
    func restated(text: String, count: String, expected: Verdict) throws {
        let found = try verified(text)
        let restated = try #require(
            found.first { $0.kind == .count && $0.written.contains(count) }, "\(found.map(\.written))")
        #expect(restated.verdict == expected, "\(reason(restated))")
        // The share is not judged against the rounded count.
        #expect(!found.contains { $0.kind == .share && $0.verdict == .inconsistent })
    }

    @Test(
        "Without a reference to the whole, an exact count, or a count above the whole: no product",
        arguments: [
            ("In 2024 stonden 3.820 jongeren ingeschreven. In Utrecht had 12,4 procent een baan, zo'n 620 jongeren.",
             "620"),
            ("In 2024 stonden 3.820 jongeren ingeschreven. Van hen had 12,4 procent een baan, 620 jongeren.", "620"),
            ("In 2024 stonden 3.820 jongeren ingeschreven. Van hen had 12,4 procent een baan, zo'n 4.100 uren werk.",
             "4.100"),
        ])
    func notRestated(text: String, count: String) throws {
        let found = try verified(text)
        #expect(
            !found.contains { $0.kind == .count && $0.written.contains(count) && $0.verdict != .unverifiable },
            "\(found.map { "\($0.kind) \($0.written) \($0.verdict)" })")
    }
}
