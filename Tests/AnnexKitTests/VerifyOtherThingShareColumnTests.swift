import Testing

@testable import AnnexKit

/// A column of percentages whose header names a thing of its own besides its mark of share ('Tevreden (%)') measures
/// that thing: it is read as the share of the row's two counts before it only when its header names nothing else, or
/// what one of those columns names (`TableRowColumns`).
@Suite("verify: a table's percentage column of another thing than the counts beside it")
struct VerifyOtherThingShareColumnTests {
    /// Loans by branch: 318 / 1.240 = 25,65%, 402 / 1.510 = 26,62%, 95 / 610 = 15,57%.
    @Test(
        "A header that names the part's column: its shares are checked, a wrong one is caught",
        arguments: [("15,6", Verdict.consistent), ("18,6", .inconsistent)])
    func namesPartColumn(last: String, expected: Verdict) throws {
        let text = "Vestiging | Leners | Achterstallig | Achterstallig (%)\nNoord | 1.240 | 318 | 25,6\n"
            + "Centrum | 1.510 | 402 | 26,6\nHaven | 610 | 95 | \(last)\n"
        try expectVerdict(expected, of: last + "%", in: text)
    }

    @Test("A header that names another thing: its values are no shares of the counts beside it")
    func namesOtherThing() throws {
        let text = "Vestiging | Leners | Achterstallig | Tevreden (%)\nNoord | 1.240 | 318 | 81,2\n"
            + "Centrum | 1.510 | 402 | 77,9\nHaven | 610 | 95 | 84,5\n"
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
