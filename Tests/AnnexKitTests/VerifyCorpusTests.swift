import Foundation
import Testing
import Yams

@testable import AnnexKit

/// The verify corpus: Dutch sentences in six styles (news releases, monitors, letters to parliament,
/// annual reports, local news, research reports), written with hand-computed verdicts by someone
/// who had not read the implementation (`Fixtures/verify/corpus.yaml`, its conventions at the top).
/// Each text is verified on its own, without a report.
@Suite("annex verify: the corpus written without reading the code")
struct VerifyCorpusTests {
    struct Entry: Decodable {
        let id: String
        let text: String
        let claims: [Expected]
    }

    struct Expected: Decodable {
        let quote: String
        let kind: String
        let verdict: Verdict
        let planted: Bool
    }

    /// Entries left out, with the reason (none so far).
    static let excluded: [String: String] = [:]

    static let entries: [Entry] = {
        do {
            let text = try readText(Paths.fixtures + "/verify/corpus.yaml")
            return try YAMLDecoder().decode([Entry].self, from: text)
        } catch {
            Issue.record("corpus not readable: \(error)")
            return []
        }
    }()

    /// The claim found for an expected one: in the same sentence, its written number inside the quote.
    static func match(_ expected: Expected, in found: [VerifiedClaim]) -> VerifiedClaim? {
        found.first { claim in
            claim.quote.contains(expected.quote) && expected.quote.contains(claim.written)
        } ?? found.first { claim in claim.quote.contains(expected.quote) && claim.written.contains(expected.quote) }
    }

    struct Outcome {
        var checkable = 0, resolved = 0, planted = 0, caught = 0
        var problems: [String] = []
    }

    static func run() -> Outcome {
        var outcome = Outcome()
        let verifier = Verifier(report: nil)
        for entry in entries where excluded[entry.id] == nil {
            let found = verifier.verify(TextDocument(text: entry.text))
            var used: [Int] = []
            for expected in entry.claims {
                let claim = match(expected, in: found)
                if let claim,
                    let index = found.firstIndex(where: {
                        $0.written == claim.written && $0.line == claim.line && $0.quote == claim.quote
                    })
                {
                    used.append(index)
                }
                let verdict = claim?.verdict
                let found = verdict?.rawValue ?? "no claim"
                let label =
                    "\(entry.id) «\(expected.quote)» expected \(expected.verdict.rawValue), found \(found)"
                    + (claim.map { " (\($0.kind.rawValue) \($0.written))" } ?? "")
                if expected.verdict != .unverifiable {
                    outcome.checkable += 1
                    if verdict == .consistent || verdict == .inconsistent { outcome.resolved += 1 }
                }
                if expected.planted {
                    outcome.planted += 1
                    if verdict == .inconsistent {
                        outcome.caught += 1
                    } else {
                        outcome.problems.append("missed: " + label)
                    }
                } else if verdict == .inconsistent {
                    outcome.problems.append("false alarm: " + label)
                } else if expected.verdict == .consistent && verdict != .consistent {
                    outcome.problems.append("unresolved: " + label)
                } else if expected.verdict == .unverifiable && verdict == .consistent {
                    outcome.problems.append("resolved beyond the corpus: " + label)
                }
            }
            for (index, claim) in found.enumerated() where !used.contains(index) && claim.verdict == .inconsistent {
                outcome.problems.append("false alarm: \(entry.id) extra claim \(claim.kind.rawValue) \(claim.written)")
            }
        }
        return outcome
    }

    @Test("At least 90% of the checkable claims resolved, every planted mistake caught, no false alarm")
    func corpus() {
        let outcome = Self.run()
        #expect(Self.entries.count >= 200)
        let share = Double(outcome.resolved) / Double(max(1, outcome.checkable))
        #expect(share >= 0.9, "resolved \(outcome.resolved) of \(outcome.checkable)")
        #expect(outcome.caught == outcome.planted, "caught \(outcome.caught) of \(outcome.planted) planted mistakes")
        let alarms = outcome.problems.filter { $0.hasPrefix("false alarm") || $0.hasPrefix("missed") }
        #expect(alarms.isEmpty, "\(alarms.joined(separator: "\n"))")
        if ProcessInfo.processInfo.environment["VERIFY_CORPUS_REPORT"] != nil {
            print("resolved \(outcome.resolved)/\(outcome.checkable), caught \(outcome.caught)/\(outcome.planted)")
            outcome.problems.forEach { print($0) }
        }
    }
}

extension Verdict: Decodable {}
