import Foundation
import Testing

@testable import AnnexKit

/// A start value that refers back ('Vorig jaar was dat € 3,10') refers to the quantity of the sentence before; when
/// that sentence states values of no one quantity, what 'dat' stands for is not known: it does not skip to the
/// sentence before that.
@Suite("verify: the quantity a restated start value refers to")
struct VerifyReferredTopicTests {
    @Test("No skip past a sentence of two values")
    func noSkip() throws {
        // Skipping to 'de opbrengst' (€ 48.600) made 3,10 → 48.600 a rise of +1,6 million percent: a false alarm.
        try expectVerdict(
            .unverifiable, of: "ongeveer 6 procent",
            in: "De opbrengst kwam uit op € 48.600. Met 14.700 bezoekers komt dat neer op € 3,31 per bezoeker. Vorig "
                + "jaar was dat € 3,10; de opbrengst per bezoeker steeg dus met ongeveer 6 procent.")
    }

    @Test("The sentence right before still gives its quantity")
    func sentenceBefore() throws {
        // 3,10 → 3,31: +6,8%, ongeveer 7 procent.
        try expectVerdict(
            .consistent, of: "ongeveer 7 procent",
            in: "De opbrengst per bezoeker was € 3,31. Vorig jaar was dat € 3,10; de opbrengst per bezoeker steeg "
                + "dus met ongeveer 7 procent.")
    }
}
