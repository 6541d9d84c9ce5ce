import Testing

@testable import AnnexKit

/// A bare comparative in an apposition right after a value that restates the quantity of the sentence before for an
/// earlier time ('Vijf jaar geleden waren dat er 6.100, 2.300 minder') may compare either value with the other; the
/// comparative makes the larger or the smaller the new side, so of a difference only the size is checked, and a
/// percentage is one of the other value (`ClaimParser.comparedToRestated`). A restated later value keeps the order of
/// time, and so its direction.
@Suite("verify: a comparative apposed to a restated value")
struct VerifyComparedToRestatedTests {
    private let now = "Het zwembad ontving dit jaar 8.400 bezoekers."

    @Test("An earlier value with 'minder' or 'meer': the size is checked, both orders being meant")
    func earlierRestated() throws {
        // 6.100 − 8.400 = −2.300: 6.100 is 2.300 fewer.
        try expectVerdict(.consistent, of: "2.300", in: now + " Vijf jaar geleden waren dat er 6.100, 2.300 minder.")
        try expectVerdict(.inconsistent, of: "2.600", in: now + " Vijf jaar geleden waren dat er 6.100, 2.600 minder.")
        // 'dus … meer': now 2.300 more than then.
        try expectVerdict(.consistent, of: "2.300", in: now + " Vijf jaar geleden waren dat er 6.100, dus 2.300 meer.")
    }

    @Test("In percent without years: the comparative makes the larger the base of 'minder'")
    func percentWithoutYears() throws {
        // 6.100 against 8.400: 100 × (6.100 − 8.400) / 8.400 = −27,38…%; the growth since, 37,7%, is no 'minder'.
        let then = " Vijf jaar geleden waren dat er 6.100, "
        try expectVerdict(.consistent, of: "ruim 27 procent", in: now + then + "ruim 27 procent minder.")
        try expectVerdict(.consistent, of: "27,4 procent", in: now + then + "27,4 procent minder.")
        try expectVerdict(.inconsistent, of: "37,7 procent", in: now + then + "37,7 procent minder.")
    }

    @Test("A later value restated keeps the order of time, so a wrong direction is caught")
    func laterRestated() throws {
        let then = "Vijf jaar geleden ontving het zwembad 6.100 bezoekers."
        try expectVerdict(.consistent, of: "2.300", in: then + " Dit jaar waren dat er 8.400, 2.300 meer.")
        try expectVerdict(.inconsistent, of: "2.300", in: then + " Dit jaar waren dat er 8.400, 2.300 minder.")
    }

    @Test("With years as well")
    func withYears() throws {
        let members = "In 2025 telde de bibliotheek 12.480 leden."
        // 11.900 − 12.480 = −580.
        try expectVerdict(.consistent, of: "580", in: members + " In 2020 waren dat er 11.900, 580 minder.")
        try expectVerdict(.inconsistent, of: "850", in: members + " In 2020 waren dat er 11.900, 850 minder.")
        // The later value restated: both readings agree.
        let earlier = "In 2020 telde de bibliotheek 11.900 leden."
        try expectVerdict(.consistent, of: "580", in: earlier + " In 2025 waren dat er 12.480, 580 meer.")
        // In percent the comparative names the base as well: 'minder' the larger (580 / 12.480 = 4,6%), 'meer' the
        // smaller (580 / 11.900 = 4,9%); 4,9 procent minder fits neither reading.
        try expectVerdict(
            .consistent, of: "4,6 procent", in: members + " In 2020 waren dat er 11.900, 4,6 procent minder.")
        try expectVerdict(
            .inconsistent, of: "4,9 procent", in: members + " In 2020 waren dat er 11.900, 4,9 procent minder.")
    }

    @Test("A noun of change in the apposition keeps the order of time")
    func nounOfChange() throws {
        // 6.100 then, 8.400 now: a growth of 2.300 since.
        try expectVerdict(
            .consistent, of: "2.300", in: now + " Vijf jaar geleden waren dat er 6.100, een groei van 2.300 sindsdien.")
    }
}
