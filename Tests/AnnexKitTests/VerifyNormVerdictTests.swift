import Foundation
import Testing

@testable import AnnexKit

/// A norm met or not: 'gehaald', 'niet gehaald', 'voldoet (niet) aan', 'bleef onder', 'kwam boven' claim the side of
/// the result against the norm, also when the norm stands in the sentence before. In words of their own, each both
/// ways, and the forms that stay open.
@Suite("verify: a norm met or not")
struct VerifyNormVerdictTests {
    @Test(
        "The words of a verdict claim the side of the one result against the one norm",
        arguments: [
            // 87 < 90: not met.
            ("In 2025 werd de norm van 90 procent met 87 procent niet gehaald.", "niet gehaald", Verdict.consistent),
            ("In 2025 werd de norm van 90 procent met 93 procent niet gehaald.", "niet gehaald", .inconsistent),
            ("In 2025 werd de norm van 90 procent met 93 procent gehaald.", "gehaald", .consistent),
            ("In 2025 werd de norm van 90 procent met 87 procent gehaald.", "gehaald", .inconsistent),
            // 'voldoen aan', with and without 'niet'.
            ("Met 94 procent voldeed de regio aan de streefwaarde van 92 procent.", "voldeed de regio aan",
             .consistent),
            ("Met 91 procent voldeed de regio aan de streefwaarde van 92 procent.", "voldeed de regio aan",
             .inconsistent),
            ("Met 91 procent voldeed de regio niet aan de streefwaarde van 92 procent.", "voldeed de regio niet aan",
             .consistent),
            // 'bleef onder', 'kwam boven' a norm of any unit.
            ("De gemiddelde doorlooptijd bleef met 7 weken onder de norm van 8 weken.", "bleef met 7 weken onder",
             .consistent),
            ("De gemiddelde doorlooptijd bleef met 9 weken onder de norm van 8 weken.", "bleef met 9 weken onder",
             .inconsistent),
            ("Het aandeel tijdige afhandelingen kwam met 96 procent boven de norm van 95 procent.",
             "kwam met 96 procent boven", .consistent),
            ("Het aandeel tijdige afhandelingen kwam met 94 procent boven de norm van 95 procent.",
             "kwam met 94 procent boven", .inconsistent),
        ])
    func verdict(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
        #expect(try verified(text).allSatisfy { $0.written == written || $0.verdict != .inconsistent })
    }

    @Test("A norm in the sentence before is the one a verdict refers to")
    func normBefore() throws {
        let norm = "De norm is 90 procent. In 2025 werd die met "
        try expectVerdict(.consistent, of: "niet gehaald", in: norm + "87 procent niet gehaald.")
        try expectVerdict(.inconsistent, of: "niet gehaald", in: norm + "92 procent niet gehaald.")
    }

    @Test(
        "A shortfall or excess is the result minus the target, the target in its sentence or the one before",
        arguments: [
            // 84 − 90 = −6.
            ("De streefwaarde is 90 procent. Met 84 procent was het aandeel 6 procentpunt te laag.", "6 procentpunt",
             Verdict.consistent),
            ("De streefwaarde is 90 procent. Met 84 procent was het aandeel 4 procentpunt te laag.", "4 procentpunt",
             .inconsistent),
            // 1.080 − 1.200 = −120.
            ("Met 1.080 nieuwe plekken bleef er een tekort van 120 plekken op de doelstelling van 1.200.", "120",
             .consistent),
            ("Met 1.080 nieuwe plekken bleef er een tekort van 220 plekken op de doelstelling van 1.200.", "220",
             .inconsistent),
            // 1.260 − 1.200 = +60: too many, not too few.
            ("Met 1.260 nieuwe plekken waren er 60 plekken te veel voor de doelstelling van 1.200.", "60", .consistent),
            ("Met 1.260 nieuwe plekken waren er 60 plekken te weinig voor de doelstelling van 1.200.", "60",
             .inconsistent),
        ])
    func shortfall(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A shortfall without a target's value stays open")
    func shortfallStaysOpen() throws {
        let found = try verified("Met 84 procent was het aandeel 6 procentpunt te laag.")
        #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    @Test("A verdict stays open without one result and one norm, or for a norm that may be a maximum")
    func verdictStaysOpen() throws {
        let texts = [
            // Two results: which one met the norm?
            "De norm van 90 procent werd in Assen met 87 procent en in Emmen met 92 procent niet gehaald.",
            // Two norms.
            "De norm van 90 procent en de streefwaarde van 95 procent werden met 93 procent niet gehaald.",
            // No norm's value.
            "De norm werd in 2025 met 87 procent niet gehaald.",
            // A norm of weeks may be a maximum: 'gehaald' says nothing of the side.
            "De termijn van 8 weken werd met 9 weken niet gehaald; de norm van 8 weken werd met 9 weken gehaald.",
            // A gap is a gap, read as such: no verdict.
            "Het aandeel bleef 3 procentpunt onder de norm van 90 procent.",
        ]
        for text in texts {
            let found = try verified(text)
            #expect(
                found.allSatisfy { $0.verdict != .inconsistent },
                "\(text): \(found.map { "\($0.kind) \($0.written) \($0.verdict)" })")
            let verdicts = found.filter { $0.written.hasSuffix("gehaald") || $0.written.hasSuffix("onder") }
            #expect(verdicts.allSatisfy { $0.verdict == .unverifiable })
        }
    }
}
