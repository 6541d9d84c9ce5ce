import Foundation
import Mustache

/// Renders a report as GitHub-flavoured Markdown in Dutch formatting, from an editable Mustache
/// template (`templates/annex.md.mustache`). The template receives the computed tables, already
/// formatted (table lines, notes, rankings), and decides wording and order; it never sees raw data.
public enum MarkdownRenderer {
    /// The template file's name in the templates folder.
    public static let templateName = "annex.md.mustache"

    /// Renders with the template at `templatePath`; a template that does not parse is an error
    /// naming the file, line and column.
    public static func render(_ report: ComputedReport, templatePath: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: templatePath), let text = String(data: data, encoding: .utf8) else {
            throw LoadErrors([LoadError(file: templatePath, .unreadable(reason: "sjabloon bestaat niet of is geen UTF-8"))])
        }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw LoadErrors([LoadError(file: templatePath, line: error.context.lineNumber, column: error.context.columnNumber,
                                        .invalidTemplate(reason: "\(error.error)"))])
        }
        return template.render(view(report))
    }

    /// What the template receives: the report's title, source and notes, and per table its
    /// formatted Markdown table lines, notes and rankings.
    static func view(_ report: ComputedReport) -> [String: Any] {
        ["title": report.spec.title, "source": report.spec.source, "notes": report.spec.notes,
         "tables": report.tables.map(view)]
    }

    static func view(_ table: ComputedTable) -> [String: Any] {
        let header = [table.rowHeader] + table.columns.map(\.header)
        let rows = table.rows.map { row -> String in
            var label = escape(row.label)
            if row.kind == .sumOfRows || row.kind == .publishedTotal { label = "**\(label)**" }
            let cells = zip(row.cells, table.columns).map { amount, column in
                let text = escape(DutchFormat.format(amount, as: column.format))
                return amount.status == .estimated ? "*\(text)*" : text
            }
            return "| " + ([label] + cells).joined(separator: " | ") + " |"
        }
        let notes = NoteText.notes(for: table).map(escapeText)
        let rankings = table.rankings.filter { !$0.entries.isEmpty }.map { escapeText(NoteText.ranking($0)) }
        return ["title": table.title, "source": table.source,
                "headerLine": "| " + header.map(escape).joined(separator: " | ") + " |",
                "alignmentLine": "|" + ([":---"] + table.columns.map { _ in "---:" }).joined(separator: "|") + "|",
                "rows": rows, "notes": notes, "hasNotes": !notes.isEmpty, "rankings": rankings, "hasRankings": !rankings.isEmpty]
    }

    static func escape(_ text: String) -> String {
        escapeText(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Escapes characters that Markdown would read as formatting.
    static func escapeText(_ text: String) -> String {
        var out = ""
        for character in text {
            if "*_`<[]\\".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
