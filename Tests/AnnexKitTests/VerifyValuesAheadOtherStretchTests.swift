import Foundation
import Testing

@testable import AnnexKit

/// A change claimed before its values, whose next sentence counts a noun that the claim's sentence names only in a
/// clause of its own ('…, omdat minder klachten binnenkwamen'): that noun is another thing than what changed, so its
/// values are no reading of the change (`ClaimParser.valuesAhead`). Named in the claim's own stretch, they are.
@Suite("verify: values ahead of a noun the claim's sentence names only in another clause")
struct VerifyValuesAheadOtherStretchTests {
    /// The next sentence: 400 complaints against 500 in 2023, a fall of 20 procent.
    private let values = " Er kwamen 400 klachten binnen, tegen 500 in 2023."

    @Test(
        "The noun in the claim's own stretch ties the values: 500 → 400 is −20%",
        arguments: [
            ("Het aantal klachten daalde met 20 procent.", "20 procent", Verdict.consistent),
            ("Het aantal klachten daalde met 25 procent.", "25 procent", .inconsistent),
            ("Het aantal klachten daalde met 20 procent, doordat de service verbeterde.", "20 procent", .consistent),
            ("Het aantal klachten daalde met 30 procent, doordat de service verbeterde.", "30 procent", .inconsistent),
        ])
    func ownStretch(claim: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: claim + values)
    }

    @Test(
        "The noun only in a clause of cause or contrast: the change of another noun stays unverifiable",
        arguments: [
            "De wachttijd daalde met 30 procent, vooral omdat minder klachten binnenkwamen.",
            "De wachttijd daalde met 30 procent, terwijl er ook minder klachten waren.",
            "De wachttijd daalde met 30 procent; het aantal klachten liep terug.",
        ])
    func otherStretch(sentence: String) throws {
        let found = try? claim("30 procent", in: sentence + values)
        #expect(found.map { $0.verdict != .inconsistent } ?? true, "\(found.map(reason) ?? "no claim")")
    }
}
