import Foundation
import Testing

@testable import AnnexKit

/// Text written in lines without full stops (dashboards, factsheets, key-figure blocks): a value line ends at its
/// line end, the items of a list under it join it, and a title's year is the year of the lines under it. In words
/// of their own, both ways.
@Suite("verify: lines without full stops")
struct VerifyLineBlocksTests {
    @Test("A value line ends at its line end; an item of its list joins it; prose wrapped over lines stays one")
    func sentences() throws {
        let block = "Kerncijfers 2025\nAanmeldingen: 1.240\n- waarvan jeugdigen: 310 (25%)\nPlaatsingen: 870\n"
        #expect(
            TextDocument(text: block).sentences.map(\.text) == [
                "Kerncijfers 2025", "Aanmeldingen: 1.240 - waarvan jeugdigen: 310 (25%)", "Plaatsingen: 870",
            ])
        let prose = "Het aantal meldingen nam toe tot\n1.240, een stijging van 12 procent ten opzichte van\nde 1.107."
        #expect(TextDocument(text: prose).sentences.count == 1)
    }

    @Test("A title's year is the year of the lines under it, until a blank line; never the next line's")
    func titleYear() throws {
        let sentences = TextDocument(text: "Instroom Q3 2025\nMeldingen: 410\nAfgehandeld: 380\n\nOverig: 12\n")
            .sentences
        #expect(sentences.map(\.titleYear) == [nil, 2025, 2025, nil])
    }

    /// A block of key figures: a title with its year, a value line and the shares of its list items.
    static func keyFigures(youth: String, adults: String = "75%") -> String {
        "Kerncijfers 2025\nAanmeldingen: 1.240\n- waarvan jeugdigen: 310 (\(youth))\n"
            + "- waarvan volwassenen: 930 (\(adults))\n"
    }

    @Test(
        "A share on a list item under a value line is of its value",
        arguments: [
            // 310 of 1.240 is 25%.
            (keyFigures(youth: "25%"), "25%", Verdict.consistent),
            (keyFigures(youth: "30%"), "30%", .inconsistent),
            // The second item is of the value line too, not of the item before it (930 of 310 would be 300%).
            (keyFigures(youth: "25%", adults: "75%"), "75%", .consistent),
            (keyFigures(youth: "25%", adults: "70%"), "70%", .inconsistent),
            // 205 of 3.420 is 6,0%; of the item before it (1.710) it would be 12,0%.
            ("Meldingen 2025: 3.420\n- waarvan van de politie: 1.710 (50%)\n- waarvan van de huisarts: 205 (6%)",
             "6%", .consistent),
        ])
    func sharesUnderLine(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "An earlier value and a change in brackets on value lines under a title with a year",
        arguments: [
            // 380 → 410 is +7,9%; 372 → 350 is −5,9%.
            ("Kerncijfers 2025\nInstroom: 410 (2024: 380, +8%)\nUitstroom: 350 (2024: 372, -6%)", "+8%",
             Verdict.consistent),
            ("Kerncijfers 2025\nInstroom: 410 (2024: 380, +9%)\nUitstroom: 350 (2024: 372, -6%)", "+9%",
             .inconsistent),
            ("Kerncijfers 2025\nInstroom: 410 (2024: 380, +8%)\nUitstroom: 350 (2024: 372, -6%)", "-6%", .consistent),
        ])
    func bracketedChange(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A line without a year takes none from the line under it")
    func noYearFromNextLine() throws {
        let found = try verified("Cliënten: 1.400\nCliënten 2024: 1.250\nGroei: 15%")
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }

    @Test(
        "A total item under a title sums the items above it",
        arguments: [
            // 290 + 330 + 240 = 860.
            ("Deelnemers dagbesteding 2025\n- Noord: 290\n- Midden: 330\n- Zuid: 240\n- Totaal: 860", "860",
             Verdict.consistent),
            ("Deelnemers dagbesteding 2025\n- Noord: 290\n- Midden: 330\n- Zuid: 240\n- Totaal: 880", "880",
             .inconsistent),
        ])
    func totalUnderTitle(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
