/// Renders checked claims as text, Markdown, CSV or JSON (keys: line, quote, kind, claimed,
/// recomputed, verdict, reason, sources).
public enum VerificationOutput {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, csv, json
    }

    public static func render(_ claims: [VerifiedClaim], as format: Format) -> String {
        switch format {
        case .text: text(claims)
        case .markdown: markdown(claims)
        case .csv: csv(claims)
        case .json: json(claims)
        }
    }

    static func number(_ value: Double?) -> String { value.map(PlainNumber.format) ?? "" }

    static func text(_ claims: [VerifiedClaim]) -> String {
        var out = ""
        for claim in claims {
            out += "r. \(claim.line) \(claim.verdict.rawValue) [\(claim.kind.rawValue)] \(number(claim.claimed)): \(claim.reason)\n"
        }
        return out + summary(claims) + "\n"
    }

    /// '3 claims: 1 consistent, 1 inconsistent, 1 unverifiable'.
    public static func summary(_ claims: [VerifiedClaim]) -> String {
        let counts = Verdict.allCases.map { verdict in "\(claims.filter { $0.verdict == verdict }.count) \(verdict.rawValue)" }
        return "\(claims.count) claims: " + counts.joined(separator: ", ")
    }

    static func markdown(_ claims: [VerifiedClaim]) -> String {
        var out = "| regel | soort | genoemd | herberekend | oordeel | reden |\n|---:|:---|---:|---:|:---|:---|\n"
        for claim in claims {
            let cells = ["\(claim.line)", claim.kind.rawValue, number(claim.claimed), number(claim.recomputed),
                         claim.verdict.rawValue, MarkdownRenderer.escape(claim.reason)]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out + "\n" + summary(claims) + "\n"
    }

    static func csv(_ claims: [VerifiedClaim]) -> String {
        var writer = CSVWriter()
        writer.row(["line", "quote", "kind", "claimed", "recomputed", "verdict", "reason", "sources"])
        for claim in claims {
            writer.row(["\(claim.line)", claim.quote, claim.kind.rawValue, number(claim.claimed), number(claim.recomputed),
                        claim.verdict.rawValue, claim.reason, claim.sources.joined(separator: "; ")])
        }
        return writer.text
    }

    static func json(_ claims: [VerifiedClaim]) -> String {
        let objects = claims.map { claim in
            let sources = "[" + claim.sources.map(MachineReadable.jsonString).joined(separator: ",") + "]"
            let pairs = ["\"line\":\(claim.line)", "\"quote\":\(MachineReadable.jsonString(claim.quote))",
                         "\"kind\":\(MachineReadable.jsonString(claim.kind.rawValue))", "\"claimed\":\(number(claim.claimed))",
                         "\"recomputed\":\(claim.recomputed.map(PlainNumber.format) ?? "null")",
                         "\"verdict\":\(MachineReadable.jsonString(claim.verdict.rawValue))",
                         "\"reason\":\(MachineReadable.jsonString(claim.reason))", "\"sources\":\(sources)"]
            return "  {" + pairs.joined(separator: ",") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + (objects.isEmpty ? "" : "\n") + "]\n"
    }
}
