import Foundation
import Testing

@testable import AnnexKit

/// A second corpus by another writer who had read neither the code nor the first corpus
/// (`Fixtures/verify/holdout.yaml`, its conventions at the top). It was held out while verify was
/// built on the first; its failures then led to general rules (never to its sentences' wording), so it
/// now guards those rules: no false alarm, its planted mistakes caught, its resolved share kept.
@Suite("annex verify: the held-out corpus of another writer")
struct VerifyHoldoutTests {
    static let corpus = VerifyCorpusMeasure(file: "holdout.yaml")

    /// Planted mistakes verify does not catch yet, with the reason.
    static let knownMisses: [String: String] = [
        "ond-017": "a difference between two changes of the sentence before ('… 322 groter') is not read"
    ]

    /// The share of checkable claims resolved (90 of 93 when this test was written), rounded down.
    static let resolvedFloor = 0.96

    @Test("No false alarm, every planted mistake caught but the known misses, the resolved share kept")
    func holdout() {
        let outcome = Self.corpus.run(knownMisses: Self.knownMisses)
        #expect(Self.corpus.entries.count >= 100)
        let expected = outcome.planted - Self.knownMisses.count
        #expect(outcome.caught == expected, "caught \(outcome.caught) of \(outcome.planted)")
        #expect(outcome.resolvedShare >= Self.resolvedFloor, "resolved \(outcome.resolved) of \(outcome.checkable)")
        #expect(outcome.alarms.isEmpty, "\(outcome.alarms.joined(separator: "\n"))")
    }
}
