import Foundation
import Testing

@testable import AnnexKit

/// 'groeit het totaal van 120 naar 168': the value a change starts from after the word 'totaal' is no total of the
/// numbers before it; and an amount 'en' joins to another count of its noun ('met 8 woningen en … (40 woningen)') is
/// one of the contributions to the change, not its whole difference.
@Suite("verify: a start value after 'totaal'")
struct VerifyStartValueNoTotalTests {
    static let text = "Met de bouw van 8 woningen aan de Esdoornlaan en de nieuwe wijk Hoogveld (40 woningen) groeit "
        + "het totaal van 120 naar 168 woningen, een toename van 40 procent."

    @Test("No sum of 120 and no difference of 8")
    func noSumNoDifference() throws {
        let found = try verified(Self.text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    @Test("The change itself is read")
    func change() throws {
        // 120 → 168: +40%.
        try expectVerdict(.consistent, of: "40 procent", in: Self.text)
    }
}
