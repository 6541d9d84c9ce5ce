import Foundation
import Testing

@testable import AnnexKit

/// A table whose two value columns are two quarters ('Klanten | Q1 | Q2', 'Omzet | K3 | K4': 'K' of the Dutch
/// 'kwartaal') is a table of two times as one of two years is: prose under it that names one row states that row's
/// change from the earlier quarter to the later (`TimedTable.columnTimes`, `ClaimParser.timedRowChange`). A sentence
/// that names another quarter, or a year, is no change between the table's columns.
@Suite("verify: changes of a row of a table of two quarters")
struct VerifyQuarterTableChangeTests {
    /// Havenkwartier 250 → 300 (+20 %), Binnenstad 160 → 144 (−10 %), Lindenhof 80 → 90 (+12,5 %; 10 of 90 is
    /// 11,1 %, the later quarter as base).
    private let table = """
        Klanten per vestiging | Q1 | Q2
        Havenkwartier | 250 | 300
        Binnenstad | 160 | 144
        Lindenhof | 80 | 90

        """

    @Test("A row of a table of quarters 'Q1 | Q2' gives a change's two values")
    func quarterMarks() throws {
        try expectClaim("20%", in: table + "Het Havenkwartier groeide met 20%.", kind: .change, verdict: .consistent,
            value: 20)
        try expectClaim("10 procent", in: table + "In de Binnenstad daalde het aantal klanten met 10 procent.",
            kind: .change, verdict: .consistent, value: -10)
        // 11,1 % is the growth on the later quarter's 90; on the earlier 80 it is 12,5 %.
        try expectClaim("11,1%", in: table + "Lindenhof groeide met 11,1%.", kind: .change, verdict: .inconsistent,
            value: 12.5)
    }

    @Test("Quarters written 'K3 | K4' under a title with a scale")
    func dutchQuarterMarks() throws {
        // Noord 400 → 460 is +15 %; Zuid 500 → 470 is −6 %.
        let text = """
            Omzet per regio (x € 1.000) | K3 | K4
            Noord | 400 | 460
            Zuid | 500 | 470
            Oost | 300 | 310
            De regio Noord groeide met 15%, Zuid kromp met 6%.
            """
        try expectClaim("15%", in: text, kind: .change, verdict: .consistent, value: 15)
        try expectClaim("6%", in: text, kind: .change, verdict: .consistent, value: -6)
    }

    @Test("A sentence of another quarter or of a year, or a header of a quarter and a year, stays unread")
    func nearCases() throws {
        let otherQuarter = "Ten opzichte van het derde kwartaal groeide het Havenkwartier met 20%."
        try expectUnverifiable("20%", in: table + otherQuarter)
        try expectUnverifiable("20%", in: table + "In 2024 groeide het Havenkwartier met 20%.")
        let mixed = table.replacingOccurrences(of: "| Q1 | Q2", with: "| Q2 | 2024")
        try expectUnverifiable("20%", in: mixed + "Het Havenkwartier groeide met 20%.")
    }
}
