import Foundation
import Testing

@testable import AnnexKit

/// Prose under a table of two times that names nothing but the table's own quantity ('Het aantal klachten' under
/// 'Klachten | 2023 | 2024') states the change of the table's total row: what all rows together are
/// (`ClaimParser.headingTotalRow(in:of:)`, `timedRowChange`). A sentence that names more, or a table with no total row,
/// names no row.
@Suite("verify: a change of a table's own quantity is its total row's")
struct VerifyHeadingTotalRowTests {
    /// Totaal 50 → 40 (−20 %; 10 of the later 40 is 25 %).
    private let table = """
        Klachten | 2023 | 2024
        Levering | 30 | 24
        Facturen | 10 | 12
        Overig | 10 | 4
        Totaal | 50 | 40

        """

    @Test("The table's quantity alone names the total row")
    func quantityAlone() throws {
        try expectClaim("20%", in: table + "Het aantal klachten daalde met 20%.", kind: .change, verdict: .consistent,
            value: -20)
        try expectClaim("25%", in: table + "De klachten namen hiermee met 25% af.", kind: .change,
            verdict: .inconsistent, value: -20)
    }

    @Test("A sentence that names more than the quantity, or a table with no total row, stays unread")
    func nearCases() throws {
        try expectUnverifiable("20%", in: table + "Het aantal klachten over de website daalde met 20%.")
        let noTotal = table.replacingOccurrences(of: "Totaal | 50 | 40\n", with: "")
        try expectUnverifiable("20%", in: noTotal + "Het aantal klachten daalde met 20%.")
    }
}
