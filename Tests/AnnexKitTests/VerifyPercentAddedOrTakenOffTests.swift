import Foundation
import Testing

@testable import AnnexKit

/// A percentage with 'erbij' or 'eraf' right after it ('Dat is 12 procent erbij', 'Twintig procent eraf'): what was
/// added to a quantity or taken off it, a change in time signed by the word (`addedOrTakenOff(after:)`), no share.
@Suite("verify: a percentage added or taken off ('erbij', 'eraf')")
struct VerifyPercentAddedOrTakenOffTests {
    @Test("'… vorig jaar 5,00 euro, nu 5,60 euro. Dat is … procent erbij.'")
    func added() throws {
        let lead = "Een kaartje voor het zwembad kostte vorig jaar 5,00 euro, nu 5,60 euro. "
        try expectVerdict(.consistent, of: "12 procent", in: lead + "Dat is 12 procent erbij.")
        try expectVerdict(.inconsistent, of: "15 procent", in: lead + "Dat is 15 procent erbij.")
    }

    @Test("'De huur gaat van 250 naar 200 euro. Dat is … procent eraf.'")
    func takenOff() throws {
        let lead = "De huur van de zaal gaat van 250 naar 200 euro. "
        try expectVerdict(.consistent, of: "twintig procent", in: lead + "Dat is twintig procent eraf.")
        try expectVerdict(.inconsistent, of: "dertig procent", in: lead + "Dat is dertig procent eraf.")
    }

    @Test("an extra amount on a base is no contrast of two groups; a share a verb of change reaches stays one")
    func near() throws {
        try expectVerdict(
            .unverifiable, of: "2 procent",
            in: "Een medewerker krijgt € 600 per jaar extra, op een salaris van € 30.000. Dat is 2 procent erbij.")
        try expectVerdict(
            .unverifiable, of: "35 procent", in: "Het aandeel fietsers in het verkeer steeg naar 35 procent.")
    }
}
