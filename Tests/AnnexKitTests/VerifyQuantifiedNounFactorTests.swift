import Foundation
import Testing

@testable import AnnexKit

/// A factor of amount whose subject is the noun it quantifies, right before 'als' ('Er stonden drie keer zoveel
/// eiken als beuken'): that noun names the subject's group as a subject before the factor does (`quantifiedNoun`).
@Suite("verify: a factor whose subject is the noun it quantifies")
struct VerifyQuantifiedNounFactorTests {
    @Test("'Er stonden … zoveel eiken als beuken' after the two counts in the sentence before")
    func nounAfterSoMuch() throws {
        let values = "In het park telde de gemeente 630 eiken en 210 beuken. Er stonden "
        try expectVerdict(.consistent, of: "drie keer zoveel", in: values + "drie keer zoveel eiken als beuken.")
        // 630 is three times 210; the reverse reading (210 over 630) would give a third.
        try expectVerdict(.inconsistent, of: "vijf keer zoveel", in: values + "vijf keer zoveel eiken als beuken.")
    }

    @Test("'zo veel' written apart quantifies its noun the same way")
    func nounAfterSoMuchApart() throws {
        let values = "In het park telde de gemeente 630 eiken en 210 beuken. Er stonden "
        try expectVerdict(.consistent, of: "drie keer zo veel", in: values + "drie keer zo veel eiken als beuken.")
    }

    @Test("a noun that names neither count leaves the factor unverifiable")
    func unnamedNoun() throws {
        let text = "In het park telde de gemeente 630 eiken en 210 beuken. Er stonden drie keer zoveel bankjes als "
            + "prullenbakken."
        try expectVerdict(.unverifiable, of: "drie keer zoveel", in: text)
    }
}
