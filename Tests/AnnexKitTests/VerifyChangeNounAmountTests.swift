import Foundation
import Testing

@testable import AnnexKit

/// The amount a noun of change gives after 'van' ('een stijging van 6 cent', 'een verschil van 6 dagen') is the size
/// of a change, no level: a percentage beside it in its sentence takes the pair the sentence refers back to
/// (`isChangeNounAmount`).
@Suite("verify: the amount after a noun of change is no level of a percentage beside it")
struct VerifyChangeNounAmountTests {
    /// A price per day in two years, then the rise in cents restated in percent.
    private let price = "Het abonnement kostte dit jaar 54 cent per dag, tegen 48 cent in 2023."

    /// Two towns' mean waits, then their gap in days and in percent after ';'.
    private let waits = "In Assen wachtten aanvragers gemiddeld 20 dagen, in Emmen 26 dagen."

    @Test("a rise in cents restated after 'oftewel' takes the pair of the sentence before")
    func restated() throws {
        // (54 − 48) / 48 = +12,5 %; 11,1 % is 6 over 54, the later value as base.
        try expectVerdict(
            .consistent, of: "12,5 procent", in: price + " Dat is een stijging van 6 cent oftewel 12,5 procent.")
        try expectVerdict(
            .inconsistent, of: "11,1 procent", in: price + " Dat is een stijging van 6 cent oftewel 11,1 procent.")
    }

    @Test("a gap in days before ';' leaves the percentage after it the two groups' values")
    func gapBeforeSemicolon() throws {
        // (26 − 20) / 20 = +30 %; 23 % is 6 over 26, Emmen as base.
        let gap = " Dat is een verschil van 6 dagen; in Emmen wacht men daarmee"
        try expectVerdict(.consistent, of: "30 procent", in: waits + gap + " 30 procent langer dan in Assen.")
        try expectVerdict(.inconsistent, of: "23 procent", in: waits + gap + " 23 procent langer dan in Assen.")
    }

    @Test("without values to refer to, the amount alone gives no pair")
    func near() throws {
        try expectUnverifiable(
            "12,5 procent", in: "Het abonnement werd dit jaar duurder: een stijging van 6 cent oftewel 12,5 procent.")
    }
}
