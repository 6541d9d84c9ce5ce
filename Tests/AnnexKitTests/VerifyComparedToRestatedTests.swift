import Testing

@testable import AnnexKit

/// A bare comparative in an apposition right after a value that restates the quantity of the sentence before for
/// another time ('Vijf jaar geleden waren dat er 6.100, 2.300 minder') compares that value with the one it restates:
/// the restated value is the new side, whichever time is the earlier (`ClaimParser.comparedToRestated`).
@Suite("verify: a comparative apposed to a restated value")
struct VerifyComparedToRestatedTests {
    private let now = "Het zwembad ontving dit jaar 8.400 bezoekers."

    @Test("An earlier value 'minder' than the one it restates is the smaller")
    func earlierSmaller() throws {
        // 6.100 − 8.400 = −2.300.
        try expectVerdict(.consistent, of: "2.300", in: now + " Vijf jaar geleden waren dat er 6.100, 2.300 minder.")
        try expectVerdict(.inconsistent, of: "2.600", in: now + " Vijf jaar geleden waren dat er 6.100, 2.600 minder.")
        // 'meer' would make the earlier value the larger: it is not.
        try expectVerdict(.inconsistent, of: "2.300", in: now + " Vijf jaar geleden waren dat er 6.100, 2.300 meer.")
    }

    @Test("Two years order the values; the comparative still compares the restated one")
    func withYears() throws {
        let members = "In 2025 telde de bibliotheek 12.480 leden."
        // 11.900 − 12.480 = −580.
        try expectVerdict(.consistent, of: "580", in: members + " In 2020 waren dat er 11.900, 580 minder.")
        try expectVerdict(.inconsistent, of: "850", in: members + " In 2020 waren dat er 11.900, 850 minder.")
        // The later value restated: both readings agree.
        let earlier = "In 2020 telde de bibliotheek 11.900 leden."
        try expectVerdict(.consistent, of: "580", in: earlier + " In 2025 waren dat er 12.480, 580 meer.")
    }

    @Test("A noun of change in the apposition keeps the order of time")
    func nounOfChange() throws {
        // 6.100 then, 8.400 now: a growth of 2.300 since.
        try expectVerdict(
            .consistent, of: "2.300", in: now + " Vijf jaar geleden waren dat er 6.100, een groei van 2.300 sindsdien.")
    }
}
