import Testing

@testable import AnnexKit

/// A percentage alone in brackets after the name of each item of a list is the item's own value, no share of a count
/// the sentence gives elsewhere (`ClaimParser.isItemsOwnPercentage`); one in brackets after its part's clause is that
/// part's share.
@Suite("verify: a percentage in brackets after each item of a list")
struct VerifyItemOwnPercentageTests {
    /// 48 / 320 = 15%.
    @Test(
        "A percentage in brackets after the clause of its part is the part's share",
        arguments: [("15 procent", Verdict.consistent), ("18 procent", .inconsistent)])
    func shareOfPart(written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: "Van de 320 deelnemers stopten er 48 voortijdig (\(written)).")
    }

    @Test("Each item's percentage is its own value, no share of the count before the list")
    func itemsOwnValues() throws {
        let found = try verified(
            "Vijf van de zes afdelingen bleven onder het plafond van 100 procent: Inkoop (96%), Verkoop (88%), "
                + "Beheer (91%), Facilitair (99%), Juridisch (94%) en Personeel (103%).")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    /// 200 / 500 = 40%, 150 / 500 = 30%.
    @Test("An item with a count of its own keeps its share of the whole", arguments: ["30%", "35%"])
    func itemWithCount(second: String) throws {
        let text = "Van de 500 leerlingen kozen er 200 voor de techniek (40%) en 150 voor de zorg (\(second))."
        try expectVerdict(second == "30%" ? .consistent : .inconsistent, of: second, in: text)
    }
}
