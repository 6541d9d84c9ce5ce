import Foundation
import Testing

@testable import AnnexKit

/// Two rows of a table between bars right above set against each other in percent by prose that names each by its
/// label (`ClaimParser.tableRows`): 'Oost lende 60% meer boeken dan West' under 'Wijk | Leners | Boeken'. The value
/// column is the one the sentence names; a quarter's code is named by its ordinal ('het derde kwartaal' for 'Q3').
@Suite("verify: a change in percent between two rows of a table between bars")
struct VerifyComparedTableRowsChangeTests {
    /// Library branches with two value columns and a total row.
    private let branches = """
        Wijk | Leners | Boeken
        Oost | 2.400 | 16.000
        West | 1.600 | 10.000
        Zuid | 2.000 | 12.500
        Totaal | 6.000 | 38.500

        """

    /// Applications per quarter, one value column.
    private let quarters = """
        Kwartaal | Aanvragen
        Q1 | 480
        Q2 | 600
        Q3 | 450
        Q4 | 520
        Totaal | 2.050

        """

    /// Repairs per month, no header, under a title.
    private let months = """
        Reparaties per maand
        maart | 90
        april | 120
        mei | 105
        totaal | 315

        """

    @Test("the row after 'dan' is the base, in the column the sentence names")
    func namedColumn() throws {
        // Leners: (2.400 − 1.600) / 1.600 = +50 %; 33,3 % is 800 over 2.400, the wrong base.
        try expectVerdict(.consistent, of: "50%", in: branches + "Oost telde 50% meer leners dan West.")
        try expectVerdict(.inconsistent, of: "33,3%", in: branches + "Oost telde 33,3% meer leners dan West.")
        // Boeken: (10.000 − 12.500) / 12.500 = −20 %.
        try expectVerdict(
            .consistent, of: "20 procent", in: branches + "West leende 20 procent minder boeken dan Zuid.")
    }

    @Test("a quarter's code is named by its ordinal, a month by its name")
    func moments() throws {
        // Q3 against Q2: (450 − 600) / 600 = −25 %.
        try expectVerdict(
            .consistent, of: "25 procent",
            in: quarters + "In het derde kwartaal kwamen 25 procent minder aanvragen binnen dan in het tweede.")
        // Q2 against Q3: (600 − 450) / 450 = +33,3 %; 25 % is 150 over 600.
        try expectVerdict(
            .inconsistent, of: "25 procent",
            in: quarters + "In het tweede kwartaal kwamen 25 procent meer aanvragen binnen dan in het derde.")
        // April against March: (120 − 90) / 90 = +33,3 %; 25 % is 30 over 120.
        try expectVerdict(
            .consistent, of: "33 procent", in: months + "In april deden we 33 procent meer reparaties dan in maart.")
        try expectVerdict(
            .inconsistent, of: "25 procent", in: months + "In april deden we 25 procent meer reparaties dan in maart.")
    }

    @Test("no column named, no row after 'dan', or a year stay unread")
    func near() throws {
        // 'bezoekers' is no column of the table.
        try expectUnverifiable("50%", in: branches + "Oost telde 50% meer bezoekers dan West.")
        // One column, but neither its header nor the title is named: what is compared is not known.
        try expectUnverifiable("33 procent", in: months + "In april lag het 33 procent hoger dan in maart.")
        try expectUnverifiable(
            "33 procent", in: months + "In april deden we 33 procent meer reparaties dan vorig jaar.")
        try expectUnverifiable("50%", in: branches + "Oost telde in 2024 50% meer leners dan West.")
    }
}
