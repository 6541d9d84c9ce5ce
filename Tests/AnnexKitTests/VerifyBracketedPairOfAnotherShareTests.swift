import Foundation
import Testing

@testable import AnnexKit

/// A pair 'M van (de) W' in brackets right after a share's words ('Een op de drie leden (200 van de 600)') is that
/// share's part and whole; a later share of the sentence that names its own whole after 'van' and a possessive ('meer
/// dan de helft van hun lessen') is not of that pair (`ClaimParser.namesOtherSharesWhole`).
@Suite("verify: a bracketed pair of another share")
struct VerifyBracketedPairOfAnotherShareTests {
    private let rest = " leden (200 van de 600) miste meer dan de helft van hun lessen."

    @Test("the share the bracket follows takes the pair")
    func hostShare() throws {
        try expectVerdict(.consistent, of: "Een op de drie", in: "Een op de drie" + rest)
        try expectVerdict(.inconsistent, of: "Een op de vier", in: "Een op de vier" + rest)
    }

    @Test("a share that names its own whole after a possessive is not of the bracketed pair")
    func ownWhole() throws {
        try expectUnverifiable("meer dan de helft", in: "Een op de drie" + rest)
    }
}
