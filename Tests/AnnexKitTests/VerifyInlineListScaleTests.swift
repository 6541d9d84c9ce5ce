import Testing

@testable import AnnexKit

/// A list in one line after a header that states its scale ('Bezoekers per vestiging (x 1.000): Centrum 212,4; …'):
/// the items' values are read in that scale (`ListHeaderScale`), as those of a list with a mark per item are, so a
/// mean written in full is compared with them in one scale.
@Suite("Verify: a header's scale over the items of a list in one line")
struct VerifyInlineListScaleTests {
    /// Visitors per branch (212,4 + 198,6 + 230,1 = 641,1; a mean of 213,7) after `header`, with `prose` after them.
    static func branches(_ prose: String, header: String = "Bezoekers per vestiging (x 1.000):") -> String {
        header + " Centrum 212,4; Haven 198,6; Station 230,1. " + prose
    }

    @Test(
        "A mean written in full or with a scale word, of items in the header's scale",
        arguments: [
            (Self.branches("Gemiddeld was dat 213.700 bezoekers per vestiging."), "213.700", Verdict.consistent),
            (Self.branches("Gemiddeld was dat 231.700 bezoekers per vestiging."), "231.700", .inconsistent),
            (Self.branches("Gemiddeld was dat 0,21 miljoen bezoekers per vestiging.", header: "Bezoekers (mln):"),
                "0,21 miljoen", .inconsistent),
        ])
    func scaled(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A header that states no scale leaves the items as written: a mean a thousand times them is never wrong")
    func noScale() throws {
        let text = Self.branches(
            "Gemiddeld was dat 213.700 bezoekers per vestiging.", header: "Bezoekers per vestiging:")
        let found = try verified(text)
        #expect(!found.contains { $0.written == "213.700" && $0.verdict == .inconsistent }, "\(found.map(reason))")
    }
}
