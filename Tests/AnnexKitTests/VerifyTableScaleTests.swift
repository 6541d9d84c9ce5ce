import Foundation
import Testing

@testable import AnnexKit

/// Tables pasted into prose under a title that states their scale ('(x 1.000)', '(x € 1 miljoen)', 'in miljoenen
/// euro', '(mln euro)'): the lines' values are read in that scale, so prose under the table that states them in full
/// or in words is compared in one scale; a title that states none leaves a claim 1.000 times the lines open. Prose
/// that names a row by its label under such a table, also a sentence or two further. In words of my own, both ways,
/// with near misses.
@Suite("verify: a table title's scale, and prose under a table")
struct VerifyTableScaleTests {
    /// Spending per programme in millions (412 + 1.036 + 218 = 1.666), with `prose` under it.
    static func programmes(_ prose: String, title: String = "Uitgaven per programma (x € 1 miljoen)") -> String {
        title + "\nOnderwijs: 412\nZorg: 1.036\nVeiligheid: 218\nTotaal: 1.666\n" + prose
    }

    /// Inflow in two years under `title` (41,2 and 46,9), with `prose` under it.
    static func inflow(_ prose: String, title: String = "Instroom (x 1.000)") -> String {
        title + "\n2022: 41,2\n2023: 46,9\n" + prose
    }

    /// Applications per province (1.310 + 210 + 2.480 + 1.000 = 5.000), tabbed, with `prose` under it.
    static func provinces(_ prose: String) -> String {
        "Aanvragen per provincie 2024\nUtrecht\t1.310\nZeeland\t210\nGelderland\t2.480\nOverig\t1.000\nTotaal\t5.000\n"
            + prose
    }

    @Test(
        "A title's closing scale: a times sign and a round number, 'in' and a multiplier word, or one in brackets",
        arguments: [
            ("Instroom (x 1.000)", 1_000),
            ("Uitgaven per programma (x € 1 miljoen)", 1_000_000),
            ("Bedragen x € 1.000", 1_000),
            ("Bedragen in miljoenen euro", 1_000_000),
            ("Omzet in duizenden", 1_000),
            ("Kosten per domein (mln euro)", 1_000_000),
            ("Rijksbijdrage (€ mld)", 1_000_000_000),
            ("Bedragen in miljoenen (euro):", 1_000_000),
        ])
    func titleScale(title: String, factor: Int) throws {
        #expect(TitleScale(Tokenizer.tokens(Array(title.unicodeScalars)))?.factor == factor)
    }

    @Test(
        "Near miss: no scale of a title: a number of no scale, a product, a multiplier in the body, a sentence",
        arguments: [
            "Personeel (x 100)", "Kosten: 3 x 1.000 euro", "Miljoenennota 2025", "Het budget is in miljoenen euro.",
            "Uitstoot per sector (Mton)", "Aanvragen in Utrecht",
        ])
    func noTitleScale(title: String) throws {
        #expect(TitleScale(Tokenizer.tokens(Array(title.unicodeScalars))) == nil)
    }

    @Test(
        "A title with a scale ends its line, and the lines under it carry the scale",
        arguments: [
            ("Instroom (x 1.000)\n2022: 41,2\n2023: 46,9", 1_000),
            ("Bedragen in miljoenen euro\nJeugd: 41,2\nWmo: 38,0", 1_000_000),
            ("Omzet in duizenden\nNoord\t812\nZuid\t798", 1_000),
            // A title without a scale: its lines carry 1, a scale not stated.
            ("Instroom naar regio 2024\nNoord: 1,2\nZuid: 3,0", 1),
        ])
    func linesCarryScale(text: String, factor: Int) throws {
        let sentences = TextDocument(text: text).sentences
        #expect(sentences.count == 3, "\(sentences.map(\.text))")
        #expect(sentences.dropFirst().allSatisfy { $0.titleScale == factor })
        #expect(sentences.first?.titleScale == nil)
    }

