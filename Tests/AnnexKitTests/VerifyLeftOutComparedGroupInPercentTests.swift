import Foundation
import Testing

@testable import AnnexKit

/// A percentage or a fraction in words with a comparative and no 'dan' that leaves out the group it compares with:
/// the words of its clause's subject name one of the sentence's two values, the other is the base
/// (`leftOutComparison`).
@Suite("verify: a comparison in percent whose compared group is left out")
struct VerifyLeftOutComparedGroupInPercentTests {
    @Test("'Tuinders oogstten … 150 kilo, imkers … 120 kilo; tuinders oogstten daarmee 25 procent meer'")
    func percentMore() throws {
        let values = "Tuinders oogstten gemiddeld 150 kilo fruit, imkers 120 kilo; tuinders oogstten daarmee "
        try expectVerdict(.consistent, of: "25 procent", in: values + "25 procent meer.")
        try expectVerdict(.inconsistent, of: "35 procent", in: values + "35 procent meer.")
    }

    @Test("'…; tuinders oogstten daarmee een kwart meer': a fraction in words")
    func fractionMore() throws {
        let values = "Tuinders oogstten gemiddeld 150 kilo fruit, imkers 120 kilo; tuinders oogstten daarmee "
        try expectVerdict(.consistent, of: "een kwart", in: values + "een kwart meer.")
        try expectVerdict(.inconsistent, of: "een derde", in: values + "een derde meer.")
    }

    @Test("a subject with a word that names neither value: unverifiable")
    func otherSubject() throws {
        let text = "Tuinders oogstten gemiddeld 150 kilo fruit, imkers 120 kilo; de opbrengst lag bij tuinders daarmee "
            + "25 procent hoger."
        try expectVerdict(.unverifiable, of: "25 procent", in: text)
    }
}
