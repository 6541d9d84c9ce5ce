import Foundation
import Testing

@testable import AnnexKit

/// Tables in Markdown, whose header a rule line ('|---|---:|---:|') underlines (`TableRule`): the rule is no row, so
/// prose under the table reads its rows as under a table without one, a change of a row across two columns of years
/// (`TimedTable`) and a share of a row of the total row (`TableAbove.rowsAndTotal`). A line of dashes with text in it
/// is a row, not a rule; a table of three columns of years leaves a change that names no year unverifiable.
@Suite("verify: tables in Markdown with a rule line under the header")
struct VerifyMarkdownTablesTests {
    /// Requests per region in two years: Noord 400 → 460 (+15%), Zuid 250 → 240 (−4%), West 150 → 165 (+10%).
    static let regions = """
        Aanvragen per regio
        | Regio | 2023 | 2024 |
        |:---|---:|---:|
        | Noord | 400 | 460 |
        | Zuid | 250 | 240 |
        | West | 150 | 165 |

        """

    @Test(
        "a change of the row named, across the two year columns under the rule",
        arguments: [
            ("In Noord steeg het aantal aanvragen met 15 procent.", "15 procent", Verdict.consistent),
            ("In Zuid daalde het aantal aanvragen met 4 procent.", "4 procent", .consistent),
            // 250 → 240 is −4%, not −5%; 150 → 165 is +10%, not +12%.
            ("In Zuid daalde het aantal aanvragen met 5 procent.", "5 procent", .inconsistent),
            ("In West nam het aantal aanvragen toe met 12 procent.", "12 procent", .inconsistent),
        ])
    func changeOfRow(sentence: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: Self.regions + sentence)
    }

    @Test(
        "a share of a row of the total row, the total in bold: 60 of 200 is 30%",
        arguments: [("30", Verdict.consistent), ("35", .inconsistent)])
    func shareOfTotal(value: String, expected: Verdict) throws {
        let table = """
            Geplante bomen naar soort
            | Soort | aantal |
            |---|---|
            | Eiken | 120 |
            | Beuken | 60 |
            | Berken | 20 |
            | **Totaal** | **200** |

            """
        let text = table + "Beuken waren goed voor \(value) procent van alle geplante bomen."
        try expectVerdict(expected, of: "\(value) procent", in: text)
    }

    @Test("a line of dashes with text in it is a row, not a rule: the table holds no values there, unverifiable")
    func ruleWithText() throws {
        let table = """
            | Regio | 2023 | 2024 |
            |---|---:|---:|
            | --- | geen opgave | --- |
            | Noord | 400 | 460 |
            | Zuid | 250 | 240 |

            """
        try expectUnverifiable("15 procent", in: table + "In Noord steeg het aantal aanvragen met 15 procent.")
    }

    @Test("three columns of years and a claim that names none: which two it spans is not told, unverifiable")
    func threeYearColumns() throws {
        let table = """
            | Regio | 2022 | 2023 | 2024 |
            |---|---:|---:|---:|
            | Noord | 380 | 400 | 460 |
            | Zuid | 260 | 250 | 240 |
            | West | 140 | 150 | 165 |

            """
        try expectUnverifiable("15 procent", in: table + "In Noord steeg het aantal aanvragen met 15 procent.")
    }
}
