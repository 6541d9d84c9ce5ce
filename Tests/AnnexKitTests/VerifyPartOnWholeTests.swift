import Testing

@testable import AnnexKit

/// verify223: 'Met M … op W …' opens a clause with both terms of a ratio: the count before the 'op' that marks the
/// whole is the share's part, not the size of a group the clause speaks of (`ClaimParser.isGroupSize`).
@Suite("Verify: a part before 'op' and its whole after 'met'")
struct VerifyPartOnWholeTests {
    @Test(
        "The count before 'op' is the part",
        arguments: [
            // 120 / 400 = 30%.
            ("Met 120 ingevulde formulieren op 400 aangeschreven leden was de respons 30 procent.", "30 procent",
             Verdict.consistent),
            // 120 / 400 = 30%, not 21%.
            ("Met 120 ingevulde formulieren op 400 aangeschreven leden was de respons 21 procent.", "21 procent",
             .inconsistent),
            // 57 / 76 = 75%.
            ("Bij 57 bezette stallen op 76 beschikbare was de bezetting 75%.", "75%", .consistent),
        ])
    func partOnWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// 'Met 120 deelnemers' alone is a group's size: 21 procent of them is not given.
    @Test("A group's size after 'met' with no 'op' stays no part")
    func groupSize() throws {
        try expectUnverifiable("21 procent", in: "Met 120 deelnemers was 21 procent van de avonden uitverkocht.")
    }
}
