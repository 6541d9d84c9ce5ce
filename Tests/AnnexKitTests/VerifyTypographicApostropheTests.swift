import Foundation
import Testing

@testable import AnnexKit

/// A typographic apostrophe inside a word is the straight one (`Tokenizer`): 'zo’n', as typesetting writes it, is the
/// hedge 'zo'n'.
@Suite("verify: typographic apostrophes inside words")
struct VerifyTypographicApostropheTests {
    @Test("'zo’n' hedges the end value of a change as 'zo'n' does")
    func hedge() throws {
        // 1.250 → 1.500: +20,0%; 'zo’n 1.500' is 1.425 to 1.575, a change of +14% to +26%.
        try expectVerdict(
            .consistent, of: "20 procent",
            in: "Het aantal klachten steeg van 1.250 naar zo’n 1.500, een toename van 20 procent.")
        // 35 procent is beyond +26% even for the loosest end value.
        try expectVerdict(
            .inconsistent, of: "35 procent",
            in: "Het aantal klachten steeg van 1.250 naar zo’n 1.500, een toename van 35 procent.")
    }
}
