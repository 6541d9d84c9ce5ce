import Testing

@testable import AnnexKit

/// verify206: 'Van dat bedrag' opening a sentence refers to the amount the sentence before gave, as 'Daarvan' does;
/// a count in words after 'de' ('de twee musea') counts items the reader knows of, no quantity that sentence is about.
@Suite("Verify: a share of the amount 'Van dat bedrag' refers to")
struct VerifyReferredAmountShareTests {
    static let revenue =
        "De kaartverkoop van de twee musea bracht € 2,40 mln op (2023: € 2,10 mln), een groei van ruim 14 procent. "

    @Test("The part of the sentence, of the amount before")
    func referredAmount() throws {
        // 0,60 / 2,40 = 25%.
        try expectClaim(
            "25%", in: Self.revenue + "Van dat bedrag kwam € 0,60 mln uit jaarkaarten, 25%.", kind: .share,
            verdict: .consistent)
        try expectClaim(
            "25%", in: Self.revenue + "Daarvan kwam € 0,60 mln uit jaarkaarten, 25%.", kind: .share,
            verdict: .consistent)
    }

    @Test("Two amounts before and no change stay unverifiable")
    func twoAmounts() throws {
        try expectUnverifiable(
            "25%",
            in: "De musea brachten € 2,40 mln en € 1,10 mln op. Van dat bedrag kwam € 0,60 mln uit jaarkaarten, 25%.")
    }
}