    @Test(
        "Sums, changes and shares in prose under a table compare in the title's scale",
        arguments: [
            // 412 + 1.036 + 218 = 1.666 million: 'bijna 1,7 miljard'; the 'Totaal' line is none of the parts.
            (programmes("Samen zijn dat bijna 1,7 miljard euro."), "bijna 1,7 miljard", Verdict.consistent),
            (programmes("Samen zijn dat ruim 2,1 miljard euro."), "ruim 2,1 miljard", .inconsistent),
            // 1.036 / 1.666 = 62,2%, also a sentence further under the table.
            (programmes("Zorg is goed voor 62 procent van het totaal."), "62 procent", .consistent),
            (programmes("Samen zijn dat bijna 1,7 miljard euro. Zorg is goed voor 62 procent van het totaal."),
             "62 procent", .consistent),
            (programmes("Samen zijn dat bijna 1,7 miljard euro. Zorg is goed voor 72 procent van het totaal."),
             "72 procent", .inconsistent),
            // 46.900 − 41.200 = 5.700; (46,9 − 41,2) / 41,2 = 13,8%, whatever the scale.
            (inflow("De instroom steeg in 2023 met 5.700 personen."), "5.700", .consistent),
            (inflow("De instroom steeg met 6.700 personen."), "6.700", .inconsistent),
            (inflow("De instroom steeg in 2023 met 14 procent."), "14 procent", .consistent),
            (inflow("De instroom steeg in 2023 met 5,7 duizend.", title: "Instroom in duizenden"), "5,7 duizend",
             .consistent),
            // The scale stated: 1,2 + 3,0 = 4,2 thousand, not 4,2 million.
            ("Instroom naar regio 2024 (x 1.000)\nNoord\t1,2\nZuid\t3,0\nTotaal\t4,2\n"
                + "Samen zijn dat 4,2 miljoen mensen.", "4,2 miljoen", .inconsistent),
            ("Instroom naar regio 2024 (x 1 miljoen)\nNoord\t1,2\nZuid\t3,0\nTotaal\t4,2\n"
                + "Samen zijn dat 4,2 miljoen mensen.", "4,2 miljoen", .consistent),
        ])
    func proseInTitleScale(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A second table under another title takes its own scale",
        arguments: [
            // 812.000 − 798.000 = 14.000 euro; in the first table's millions it would be 14 million.
            ("14.000", Verdict.consistent), ("14 miljoen", .inconsistent),
        ])
    func secondTableOwnScale(claimed: String, expected: Verdict) throws {
        let text =
            "Uitgaven (x € 1 miljoen)\n2022: 41,2\n2023: 46,9\n\nOntvangsten (x € 1.000)\n2022: 812\n2023: 798\n"
            + "De ontvangsten daalden met \(claimed) euro."
        try expectVerdict(expected, of: claimed, in: text)
    }

    @Test(
        "Near miss: a title with no scale and prose 1.000 or a million times its lines: unverifiable, no guessed scale",
        arguments: [
            ("Instroom naar regio 2024\nNoord\t1,2\nZuid\t3,0\nTotaal\t4,2\nSamen zijn dat 4.200 mensen.", "4.200"),
            ("Instroom naar regio 2024\nNoord\t1,2\nZuid\t3,0\nTotaal\t4,2\nSamen zijn dat 4,2 miljoen mensen.",
             "4,2 miljoen"),
            ("Instroom 2022-2023:\n2022: 41,2\n2023: 46,9\nDe instroom steeg met 5.700 personen.", "5.700"),
        ])
    func unstatedScaleOpen(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "Near miss: a title with no scale, prose in the lines' own scale: still checked",
        arguments: [
            ("Instroom 2022-2023:\n2022: 41,2\n2023: 46,9\nDe instroom steeg met 5,7.", "5,7", Verdict.consistent),
            ("Instroom 2022-2023:\n2022: 41,2\n2023: 46,9\nDe instroom steeg met 7,5.", "7,5", .inconsistent),
        ])
    func unstatedScaleOwnValues(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Prose that names a row by its label, with a ranking word or 'een kwart' in words",
        arguments: [
            // 210 / 5.000 = 4,2%; 1.310 / 5.000 = 26,2%.
            (provinces("Het aandeel van Zeeland is het kleinst: 4 procent."), "4 procent", Verdict.consistent),
            (provinces("Het aandeel van Zeeland is het kleinst: 9 procent."), "9 procent", .inconsistent),
            (provinces("Utrecht neemt ruim een kwart voor zijn rekening."), "ruim een kwart", .consistent),
            (provinces("Utrecht neemt ruim de helft voor zijn rekening."), "ruim de helft", .inconsistent),
            (provinces("Ruim een kwart komt uit Utrecht."), "Ruim een kwart", .consistent),
            (provinces("Het aandeel van Zeeland is 4 procent. Utrecht neemt ruim een kwart voor zijn rekening."),
             "ruim een kwart", .consistent),
        ])
    func rowByLabel(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: 'een kwart' of time, a row named a paragraph further down, or an ordinal: no share of the table",
        arguments: [
            provinces("De regeling bestaat al een kwart eeuw."),
            provinces("\nDe aanvragen kwamen binnen via het loket.\n\nHet aandeel van Zeeland is 9 procent."),
            provinces("Utrecht staat op een derde plaats."),
        ])
    func noRowShare(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.kind != .share || $0.verdict == .unverifiable }, "\(found.map(reason))")
    }
}
