import Foundation
import Testing

@testable import AnnexKit

/// A share under a table in a sentence that names another value column too ('In Noord leidde 12,5 procent van de
/// controles tot een boete' under 'Wijk | controles | boetes') may be of one column over the other within the row,
/// not the row's share of the column's total (`TableAbove.rowsAndTotal`).
@Suite("verify: a share of a row that names two columns")
struct VerifyRowShareOfTwoColumnsTests {
    static let table =
        "Wijk | controles | boetes\nNoord | 400 | 50\nZuid | 300 | 30\nWest | 300 | 45\nTotaal | 1.000 | 125\n\n"

    @Test("Checks and fines named: not judged as Noord's share of all checks")
    func withinRow() throws {
        // 400 / 1.000 = 40,0% is Noord's share of all checks; 50 / 400 = 12,5% is within Noord.
        let found = try verified(Self.table + "In Noord leidde 12,5 procent van de controles tot een boete.")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("One column named: the row's share of its total")
    func rowOfTotal() throws {
        try expectVerdict(
            .consistent, of: "40 procent", in: Self.table + "Noord was goed voor 40 procent van de controles.")
    }
}
