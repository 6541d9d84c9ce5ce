import Testing

@testable import AnnexKit

/// A count after 'met' in the noun phrase that opens a clause, before its verb of change, says what the subject's
/// noun has, not the amount of the change (`ClaimParser.inOpeningNounPhrase`); 'met' after the verb gives it.
@Suite("verify: a count in the subject's noun phrase")
struct VerifySubjectPhraseCountTests {
    @Test("The amount after the verb is the change: 905 − 840 = 65")
    func amountAfterVerb() throws {
        let lead = "De huur van een woning met drie kamers steeg met"
        try expectVerdict(.consistent, of: "€ 65", in: lead + " € 65, van € 840 naar € 905.")
        try expectVerdict(.inconsistent, of: "€ 75", in: lead + " € 75, van € 840 naar € 905.")
    }

    @Test("A count in the subject's phrase is no amount of the change")
    func countInSubject() throws {
        let found = try verified("De huur van een woning met drie kamers steeg van € 840 naar € 905.")
        #expect(!found.contains { $0.written == "drie" }, "\(found.map { "\($0.kind) \($0.written)" })")
        #expect(!found.contains { $0.verdict == .inconsistent })
    }
}
