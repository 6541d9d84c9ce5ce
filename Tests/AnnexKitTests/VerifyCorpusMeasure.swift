import Foundation
import Testing
import Yams

@testable import AnnexKit

/// The measure of verify on a corpus of Dutch sentences with hand-computed verdicts: each text is
/// verified on its own, without a report, and each expected claim is compared with the one found.
struct VerifyCorpusMeasure {
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
        /// The claimed number as the corpus writes it ('43.4', '-20', '1/7').
        let claimed: String?

        /// Whether `written` shows the claimed number: its digits and decimal comma, sign and thousands' points
        /// aside ('43.4' in '43,4%', '1497.60' in '€ 1.497,60').
        func shows(_ written: String) -> Bool {
            guard let claimed else { return false }
            let digits = claimed.trimmingCharacters(in: ["-", "+"]).replacingOccurrences(of: ".", with: ",")
            return written.replacingOccurrences(of: ".", with: "").contains(digits)
        }

        /// The quote as the reader reads it: a row pasted with spaces or a tab as the value line it stands for
        /// ('Totaal  2.880' as 'Totaal: 2.880', `SpacedRow`).
        var readQuote: String {
            SpacedRow.line(quote.unicodeScalars) ?? (quote.contains("\t") ? TabValueLine.line(quote) : nil) ?? quote
        }

