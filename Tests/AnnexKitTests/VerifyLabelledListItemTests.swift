import Foundation
import Testing

@testable import AnnexKit

/// In a list written label first ('recreanten 40 en donateurs 50') the words after a count label the next item: they
/// do not name that count. A share naming an item by its label takes no neighbour's count as its part.
@Suite("verify: the words after a count in a list written label first")
struct VerifyLabelledListItemTests {
    @Test("'donateurs' names no count before it")
    func nextLabel() throws {
        // Read from the words after it, 40 would be the donors': 40 / 500 = 8%, no tenth; 50 / 500 is one.
        for whole in ["het ledenbestand", "alle leden"] {
            let text = "Leden per afdeling: senioren 290, junioren 120, recreanten 40 en donateurs 50, samen 500 "
                + "leden. De donateurs zijn daarmee goed voor een tiende van \(whole)."
            #expect(try claim("een tiende", in: text).verdict != .inconsistent)
        }
    }

    @Test("A count written before its noun is still named by it")
    func nounAfter() throws {
        // 120 / 200 = 60%.
        try expectVerdict(
            .consistent, of: "60 procent",
            in: "Er kwamen 120 kinderen en 80 volwassenen, samen 200 bezoekers. De kinderen waren goed voor 60 procent "
                + "van alle bezoekers.")
    }
}
