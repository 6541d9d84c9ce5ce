import Testing

@testable import AnnexKit

/// A count followed by a list of names is the list's size (`ClaimParser.listCountReading`), unless another count
/// stands before it in its clause: the list may name what that one counts, and the sentence does not tell which.
@Suite("verify: a list after two counts")
struct VerifyListOfAnotherCountTests {
    @Test(
        "A count alone before its list is the list's size",
        arguments: [("Drie", Verdict.consistent), ("Vier", .inconsistent)])
    func countAlone(written: String, expected: Verdict) throws {
        let names = "Drenthe, Friesland en Groningen."
        try expectVerdict(expected, of: written, in: "\(written) provincies deden mee: " + names)
    }

    @Test("After another count in its clause, a count is no size of the list")
    func afterAnotherCount() throws {
        let found = try verified(
            "Vanuit drie provincies kwamen ruim 450 aanmeldingen: Drenthe, Friesland en Groningen.")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
