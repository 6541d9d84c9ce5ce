import Foundation
import Testing

@testable import AnnexKit

/// A bare difference in points ('Het verschil is 3 procentpunt', 'met een verschil van 3 procentpunt') after a
/// sentence that sets two shares side by side: coordinated with each group named after its value ('61% jong en 39%
/// oud', '71 procent van de kopers en 66 procent van de huurders'), or in two clauses with only their parts and wholes
/// in brackets beside them. The difference without a direction is the larger less the smaller.
@Suite("verify: a difference in points after two shares set side by side")
struct VerifyPointDifferencesTests {
    @Test("two shares of one whole, each named after its value, joined by 'en'")
    func namedAfterValues() throws {
        let before = "Van de vrijwilligers bij de voedselbank is 61% gepensioneerd en 39% werkend. "
        // 61 − 39 = 22.
        try expectClaim(
            "22 procentpunt", in: before + "Het verschil is 22 procentpunt.\n", kind: .points, verdict: .consistent,
            value: 22)
        try expectVerdict(
            .inconsistent, of: "12 procentpunt",
            in: before + "Gepensioneerden zijn dus in de meerderheid, met een verschil van 12 procentpunt.\n")
    }

    @Test("two shares each of its own whole, the predicate they share after the second")
    func sharedPredicateAfter() throws {
        let before = "Kopers en huurders scheelden weinig: 71 procent van de kopers en 66 procent van de huurders "
            + "kocht in 2025 een warmtepomp. "
        // 71 − 66 = 5.
        try expectClaim(
            "5 procentpunt", in: before + "Het verschil bedraagt 5 procentpunt.\n", kind: .points,
            verdict: .consistent, value: 5)
        try expectVerdict(.inconsistent, of: "7 procentpunt", in: before + "Het verschil bedraagt 7 procentpunt.\n")
    }

    @Test("two shares in two clauses, each with its part and whole in brackets")
    func partsInBrackets() throws {
        let before = "Na een jaar was in de eerste groep 35 procent (21 van 60) nog in dienst en in de tweede groep "
            + "48 procent (36 van 75). "
        // 48 − 35 = 13.
        try expectClaim(
            "13 procentpunt", in: before + "Het verschil is 13 procentpunt.\n", kind: .points, verdict: .consistent,
            value: 13)
        try expectVerdict(.inconsistent, of: "31 procentpunt", in: before + "Het verschil is 31 procentpunt.\n")
    }

    @Test("three shares, a share in brackets, two predicates, a count: no pair, or no claim in points")
    func nearCases() throws {
        // A difference in points after three shares: which two are meant is not told.
        try expectUnverifiable(
            "22 procentpunt",
            in: "Van de vrijwilligers is 61% gepensioneerd, 30% werkend en 9% student. "
                + "Het verschil is 22 procentpunt.\n")
        // Two shares of different populations, each conjunct with a verb of its own.
        try expectUnverifiable(
            "22 procentpunt",
            in: "Van de kopers heeft 61 procent een tuin en 39 procent van de huurders heeft een balkon. "
                + "Het verschil is 22 procentpunt.\n")
        // A share in brackets beside the two: another pair could be meant.
        try expectUnverifiable(
            "13 procentpunt",
            in: "In de eerste groep was 35 procent (landelijk 30 procent) nog in dienst en in de tweede groep "
                + "48 procent. Het verschil is 13 procentpunt.\n")
        // A hedged share gives no exact side.
        try expectUnverifiable(
            "22 procentpunt",
            in: "Van de vrijwilligers is ruim 61% gepensioneerd en 39% werkend. Het verschil is 22 procentpunt.\n")
        // 'een verschil van' a count after two shares is no difference of the shares.
        let count = try verified(
            "Van de vrijwilligers is 61% gepensioneerd en 39% werkend. Dat is een verschil van 22 mensen.\n"
        ).filter { $0.written.hasPrefix("22") }
        #expect(count.allSatisfy { $0.verdict == .unverifiable }, "\(count.map(reason))")
    }
}
