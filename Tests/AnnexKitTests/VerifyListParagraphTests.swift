import Testing

@testable import AnnexKit

/// Lists whose items are each a paragraph: an item that names a part and its count with no colon ('• noord 412')
/// opened a paragraph of its own, so that the title, the items and the total line under them were read apart. In a
/// block of two or more such items each is now the value line it stands for (`CountItem`). Sentences in my own words
/// and numbers.
@Suite("verify: lists whose items are paragraphs")
struct VerifyListParagraphTests {
    @Test("An item of a label and a count is the value line it stands for", arguments: [
        ("• noord 412", "• noord: 412"), ("- Kinder- en jeugdzorg 1.305", "- Kinder- en jeugdzorg: 1.305"),
        ("- Totaal 3.275", "- Totaal: 3.275"),
    ])
    func valueLine(line: String, expected: String) {
        #expect(CountItem.line(line.unicodeScalars) == expected)
    }

    @Test("An item of prose, a percentage or a label with a digit stays text", arguments: [
        "- het aantal klachten steeg naar 412", "- de klachten waren 412", "- noord 42%", "- noord 412 klachten",
        "- 2024 412", "noord 412", "- ruim 412", "- gemeente: 412",
    ])
    func text(line: String) {
        #expect(CountItem.line(line.unicodeScalars) == nil)
    }

    /// 412 + 286 + 155 = 853; 863 is wrong.
    @Test("A total line under items with no colon", arguments: [("853", Verdict.consistent), ("863", .inconsistent)])
    func totalUnderItems(total: String, verdict: Verdict) throws {
        let text = "Bezoekers per ingang:\n• noord 412\n• zuid 286\n• west 155\nTotaal: \(total)\n"
        try expectClaim(total, in: text, kind: .sum, verdict: verdict, value: 853)
    }

    /// 2.310 + 845 + 120 = 3.275 (thousands of euros); 3.375 is wrong.
    @Test("A total as the last item of items with no colon, in the title's scale",
        arguments: [("3.275", Verdict.consistent), ("3.375", .inconsistent)])
    func totalAsLastItem(total: String, verdict: Verdict) throws {
        let text = "Uitgaven per post (x € 1.000):\n- Personeel 2.310\n- Huisvesting 845\n- Overig 120\n"
            + "- Totaal \(total)\n"
        try expectClaim(total, in: text, kind: .sum, verdict: verdict, value: 3_275_000)
    }

    /// Items of prose that close on a number are no parts: no sum is resolved.
    @Test("Near cases give no resolved sum", arguments: [
        "Klachten dit jaar:\n- het aantal klachten steeg naar 412\n- het aantal meldingen daalde tot 286\n"
            + "Totaal: 698\n",
        "Klachten dit jaar:\n- de klachten waren 412\n- de meldingen waren 286\nTotaal: 598\n",
        "Klachten per wijk (%):\n- noord 42%\n- zuid 58%\n- totaal 110%\n",
    ])
    func nearCases(text: String) throws {
        let found = try verified(text).filter { $0.kind == .sum }
        #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map(reason))")
    }

    /// Prose between two lists ends the first: a total under the second is of the second's items alone (60 + 45 =
    /// 105), as under items with a colon; the first list's items (120 + 95) are not added to it.
    @Test("Prose between two lists of items with no colon")
    func proseBetweenLists() throws {
        let text = "Klachten per wijk:\n• noord 120\n• zuid 95\n"
            + "Daarnaast kwamen er meldingen binnen over de markt.\n• oost 60\n• west 45\nTotaal: 105\n"
        try expectClaim("105", in: text, kind: .sum, verdict: .consistent, value: 105)
    }

    /// A blank line between the items keeps each a paragraph of its own, as before: no sum is resolved.
    @Test("Items with a blank line between them")
    func blankLineBetweenItems() throws {
        let text = "Bezoekers per ingang:\n\n• noord 412\n\n• zuid 286\n\n• west 155\n\nTotaal: 863\n"
        let found = try verified(text).filter { $0.kind == .sum }
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }
}
