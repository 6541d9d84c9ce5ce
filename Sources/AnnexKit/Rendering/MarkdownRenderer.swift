/// Renders a report as GitHub-flavoured Markdown in Dutch formatting.
public enum MarkdownRenderer {
    public static func render(_ report: ComputedReport) -> String {
        var out = "# \(report.spec.title)\n\n"
        out += "Bron: \(report.spec.source)\n\n"
        for note in report.spec.notes { out += note + "\n\n" }
        for table in report.tables { out += render(table) }
        return out
    }

    static func render(_ table: ComputedTable) -> String {
        var out = "## \(table.title)\n\n"
        let header = [table.rowHeader] + table.columns.map(\.header)
        out += "| " + header.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + ([":---"] + table.columns.map { _ in "---:" }).joined(separator: "|") + "|\n"
        for row in table.rows {
            var label = escape(row.label)
            if row.kind == .sumOfRows || row.kind == .publishedTotal { label = "**\(label)**" }
            let cells = zip(row.cells, table.columns).map { amount, column in
                let text = escape(DutchFormat.format(amount, as: column.format))
                return amount.status == .estimated ? "*\(text)*" : text
            }
            out += "| " + ([label] + cells).joined(separator: " | ") + " |\n"
        }
        out += "\nBron: \(table.source)\n"
        let notes = NoteText.notes(for: table)
        if !notes.isEmpty {
            out += "\nNoten:\n\n" + notes.map { "- \(escapeText($0))\n" }.joined()
        }
        let rankings = table.rankings.filter { !$0.entries.isEmpty }
        if !rankings.isEmpty {
            out += "\nHoogste aantallen:\n\n" + rankings.map { "- \(escapeText(NoteText.ranking($0)))\n" }.joined()
        }
        return out + "\n"
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
