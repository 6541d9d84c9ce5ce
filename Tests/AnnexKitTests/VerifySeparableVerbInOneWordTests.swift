import Foundation
import Testing

@testable import AnnexKit

/// A separable verb written as one word in a subordinate clause ('terwijl … terugliep', '… dat opliep') says its
/// direction as the main clause's two words do ('liep terug', 'liep op').
@Suite("verify: separable verbs in one word")
struct VerifySeparableVerbInOneWordTests {
    @Test("'terugliep' in a clause after 'terwijl' is a decrease")
    func fellBack() throws {
        // 400 → 350: −12,5%.
        try expectVerdict(
            .consistent, of: "12,5 procent",
            in: "Het ledental van de zwemclub steeg, terwijl het aantal abonnementen met 12,5 procent terugliep, "
                + "van 400 naar 350.")
    }

    @Test("'opliep' is an increase, so a fall read as one is wrong")
    func wentUp() throws {
        // 400 → 350 is a decrease of 12,5%; 'opliep' says it rose.
        try expectVerdict(
            .inconsistent, of: "12,5 procent",
            in: "De verkoop daalde, terwijl het aantal abonnementen met 12,5 procent opliep, van 400 naar 350.")
    }
}
