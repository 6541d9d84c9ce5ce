import Testing

@testable import AnnexKit

/// Counts before a total that no list joins, each of a noun unlike the others' and the total's, are no parts of it
/// (`ClaimParser.countsUnlistedThings`); a coordinated list of unlike nouns stays a sum.
@Suite("verify: counts of other things before a total")
struct VerifyUnlistedCountsTests {
    @Test("A coordinated list of unlike nouns is summed: 14 + 6 = 20")
    func coordinatedList() throws {
        let lead = "Op de camping stonden 14 tenten en 6 caravans, in totaal"
        try expectVerdict(.consistent, of: "20", in: lead + " 20 onderkomens.")
        try expectVerdict(.inconsistent, of: "22", in: lead + " 22 onderkomens.")
    }

    @Test("Counts of other things that no list joins make no sum with the total after them")
    func unlistedCounts() throws {
        let found = try verified(
            "In de sporthal (650 plaatsen) werden 38 wedstrijden gespeeld, met in totaal 19.400 toeschouwers.")
        #expect(!found.contains { $0.kind == .sum }, "\(found.map { "\($0.kind) \($0.written)" })")
        #expect(!found.contains { $0.verdict == .inconsistent })
    }
}
