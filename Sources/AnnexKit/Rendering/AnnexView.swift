/// What the annex templates (Markdown, HTML) receive: the computed report, formatted, never raw data.
///
/// Every text comes in two forms: `text` as is (an HTML template escapes it with `{{…}}`) and `md`
/// escaped for Markdown. Numbers are formatted in Dutch; estimated cells are flagged, so a template
/// can show them in italics; total rows are flagged, so a template can set them in bold.
enum AnnexView {
    static func report(_ report: ComputedReport) -> [String: Any] {
        ["title": text(report.spec.title), "source": text(report.spec.source), "lang": "nl",
         "notes": report.spec.notes.map(text), "tables": report.tables.map(table)]
    }

    static func table(_ table: ComputedTable) -> [String: Any] {
        let rows = table.rows.map { row -> [String: Any] in
            let cells = zip(row.cells, table.columns).map { amount, column -> [String: Any] in
                let shown = DutchFormat.format(amount, as: column.format)
                return ["text": shown, "md": cell(shown), "estimated": amount.status == .estimated]
            }
            return ["label": ["text": row.label, "md": cell(row.label)], "code": row.code,
                    "total": row.kind == .sumOfRows || row.kind == .publishedTotal, "cells": cells]
        }
        let notes = NoteText.notes(for: table).map(text)
        let rankings = table.rankings.filter { !$0.entries.isEmpty }.map { text(NoteText.ranking($0)) }
        return ["id": table.id, "title": text(table.title), "source": text(table.source),
                "rowHeader": ["text": table.rowHeader, "md": cell(table.rowHeader)],
                "headers": table.columns.map { ["text": $0.header, "md": cell($0.header)] },
                "rows": rows, "notes": notes, "hasNotes": !notes.isEmpty, "rankings": rankings, "hasRankings": !rankings.isEmpty]
    }

    /// A text outside tables, as is and escaped for Markdown.
    static func text(_ value: String) -> [String: String] { ["text": value, "md": MarkdownRenderer.escapeText(value)] }

    /// A text inside a Markdown table cell ('|' escaped too).
    static func cell(_ value: String) -> String { MarkdownRenderer.escape(value) }
}
