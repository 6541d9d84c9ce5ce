import Foundation
import Testing

@testable import AnnexKit

/// A change in brackets right after a noun ('dankzij het museum (+5,0%)') is that noun's: under a table of two times it
/// is the change of the row the noun names, whatever else its stretch names ('… bleef het totaal gelijk'). When the
/// noun names no row, or the brackets hold more, the stretch's words tell the row as before
/// (`ClaimParser.bracketHost`).
@Suite("verify: a change in brackets right after the name of a row of the table above")
struct VerifyBracketedRowChangeTests {
    /// Visitors of two attractions in two years.
    private let table = """
        Bezoekers | 2023 | 2024
        Museum | 12.400 | 13.020
        Tuin | 8.600 | 7.740
        Totaal | 21.000 | 20.760

        """

    @Test("the bracket after 'het museum' is the museum's change, not the total's")
    func namedRow() throws {
        // (13.020 − 12.400) / 12.400 = 620 / 12.400 = +5,0 %; 4,8 % is 620 over 13.020, the later value as base.
        try expectVerdict(
            .consistent, of: "+5,0%", in: table + "Dankzij het museum (+5,0%) bleef het totaal nagenoeg gelijk.")
        try expectVerdict(
            .inconsistent, of: "+4,8%", in: table + "Dankzij het museum (+4,8%) bleef het totaal nagenoeg gelijk.")
        // Tuin: (7.740 − 8.600) / 8.600 = −10 %.
        try expectVerdict(.consistent, of: "-10%", in: table + "Door de tuin (-10%) daalde het totaal licht.")
    }

    @Test("a bracket that holds more than the change names no row by the word before it")
    func fullerBracket() throws {
        try expectUnverifiable(
            "+5,0%", in: table + "Dankzij het museum (+5,0% en 620 bezoekers) bleef het totaal nagenoeg gelijk.")
    }
}
