import Foundation
import Testing

@testable import AnnexKit

/// The verdict of each claim of `kind` in `text`, by the claim as written.
private func verdicts(_ text: String, _ kind: ClaimKind) throws -> [String: Verdict] {
    try VerifyTableRowRatesTests.verdicts(text, kind)
}

/// Share columns whose shares do not add up to 100 because one of them is wrong, and total rows that leave off the
/// share column's 100% (`TableShareRow.splitsWhole`, `TableBlock.padded`). Every table is hand-computed.
@Suite("verify: a text table's share column with a slip, and a total row without its 100%")
struct VerifyShareColumnWithSlipTests {
    /// Staff per department, 500 in all: 240 is 48%, 85 is 17%, 60 is 12%, 115 is 23%. With '21%' for 12% the column
    /// adds up to 109, yet three of its four rows show their share of 500: '21%' is caught.
    @Test(
        "Shares of the column's sum are read though one of them is wrong",
        arguments: [("12%", Verdict.consistent), ("21%", .inconsistent)])
    func slip(technique: String, expected: Verdict) throws {
        let text = """
            Afdeling | fte | aandeel
            Zorg | 240 | 48%
            Staf | 85 | 17%
            Techniek | 60 | \(technique)
            Overig | 115 | 23%
            """
        let found = try verdicts(text, .share)
        #expect(found["48%"] == .consistent && found["17%"] == .consistent && found["23%"] == .consistent)
        #expect(found[technique] == expected)
    }

    /// Members by age group, 'Totaal | 500' with no share cell: 130 is 26,0%, 170 is 34,0%, 200 is 40,0% ('44,0%' is
    /// caught); the total row sums its one count, 130 + 170 + 200 = 500, with or without a bar after it.
    @Test(
        "A total row that leaves off the share column sums its counts, and the shares are of it",
        arguments: [("40,0%", Verdict.consistent, "|"), ("44,0%", .inconsistent, ""), ("40,0%", .consistent, "")])
    func shortTotal(seniors: String, expected: Verdict, closing: String) throws {
        let text = """
            Leeftijdsgroep | leden | aandeel
            Jeugd | 130 | 26,0%
            Volwassenen | 170 | 34,0%
            Senioren | 200 | \(seniors)
            Totaal | 500 \(closing)
            """
        let shares = try verdicts(text, .share)
        #expect(shares["26,0%"] == .consistent && shares["34,0%"] == .consistent)
        #expect(shares[seniors] == expected)
        #expect(try verdicts(text, .sum)["500"] == .consistent)
    }

    /// Near cases: a column of each row's own share ('aandeel vrouwen': 81%, 54%, 12% of 240, 85, 60 are no shares of
    /// their sum 385: 62,3%, 22,1%, 15,6%) gives no wrong share; a total row of fewer cells under two count columns
    /// ('Totaal | 500') may total either, so it gives no sum.
    @Test("Shares of another whole and a short total row under two count columns give no claim")
    func near() throws {
        let own = """
            Afdeling | medewerkers | aandeel vrouwen
            Zorg | 240 | 81%
            Staf | 85 | 54%
            Techniek | 60 | 12%
            """
        #expect(try verdicts(own, .share).values.allSatisfy { $0 != .inconsistent })
        let twoCounts = """
            Wijk | 2023 | 2024
            Noord | 240 | 230
            Zuid | 260 | 280
            Totaal | 500
            """
        #expect(try verdicts(twoCounts, .sum)["500"] == nil)
    }
}

/// A column of the share of the rest: 'inspecties | gebreken | in orde' holds (inspecties − gebreken) / inspecties
/// (`TableRowColumns.share`, `rest`).
@Suite("verify: a text table's column of the share of the rest of two counts")
struct VerifyTableRestShareTests {
    /// Shops in order: (200 − 30) / 200 = 85%; (150 − 45) / 150 = 70%; (80 − 20) / 80 = 75%. '25%' is the share of
    /// the shops with faults (20 / 80), given as the share in order: caught.
    @Test(
        "A share column most of whose rows show the rest's share holds it",
        arguments: [("75%", Verdict.consistent), ("25%", .inconsistent)])
    func rest(fish: String, expected: Verdict) throws {
        let text = """
            Branche | inspecties | gebreken | in orde
            Bakkers | 200 | 30 | 85%
            Slagers | 150 | 45 | 70%
            Visboeren | 80 | 20 | \(fish)
            """
        let found = try verdicts(text, .share)
        #expect(found["85%"] == .consistent && found["70%"] == .consistent)
        #expect(found[fish] == expected)
    }

    /// Near case: one row of three shows the rest's share (75%), none the part's: the column measures something else
    /// (60% and 52% against 85% and 70%) and gives no wrong share.
    @Test("A column few of whose rows show either share gives no claim")
    func near() throws {
        let text = """
            Branche | inspecties | gebreken | in orde
            Bakkers | 200 | 30 | 60%
            Slagers | 150 | 45 | 52%
            Visboeren | 80 | 20 | 75%
            """
        #expect(try verdicts(text, .share).values.allSatisfy { $0 != .inconsistent })
    }
}

