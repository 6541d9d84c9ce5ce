import Foundation
import Testing

@testable import AnnexKit

/// '75+' and '75 en ouder' name an age class: as a row's label they are no value of a later difference.
@Suite("verify: '75+' names a class")
struct VerifyClassLabelTests {
    @Test("'75+ | 412' gives no side of a difference")
    func plus() throws {
        let text = "Wachttijd in dagen per leeftijd:\n0-18 | 214\n18-75 | 305\n75+ | 412\n"
            + "Tussen de jongste en de oudste groep zit een verschil van 198 dagen."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test("Nor does '75 en ouder'")
    func andOlder() throws {
        let text = "Wachttijd in dagen per leeftijd:\n0-18 | 214\n18-75 | 305\n75 en ouder | 412\n"
            + "Tussen de jongste en de oudste groep zit een verschil van 198 dagen."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test("Two rows alone still give a difference")
    func twoRows() throws {
        // 412 − 214 = 198.
        let text = "Wachttijd in dagen:\nJongeren: 214.\nOuderen: 412.\nVerschil: 198 dagen."
        try expectVerdict(.consistent, of: "198", in: text)
    }
}
