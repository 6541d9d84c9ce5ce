import Testing

@testable import AnnexKit

/// A share whose whole its sentence gives and whose part the next sentence names by opening with 'Het gaat om' or
/// 'Het betreft' (issue 11): 'Van de 2.350 … gaf 12 procent aan … Het gaat om 282 bewoners.' Such an opening names the
/// count of what the sentence before is about, as 'Het waren er 282' does; a next sentence with a scope of its own
/// ('In Noord gaat het om …') or a year names another count, and the share stays `unverifiable`. After a share with
/// no hedge of the whole its own sentence gives, 'Het gaat om' restates share × whole (verify178): that count is the
/// claim, and it may confirm the share but never contradict it ('Het betrof' still names the part).
@Suite("Verify: a share's part named by the next sentence's 'Het gaat om'")
struct VerifyCountNamedAheadTests {
    @Test(
        "The count the next sentence opens by naming is the share's part",
        arguments: [
            // 282 / 2.350 = 12,0%.
            ("Van de 2.350 ondervraagde bewoners gaf 12 procent aan zich 's avonds onveilig te voelen in het park. "
                + "Het gaat om 282 bewoners.", "12 procent", Verdict.consistent, 12.0),
            // 'Het betrof': 45 / 360 = 12,5%.
            ("Van de 360 gekeurde liften werd 12,5 procent direct stilgelegd. Het betrof 45 liften.", "12,5 procent",
                .consistent, 12.5),
        ])
    func namedAhead(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected, value: value)
    }

    @Test("A count after 'Het gaat om' that does not fit the share is the count's mistake, not the share's")
    func wrongCountAhead() throws {
        // 18% of 2.350 = 423, not 282 (which is 12,0%).
        let text =
            "Van de 2.350 ondervraagde bewoners gaf 18 procent aan zich 's avonds onveilig te voelen in het park. "
            + "Het gaat om 282 bewoners."
        try expectUnverifiable("18 procent", in: text)
        try expectClaim("282", in: text, kind: .count, verdict: .inconsistent, value: 423.0)
    }

    @Test(
        "In doubt no part: a next sentence with a scope or a year of its own",
        arguments: [
            // 'In Noord': the count of one district, not of all who felt unsafe.
            ("Van de 2.350 ondervraagde bewoners gaf 12 procent aan zich 's avonds onveilig te voelen in het park. "
                + "In Noord gaat het om 82 bewoners.", "12 procent"),
            // A year the share's sentence does not give: the count may be of another time.
            ("Van de 360 gekeurde liften werd 12,5 procent direct stilgelegd. In 2021 ging het om 45 liften.",
                "12,5 procent"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
