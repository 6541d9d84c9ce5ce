import Testing

@testable import AnnexKit

/// verify206: a list of parts whose last item is their total ('- Totaal: € 10.500'), read as one sentence with its
/// title, is a table for the prose right under it: a share that names an item by its label is of the total item.
@Suite("Verify: a share of a list item under a list closed by its total item")
struct VerifyListClosedByTotalShareTests {
    /// Two items and their total, 6.300 + 4.200 = 10.500.
    static let list = "Inkomsten van het toernooi:\n- Inschrijfgeld: € 6.300\n- Kantine: € 4.200\n- Totaal: € 10.500\n"

    @Test("The item's share of the total item")
    func itemShare() throws {
        // 6.300 / 10.500 = 60%.
        try expectClaim(
            "60 procent", in: Self.list + "Het inschrijfgeld was goed voor 60 procent van de inkomsten.",
            kind: .share, verdict: .consistent)
        // 4.200 / 10.500 = 40%, not 45.
        try expectClaim(
            "45 procent", in: Self.list + "De kantine was goed voor 45 procent van de inkomsten.", kind: .share,
            verdict: .inconsistent)
    }

    @Test(
        "Items that do not add up, a selection, or another whole stay unverifiable",
        arguments: [
            // 6.300 + 4.200 is no 11.000: the items may be some of the parts only.
            "Inkomsten van het toernooi:\n- Inschrijfgeld: € 6.300\n- Kantine: € 4.200\n- Totaal: € 11.000\n"
                + "Het inschrijfgeld was goed voor 60 procent van de inkomsten.",
            // A whole the title does not name.
            VerifyListClosedByTotalShareTests.list + "Het inschrijfgeld was goed voor 60 procent van de kosten.",
        ])
    func near(text: String) throws {
        try expectUnverifiable("60 procent", in: text)
    }
}
