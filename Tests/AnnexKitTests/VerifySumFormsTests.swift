import Foundation
import Testing

@testable import AnnexKit

/// Sums by the evidence that ties a whole to its parts, whichever side the whole stands on: each form in words of
/// its own, checked both ways, and the look-alike that is no sum.
@Suite("verify: wholes and their parts")
struct VerifySumFormsTests {
    @Test("A memo's 'Totaal:' adds up the list of the line before")
    func memoTotalUnderList() throws {
        let list = "Aanvragen per loket: Noord 1.210, Centrum 860, Zuid 745. "
        // 1.210 + 860 + 745 = 2.815.
        try expectVerdict(.consistent, of: "2.815", in: list + "Totaal: 2.815.")
        try expectVerdict(.inconsistent, of: "2.851", in: list + "Totaal: 2.851.")
    }

    @Test("A memo's 'Totaal:' adds up the memo lines of one kind before it, one count each")
    func memoTotalUnderLines() throws {
        let lines = "Begeleiding individueel: 1.140 cliënten (+3%). Begeleiding groep: 655 (-2%). "
        // 1.140 + 655 = 1.795.
        try expectVerdict(.consistent, of: "1.795", in: lines + "Totaal: 1.795 (+1%).")
        try expectVerdict(.inconsistent, of: "1.759", in: lines + "Totaal: 1.759 (+1%).")
        // Lines of unlike things (no word of their labels shared) are no parts of one total.
        let unlike = "Wachtlijst: 140 cliënten. Caseload per consulent: 33. Totaal: 180."
        #expect(try !verified(unlike).contains { $0.kind == .sum })
    }
}
