import Foundation
import Testing

@testable import AnnexKit

/// In a sentence that states its change in points, a percentage alone in brackets right after words that name an
/// earlier time ('vorig jaar (11,3%)') is that time's level, no change.
@Suite("verify: a bracketed level of an earlier time")
struct VerifyBracketedEarlierLevelTests {
    @Test("'dezelfde maand vorig jaar (11,3%)' is no change")
    func lastYear() throws {
        let text = "De uitval zakte van 10,2% in maart naar 9,6% in april. Ten opzichte van dezelfde maand vorig jaar "
            + "(11,3%) is dat een daling van 1,7 procentpunt."
        #expect(try verified(text).allSatisfy { !($0.written == "11,3%" && $0.kind == .change) })
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test("Without a change in points the bracket may be the change")
    func changeInBracket() throws {
        // 30.400 → 21.680 is −28,7%.
        let text = "De uitstroom daalde van 30.400 in 2019 naar 21.680 in 2020, een daling ten opzichte van vorig "
            + "jaar (28,7%)."
        try expectVerdict(.consistent, of: "28,7%", in: text)
    }

    @Test("A signed value in brackets may still be a change")
    func signed() throws {
        // 4.160 → 4.410 is +6,0%.
        try expectVerdict(.consistent, of: "+6,0%", in: "Het aantal ritten steeg van 4.160 naar 4.410 (+6,0%).")
    }
}
