import Foundation
import Testing

@testable import AnnexKit

/// Prose in the paragraph right under a table, after a blank line, that names a row by its label: its share is of the
/// table's total (`Discourse.enter`, `ClaimParser.labelledRowShare`). A paragraph further down, or a share of
/// another whole, is not.
@Suite("verify: a share in the paragraph right under a table")
struct VerifyTableAboveParagraphTests {
    /// A table of waste by kind, its total line, and a blank line.
    private let table = "Afval per soort (ton)\nPapier: 420\nGlas: 180\nPlastic: 150\nTotaal: 750\n\n"

    @Test("'Het papier is goed voor 56 procent van het totaal.' after a blank line: 420 of 750")
    func afterBlankLine() throws {
        let claim = "Het papier is goed voor %@ procent van het totaal."
        try expectVerdict(.consistent, of: "56 procent", in: table + String(format: claim, "56"))
        try expectVerdict(.inconsistent, of: "62 procent", in: table + String(format: claim, "62"))
    }

    @Test("a whole named by the head of the title's compound: 'van ons bezit' under 'Woningbezit naar type'")
    func compoundHead() throws {
        let rows = "Woningbezit naar type\nRijwoningen: 2.610\nFlats: 1.740\nOverig: 450\nTotaal: 4.800\n\n"
        let claim = "Rijwoningen vormen daarmee %@ procent van ons bezit."
        try expectVerdict(.consistent, of: "54 procent", in: rows + String(format: claim, "54"))
        try expectVerdict(.inconsistent, of: "64 procent", in: rows + String(format: claim, "64"))
        let other = "Rijwoningen vormen daarmee 54 procent van ons personeel."
        try expectVerdict(.unverifiable, of: "54 procent", in: rows + other)
    }

    @Test("a share of another whole under the table stays unverifiable")
    func otherWhole() throws {
        let text = table + "Het papier is goed voor 56 procent van de huishoudens in de wijk."
        try expectVerdict(.unverifiable, of: "56 procent", in: text)
    }

    @Test("a paragraph of prose between the table and the share: unverifiable")
    func paragraphBetween() throws {
        let text = table + "De gemeente haalde het afval wekelijks op.\n\n"
            + "Het papier is goed voor 62 procent van het totaal."
        try expectVerdict(.unverifiable, of: "62 procent", in: text)
    }
}
