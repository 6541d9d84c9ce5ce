import Foundation
import Testing

@testable import AnnexKit

/// False alarms of held-out text: a group's open bound read as a change's amount, a rate's 'per' inside a
/// parenthesis, a table's row run on into the next line, a share taking the part of the share before it, and shares
/// rounded one by one under a total of 100%.
@Suite("verify: open bounds, rates in parentheses, table rows, shares that make up 100%")
struct VerifyBoundsAndTableRowsTests {
    @Test("A group's open bound after 'met' is no amount of a change")
    func openBound() throws {
        // 84 → 91 is +7 and +8,3%; the 500 bounds the schools counted.
        for group in ["met 500 of meer leerlingen", "met 500 leerlingen of meer"] {
            let text = "Het aantal scholen \(group) groeide van 84 naar 91, een stijging van 8,3%."
            let found = try verified(text)
            #expect(!found.contains { $0.written.hasPrefix("500") }, "\(found.map(\.written))")
            try expectVerdict(.consistent, of: "8,3%", in: text)
        }
        // The amount of a change after 'met' is still one: 91 − 84 = 7.
        try expectVerdict(.consistent, of: "7", in: "Het aantal scholen groeide met 7, van 84 naar 91.")
        try expectVerdict(.inconsistent, of: "9", in: "Het aantal scholen groeide met 9, van 84 naar 91.")
    }

    @Test("A 'per' inside a parenthesis makes no rate of the number before it")
    func perInParenthesis() throws {
        // '8 tot 24 uur per week' qualifies the contracts; 1.900 is no rate of 8 over 24.
        let text = "Van de 5.200 contracten waren er 1.900 flexcontracten (8 tot 24 uur per week)."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "1.900" && $0.verdict == .inconsistent }, "\(found.map(\.written))")
        // A rate with 'per' in its own phrase and its two counts in brackets: 1.350 / 50 = 27.
        try expectVerdict(.consistent, of: "27", in: "Per fte werden gemiddeld 27 dossiers behandeld (1.350, 50 fte).")
        let wrong = "Per fte werden gemiddeld 29 dossiers behandeld (1.350, 50 fte)."
        try expectVerdict(.inconsistent, of: "29", in: wrong)
    }

    @Test("A table's row written with bars ends its sentence: the rows are no list summed by prose")
    func barredRows() throws {
        // 318 + 142 + 97 + 276 = 833.
        let table = "Tabel 2 Meldingen naar soort, 2024\nGeluid | 318\nAfval | 142\nVerkeer | 97\nOverig | 276\n"
        // The last row's 276 before the total line is no sum of the rows above it.
        let right = try verified(table + "Totaal | 833\n")
        #expect(right.map(\.written) == ["833"], "\(right.map { "\($0.written) \($0.verdict)" })")
        try expectVerdict(.consistent, of: "833", in: table + "Totaal | 833\n")
        try expectVerdict(.inconsistent, of: "853", in: table + "Totaal | 853\n")
    }

    @Test("Prose under a table with columns pasted with spaces does not take the last row's number")
    func proseUnderSpacedRows() throws {
        // 642 + 410 + 218 = 1.270; 642 / 1.270 = 50,55% → 50,6%. Not 14 (the last row's cell) of 1.270.
        let text = """
            Afdeling      leden    trainingen per week
            Voetbal         642         38
            Hockey          410         22
            Tennis          218         14
            Voetbal telt 50,6% van alle 1.270 leden.
            """
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
        #expect(!found.contains { $0.written.hasPrefix("14 ") })
    }

    @Test("A count in brackets after another share's phrase is that share's part, no part of the next one")
    func partOfAnotherShare() throws {
        // 1.080 / 2.400 = 45%; the 55% of the village has no count of its own (1.320 would be its part).
        let text = "Van de 2.400 deelnemers zat 45 procent in de stad (1.080) en 55 procent in het dorp."
        try expectVerdict(.consistent, of: "45 procent", in: text)
        #expect(try claim("55 procent", in: text).verdict != .inconsistent)
        // The count after the second share's phrase is the second's: 1.320 / 2.400 = 55%, not the first's part.
        let after = "Van de 2.400 deelnemers zat 45 procent in de stad en 55 procent in het dorp (1.320)."
        #expect(try claim("45 procent", in: after).verdict != .inconsistent)
        try expectVerdict(.consistent, of: "55 procent", in: after)
        // A wrong share of its own part is still caught: 1.180 / 2.400 = 49,2%.
        try expectVerdict(
            .inconsistent, of: "45 procent",
            in: "Van de 2.400 deelnemers zat 45 procent in de stad (1.180) en 55 procent in het dorp.")
    }

    @Test("Shares rounded one by one may add up to a total of 100% within their rounding")
    func sharesOfWholeRounded() throws {
        // 3 × 33,3% = 99,9% as written; each third is 33,33…%, together exactly 100%.
        let table = """
            | Regio | Leden | Aandeel |
            | Noord | 1.000 | 33,3% |
            | Midden | 1.000 | 33,3% |
            | Zuid | 1.000 | 33,3% |
            | Totaal | 3.000 | 100,0% |
            """
        try expectVerdict(.consistent, of: "100,0%", in: table)
        try expectVerdict(.consistent, of: "3.000", in: table)
        // A sum of rounded percentages that is no whole is still their sum as written: 12,4 + 20,3 = 32,7.
        try expectVerdict(
            .inconsistent, of: "32,9%",
            in: "Van de klanten koos 12,4% voor de bus en 20,3% voor de trein, samen 32,9%.")
    }
}
