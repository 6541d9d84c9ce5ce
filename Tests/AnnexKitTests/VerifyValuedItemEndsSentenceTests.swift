import Testing

@testable import AnnexKit

/// An item of a list that closes on a number ('- Havenweg, Gouda (oost): 1.750') ends its sentence before a line
/// that is no item and opens in upper case, as a value line does: the prose under the list is a sentence of its own.
@Suite("verify: a list item that closes on a value ends its sentence")
struct VerifyValuedItemEndsSentenceTests {
    static let list = "Grootste laadpleinen (2025):\n- Havenweg, Gouda (oost): 1.750\n- Kattensingel, Gouda (centrum): "
        + "1.320\n- Goverwelle, Gouda (noord): 980\n"

    /// 260 + 140 = 400; 420 is wrong. The last item's 980 is no part of the sentence under it.
    @Test("The sentence under the list is read alone", arguments: [("400", Verdict.consistent), ("420", .inconsistent)])
    func sentenceUnderList(total: String, verdict: Verdict) throws {
        let text = Self.list + "In het oosten kwamen er 260 palen bij en in het noorden 140, samen \(total) palen."
        try expectClaim(total, in: text, kind: .sum, verdict: verdict)
    }

    /// A selection of the items ('twee van de drie') is summed by no numbers that merely stand before it.
    @Test("A total of a selection of the items is no wrong sum")
    func selectionOfItems() throws {
        let text = Self.list + "Twee van de drie liggen buiten het centrum, samen goed voor 2.730 palen."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
