import Foundation
import Testing

@testable import AnnexKit

/// A factor of equal degree that leaves out the group it compares with (no 'als'): the subject's words name one of
/// two values and the factor compares it with the other (`leftOutSides`), whichever is larger.
@Suite("verify: a factor whose compared group is left out")
struct VerifyLeftOutComparedGroupTests {
    @Test("'… 640 broden, op maandag 320; op maandag dus half zo veel': the subject is the second, smaller value")
    func smallerSubject() throws {
        let values = "De bakkerij verkocht op zaterdag 640 broden, op maandag 320; op maandag dus "
        try expectVerdict(.consistent, of: "half zo veel", in: values + "half zo veel.")
        // Monday's 320 is half of Saturday's 640, not twice it.
        try expectVerdict(.inconsistent, of: "twee keer zo veel", in: values + "twee keer zo veel.")
    }

    @Test("two values in the sentence before: 'Sopranen zijn daarmee drie keer zo vaak vertegenwoordigd'")
    func sentenceBefore() throws {
        let values = "Het koor telt 45 sopranen en 15 bassen. Sopranen zijn daarmee "
        try expectVerdict(.consistent, of: "drie keer zo vaak", in: values + "drie keer zo vaak vertegenwoordigd.")
        try expectVerdict(.inconsistent, of: "vijf keer zo vaak", in: values + "vijf keer zo vaak vertegenwoordigd.")
    }

    @Test("three values leave the compared group open: unverifiable")
    func threeValues() throws {
        let text = "De bakkerij verkocht op zaterdag 640 broden, op vrijdag 410 en op maandag 320; op maandag dus "
            + "half zo veel."
        try expectVerdict(.unverifiable, of: "half zo veel", in: text)
    }
}