/// A rate column headed 'per N' and an abbreviated noun ('per 1.000 inw.'), beside exactly two count columns
/// (`TableRowColumns.rate`).
@Suite("verify: a text table's rate column headed 'per 1.000 inw.'")
struct VerifyTableRateAbbreviationTests {
    /// Thefts per 1.000 inhabitants: 54 / 27.000 × 1.000 = 2,0; 99 / 22.000 × 1.000 = 4,5; 33 / 11.000 × 1.000 = 3,0
    /// ('3,3' is caught).
    @Test(
        "A header 'per 1.000 inw.' is the other count column per the inhabitants' column",
        arguments: [("3,0", Verdict.consistent), ("3,3", .inconsistent)])
    func rate(last: String, expected: Verdict) throws {
        let text = """
            Gemeente | diefstallen | inwoners | per 1.000 inw.
            Aalten | 54 | 27.000 | 2,0
            Borne | 99 | 22.000 | 4,5
            Dinxperlo | 33 | 11.000 | \(last)
            """
        let found = try verdicts(text, .ratio)
        #expect(found["2,0"] == .consistent && found["4,5"] == .consistent)
        #expect(found[last] == expected)
    }

    /// Near case: with two count columns besides the inhabitants the rate may be of either: no claim.
    @Test("A header 'per 1.000 inw.' beside three count columns gives no claim")
    func near() throws {
        let text = """
            Gemeente | diefstallen | inbraken | inwoners | per 1.000 inw.
            Aalten | 54 | 81 | 27.000 | 2,0
            Borne | 99 | 44 | 22.000 | 4,5
            """
        #expect(try verdicts(text, .ratio).isEmpty)
    }
}

/// A balance row ('Saldo') under two rows: each cell is the first row's less the second's
/// (`TableRowColumns.balanceRows`).
@Suite("verify: a text table's balance row under two rows")
struct VerifyTableBalanceRowTests {
    /// Members: 86 − 52 = +34 in 2023; 74 − 81 = −7 in 2024 ('+7' is caught).
    @Test(
        "A row 'Saldo' is the first row less the second, per column",
        arguments: [("-7", Verdict.consistent), ("+7", .inconsistent)])
    func balance(later: String, expected: Verdict) throws {
        let text = """
            Leden | 2023 | 2024
            Aanmeldingen | 86 | 74
            Opzeggingen | 52 | 81
            Saldo | +34 | \(later)
            """
        let found = try verdicts(text, .difference)
        #expect(found["+34"] == .consistent)
        #expect(found[later] == expected)
    }

    /// Near cases: a balance written as the second row less the first in every column (52 − 86 = −34 and 81 − 74 =
    /// +7 against '+34' and '-7') is not read; nor one under three rows.
    @Test(
        "A balance no column of which shows the first less the second, or one under three rows, gives no claim",
        arguments: [
            "Leden | 2023 | 2024\nOpzeggingen | 52 | 81\nAanmeldingen | 86 | 74\nSaldo | +34 | -7",
            "Leden | 2023 | 2024\nAanmeldingen | 86 | 74\nOvergang | 5 | 9\nOpzeggingen | 52 | 81\nSaldo | +39 | 2",
        ])
    func near(text: String) throws {
        #expect(try verdicts(text, .difference).isEmpty)
    }
}

/// A row labelled by a quarter under the rows of its three months: their total, which it can confirm but never
/// contradict (a quarter of a stock or a mean is no sum) (`TableBlock.totalsPeriod`).
@Suite("verify: a text table's quarter row under its months")
struct VerifyTableQuarterTotalTests {
    /// Requests: 410 + 365 + 492 = 1.267; '1.276' is no sum of them, but may be a quarter's mean or stock: not
    /// `inconsistent`.
    @Test(
        "A quarter's row under its three months is their sum, confirmed only",
        arguments: [("1.267", Verdict.consistent), ("1.276", .unverifiable)])
    func quarter(total: String, expected: Verdict) throws {
        let text = """
            Maand | aanvragen
            juli | 410
            augustus | 365
            september | 492
            Derde kwartaal | \(total)
            """
        #expect(try verdicts(text, .sum)[total] == expected)
    }

    /// Near cases: months that do not fill the quarter (juli and augustus only, or those of another quarter) give no
    /// sum.
    @Test(
        "A quarter's row under other months gives no sum",
        arguments: [
            "Maand | aanvragen\njuli | 410\naugustus | 365\nDerde kwartaal | 775",
            "Maand | aanvragen\napril | 410\nmei | 365\njuni | 492\nDerde kwartaal | 1.267",
        ])
    func near(text: String) throws {
        #expect(try verdicts(text, .sum).isEmpty)
    }
}

/// A total in prose under a table whose column names the total's unit in another form ('hl' and 'hectoliter')
/// (`ClaimParser.columnTotalUnderTable`).
@Suite("verify: a total in prose of a column named by its unit's abbreviation")
struct VerifyColumnTotalUnitFormTests {
    /// 3.400 + 2.150 + 1.850 = 7.400 hectolitre ('7.500' is caught); '7.400 liter' is another unit: no claim.
    @Test(
        "A column 'hl' is summed by a total in hectoliters",
        arguments: [("7.400 hectoliter", Verdict?.some(.consistent)), ("7.500 hectoliter", .inconsistent),
            ("7.500 liter", nil)])
    func total(total: String, expected: Verdict?) throws {
        let text = """
            Afzetgebied | hl
            Horeca | 3.400
            Slijterijen | 2.150
            Supermarkten | 1.850
            In totaal leverden we \(total).
            """
        let number = String(total.prefix { $0 != " " })
        #expect(try verdicts(text, .sum)[number] == expected)
    }
}
