import Foundation
import Testing

@testable import AnnexKit

/// A clause opened by 'zodat', 'waardoor' or 'waarmee' tells what follows from the clause before: when it names the
/// noun that clause counts, its change is of that clause's pair (`followsFromClauseBefore`); when it names another
/// noun it may be the change of another quantity.
@Suite("verify: a change in a clause of consequence of the pair before it")
struct VerifyConsequenceClauseTests {
    @Test("'zodat het aantal scholen' after a count of schools and its earlier value")
    func sameNoun() throws {
        // (96 − 80) / 80 = +20 %; 16,7 % is 16 over 96, the later value as base.
        try expectVerdict(
            .consistent, of: "20 procent",
            in: "Er deden 96 scholen mee (2023: 80), zodat het aantal scholen met 20 procent toenam.")
        try expectVerdict(
            .inconsistent, of: "16,7 procent",
            in: "Er deden 96 scholen mee (2023: 80), zodat het aantal scholen met 16,7 procent toenam.")
    }

    @Test("a clause of consequence about another noun takes no pair")
    func otherNoun() throws {
        try expectUnverifiable(
            "20 procent", in: "Er deden 96 scholen mee (2023: 80), zodat het budget met 20 procent toenam.")
        try expectUnverifiable(
            "20 procent", in: "Er deden 96 scholen mee (2023: 80), waardoor de wachttijd met 20 procent toenam.")
    }
}
