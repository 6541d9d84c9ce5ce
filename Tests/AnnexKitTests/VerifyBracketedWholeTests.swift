import Testing

@testable import AnnexKit

/// A whole's size in brackets right after the phrase that names it (issue 11): '… 18 procent van alle
/// vergunningaanvragen (3.000)', 'Van alle gecontroleerde fietsen (1.250) hadden er 300 …'. The bracket restates the
/// size of the whole 'van' and its noun name, as the count would before the noun ('van alle 3.000 …'), when that
/// 'van' follows the percentage or opens its clause; after another 'van', or after a phrase with a preposition, the
/// bracket may be a part or another group's size, and the share stays as it was.
@Suite("Verify: a whole's size in brackets after the phrase of 'van' that names it")
struct VerifyBracketedWholeTests {
    @Test(
        "The bracketed count is the whole of the share",
        arguments: [
            // After the share's 'van alle': 540 / 3.000 = 18%; 28 is planted.
            ("De gemeente kreeg 540 aanvragen voor een parkeervergunning, 18 procent van alle vergunningaanvragen "
                + "(3.000).", "18 procent", Verdict.consistent, 18.0),
            ("De gemeente kreeg 540 aanvragen voor een parkeervergunning, 28 procent van alle vergunningaanvragen "
                + "(3.000).", "28 procent", .inconsistent, 18.0),
            // After the 'Van alle' that opens the clause: 300 / 1.250 = 24%.
            ("Van alle gecontroleerde fietsen (1.250) hadden er 300 geen werkend achterlicht, 24 procent.",
                "24 procent", .consistent, 24.0),
            ("Van alle gecontroleerde fietsen (1.250) hadden er 300 geen werkend achterlicht, 42 procent.",
                "42 procent", .inconsistent, 24.0),
        ])
    func bracketedWhole(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected, value: value)
    }

    @Test(
        "In doubt no whole: a phrase with a preposition, a 'van' that is not the share's, a share of its own whole",
        arguments: [
            // 'in de regio': the bracket may count the region's applications, not those the share is of.
            ("Er kwamen 540 aanvragen binnen, 18 procent van de aanvragen in de regio (3.000).", "18 procent"),
            // 'Het aandeel van de vrouwen (412)': the bracket counts the part the share is of, its whole not given.
            ("Het aandeel van de vrouwen (412) kwam uit op 23 procent.", "23 procent"),
            // A second share naming its own whole: 'van de fietsers' is not the 3.000 of the first share's phrase
            // (270 of 3.000 would be 9,0%).
            ("Er kwamen 900 bezoekers per fiets, 30 procent van alle bezoekers (3.000); daarvan 270 uit de stad, 9,0 "
                + "procent van de fietsers.", "9,0 procent"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
