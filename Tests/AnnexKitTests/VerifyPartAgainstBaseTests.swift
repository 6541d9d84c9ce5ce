import Foundation
import Testing

@testable import AnnexKit

/// 'M van de N …, tegen B vorig jaar' sets the part M against B, not its whole N; and a percentage of a whole its
/// words name ('45% van de vloot'), in a conjunct after 'en' with no direction of its own, is a share, not a change.
@Suite("verify: a part set against an earlier value, and a share in a conjunct")
struct VerifyPartAgainstBaseTests {
    private let opening = "Op dit moment rijden 36 van de 80 bussen op waterstof, tegen 12 vorig jaar. "

    @Test("The part is the later value")
    func partIsLater() throws {
        // 36 / 12 = 3: verdrievoudigd. The whole 80 would give 6,7.
        try expectVerdict(
            .consistent, of: "verdrievoudigd", in: opening + "Het aantal waterstofbussen is daarmee verdrievoudigd.")
    }

    @Test("A wrong factor of the part is caught")
    func wrongFactor() throws {
        // 36 / 12 = 3, no doubling (caught before too, then against 80).
        try expectVerdict(
            .inconsistent, of: "verdubbeld", in: opening + "Het aantal waterstofbussen is daarmee verdubbeld.")
    }

    @Test("A share in a conjunct after the change is no change")
    func shareInConjunct() throws {
        let text = opening + "Het aantal waterstofbussen is daarmee verdrievoudigd en vormt nu 45% van de vloot."
        // 36 / 80 = 45%: a share of the fleet, not a change from 12.
        let share = try claim("45%", in: text)
        #expect(share.kind == .share)
        #expect(share.verdict != .inconsistent)
    }
}
