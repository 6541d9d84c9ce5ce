import Testing

@testable import AnnexKit

/// verify215: when 'respectievelijk' opens the list of counts rather than that of the percentages ('…, 75% en
/// 25%, respectievelijk 450 en 150 ritten', '… respectievelijk 520 en 280 …, ofwel 65% en 35%'), the percentages
/// take the counts in their order as their parts, of the whole the sentence marks, when those counts split it
/// exactly (`ClaimParser.shareOfRespectiveCount`).
@Suite("Verify: shares paired with the counts 'respectievelijk' lists")
struct VerifyRespectiveCountsOfSharesTests {
    @Test(
        "Each percentage takes the count in its place",
        arguments: [
            // 450 / 600 = 75%, 150 / 600 = 25%.
            ("Van de 600 ritten was 75% op tijd en 25% te laat, respectievelijk 450 en 150 ritten.", "75%",
             Verdict.consistent),
            ("Van de 600 ritten was 75% op tijd en 25% te laat, respectievelijk 450 en 150 ritten.", "25%",
             .consistent),
            // 520 / 800 = 65%, 280 / 800 = 35%.
            ("Van de 800 leerlingen kwamen er respectievelijk 520 en 280 op de fiets en met de bus, ofwel 65% en 35%.",
             "65%", .consistent),
            ("Van de 800 leerlingen kwamen er respectievelijk 520 en 280 op de fiets en met de bus, ofwel 65% en 35%.",
             "35%", .consistent),
        ])
    func respectiveCounts(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// 120 + 90 = 210 is not the 800: the counts are of a subgroup, no parts of the shares.
    @Test("Counts that do not split the whole give no parts")
    func countsOfSubgroup() throws {
        let text = "Van de 800 leerlingen is 60% meisje en 40% jongen, respectievelijk 120 en 90 in de bovenbouw."
        try expectUnverifiable("60%", in: text)
        try expectUnverifiable("40%", in: text)
    }
}
