/// Writes checked claims as they come, as text, Markdown, CSV or JSON, and the summary at the end.
///
/// Text quotes each sentence once, then its claims, one a line; Markdown is a table; CSV and JSON
/// have one record per claim with the keys `line`, `quote`, `kind`, `written`, `claimed`,
/// `recomputed`, `verdict`, `reason`, `sources` (kinds and verdicts as these identifiers in every
/// language, the reason in the output's language).
public struct VerificationOutput {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, csv, json
    }

    let format: Format
    let words: FindingText
    let write: (String) -> Void
    private var tally: [ClaimKind: [Verdict: Int]] = [:]
    private var lastSentence: (lines: ClosedRange<Int>, quote: String)?
    private var written = 0

    public init(format: Format, words: FindingText, write: @escaping (String) -> Void) {
        (self.format, self.words, self.write) = (format, words, write)
        switch format {
        case .text: break
        case .markdown:
            let columns: [Phrase] = [
                .verifyColumnLine, .verifyColumnKind, .verifyColumnClaimed, .verifyColumnRecomputed,
                .verifyColumnVerdict, .verifyColumnReason,
            ]
            write("| " + columns.map { words($0) }.joined(separator: " | ") + " |\n|---:|:---|---:|---:|:---|:---|\n")
        case .csv:
            var writer = CSVWriter()
            writer.row(Self.keys)
            write(writer.text)
        case .json: write("[")
        }
    }

    static let keys = ["line", "quote", "kind", "written", "claimed", "recomputed", "verdict", "reason", "sources"]

    /// Writes one claim.
    public mutating func add(_ claim: VerifiedClaim) {
        tally[claim.kind, default: [:]][claim.verdict, default: 0] += 1
        let reason = words.reason(claim.finding)
        switch format {
        case .text:
            if lastSentence?.lines != claim.sentenceLines || lastSentence?.quote != claim.quote {
                let lines = claim.sentenceLines
                let line = lines.count == 1 ? String(lines.lowerBound) : "\(lines.lowerBound)–\(lines.upperBound)"
                write(words(.verifyLine, ["line": line]) + " «" + claim.quote + "»\n")
                lastSentence = (lines, claim.quote)
            }
            write("  \(words.verdict(claim.verdict)) [\(words.kind(claim.kind))] \(claim.written): \(reason)\n")
        case .markdown:
            let cells = [
                String(claim.line), words.kind(claim.kind), MarkdownRenderer.escape(claim.written),
                claim.finding.computation.map { words.number($0.result) } ?? "", words.verdict(claim.verdict),
                MarkdownRenderer.escape(reason),
            ]
            write("| " + cells.joined(separator: " | ") + " |\n")
        case .csv:
            var writer = CSVWriter()
            writer.row(Self.fields(claim, reason: reason))
            write(writer.text)
        case .json:
            let sources = "[" + claim.sources.map(MachineReadable.jsonString).joined(separator: ",") + "]"
            let values = Self.fields(claim, reason: reason)
            let pairs = zip(Self.keys, values).map { key, value -> String in
                let encoded: String
                switch key {
                case "line": encoded = value
                case "claimed", "recomputed": encoded = value.isEmpty ? "null" : value
                case "sources": encoded = sources
                default: encoded = MachineReadable.jsonString(value)
                }
                return "\"\(key)\":\(encoded)"
            }
            write((written == 0 ? "\n" : ",\n") + "  {" + pairs.joined(separator: ",") + "}")
        }
        written += 1
    }

    /// The record of a claim for CSV and JSON: numbers plain ('.' decimals), kinds and verdicts as identifiers.
    static func fields(_ claim: VerifiedClaim, reason: String) -> [String] {
        [
            String(claim.line), claim.quote, claim.kind.rawValue, claim.written, PlainNumber.format(claim.claimed),
            claim.recomputed.map { PlainNumber.format($0) } ?? "", claim.verdict.rawValue, reason,
            claim.sources.joined(separator: "; "),
        ]
    }

    /// Ends the output: the summary with counts per verdict and kind (text and Markdown), or the end of the JSON array.
    public func finish() {
        switch format {
        case .text, .markdown: write((format == .markdown ? "\n" : "") + summary() + "\n")
        case .csv: break
        case .json: write((written == 0 ? "" : "\n") + "]\n")
        }
    }

    /// '147 beweringen: klopt 59, klopt niet 8, niet te controleren 80' and a line per kind.
    public func summary() -> String {
        guard written > 0 else { return words(.verifySummaryNone) }
        func verdicts(_ counts: [Verdict: Int]) -> String {
            Verdict.allCases.map { "\(words.verdict($0)) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        }
        let total = tally.values.reduce(into: [Verdict: Int]()) { sum, counts in sum.merge(counts, uniquingKeysWith: +)
        }
        let claims = words(written == 1 ? .verifyClaimsOne : .verifyClaimsOther, ["count": String(written)])
        var lines = [words(.verifySummary, ["claims": claims, "verdicts": verdicts(total)])]
        for kind in tally.keys.sorted() {
            let counts = tally[kind]!
            lines.append(
                words(
                    .verifySummaryKind,
                    [
                        "count": String(counts.values.reduce(0, +)), "kind": words.kind(kind),
                        "verdicts": verdicts(counts),
                    ]))
        }
        return lines.joined(separator: "\n")
    }

    /// All claims rendered at once.
    public static func render(_ claims: [VerifiedClaim], as format: Format, words: FindingText) -> String {
        var text = ""
        var output = VerificationOutput(format: format, words: words) { text += $0 }
        claims.forEach { output.add($0) }
        output.finish()
        return text
    }
}
