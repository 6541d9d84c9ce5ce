import Foundation
import Testing

@testable import AnnexKit

/// A whole and the part 'waarvan' takes of it are no two groups a later multiple compares: '8.400 meldingen, waarvan
/// 6.000 per telefoon … 2,5 keer zoveel telefoontjes als e-mails' compares the part with the rest, which the text does
/// not give as a number.
@Suite("verify: a whole and its part are no contrast")
struct VerifyWholeAndPartNoGroupsTests {
    @Test("A multiple after a whole and its part takes no values")
    func wholeAndPart() throws {
        // 6.000 / (8.400 − 6.000) = 2,5; not 8.400 / 6.000 = 1,4.
        try expectUnverifiable(
            "2,5 keer zoveel",
            in: "Er kwamen 8.400 meldingen binnen, waarvan 6.000 per telefoon en de rest per e-mail. Er kwamen dus 2,5 "
                + "keer zoveel telefoontjes als e-mails.")
    }

    @Test("Two groups in two clauses are still contrasted")
    func twoGroups() throws {
        // 6.000 / 2.400 = 2,5.
        try expectVerdict(
            .consistent, of: "2,5 keer zoveel",
            in: "Per telefoon kwamen 6.000 meldingen binnen, per e-mail 2.400. Dat is 2,5 keer zoveel.")
    }
}
