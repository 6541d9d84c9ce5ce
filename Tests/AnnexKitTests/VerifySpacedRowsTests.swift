import Foundation
import Testing

@testable import AnnexKit

/// Small tables pasted as rows 'Label  getal' (two or more spaces between label and value) under a title: each row
/// is a value line, a total row under them is their sum, and prose under them takes them as its operands. In words
/// of their own, both ways, with near misses.
@Suite("verify: tables of rows split by spaces, totals and means under them")
struct VerifySpacedRowsTests {
    /// Staff of three regions under a title that names no split (3.410 + 4.120 + 1.950 = 9.480), a total row `total`,
    /// the rows written with `gap` between label and value.
    static func staff(total: String, gap: String = "  ") -> String {
        let rows = [("Noord-Nederland", "3.410"), ("Oost-Nederland", "4.120"), ("Limburg", "1.950"), ("Totaal", total)]
        return (["Formatie politie-eenheden (fte)"] + rows.map { $0.0 + gap + $0.1 }).joined(separator: "\n")
    }

    @Test(
        "A block of rows split by spaces reads as value lines, each a sentence, and ends before the prose under it",
        arguments: [
            ("Tevredenheid per vestiging (%)\nAlmere  72\nLelystad   66\nDe cijfers dalen.",
             ["Tevredenheid per vestiging (%)", "Almere: 72%", "Lelystad: 66%", "De cijfers dalen."]),
            ("Wachtenden\n18-29 jaar  310\n30 jaar en ouder  1.240",
             ["Wachtenden", "18-29 jaar: 310", "30 jaar en ouder: 1.240"]),
        ])
    func rowsAreValueLines(text: String, expected: [String]) throws {
        #expect(TextDocument(text: text).sentences.map(\.text) == expected)
    }

    @Test(
        "Near miss: a lone row, or rows whose second cell opens with a word, make no value line",
        arguments: [
            "Het rapport verscheen in mei.  Almere  72",
            "Sector  Aantal\nZorg  verwacht meer",
            "Almere  72\nDe cijfers dalen.",
        ])
    func loneRowsMakeNoValueLine(text: String) throws {
        let sentences = TextDocument(text: text).sentences.map(\.text)
        #expect(!sentences.contains { $0.contains(":") }, "\(sentences)")
    }

    @Test(
        "A total row under rows split by spaces or a colon, under any title of a table, is their sum",
        arguments: [
            (staff(total: "9.480"), "9.480", Verdict.consistent),
            (staff(total: "9.580"), "9.580", .inconsistent),
            (staff(total: "9.580", gap: ": "), "9.580", .inconsistent),
            (staff(total: "9.580", gap: "\t"), "9.580", .inconsistent),
            // 148,6 + 97,2 + 22,9 + 11,8 = 280,5 (million): the title's scale applies to rows and total alike.
            ("Uitgaven 2026 per beleidsveld (bedragen in miljoenen euro)\nOnderwijs  148,6\nZorg  97,2\n"
                + "Cultuur  22,9\nSport  11,8\nTotaal  280,5", "280,5", .consistent),
            ("Uitgaven 2026 per beleidsveld (bedragen in miljoenen euro)\nOnderwijs  148,6\nZorg  97,2\n"
                + "Cultuur  22,9\nSport  11,8\nTotaal  281,5", "281,5", .inconsistent),
            // 14.300 + 3.850 + 2.120 = 20.270 (thousand euro).
            ("Lasten (x € 1.000)\nPersoneel  14.300\nHuisvesting  3.850\nICT  2.120\nTotaal  20.270", "20.270",
             .consistent),
            ("Lasten (x € 1.000)\nPersoneel  14.300\nHuisvesting  3.850\nICT  2.120\nTotaal  21.270", "21.270",
             .inconsistent),
            // A 'waarvan' row is a part of the row above it, no part of the whole: 640 + 210 = 850.
            ("Meldingen bij het meldpunt (aantal)\nWoonoverlast  640\nwaarvan geluid  230\nVerkeer  210\nSamen  850",
             "850", .consistent),
        ])
    func totalRowSumsTheRows(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: a selection, overlapping answers, a subtotal between, other units or year rows: no sum is judged",
        arguments: [
            "Enkele gemeenten (inwoners)\nAssen  68.900\nEmmen  107.000\nMeppel  34.500\nTotaal  500.000",
            "Top 3 gemeenten (inwoners)\nAssen  68.900\nEmmen  107.000\nMeppel  34.500\nTotaal  500.000",
            "Inwoners, waaronder Drenthe\nAssen  68.900\nEmmen  107.000\nMeppel  34.500\nTotaal  500.000",
            "Redenen om te stoppen (meer antwoorden mogelijk)\nTijd  410\nKosten  380\nGezondheid  150\nTotaal  720",
            // A subtotal among the rows: its rows would count twice.
            "Lasten (x € 1.000)\nLonen  9.100\nPensioenen  1.400\nTotaal personeel  10.500\nHuur  2.000\n"
                + "Totaal  12.500",
            // Rows of other nouns do not add up to one total.
            "Capaciteit\nBedden  420 plaatsen\nPersoneel  610 fte\nTotaal  1.100",
            // Year rows are a series, not parts of a whole.
            "Aanvragen (aantal)\n2022  1.410\n2023  1.530\n2024  1.620\nTotaal  5.000",
        ])
    func noSumJudged(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }

