import Foundation
import Testing

@testable import AnnexKit

/// A share in prose under a list of the parts of one whole ('- balie: 126', …) closed by a total line ('Totaal: 420'):
/// the list's items are the table's rows, the total line its whole, and a share that names one item by its label is
/// of that item (`Discourse.rowsAndTotal`, `ClaimParser.labelledRowShare`). A share of another whole, one that names
/// no item, or a list under a title that names a selection stays unverifiable.
@Suite("verify: a share of a list's item under the list's total line")
struct VerifyItemListRowShareTests {
    /// Complaints by channel as a dash list, closed by its total line: 126 + 84 + 210 = 420.
    private let list = "Klachten per kanaal:\n- balie: 126\n- telefoon: 84\n- website: 210\nTotaal: 420\n"

    @Test(
        "The item the sentence names, of the total line: 210 of 420 is 50%",
        arguments: [
            ("De website is goed voor %@ procent van het totaal.", "50", Verdict.consistent),
            ("De website is goed voor %@ procent van het totaal.", "58", .inconsistent),
            ("Via de website kwam met %@ procent het grootste deel binnen.", "50", .consistent),
            ("Via de website kwam met %@ procent het grootste deel binnen.", "41", .inconsistent),
        ])
    func namedItem(claim: String, value: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "\(value) procent", in: list + String(format: claim, value))
    }

    @Test("bullet items with an amount each: 'Personeel' is 3,6 of 6,0, 60%")
    func bulletItems() throws {
        let items = "Lasten 2025 (mln euro)\n• personeel: 3,6\n• huisvesting: 1,5\n• overig: 0,9\nTotaal: 6,0\n"
        try expectVerdict(.consistent, of: "60%", in: items + "Het personeel vormt 60% van de lasten.")
        try expectVerdict(.inconsistent, of: "70%", in: items + "Het personeel vormt 70% van de lasten.")
    }

    @Test(
        "Near cases stay unverifiable: another whole, no item named, a selection of items",
        arguments: [
            "Klachten per kanaal:\n- balie: 126\n- telefoon: 84\n- website: 210\nTotaal: 420\n"
                + "De website is goed voor 58 procent van de klanten.",
            "Klachten per kanaal:\n- balie: 126\n- telefoon: 84\n- website: 210\nTotaal: 420\n"
                + "Het kanaal is goed voor 58 procent van het totaal.",
            "De drie grootste kanalen:\n- balie: 126\n- telefoon: 84\n- website: 210\nTotaal: 420\n"
                + "De website is goed voor 58 procent van het totaal.",
        ])
    func nearCases(text: String) throws {
        try expectVerdict(.unverifiable, of: "58 procent", in: text)
    }
}
