import Testing

@testable import AnnexKit

/// Values of a list each followed by its item's name in brackets, the unit after the last value only ('58,4
/// (Tilburg), … en 55,6 procent (Breda)'): the unit is every item's, and the brackets are no gap in the list
/// (`Tokenizer.labelBracketEnd`), so a mean of the items is read and no item is a share of another.
@Suite("verify: a list of values named in brackets, its unit after the last")
struct VerifyLabelledListUnitTests {
    /// (58,4 + 61,0 + 55,6) / 3 = 58,33.
    @Test(
        "The mean of the bracketed items is checked",
        arguments: [("58,3 procent", Verdict.consistent), ("59,3 procent", .inconsistent)])
    func meanOfItems(written: String, expected: Verdict) throws {
        let text = "In de drie steden lag de opkomst op 58,4 (Tilburg), 61,0 (Den Bosch) en 55,6 procent (Breda), "
            + "gemiddeld \(written)."
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The last item is no share of the items before it")
    func lastItemNoShare() throws {
        let text = "Het aandeel fietsers lag op 31,5 (Zwolle), 28,0 (Oude IJsselstreek) en 26,4 procent (Deventer)."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