    /// Satisfaction per branch in percent under a title with '(%)' (72, 66, 75: mean 71), `prose` under the rows.
    static func branches(_ prose: String) -> String {
        "Tevredenheid per vestiging (%)\nAlmere  72\nLelystad  66\nZeewolde  75\n" + prose
    }

    @Test(
        "A sentence that opens with the mean of what the rows' title names is their mean; '(%)' makes them percentages",
        arguments: [
            (branches("De gemiddelde tevredenheid van de drie vestigingen is 71%."), "71%", Verdict.consistent),
            (branches("De gemiddelde tevredenheid van de drie vestigingen is 74%."), "74%", .inconsistent),
            (branches("Het gemiddelde tevredenheidscijfer ligt op 74 procent."), "74 procent", .unverifiable),
            (branches("De gemiddelde tevredenheid kwam uit op 76 procent."), "76 procent", .inconsistent),
            // Colon rows read the same: (12 + 18 + 15) / 3 = 15 days.
            ("Doorlooptijd per team (dagen)\nTeam A: 12\nTeam B: 18\nTeam C: 15\n"
                + "De gemiddelde doorlooptijd van de teams was 17 dagen.", "17", .inconsistent),
        ])
    func meanOfTitledRows(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: a mean of something the title does not name, or of another count of rows, is not their mean",
        arguments: [
            branches("De gemiddelde leeftijd van de ondervraagden is 44 jaar."),
            branches("De gemiddelde tevredenheid van de vier vestigingen is 74%."),
            "Respondenten (aantal)\nAlmere  720\nLelystad  660\nDe gemiddelde leeftijd was 52 jaar.",
        ])
    func meanNotOfTitledRows(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }

    @Test("A row's value is never glued to the prose line under the rows")
    func rowNotGluedToProse() throws {
        let sentences = TextDocument(text: Self.branches("Het gemiddelde ligt op 71%.")).sentences.map(\.text)
        #expect(sentences.last == "Het gemiddelde ligt op 71%.", "\(sentences)")
    }

    @Test(
        "Two rows named in the sentence under the table, one after 'dan': the points between them",
        arguments: [
            // 75 − 66 = 9 points.
            (branches("Zeewolde scoort 9 procentpunt hoger dan Lelystad."), "9 procentpunt", Verdict.consistent),
            (branches("Zeewolde scoort 6 procentpunt hoger dan Lelystad."), "6 procentpunt", .inconsistent),
            (branches("In Lelystad ligt de tevredenheid 9 procentpunt lager dan in Zeewolde."), "9 procentpunt",
             .consistent),
            (branches("In Lelystad ligt de tevredenheid 9 procentpunt hoger dan in Zeewolde."), "9 procentpunt",
             .inconsistent),
        ])
    func rowsCompared(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: one row named, both on one side, or a comparison with something outside the table: not judged",
        arguments: [
            branches("Zeewolde scoort 6 procentpunt hoger dan vorig jaar."),
            branches("Zeewolde en Lelystad scoren 6 procentpunt hoger dan het landelijk gemiddelde."),
            branches("De tevredenheid ligt 6 procentpunt hoger dan in Lelystad."),
        ])
    func rowsNotCompared(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }
}
