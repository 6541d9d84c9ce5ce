import Testing

@testable import AnnexKit

/// A list of percentages, one per group ('Met 41, 37 en 29 procent voor respectievelijk …'), in a sentence with fewer
/// pairs 'M van (de) W' than the list has items: one pair gives the share of one figure, not of each item, so the
/// items are their groups' own levels and no share of the pair (`ClaimParser.isListedBesideFewerPairs`). A share the
/// pair's own noun takes is still read against it.
@Suite("Verify: listed levels of groups beside a lone count pair")
struct VerifyListedLevelsBesidePairTests {
    @Test("The levels of groups named by 'respectievelijk' are no shares of the sentence's one pair")
    func listedLevels() throws {
        let text = """
            Met 41, 37 en 29 procent voor respectievelijk Lelystad, Almere en Dronten haalden twee van de drie \
            scholen de doelstelling van 35 procent.
            """
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test(
        "The pair's own share beside such a list in its sentence is read against it",
        arguments: [("67 procent", Verdict.consistent), ("76 procent", .inconsistent)])
    func ownShare(written: String, expected: Verdict) throws {
        let text = """
            Twee van de drie scholen (\(written)) haalden de doelstelling, met scores van respectievelijk 41, 37 en \
            29 procent.
            """
        try expectVerdict(expected, of: written, in: text)
    }
}
