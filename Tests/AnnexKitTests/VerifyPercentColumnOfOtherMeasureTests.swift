import Testing

@testable import AnnexKit

/// A column of percentages after two columns of counts, under a header that names a thing neither count column names
/// ('Maand | Aanvragen | Afgewezen | Binnen termijn'): its values measure that thing, no share of the row's counts
/// (`TableRowColumns`), with a mark of share in the header or without. A header that names the part column's thing
/// ('Afgewezen (%)') keeps the share.
@Suite("Verify: a column of percentages that names another measure than the row's counts")
struct VerifyPercentColumnOfOtherMeasureTests {
    /// Requests and refusals per month (120 of 2.400 is 5,0%; 150 of 2.000 is 7,5%; 100 of 2.500 is 4,0%), with a
    /// last column under `last` whose cells are `cells`.
    static func table(last: String, cells: [String]) -> String {
        """
        Maand | Aanvragen | Afgewezen | \(last)
        Januari | 2.400 | 120 | \(cells[0])
        Februari | 2.000 | 150 | \(cells[1])
        Maart | 2.500 | 100 | \(cells[2])
        """
    }

    @Test("A header that names the part's thing: the row's share of its counts, right or wrong")
    func share() throws {
        let right = Self.table(last: "Afgewezen (%)", cells: ["5,0%", "7,5%", "4,0%"])
        try expectVerdict(.consistent, of: "7,5%", in: right)
        let wrong = Self.table(last: "Afgewezen (%)", cells: ["5,0%", "7,5%", "6,0%"])
        try expectVerdict(.inconsistent, of: "6,0%", in: wrong)
    }

    @Test(
        "A header that names another measure, with a mark of share or without: never wrong",
        arguments: ["Binnen termijn", "Binnen termijn (%)"])
    func otherMeasure(last: String) throws {
        let found = try verified(Self.table(last: last, cells: ["96,5%", "95,0%", "97,2%"]))
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("Another measure one of whose cells equals its row's share by chance (5,0% of January): still never wrong")
    func shareByChance() throws {
        let found = try verified(Self.table(last: "Binnen termijn", cells: ["5,0%", "95,0%", "97,2%"]))
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }
}
