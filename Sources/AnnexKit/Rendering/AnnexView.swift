/// What the annex templates (Markdown, HTML) receive: the computed report, worded and formatted in
/// the annex's language, never raw data.
///
/// Every text comes in two forms: `text` as is (an HTML template escapes it with `{{…}}`) and `md`
/// escaped for Markdown. Estimated cells are flagged, so a template can show them in italics; total
/// rows are flagged, so a template can set them in bold. `labels` holds the template's own words.
enum AnnexView {
    static func report(_ report: ComputedReport, _ wording: Wording) -> [String: Any] {
        let labels: [String: Any] = ["source": text(wording(.annexSource)), "notes": text(wording(.annexNotes)),
                                     "rankings": text(wording(.annexRankings)),
                                     "contents": text(wording(.annexContents)), "png": text(wording(.figurePNG))]
        let words = FigureWording(wording, report: report)
        return ["title": text(wording.report.title), "source": text(wording.report.source), "lang": wording.language.rawValue,
                "labels": labels, "notes": wording.report.notes.map(text),
                "tables": report.tables.map { table in
                    let beside = report.charts.filter { $0.tables.first == table.id }
                    return self.table(table, wording).merging(figures(beside, words)) { first, _ in first }
                }]
    }

    /// The figures shown beside a table (those that draw from it first): `figures` with per figure
    /// its `id`, `caption`, `description` (the text alternative), `svg` (the image, inline), `file`
    /// and `png` (paths of its SVG and PNG), `source`, `numbers` (words before the links to its
    /// tables) and `tables` (each `id`, `title` and `separator`, the text before it); `hasFigures`.
    static func figures(_ charts: [Chart], _ words: FigureWording) -> [String: Any] {
        let figures = charts.map { chart -> [String: Any] in
            let tables = words.numberTables(chart).enumerated().map { index, table -> [String: Any] in
                ["id": table.id, "title": text(table.title), "separator": index == 0 ? "" : "; "]
            }
            return ["id": chart.id, "caption": text(words.caption(chart)),
                    "description": text(words.description(chart)),
                    "svg": FigureSVG.element(chart, words), "file": FigureFiles.path(chart, "svg"),
                    "png": FigureFiles.path(chart, "png"), "source": text(words.source(chart)),
                    "numbers": text(words.wording(.figureNumbers)), "tables": tables]
        }
        return ["figures": figures, "hasFigures": !figures.isEmpty]
    }

    static func table(_ table: ComputedTable, _ wording: Wording) -> [String: Any] {
        let rows = table.rows.map { row -> [String: Any] in
            let cells = zip(row.cells, table.columns).map { amount, column -> [String: Any] in
                let shown = wording.numbers.cell(amount, as: column.format)
                return ["text": shown, "md": cell(shown), "estimated": amount.status == .estimated]
            }
            let label = wording.label(row, in: table)
            return ["label": ["text": label, "md": cell(label)], "code": row.code, "total": row.kind.isTotal, "cells": cells]
        }
        let noteText = NoteText(wording, table: table)
        let notes = noteText.notes(table).map(text)
        let rankings = table.rankings.filter { !$0.entries.isEmpty }.map { text(noteText.ranking($0)) }
        let rowHeader = wording.rowHeader(table)
        return ["id": table.id, "title": text(wording.title(table)), "source": text(wording.source(table)),
                "rowHeader": ["text": rowHeader, "md": cell(rowHeader)],
                "headers": table.columns.map(wording.header).map { ["text": $0, "md": cell($0)] },
                "rows": rows, "notes": notes, "hasNotes": !notes.isEmpty, "rankings": rankings, "hasRankings": !rankings.isEmpty]
    }

    /// A text outside tables, as is and escaped for Markdown.
    static func text(_ value: String) -> [String: String] { ["text": value, "md": MarkdownRenderer.escapeText(value)] }

    /// A text inside a Markdown table cell ('|' escaped too).
    static func cell(_ value: String) -> String { MarkdownRenderer.escape(value) }
}
