import Testing

@testable import AnnexKit

/// verify206: '…; in 40 gevallen lukte dat niet': a later clause that denies the share's by a pronoun that refers back
/// ('dat', 'dit', 'het') right before 'niet' gives the rest, so the share's part is the whole less that count.
@Suite("Verify: a share beside the count of a clause that denies it")
struct VerifyDeniedClauseRestShareTests {
    @Test("The share is of the whole less the denied count")
    func deniedRest() throws {
        // (400 - 40) / 400 = 90%.
        try expectClaim(
            "90 procent",
            in: "Van de 400 aanvragen werd 90 procent binnen vier weken afgehandeld; in 40 gevallen lukte dat niet.",
            kind: .share, verdict: .consistent)
    }

    @Test("A share the derived rest contradicts stays unverifiable: a derived part confirms, never contradicts")
    func derivedPartNeverContradicts() throws {
        // (400 - 40) / 400 = 90%, not 85: the part is derived from the rest, so the share is left open.
        try expectUnverifiable(
            "85 procent",
            in: "Van de 400 aanvragen werd 85 procent binnen vier weken afgehandeld; in 40 gevallen lukte dat niet.")
    }

    @Test(
        "A share of what did not happen, or a clause that denies nothing, stays unverifiable",
        arguments: [
            "Van de 400 aanvragen werd 10 procent niet binnen vier weken afgehandeld; in 40 gevallen lukte dat niet.",
            "Van de 400 aanvragen werd 10 procent binnen vier weken afgehandeld; in 40 gevallen duurde het langer.",
        ])
    func near(text: String) throws {
        try expectUnverifiable("10 procent", in: text)
    }
}
