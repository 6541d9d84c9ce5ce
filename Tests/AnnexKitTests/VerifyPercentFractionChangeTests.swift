import Foundation
import Testing

@testable import AnnexKit

/// A change of two percentages written as a fraction in words ('van 16 naar 20 procent, een stijging van een kwart'):
/// a fraction of a percentage is relative, never points, so the words decide. In words of their own, both ways.
@Suite("verify: a relative change of two percentages in words")
struct VerifyPercentFractionChangeTests {
    @Test(
        "A fraction after 'een stijging van', 'met' or before 'minder' is the change relative to the start",
        arguments: [
            // 16 → 20 percent: +4 points, +25%.
            ("Het aandeel zelfstandigen steeg van 16 naar 20 procent, een stijging van een kwart.", "een kwart",
                Verdict.consistent),
            ("Het aandeel zelfstandigen steeg van 16 naar 20 procent, een stijging van een derde.", "een derde",
                .inconsistent),
            // 27 → 36,3 percent: +34,4%, 'ruim een derde'.
            ("De opkomst nam van 27 naar 36,3 procent toe, met ruim een derde.", "ruim een derde", .consistent),
            ("De opkomst nam van 27 naar 36,3 procent toe, met ruim de helft.", "ruim de helft", .inconsistent),
            // 24 → 18 percent: −25%.
            ("Het verzuim daalde van 24 naar 18 procent, een kwart minder.", "een kwart", .consistent),
            ("Het verzuim daalde van 24 naar 18 procent, een derde minder.", "een derde", .inconsistent),
        ])
    func fractionOfPercentages(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
