import Foundation
import Testing

@testable import AnnexKit

/// A multiple of two values the sentence before sets against each other keeps them when its own sentence adds only
/// their sum, said with 'samen', or their difference, said with 'verschil' (`ClaimParser.derivesFromLastContrast`):
/// such a figure restates the pair; any other number of the sentence may be what the multiple is of.
@Suite("verify: a multiple of the pair before beside that pair's sum or difference")
struct VerifyFactorBesideDerivedFigureTests {
    /// Two contrasted counts: 7.650 and 2.550, whose sum is 10.200 and difference 5.100.
    private let counts = "Leeuwarden verstrekte 7.650 parkeervergunningen, Sneek 2.550."

    @Test("The difference before the multiple")
    func difference() throws {
        // 7.650 / 2.550 = 3,0.
        let right = counts + " Het verschil bedroeg 5.100; Leeuwarden verstrekte daarmee drie keer zoveel vergunningen."
        try expectClaim("drie keer zoveel", in: right, kind: .change, verdict: .consistent, value: 3)
        // Not four times.
        let wrong = counts + " Het verschil bedroeg 5.100; Leeuwarden verstrekte daarmee vier keer zoveel vergunningen."
        try expectClaim("vier keer zoveel", in: wrong, kind: .change, verdict: .inconsistent)
    }

    @Test("The sum after the multiple")
    func sum() throws {
        // 7.650 / 2.550 = 3,0; 7.650 + 2.550 = 10.200.
        let text = counts + " Leeuwarden verstrekte daarmee drie keer zoveel vergunningen; samen ging het om 10.200."
        try expectClaim("drie keer zoveel", in: text, kind: .change, verdict: .consistent, value: 3)
    }

    @Test("Another number, or the sum without a joining word, keeps the pair from the multiple")
    func otherNumbers() throws {
        // 10.200 could be a third place's count: 10.200 / 2.550 = 4.
        try expectUnverifiable(
            "drie keer zoveel",
            in: counts + " Drachten verstrekte er 10.200; Leeuwarden verstrekte daarmee drie keer zoveel vergunningen.")
        try expectUnverifiable(
            "drie keer zoveel",
            in: counts + " Het verschil bedroeg 4.900; Leeuwarden verstrekte daarmee drie keer zoveel vergunningen.")
    }
}
