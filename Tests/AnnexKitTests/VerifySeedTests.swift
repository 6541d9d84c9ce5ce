import Foundation
import Testing

@testable import AnnexKit

/// `annex verify` on the 2024 report against its own figures (`Fixtures/verify/samenwerking-2024.txt`,
/// the seed text): the golden file of every verdict, the eight inconsistencies, the same result for
/// other line ends, what the vocabulary decides, and every checked claim caught when its number is wrong.
@Suite("verify: the 2024 report", .serialized)
struct VerifySeedTests {
    static let seedPath = Paths.fixtures + "/verify/samenwerking-2024.txt"
    static let seed = (try? readText(seedPath)) ?? ""

    static func run(_ text: String, verifier: Verifier) -> [VerifiedClaim] { verifier.verify(TextDocument(text: text)) }

    static let claims = Result { run(seed, verifier: try Verifiers.real.get()) }

    /// The eight claims the report's own tables contradict, by line and as written.
    static let inconsistencies = [
        "209 21.236", "287 22,4%", "323 268%", "330 2.705", "366 6,4%", "366 6,9%", "366 15,1%", "366 2,5%",
    ]

    static func key(_ claim: VerifiedClaim) -> String { "\(claim.line) \(claim.written)" }

    @Test(
        "Every verdict with its reason, as the golden file has it (regenerate with UPDATE_GOLDEN=1 and review the diff)"
    )
    func golden() throws {
        let text = VerificationOutput.render(try Self.claims.get(), as: .text, words: try Verifiers.dutch.get())
        let path = Paths.fixtures + "/golden/verify-samenwerking-2024.txt"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        #expect(text == (try readText(path)))
    }

    @Test("The eight inconsistencies, and no other")
    func eight() throws {
        let found = try Self.claims.get().filter { $0.verdict == .inconsistent }.map(Self.key)
        #expect(found == Self.inconsistencies)
    }

