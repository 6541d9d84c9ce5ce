import Foundation
import Testing

@testable import AnnexKit

/// The readers of rows work on a line's scalars (`PlainLine`), not through Foundation's string search: they must read
/// every line as Foundation's trimming and search did.
@Suite("Verify: the line readers on scalars read as Foundation did")
struct VerifyLineReadersTests {
    @Test("A line's ends are trimmed of exactly what trimmingCharacters(in: .whitespaces) trims")
    func trimmedAsFoundation() {
        // Every white space of Unicode, the zero width space (which Foundation trims too), line ends and letters.
        let ends: [Unicode.Scalar] = [
            " ", "\t", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{200A}", "\u{200B}", "\u{202F}", "\u{205F}",
            "\u{3000}", "\u{FEFF}", "\u{2028}", "\n", "x", "é",
        ]
        for left in ends {
            for right in ends {
                let text = String(left) + "a b" + String(right)
                let scalars = Array(text.unicodeScalars)
                #expect(
                    String(scalars: PlainLine.trimmed(scalars[...])) == text.trimmingCharacters(in: .whitespaces),
                    "\(left.value) \(right.value)")
            }
        }
    }

    @Test(
        "Rows pasted with spaces, amounts listed and periods after a dash read as their value lines",
        arguments: [
            // Three spaces, no-break spaces, zero width spaces at the ends: the cells 'Oost' and '1.240'.
            ("Oost   1.240 ", "Oost: 1.240"),
            ("Oost\u{A0}\u{A0}1.240", "Oost: 1.240"),
            ("\u{200B}Oost  1.240\u{200B}", "Oost: 1.240"),
            ("- huur € 14.500", "- huur: € 14.500"),
            ("- korting -€ 524,95", "- korting: € -524,95"),
            ("2023 – 1.240", "2023: 1.240"),
            ("Q2 2024 - 9.430", "Q2 2024: 9.430"),
        ])
    func read(line: String, expected: String) {
        let scalars = line.unicodeScalars
        #expect((SpacedRow.line(scalars) ?? AmountItem.line(scalars) ?? DashedPeriodLine.line(scalars)) == expected)
    }

    @Test(
        "Lines that are no such row stay text",
        arguments: [
            "Oost\t 1.240", "Oost  1.240  12", "- huur € 14.500 per jaar", "- 3 huur € 14.500", "Oost – 12.000",
            "2019 – 2023", "2023 –1.240",
        ])
    func text(line: String) {
        let scalars = line.unicodeScalars
        #expect(SpacedRow.line(scalars) == nil)
        #expect(AmountItem.line(scalars) == nil)
        #expect(DashedPeriodLine.line(scalars) == nil)
    }
}
