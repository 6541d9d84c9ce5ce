import Foundation
import Testing

@testable import AnnexKit

/// A bare total line under value lines whose title names no split, unit or scale ('Uitleningen bibliotheek De Linde',
/// 'Klachten afgehandeld 2025'): the lines may be a selection of the whole's parts, so their sum may confirm the total
/// (`consistent`), never contradict it (a wrong total stays `unverifiable`).
@Suite("verify: a total line under a title that names no split")
struct VerifyTotalUnderPlainTitleTests {
    /// Loans of three kinds of books under `title`, closed by `total`.
    static func loans(total: String, title: String = "Uitleningen bibliotheek De Linde") -> String {
        title + "\nRomans: 1.420\nJeugdboeken: 960\nInformatief: 515\nTotaal: " + total + "\n"
    }

    @Test("lines under a title in words: their sum confirms the total line")
    func linesUnderTitle() throws {
        // 1.420 + 960 + 515 = 2.895.
        try expectVerdict(.consistent, of: "2.895", in: Self.loans(total: "2.895"))
        // 2.995 is no sum of the lines, but the title does not say they are all the loans: no contradiction.
        try expectVerdict(.unverifiable, of: "2.995", in: Self.loans(total: "2.995"))
    }

    @Test("rows pasted with spaces under a title with a year outside brackets")
    func spacedRowsUnderDatedTitle() throws {
        let rows = "Klachten afgehandeld 2025\nterecht        23\nonterecht      58\ningetrokken    11\ntotaal   "
        // 23 + 58 + 11 = 92.
        try expectVerdict(.consistent, of: "92", in: rows + "   92\n")
        try expectVerdict(.unverifiable, of: "97", in: rows + "   97\n")
    }

    @Test("no title, a title of a selection or a mean, lines of two nouns, a sentence with numbers above: no sum")
    func nearCases() throws {
        let near = [
            "Romans: 1.420\nJeugdboeken: 960\nInformatief: 515\nTotaal: 2.995\n",
            Self.loans(total: "2.995", title: "Enkele afdelingen van De Linde"),
            Self.loans(total: "2.995", title: "Gemiddelde uitleningen De Linde"),
            "Bibliotheek De Linde\nVestigingen: 4 filialen\nBoeken: 2.100 titels\nTotaal: 2.104\n",
            "De Linde leende in 2025 ruim 40.000 boeken uit.\nRomans: 1.420\nJeugdboeken: 960\nTotaal: 2.480\n",
        ]
        for text in near {
            let found = try verified(text)
            #expect(found.allSatisfy { $0.verdict != .inconsistent && $0.verdict != .consistent },
                "\(text): \(found.map { "\($0.written) \($0.verdict)" })")
        }
    }
}
