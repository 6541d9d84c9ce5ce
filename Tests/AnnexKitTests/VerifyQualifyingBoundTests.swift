import Foundation
import Testing

@testable import AnnexKit

/// A bound in a phrase after 'met' that picks out a group ('scholen met een verzuim boven de 6 procent') is a label
/// of the group, no value and no amount of a change (`Tokenizer.isQualifyingBound`).
@Suite("verify: a bound that picks out a group")
struct VerifyQualifyingBoundTests {
    @Test("The bound is no change of the group's count, whose own change is checked")
    func boundIsNoChange() throws {
        let text = "Het aantal scholen met een verzuim boven de 6 procent is verdrievoudigd: "
            + "van 5 in 2021 naar 15 in 2024."
        let found = try verified(text)
        #expect(!found.contains { $0.written.contains("6 procent") }, "\(found.map { "\($0.kind) \($0.written)" })")
        let factor = try claim("verdrievoudigd", in: text)
        #expect(factor.verdict == .consistent, "\(reason(factor))")
        try expectVerdict(
            .inconsistent, of: "verdubbelde",
            in: "Het aantal scholen met verzuim boven de 6 procent verdubbelde van 5 in 2021 naar 15 in 2024.")
    }

    @Test("A bound a verb links to its subject is a value")
    func linkedBoundIsValue() throws {
        // 'bleef onder de 6 procent': the rate itself, below 6 percent, after a fall of 1,5 points from 7,2.
        let found = try verified("Het verzuim daalde van 7,2 procent naar 5,7 procent en bleef zo onder de 6 procent.")
        #expect(found.contains { $0.written.contains("6 procent") }, "\(found.map { "\($0.kind) \($0.written)" })")
    }
}
