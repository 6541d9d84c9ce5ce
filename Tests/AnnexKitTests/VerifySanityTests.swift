import Foundation
import Testing

@testable import AnnexKit

/// `ReadingSanity`: a reading impossible in kind gives `unverifiable` with its reason, never `inconsistent`;
/// and the readings that take its place (a rate of two counts, a stated comparison value).
@Suite("verify: readings that are possible in kind")
struct VerifySanityTests {
    @Test(
        "A reading that fails a sanity rule is unverifiable, with the reason",
        arguments: [
            // A sum cannot be below its largest part.
            ("Het totaal bedroeg 95 (4.200 uitkeringen en 3.100 toeslagen).", ClaimKind.sum, "een som"),
            // A mean is taken over values of one noun (a list that counts the mean's own noun and another is no
            // list of it at all: `VerifyMeanOfUnlikeCountsTests`).
            ("De scholen telden gemiddeld 12 kinderen (3.000 leerlingen, 250 klassen).", .average, "een gemiddelde"),
            // Two values without years are no series: a mean outside them is no mean of them.
            ("Het gemiddelde van de twee metingen (40 en 48) was 52.", .average, "een gemiddelde"),
            // A part cannot exceed its base.
            ("Van de 500 deelnemers voltooiden 640 de cursus (64 procent).", .share, "een aandeel"),
        ])
    func impossible(text: String, kind: ClaimKind, reading: String) throws {
        let claim = try #require(try verified(text).first { $0.kind == kind })
        #expect(claim.verdict == .unverifiable)
        #expect(reason(claim).contains("de getallen passen niet bij " + reading), "\(reason(claim))")
    }

    @Test("A mean outside a yearly series stays a wrong mean")
    func series() throws {
        let claim = try #require(
            try verified("Jaarlijks gemiddeld 75 zaken (60 in 2021, 64 in 2022 en 70 in 2023).").first {
                $0.kind == .average
            })
        #expect(claim.verdict == .inconsistent)
    }

    @Test("A count that opens a clause with 'met' or 'bij' is a group's size, not a share's part")
    func groupSize() throws {
        let found = try verified(
            "Van de 2.400 meldingen werd 58 procent binnen een week opgepakt; in Zeeland, met 180 meldingen, "
                + "was dat 66 procent.")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    @Test(
        "A number with 'per' in its clause and a parenthesis of two unlike counts is their ratio",
        arguments: [
            ("Per wijkagent waren er gemiddeld 1.450 inwoners (87.000 inwoners, 60 wijkagenten).", Verdict.consistent),
            ("Per wijkagent waren er gemiddeld 1.540 inwoners (87.000 inwoners, 60 wijkagenten).", .inconsistent),
            (
                "Het aantal ontruimingen per 100.000 huishoudens bedroeg in Drenthe 41,7 (110 ontruimingen op "
                    + "263.800 huishoudens).",
                .consistent
            ),
            (
                "Het aantal ontruimingen per 100.000 huishoudens bedroeg in Drenthe 47,1 (110 ontruimingen op "
                    + "263.800 huishoudens).",
                .inconsistent
            ),
            ("De gemiddelde wachttijd per aanvraag kwam uit op 23,5 (28.200 dagen voor 1.200 aanvragen).", .consistent),
            (
                "De gemiddelde wachttijd per aanvraag kwam uit op 25,3 (28.200 dagen voor 1.200 aanvragen).",
                .inconsistent
            ),
        ])
    func pairedRate(text: String, verdict: Verdict) throws {
        let found = try verified(text)
        #expect(found.map(\.kind) == [.ratio], "\(found.map { "\($0.kind) \($0.written)" })")
        #expect(found.map(\.verdict) == [verdict])
    }

    @Test("A stated rate of the whole country is compared with, not recomputed; 'N keer' between two rates")
    func comparisonValue() throws {
        let text = { (factor: String) in
            "Utrecht telde 930 woninginbraken op 361.000 inwoners, 26 per 10.000 inwoners en daarmee "
                + factor + " het landelijke cijfer van 13 per 10.000."
        }
        let found = try verified(text("twee keer"))
        #expect(found.first { $0.written == "26" }?.verdict == .consistent)
        #expect(found.first { $0.written == "13" }?.verdict == .unverifiable)
        #expect(found.first { $0.kind == .change }?.verdict == .consistent, "\(found.map { "\($0.written)" })")
        #expect(try verified(text("drie keer")).first { $0.kind == .change }?.verdict == .inconsistent)
    }
}