        /// Whether a claim of `found` kind can be this one: the corpora's kinds by the claim kinds they name
        /// ('percentage_change' a change, 'relative' a change or a share); any kind for one not listed.
        func admits(_ found: ClaimKind) -> Bool {
            let kinds: [String: Set<ClaimKind>] = [
                "percentage_change": [.change], "point_change": [.points], "difference": [.difference],
                "share": [.share], "sum": [.sum], "average": [.average], "ratio": [.ratio], "count": [.count],
                "relative": [.change, .share],
            ]
            return kinds[kind]?.contains(found) ?? true
        }
    }

    struct Outcome {
        var checkable = 0, resolved = 0, planted = 0, caught = 0
        var problems: [String] = []
        /// The ids of known misses whose planted mistake is caught now, to drop from the list.
        var caughtKnownMisses: [String] = []
        /// The ids of known misses, once for each of their planted mistakes still missed.
        var missedKnown: [String] = []

        /// False alarms and missed planted mistakes: what a corpus must not show.
        var alarms: [String] { problems.filter { $0.hasPrefix("false alarm") || $0.hasPrefix("missed") } }
        var resolvedShare: Double { Double(resolved) / Double(max(1, checkable)) }
    }

    let entries: [Entry]
    /// The corpus file's name, to tell the figures of corpora measured side by side apart.
    let file: String

    /// A corpus of `entries`, named `file` in its figures.
    init(entries: [Entry], file: String) {
        self.entries = entries
        self.file = file
    }

    /// The corpus in `file` of the verify fixtures.
    init(file: String) {
        self.file = file
        do {
            let text = try readText(Paths.fixtures + "/verify/" + file)
            entries = try YAMLDecoder().decode([Entry].self, from: text)
        } catch {
            Issue.record("corpus \(file) not readable: \(error)")
            entries = []
        }
    }

    /// The claim found for an expected one: in the same sentence, its written number inside the quote; of
    /// several ('4.307 (+3%)' holds the sum 4.307 and the change +3%), the first of the expected kind, and of
    /// those the one showing the claimed number ('… meer dan 30% van het inkomen …: 43,4%' claims 43,4). Else one of
    /// the expected kind showing the claimed number, written inside the quote, whose sentence holds the quote once
    /// colons, list marks and table bars are dropped from both ('• Totaal: € 1.350.000' quoted as
    /// 'Totaal € 1.350.000'). Last, one whose sentence holds the quote and whose written claim begins where the quote
    /// ends: a quote cut at a line break.
    static func match(_ expected: Expected, in found: [VerifiedClaim]) -> VerifiedClaim? {
        let quote = expected.readQuote
        let inside = found.filter { claim in claim.quote.contains(quote) && quote.contains(claim.written) }
        let admitted = inside.filter { expected.admits($0.kind) }
        let bare = Self.bare(expected.quote)
        return admitted.first { expected.shows($0.written) } ?? admitted.first ?? inside.first
            ?? found.first { claim in claim.quote.contains(quote) && claim.written.contains(quote) }
            ?? found.first { claim in
                expected.admits(claim.kind) && expected.shows(claim.written) && bare.contains(Self.bare(claim.written))
                    && Self.bare(claim.quote).contains(bare)
            }
            ?? found.first { claim in
                expected.admits(claim.kind) && expected.shows(claim.written) && Self.bare(claim.quote).contains(bare)
                    && bare.contains(Self.headerless(claim.written))
            }
            ?? found.first { claim in
                // A quote cut at a line break ('een toename van 36' of '… 36⏎procent'): it ends where the claim begins.
                expected.admits(claim.kind) && expected.shows(claim.written) && claim.quote.contains(quote)
                    && claim.written.split(separator: " ").first.map { quote.hasSuffix($0) } == true
            }
    }

    /// A share as its cell writes it under a column headed '%': verify reads '86,1' there as '86,1%'.
    static func headerless(_ written: String) -> String {
        let bare = Self.bare(written)
        return bare.hasSuffix("%") ? String(bare.dropLast()) : bare
    }

    /// Whether `claim` is an inconsistent sum one of whose addends has the value the planted claim `expected`
    /// states ('6.150 + 2.350 = 8.500, not 8.400' for a planted '2.350'), or an inconsistent rest whose whole or
    /// parts hold it ('3.214 − 1.890 − 1.106 = 218, not 128' for a planted total '3.214'): the mistake planted in a
    /// part or a total shows as the sum or the rest gone wrong, which catches it.
    static func sums(_ claim: VerifiedClaim, addend expected: Expected) -> Bool {
        guard claim.verdict == .inconsistent, let form = claim.finding.computation?.form,
            let claimed = expected.claimed, let value = Exact(decimal: claimed.trimmingCharacters(in: ["+"]))
        else { return false }
        let operands: [Shown]
        switch form {
        case .sum(let parts): operands = parts
        case .remainder(let whole, let parts): operands = [whole] + parts
        default: return false
        }
        return operands.contains { operand in scaleWords.contains { operand.value == value * Exact($0) } }
    }

    /// What a scale word multiplies by: a planted '9.8' of '9,8 miljoen' is 9.800.000 in a computation.
    static let scaleWords = [1, 1_000, 1_000_000, 1_000_000_000]

    /// A quote without its colons, list marks ('•', '*', or a dash before a space) and table bars ('| Totaal |
    /// 397,0 |' is the row verify quotes as 'Totaal | 397,0'), its spaces each one.
    static func bare(_ quote: String) -> String {
        let words = quote.replacingOccurrences(of: ":", with: " ").split(whereSeparator: \.isWhitespace)
        return words.filter { !marks.contains(String($0)) }.joined(separator: " ")
    }

    /// Marks of a list item or of a table's cell border, written as a word of their own.
    static let marks: Set<String> = ["•", "*", "-", "–", "|"]

    /// The measure over every entry; planted mistakes of the entries in `knownMisses` are counted as
    /// not caught without being a problem.
    func run(knownMisses: [String: String] = [:]) -> Outcome {
        var outcome = Outcome()
        let verifier = Verifiers.text
        for entry in entries {
            let found = verifier.verify(TextDocument(text: entry.text))
            var used: [Int] = []
            var uncaught: [(expected: Expected, label: String)] = []
            for expected in entry.claims {
                let claim = Self.match(expected, in: found)
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
                        if knownMisses[entry.id] != nil { outcome.caughtKnownMisses.append(entry.id) }
                    } else {
                        uncaught.append((expected, label))
                    }
                } else if verdict == .inconsistent {
                    outcome.problems.append("false alarm: " + label)
                } else if expected.verdict == .consistent && verdict != .consistent {
                    outcome.problems.append("unresolved: " + label)
                } else if expected.verdict == .unverifiable && verdict == .consistent {
                    outcome.problems.append("resolved beyond the corpus: " + label)
                }
            }
            for (expected, label) in uncaught {
                let catching = found.indices.first { index in
                    !used.contains(index) && Self.sums(found[index], addend: expected)
                }
                if let catching {
                    used.append(catching)
                    outcome.caught += 1
                    if knownMisses[entry.id] != nil { outcome.caughtKnownMisses.append(entry.id) }
                } else if knownMisses[entry.id] == nil {
                    outcome.problems.append("missed: " + label)
                } else {
                    outcome.missedKnown.append(entry.id)
                }
            }
            // An inconsistent sum one of whose addends is a planted mistake ('27% + 19% + 21% + 35% = 102%, not
            // 100%' where 21% is planted) is that mistake seen again, no false alarm.
            let planted = entry.claims.filter(\.planted)
            for (index, claim) in found.enumerated()
            where !used.contains(index) && claim.verdict == .inconsistent
                && !planted.contains(where: { Self.sums(claim, addend: $0) })
            {
                outcome.problems.append("false alarm: \(entry.id) extra claim \(claim.kind.rawValue) \(claim.written)")
            }
        }
        if ProcessInfo.processInfo.environment["VERIFY_CORPUS_REPORT"] != nil {
            let resolved = "resolved \(outcome.resolved)/\(outcome.checkable)"
            let lines = [resolved + ", caught \(outcome.caught)/\(outcome.planted)"] + outcome.problems
            // Written unbuffered: a print to a pipe may be lost when the test process ends.
            let report = lines.map { "\(file): " + $0 + "\n" }.joined()
            FileHandle.standardOutput.write(Data(report.utf8))
        }
        return outcome
    }
}

extension Verdict: Decodable {}
