import Foundation
import Testing

@testable import AnnexKit

/// A total followed by ', respectievelijk' and a list: the list splits the total over the groups named before it
/// (`SumGrammar.partsAfter`), before any numbers that name those groups ('de routes 12 en 14').
@Suite("verify: a total split after 'respectievelijk'")
struct VerifyRespectiveSplitTests {
    @Test("The list after 'respectievelijk' is the total's parts")
    func split() throws {
        // 14.250 + 9.830 = 24.080.
        let text = "Over de fietsroutes 12 en 14 reden vorig jaar samen %@ fietsers, respectievelijk 14.250 en 9.830."
        try expectVerdict(.consistent, of: "24.080", in: text.replacingOccurrences(of: "%@", with: "24.080"))
        try expectVerdict(.inconsistent, of: "24.800", in: text.replacingOccurrences(of: "%@", with: "24.800"))
        // Without the comma: 310 + 95 + 47 = 452.
        try expectVerdict(
            .consistent, of: "452",
            in: "In de drie wijken werden in totaal 452 bomen geplant respectievelijk 310, 95 en 47.")
    }

    @Test("Percentages after 'respectievelijk' are no parts of a count")
    func otherUnit() throws {
        // 61 and 39 percent are shares of the 5.300, not counts to add up: no sum is checked against them.
        let found = try verified("Beide musea trokken samen 5.300 bezoekers, respectievelijk 61 en 39 procent.")
        #expect(!found.contains { $0.kind == .sum && $0.verdict != .unverifiable }, "\(found.map(reason))")
    }
}
