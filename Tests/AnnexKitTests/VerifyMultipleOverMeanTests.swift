import Foundation
import Testing

@testable import AnnexKit

/// A multiple set against a mean ('Dat is drie keer zoveel als het gemiddelde van 60 hectoliter') after a sentence that
/// states a total after 'samen' and a mean takes no total as its other value: beside a mean 'samen' does not make the
/// total what the sentence is about (`Verifier.topic`), and 'Dat' may refer to the mean.
@Suite("verify: a multiple of a mean passes over no mean before")
struct VerifyMultipleOverMeanTests {
    @Test("A total before is not set against a mean")
    func totalAgainstMean() throws {
        // 9.600 / 40 = 240 per school; 240 / 80 = 3. The total 9.600 / 80 would be 120.
        let found = try verified(
            "De 40 scholen in de stad telden samen 9.600 leerlingen, gemiddeld 240 per school. Dat is drie keer zoveel "
                + "als het gemiddelde van 80 leerlingen op het platteland.")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }
}
