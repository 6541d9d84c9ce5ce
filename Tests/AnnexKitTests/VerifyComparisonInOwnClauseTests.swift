import Foundation
import Testing

@testable import AnnexKit

/// A comparison of two sides named in the sentence before that is a main clause of its own after a mark and 'en' or
/// 'maar' ('…, en Tiel telde 180 leden meer dan Culemborg'): the numbers before it are the other clauses', and the
/// subject's name opens its clause, not the sentence.
@Suite("verify: a comparison of two named sides in a clause of its own after other numbers")
struct VerifyComparisonInOwnClauseTests {
    @Test("the subject opens the comparing clause after ', en' or ', maar'")
    func ownClause() throws {
        let text = { (difference: String) in
            "De afdeling Tiel telde 1.305 leden, de afdeling Culemborg 1.125. Tiel groeide met 4 procent, en Tiel had"
                + " daarmee " + difference + " leden meer dan Culemborg.\n"
        }
        // 1.305 − 1.125 = 180.
        try expectClaim("180", in: text("180"), kind: .difference, verdict: .consistent, value: 180)
        try expectVerdict(.inconsistent, of: "108", in: text("108"))
        // 'minder' runs the other way: 1.125 − 1.305 = −180.
        let fewer =
            "De afdeling Tiel telde 1.305 leden, de afdeling Culemborg 1.125. Tiel groeide met 4 procent, maar"
            + " Culemborg had 180 leden minder dan Tiel.\n"
        try expectVerdict(.consistent, of: "180", in: fewer)
    }

    @Test("a number in or after the comparing clause, or a clause with no coordinator: no binding")
    func nearCases() throws {
        let before = "De afdeling Tiel telde 1.305 leden, de afdeling Culemborg 1.125. "
        // Another number inside the comparing clause.
        try expectUnverifiable(
            "108", in: before + "Tiel groeide, en Tiel had met 12 nieuwe leden 108 leden meer dan Culemborg.\n")
        // A comma but no 'en' or 'maar': a clause that may continue the one before ('…, Tiel …' as an apposition).
        try expectUnverifiable(
            "108", in: before + "Tiel groeide met 4 procent, Tiel had daarmee 108 leden meer dan Culemborg.\n")
    }
}
