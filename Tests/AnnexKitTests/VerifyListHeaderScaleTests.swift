import Testing

@testable import AnnexKit

/// A list under a header that states its scale ('Bezoekers per museum (x 1.000):' over items '– Stadsmuseum: 84,5'):
/// the items' values are read in that scale (`ListHeaderScale`), so a total written in full or with a scale word is
/// compared with them in one scale.
@Suite("Verify: a list's header states the scale of its items")
struct VerifyListHeaderScaleTests {
    /// Visitors per museum in thousands (84,5 + 61,2 + 40,3 = 186,0) under `header`, with `prose` under them.
    static func museums(_ prose: String, header: String = "Bezoekers per museum (x 1.000):") -> String {
        header + "\n– Stadsmuseum: 84,5\n– Natuurmuseum (met tuin): 61,2\n– Scheepvaartmuseum: 40,3\n" + prose
    }

    @Test(
        "A total in full or with a scale word, of items in the header's scale",
        arguments: [
            (Self.museums("In totaal kwamen er 186.000 bezoekers."), "186.000", Verdict.consistent),
            (Self.museums("In totaal kwamen er 196.000 bezoekers."), "196.000", .inconsistent),
            (Self.museums("In totaal 0,186 miljoen bezoekers.", header: "Bezoekers per museum (in duizenden):"),
                "0,186 miljoen", .consistent),
        ])
    func scaled(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A header that states no scale leaves the items as written: a total a thousand times them is never wrong")
    func noScale() throws {
        let text = Self.museums("In totaal kwamen er 186.000 bezoekers.", header: "Bezoekers per museum:")
        let found = try verified(text)
        #expect(!found.contains { $0.written == "186.000" && $0.verdict == .inconsistent }, "\(found.map(reason))")
    }
}
