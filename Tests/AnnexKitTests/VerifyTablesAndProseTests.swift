import Foundation
import Testing

@testable import AnnexKit

/// Tables pasted into prose under a title that says their lines split one whole, in the wordings statistical
/// prose uses ('per', 'verdeeld over', 'Samenstelling …', 'Verdeling …', a unit in brackets): a total or mean line
/// under them is checked against their values. In words of their own, both ways, with near misses.
@Suite("verify: pasted tables, their totals and the titles over them")
struct VerifyTablesAndProseTests {
    /// Five sectors of one decimal under `title`, with a total line `total`: 46,2 + 38,9 + 30,1 + 25,8 + 12,4 =
    /// 153,4.
    static func sectors(_ title: String, total: String, tab: Bool = false) -> String {
        let lines = [
            "Industrie: 46,2", "Elektriciteit: 38,9", "Mobiliteit: 30,1", "Landbouw: 25,8", "Gebouwde omgeving: 12,4",
            "Totaal: \(total)",
        ]
        let block = title + "\n" + lines.joined(separator: "\n")
        return tab ? block.replacingOccurrences(of: ": ", with: "\t") : block
    }

    @Test(
        "A title with a unit in brackets closes its line over value lines, as a title with a year does",
        arguments: [
            ("Samenstelling van het personeel (fte)\nZorg: 412\nStaf: 96",
             ["Samenstelling van het personeel (fte)", "Zorg: 412", "Staf: 96"]),
            // A bare value under '(%)' is a percentage (`VerifySpacedRowsTests`).
            ("Aandeel per regio (%)\nNoord: 38\nZuid: 62", ["Aandeel per regio (%)", "Noord: 38%", "Zuid: 62%"]),
        ])
    func unitTitleEndsItsLine(text: String, expected: [String]) throws {
        #expect(TextDocument(text: text).sentences.map(\.text) == expected)
    }

    @Test(
        "A scale in brackets or words closes its title's line too, and applies to the lines (`VerifyTableScaleTests`)",
        arguments: [
            "Uitgaven per domein (mln euro)\nJeugd: 41,2\nWmo: 38,0",
            "Instroom per regio (x 1.000)\nNoord: 12,4\nZuid: 9,8",
            "Bedragen in miljoenen (euro)\nJeugd: 41,2\nWmo: 38,0",
        ])
    func scaleTitleEndsItsLine(text: String) throws {
        #expect(TextDocument(text: text).sentences.count == 3, "\(TextDocument(text: text).sentences.map(\.text))")
    }

    @Test(
        "A total line under a title that splits one whole ('per', 'verdeeld over', 'Samenstelling') sums the lines",
        arguments: [
            (sectors("Uitstoot per sector, 2023 (Mton)", total: "153,4"), "153,4", Verdict.consistent),
            (sectors("Uitstoot per sector, 2023 (Mton)", total: "155,4"), "155,4", .inconsistent),
            (sectors("Uitstoot per sector (Mton)", total: "155,4", tab: true), "155,4", .inconsistent),
            (sectors("Uitstoot verdeeld over sectoren, 2023", total: "153,4"), "153,4", .consistent),
            (sectors("Uitstoot uitgesplitst naar sector en bron 2023", total: "151,4"), "151,4", .inconsistent),
            // A title with a scale is a title of its own now (46,2 + 12,5 = 58,7 million); before, it joined the
            // first line.
            ("Kosten per sector (mln euro)\nIndustrie: 46,2\nLandbouw: 12,5\nTotaal: 60,0", "60,0", .inconsistent),
            ("Kosten per sector (mln euro)\nIndustrie: 46,2\nLandbouw: 12,5\nTotaal: 58,7", "58,7", .consistent),
            // 412 + 96 + 27 = 535.
            ("Samenstelling van het personeel (fte)\nZorg: 412\nStaf: 96\nManagement: 27\nTotaal: 535", "535",
             .consistent),
            ("Samenstelling van het personeel (fte)\nZorg: 412\nStaf: 96\nManagement: 27\nTotaal: 545", "545",
             .inconsistent),
            // 1.250 + 830 + 2.120 = 4.200.
            ("Verdeling van de subsidie 2024\nCultuur\t1.250\nSport\t830\nWelzijn\t2.120\nTotaal\t4.200", "4.200",
             .consistent),
            ("Verdeling van de subsidie 2024\nCultuur\t1.250\nSport\t830\nWelzijn\t2.120\nTotaal\t4.300", "4.300",
             .inconsistent),
        ])
    func totalUnderSplittingTitle(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A mean line under lines whose title has a unit in brackets is the mean of all of them",
        arguments: [
            // (21 + 27 + 24) / 3 = 24; before, the title was joined to 'Noord' and the rest's mean (25,5) unchecked.
            ("Wachttijd per regio (dagen)\nNoord\t21\nOost\t27\nZuid\t24\nGemiddeld\t24", "24", Verdict.consistent),
            ("Wachttijd per regio (dagen)\nNoord\t21\nOost\t27\nZuid\t24\nGemiddeld\t26", "26", .inconsistent),
        ])
    func meanUnderUnitTitle(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: a title of a selection or a mean, a scale, prose, or lines of other units: the total is not summed",
        arguments: [
            sectors("Top 5 sectoren per uitstoot, 2023 (Mton)", total: "165,0"),
            sectors("Top vijf sectoren per uitstoot, 2023", total: "165,0"),
            sectors("Uitstoot per sector, waaronder industrie", total: "165,0"),
            sectors("Gemiddelde uitstoot per bedrijf, naar sector", total: "165,0"),
            // 'per' in prose with a full stop is no title; 'over' without a participle of splitting splits nothing.
            sectors("Zij reisden per trein.", total: "165,0"),
            sectors("Cijfers over de sectoren 2023", total: "165,0"),
            // Lines of other units do not add up to one total.
            "Uitstoot per sector (Mton)\nIndustrie: 46,2 Mton\nLandbouw: 12,5 mln euro\nTotaal: 60,0",
        ])
    func totalNotSummed(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }

