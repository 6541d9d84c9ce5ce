/// What the rows of one table share in the annex templates, held once: a row's and a cell's view
/// refer to it instead of each copying the table and the wording.
final class AnnexTableContext: Sendable {
    let table: ComputedTable
    let wording: Wording
    /// The columns the Markdown shows (`AnnexView.shownColumns`).
    let shown: [Int]

    init(table: ComputedTable, wording: Wording, shown: [Int]) {
        (self.table, self.wording, self.shown) = (table, wording, shown)
    }
}

/// A row of a table as the annex templates read it: `label` (`text`, `md`), `code`, `total`,
/// `cells` and `shownCells` (each `text`, `md`, `estimated`). Made when a template reaches the row
/// (the row made once), and every text when it is asked for, so a table of any size renders one row
/// at a time.
struct AnnexRowView: TemplateRecord {
    let context: AnnexTableContext
    let row: TableRow

    func value(named name: String) -> TemplateValue? {
        switch name {
        case "label":
            let label = context.wording.label(row, in: context.table)
            return .record(AnnexText(text: label, md: MarkdownRenderer.escape(label)))
        case "code": return .text(row.code)
        case "total": return .flag(row.kind.isTotal)
        case "cells": return .list(TemplateList(count: row.cells.count) { cell($0) })
        case "shownCells": return .list(TemplateList(count: context.shown.count) { cell(context.shown[$0]) })
        default: return nil
        }
    }

    private func cell(_ column: Int) -> TemplateValue {
        .record(AnnexCellView(numbers: context.wording.numbers, amount: row.cells[column],
                              format: context.table.columns[column].format))
    }

    /// The rows of the table as lines of a Markdown table, written as bytes: each row `| label |`
    /// (bold for a total) and its shown cells (`*…*` for an estimate), after a line break.
    static func markdownLines(_ context: AnnexTableContext) -> TemplateLines {
        let table = context.table, numbers = context.wording.numbers
        let formats = context.shown.map { table.columns[$0].format }
        var text = ByteBuffer()
        return TemplateLines(count: table.rows.count) { index, out in
            let row = table.rows[index]
            let total = row.kind.isTotal
            out.append("\n| ")
            if total { out.append("**") }
            out.append(MarkdownRenderer.escape(context.wording.label(row, in: table)))
            out.append(total ? "** |" : " |")
            for (column, format) in zip(context.shown, formats) {
                let amount = row.cells[column]
                let estimated = amount.status == .estimated
                text.removeAll()
                numbers.appendCell(amount, as: format, to: &text)
                out.append(estimated ? " *" : " ")
                MarkdownRenderer.appendEscaped(text, to: &out)
                out.append(estimated ? "* |" : " |")
            }
        }
    }

    /// The rows of the table as the HTML table's rows, written as bytes, each after a line break:
    /// `<tr><th scope="row">label</th><td>cell</td>…</tr>` with every cell (`class="total"` on a total,
    /// `<em>…</em>` around an estimate), escaped as `{{…}}` escapes.
    static func htmlLines(_ context: AnnexTableContext) -> TemplateLines {
        let table = context.table, numbers = context.wording.numbers
        // The formats taken once: a column is a large value, copied whole when taken from the table per cell.
        let formats = table.columns.map(\.format)
        // A cell is written as it is unless a text of the number style needs escaping (the digits, signs, `%` and
        // `≥` never do); else its text is made apart and escaped.
        let escaped = numbers.texts.contains(where: ByteBuffer.needsHTMLEscape)
        var text = ByteBuffer()
        return TemplateLines(count: table.rows.count) { index, out in
            let row = table.rows[index]
            out.append(row.kind.isTotal ? "\n<tr class=\"total\"><th scope=\"row\">" : "\n<tr><th scope=\"row\">")
            out.append(htmlEscaped: context.wording.label(row, in: table))
            out.append("</th>")
            for (amount, format) in zip(row.cells, formats) {
                let estimated = amount.status == .estimated
                out.append(estimated ? "<td><em>" : "<td>")
                if escaped {
                    text.removeAll()
                    numbers.appendCell(amount, as: format, to: &text)
                    out.append(htmlEscaped: text)
                } else {
                    numbers.appendCell(amount, as: format, to: &out)
                }
                out.append(estimated ? "</em></td>" : "</td>")
            }
            out.append("</tr>")
        }
    }
}

/// A cell of a table as the annex templates read it: `text` (as the annex shows the figure), `md`
/// (escaped for a Markdown table) and `estimated`.
struct AnnexCellView: TemplateRecord {
    let numbers: NumberStyle
    let amount: Amount
    let format: CellFormat

    func value(named name: String) -> TemplateValue? {
        switch name {
        case "text": return .text(numbers.cell(amount, as: format))
        case "md": return .text(MarkdownRenderer.escape(numbers.cell(amount, as: format)))
        case "estimated": return .flag(amount.status == .estimated)
        default: return nil
        }
    }
}

/// A text as is (`text`) and escaped for Markdown (`md`).
struct AnnexText: TemplateRecord {
    let text: String
    let md: String

    func value(named name: String) -> TemplateValue? {
        switch name {
        case "text": .text(text)
        case "md": .text(md)
        default: nil
        }
    }
}
