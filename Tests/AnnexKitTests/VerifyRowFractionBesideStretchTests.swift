import Foundation
import Testing

@testable import AnnexKit

/// A fraction in words that names one row of a table of two years is read as that row's change when its own stretch
/// of the sentence holds no number, as a number in digits is when it is its stretch's only one
/// (`ClaimParser.timedRowChange`): a number in another stretch ('…, terwijl de schoonmaak 3 procent minder uren vroeg')
/// no longer keeps it unread, but then its own stretch must say its direction.
@Suite("verify: a fraction in words of a table row beside a number of another stretch")
struct VerifyRowFractionBesideStretchTests {
    /// Vervoer 400 → 500 (+25 %), schoonmaak 300 → 291 (−3 %), catering 200 → 190 (−5 %).
    private let table = """
        Dienst | 2023 | 2024
        Vervoer | 400 | 500
        Schoonmaak | 300 | 291
        Catering | 200 | 190

        """

    @Test("The fraction's row, beside another row's change in percent")
    func besideOtherStretch() throws {
        let text = table + "Het vervoer nam met een kwart toe, terwijl de schoonmaak 3 procent minder uren vroeg."
        try expectClaim("een kwart", in: text, kind: .change, verdict: .consistent, value: 25)
        try expectClaim("3 procent", in: text, kind: .change, verdict: .consistent, value: -3)
        // +25 %, not a third.
        let wrong = table + "Het vervoer nam met een derde toe, terwijl de schoonmaak 3 procent minder uren vroeg."
        try expectClaim("een derde", in: wrong, kind: .change, verdict: .inconsistent)
    }

    @Test("A stretch that names no row, or gives no direction of its own, stays unread")
    func nearCases() throws {
        try expectUnverifiable(
            "een kwart",
            in: table + "Het geheel nam met een kwart toe, terwijl de schoonmaak 3 procent minder uren vroeg.")
        try expectUnverifiable(
            "een kwart", in: table + "De schoonmaak vroeg 3 procent minder uren, maar voor het vervoer een kwart.")
    }
}