    @Test("CRLF and CR line ends give the same claims; one long line gives the same inconsistencies")
    func lineEnds() throws {
        let verifier = try Verifiers.real.get()
        let claims = try Self.claims.get()
        for variant in [
            Self.seed.replacingOccurrences(of: "\n", with: "\r\n"),
            Self.seed.replacingOccurrences(of: "\n", with: "\r"),
        ] {
            let other = Self.run(variant, verifier: verifier)
            #expect(other.map(Self.key) == claims.map(Self.key) && other.map(\.verdict) == claims.map(\.verdict))
        }
        // On one line the report's line numbers no longer point into the text: the figures taken from it
        // are no longer known to be this text's own, so those claims are checked (and agree) instead.
        let line = Self.run(Self.seed.replacingOccurrences(of: "\n", with: " "), verifier: verifier)
        #expect(
            line.filter { $0.verdict == .inconsistent }.map(\.written)
                == Self.inconsistencies.map { String($0.split(separator: " ")[1]) })
        #expect(
            line.filter { $0.verdict != .unverifiable }.count >= claims.filter { $0.verdict != .unverifiable }.count)
    }

    @Test(
        "Without any words for the measures nothing is inconsistent that the full vocabulary does not find inconsistent"
    )
    func emptyVocabulary() throws {
        let verifier = try Verifiers.real.get()
        let full = Set(try Self.claims.get().filter { $0.verdict == .inconsistent }.map(Self.key))
        let bare = Self.run(
            Self.seed, verifier: verifier.with(Vocabulary(regions: verifier.vocabulary.regions, measures: [])))
        let alarms = Set(bare.filter { $0.verdict == .inconsistent }.map(Self.key))
        #expect(alarms.isSubset(of: full), "\(alarms.subtracting(full))")
        #expect(alarms == ["287 22,4%", "323 268%"])
    }

    @Test("Leaving out any one word entry raises no new alarm")
    func leaveOneOut() throws {
        let verifier = try Verifiers.real.get()
        let full = Set(try Self.claims.get().filter { $0.verdict == .inconsistent }.map(Self.key))
        for (position, entry) in verifier.vocabulary.measures.enumerated() {
            var measures = verifier.vocabulary.measures
            measures.remove(at: position)
            let fewer = Vocabulary(
                regions: verifier.vocabulary.regions, scopes: verifier.vocabulary.scopes, measures: measures)
            let alarms = Set(
                Self.run(Self.seed, verifier: verifier.with(fewer)).filter { $0.verdict == .inconsistent }.map(Self.key)
            )
            #expect(
                alarms.isSubset(of: full),
                "without \(entry.table)/\(entry.measure) \(entry.words): \(alarms.subtracting(full))")
        }
    }

    /// The number a claim states, made wrong: a percentage moved by 3 points, a count raised by 7%.
    static func planted(_ written: String) -> String? {
        let digits = written.drop { !$0.isNumber && $0 != "-" && $0 != "−" && $0 != "+" }
        guard let end = digits.lastIndex(where: \.isNumber) else { return nil }
        let number = String(digits[...end]).filter { $0.isNumber || $0 == "," }
        guard let value = Exact(decimal: number.replacingOccurrences(of: ",", with: ".")) else { return nil }
        let decimals = number.split(separator: ",").dropFirst().first?.count ?? 0
        let isPercent = written.contains("%") || written.contains("procent")
        let wrong = isPercent ? value + Exact(3) : (value * Exact(107, over: 100)).rounded(toDecimals: 0)
        let formatted = NumberStyle.dutch.number(wrong, decimals: isPercent ? decimals : 0)
        return written.replacingOccurrences(
            of: String(digits[...end]).drop { !$0.isNumber }.description, with: formatted)
    }

    @Test("Every claim the run checks is caught when its number is made wrong (a percentage +3 points, a count +7%)")
    func mutations() throws {
        let verifier = try Verifiers.real.get()
        let lines = Self.seed.components(separatedBy: "\n")
        let checked = try Self.claims.get().filter {
            $0.verdict != .unverifiable && $0.written.contains(where: \.isNumber)
        }
        #expect(checked.count >= 40)
        var missed: [String] = []
        for claim in checked {
            guard let wrong = Self.planted(claim.written) else {
                missed.append("cannot plant in \(Self.key(claim))")
                continue
            }
            var mutated = lines
            let line = claim.line - 1
            guard let range = Self.occurrence(of: claim, in: mutated[line]) else {
                missed.append("not found: \(Self.key(claim))")
                continue
            }
            mutated[line].replaceSubrange(range, with: wrong)
            // Only the claim's heading and paragraph matter; the other lines are left empty (lines keep their numbers).
            let kept = Self.paragraph(around: line, in: lines)
            let text = mutated.enumerated().map { kept.contains($0.offset) ? $0.element : "" }.joined(separator: "\n")
            let found = Self.run(text, verifier: verifier).filter { $0.line == claim.line && $0.written == wrong }
            if !found.contains(where: { $0.verdict == .inconsistent }) {
                missed.append("\(Self.key(claim)) → \(wrong): \(found.map { "\($0.verdict) \(reason($0))" })")
            }
        }
        #expect(missed.isEmpty, "\(missed.joined(separator: "\n"))")
    }

    /// Where a claim's number stands in its line: its only occurrence, or the one after the start of its sentence.
    static func occurrence(of claim: VerifiedClaim, in line: String) -> Range<String.Index>? {
        let start = line.range(of: String(claim.quote.prefix(30)))?.lowerBound ?? line.startIndex
        var ranges: [Range<String.Index>] = []
        var from = start
        while let range = line.range(of: claim.written, range: from..<line.endIndex) {
            let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)] : " "
            if !before.isNumber && before != "," && before != "." { ranges.append(range) }
            from = range.upperBound
        }
        let earlier =
            (try? claims.get().filter {
                $0.line == claim.line && $0.quote == claim.quote && $0.written == claim.written
            }) ?? []
        let position = earlier.firstIndex { $0.recomputed == claim.recomputed && $0.kind == claim.kind } ?? 0
        return ranges.indices.contains(position) ? ranges[position] : ranges.first
    }

    /// The line numbers of the heading and paragraph a line belongs to.
    static func paragraph(around line: Int, in lines: [String]) -> Set<Int> {
        var kept = Set<Int>()
        var first = line
        while first > 0, !lines[first - 1].trimmingCharacters(in: .whitespaces).isEmpty { first -= 1 }
        var last = line
        while last + 1 < lines.count, !lines[last + 1].trimmingCharacters(in: .whitespaces).isEmpty { last += 1 }
        kept.formUnion(first...last)
        if let heading = lines[..<first].lastIndex(where: { $0.hasPrefix("#") }) { kept.insert(heading) }
        return kept
    }
}
