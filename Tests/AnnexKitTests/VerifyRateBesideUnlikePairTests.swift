import Foundation
import Testing

@testable import AnnexKit

/// A rate per so many of a population whose two counts the change grammar pairs as a start and end ('met 42.000
/// inwoners, werden vorig jaar 126 fietsen gestolen', '12.600 open banen tegenover 9.000 werkzoekenden'): counts of
/// unlike nouns are no two levels of one quantity (`levelValues`), so they stay the rate's part and whole.
@Suite("verify: a rate whose counts a pair of unlike counts held")
struct VerifyRateBesideUnlikePairTests {
    @Test("'met … inwoners, werden vorig jaar … gestolen: … per 1.000 inwoners'")
    func pastMarker() throws {
        let lead = "In de gemeente Tiel, met 42.000 inwoners, werden vorig jaar 126 fietsen gestolen: "
        try expectVerdict(.consistent, of: "3", in: lead + "3 per 1.000 inwoners.")
        try expectVerdict(.inconsistent, of: "4", in: lead + "4 per 1.000 inwoners.")
    }

    @Test("'… banen tegenover … werkzoekenden, ofwel … banen per 100 werkzoekenden'")
    func setAgainst() throws {
        let lead = "Er waren 12.600 open banen tegenover 9.000 werkzoekenden, ofwel "
        try expectVerdict(.consistent, of: "140", in: lead + "140 banen per 100 werkzoekenden.")
        try expectVerdict(.inconsistent, of: "150", in: lead + "150 banen per 100 werkzoekenden.")
    }

    @Test("two counts that could be the part leave the rate unverifiable")
    func near() throws {
        let text = "In Tiel, met 42.000 inwoners, werden vorig jaar 126 fietsen en 84 brommers gestolen: "
            + "3 per 1.000 inwoners."
        try expectVerdict(.unverifiable, of: "3", in: text)
    }
}
