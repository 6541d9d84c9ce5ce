import Testing

@testable import AnnexKit

/// A mean in a relative clause after a count ('8.400 leden, die gemiddeld 11 boeken leenden') is per one of what that
/// count counts; its total may stand in brackets after it ('(92.400 in totaal)').
@Suite("Verify: a mean in a relative clause is per one of the count it refers to")
struct VerifyMeanInRelativeClauseTests {
    @Test("'N X, die gemiddeld M Y …' with the total of Y in brackets")
    func relativeClause() throws {
        // 92.400 / 8.400 = 11; 12 is planted.
        let library = "De bibliotheek telde 8.400 leden, die gemiddeld "
        try expectClaim("11", in: library + "11 boeken leenden (92.400 in totaal).", kind: .ratio,
            verdict: .consistent, value: 11)
        try expectClaim("12", in: library + "12 boeken leenden (92.400 in totaal).", kind: .ratio,
            verdict: .inconsistent, value: 11)
    }

    @Test(
        "In doubt unverifiable: a second count before the clause, or no count it refers to",
        arguments: [
            // Members and staff: 'die' may refer to both.
            "De bibliotheek telde 8.400 leden en 30 medewerkers, die gemiddeld 11 boeken leenden (92.400 in totaal).",
            // 'Zij' in a sentence of its own, the total of another noun ('keer').
            "De bibliotheek telde 8.400 leden. Zij leenden gemiddeld 11 boeken, die in totaal 92.400 keer uitgingen.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("11", in: text)
    }
}