    /// New benefits by sector with a total line (12.010 + 8.200 + 6.100 + 19.990 = 46.300), `prose` under them.
    static func benefits(_ prose: String, title: String = "Nieuwe uitkeringen naar sector 2024") -> String {
        title + "\nUitzendbedrijven\t12.010\nZorg\t8.200\nHandel\t6.100\nOverig\t19.990\nTotaal\t46.300\n" + prose
    }

    @Test(
        "A share in prose under a table that names its part by a row's label is of the total line",
        arguments: [
            // 46,2 / 153,4 = 30,1%.
            (sectors("Uitstoot per sector, 2023 (Mton)", total: "153,4")
                + "\nDe industrie is goed voor 30 procent van het totaal.", "30 procent", Verdict.consistent),
            (sectors("Uitstoot per sector, 2023 (Mton)", total: "153,4")
                + "\nDe industrie is goed voor 35 procent van het totaal.", "35 procent", .inconsistent),
            // 12.010 / 46.300 = 25,9%: 'ruim een kwart'; the sector's word shares the stem 'uitzend' with the label.
            (benefits("Ruim een kwart van de nieuwe uitkeringen kwam uit de uitzendsector."), "Ruim een kwart",
             .consistent),
            (benefits("Ruim een derde van de nieuwe uitkeringen kwam uit de uitzendsector."), "Ruim een derde",
             .inconsistent),
            // 6.100 / 46.300 = 13,2%.
            (benefits("Het aandeel van de handel bedroeg 13 procent."), "13 procent", .consistent),
            (benefits("Het aandeel van de handel bedroeg 18 procent."), "18 procent", .inconsistent),
        ])
    func shareOfNamedRow(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: two rows named, none, a whole of its own, or no total line: the share is not judged",
        arguments: [
            // Two rows match ('zorg', 'handel').
            benefits("De zorg en de handel waren goed voor 40 procent."),
            // No row matches.
            benefits("Het aandeel van de bouw bedroeg 18 procent."),
            // A label word in a share of another whole ('van de werknemers').
            benefits("In de zorg ging 18 procent van de werknemers met pensioen."),
            // No total line: the lines are not summed to a whole.
            "Nieuwe uitkeringen 2024\nUitzendbedrijven\t12.010\nZorg\t8.200\nHandel\t6.100\n"
                + "Het aandeel van de handel bedroeg 18 procent.",
        ])
    func shareNotOfNamedRow(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }

    @Test(
        "Near miss: a total line below one of the lines over it is no sum of them (a rate or mean of the whole)",
        arguments: [
            "Kosten per cliënt 2024 (euro)\nTeam Noord: 980\nTeam Zuid: 1.320\nTeam West: 1.100\nTotaal: 1.150",
            "Wachttijd per regio\nRegio Noord\t31\nRegio Zuid\t44\nRegio Oost\t27\nTotaal\t34",
        ])
    func totalBelowALine(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }
}

