import Foundation
import Testing

@testable import AnnexKit

/// A rate per so many inhabitants whose population the sentence counts by the rate's own noun ('250.000 inwoners'):
/// a count of people by another word ('1.000 mensen op een wachtlijst') is then its part, not a second population
/// (`populationOperands`). With no count of the rate's own noun, such words name the population as before.
@Suite("verify: people counted beside a population of inhabitants")
struct VerifyResidentsAsRatePartTests {
    @Test("'(250.000 inwoners) stonden 1.000 mensen op een wachtlijst, … per 100.000 inwoners'")
    func peopleAsPart() throws {
        let lead = "In de regio (250.000 inwoners) stonden 1.000 mensen op een wachtlijst, "
        try expectVerdict(.consistent, of: "400", in: lead + "400 per 100.000 inwoners.")
        try expectVerdict(.inconsistent, of: "450", in: lead + "450 per 100.000 inwoners.")
    }

    @Test("two counts of people and none of inhabitants stay unverifiable")
    func near() throws {
        let text = "In de regio wonen 250.000 mensen, van wie 1.000 mensen op een wachtlijst stonden, "
            + "400 per 100.000 inwoners."
        try expectVerdict(.unverifiable, of: "400", in: text)
    }
}
