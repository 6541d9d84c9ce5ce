import Foundation
import Testing

@testable import AnnexKit

/// A table's title that closes with the moment of its rows in brackets ('(2024)', '(30-6-2024)') is still a title
/// (`LineShape.momentBracketStart`): when its words say the rows split one whole, the total line under them is their
/// sum.
@Suite("verify: a table's title with its moment in brackets")
struct VerifyDatedTableTitleTests {
    /// Rows of visitors per site under a title dated in brackets, closed by `total`.
    static func visitors(total: String, title: String = "Bezoekers naar vestiging (2024)") -> String {
        title + "\nCentrum: 4.250\nHaven: 1.930\nTotaal: " + total + "\n"
    }

    @Test("'Bezoekers naar vestiging (2024)' over two lines: their total")
    func yearInBrackets() throws {
        try expectVerdict(.consistent, of: "6.180", in: Self.visitors(total: "6.180"))
        // 4.250 + 1.930 = 6.180, not 6.280.
        try expectVerdict(.inconsistent, of: "6.280", in: Self.visitors(total: "6.280"))
    }

    @Test("a title with a date in brackets over rows pasted with spaces")
    func dateInBrackets() throws {
        let rows = "Aanvragen per regio (30-6-2024)\nNoord      815\nZuid       640\nWest       505\n"
            + "Totaal   "
        try expectVerdict(.consistent, of: "1.960", in: rows + "1.960\n")
        // 815 + 640 + 505 = 1.960, not 1.990.
        try expectVerdict(.inconsistent, of: "1.990", in: rows + "1.990\n")
    }

    @Test("a dated title whose words split nothing, or brackets with a count, give no sum to contradict")
    func nearTitles() throws {
        for title in ["Bezoekers museum (2024)", "Bezoekers naar vestiging (n = 6.180)"] {
            let found = try verified(Self.visitors(total: "6.280", title: title))
            #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(title): \(found.map(\.written))")
        }
    }
}
