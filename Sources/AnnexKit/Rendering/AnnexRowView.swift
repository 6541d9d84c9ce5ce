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
/// `cells` and `shownCells` (each `text`, `md`, `estimated`). Made when a template reaches the row,
/// and every text when it is asked for, so a table of any size renders one row at a time.
struct AnnexRowView: TemplateRecord {
    let context: AnnexTableContext
    /// The row's index in the table.
    let index: Int

    func value(named name: String) -> TemplateValue? {
        // By position, so that the row is not copied for each name asked.
        switch name {
        case "label":
            let label = context.wording.label(context.table.rows[index], in: context.table)
            return .record(AnnexText(text: label, md: MarkdownRenderer.escape(label)))
        case "code": return .text(context.table.rows[index].code)
        case "total": return .flag(context.table.rows[index].kind.isTotal)
        case "cells": return .list(TemplateList(count: context.table.rows[index].cells.count) { cell($0) })
        case "shownCells": return .list(TemplateList(count: context.shown.count) { cell(context.shown[$0]) })
        default: return nil
        }
    }

    private func cell(_ column: Int) -> TemplateValue {
        .record(AnnexCellView(context: context, row: index, column: column))
    }
}

/// A cell of a table as the annex templates read it: `text` (as the annex shows the figure), `md`
/// (escaped for a Markdown table) and `estimated`.
struct AnnexCellView: TemplateRecord {
    let context: AnnexTableContext
    let row: Int
    let column: Int

    func value(named name: String) -> TemplateValue? {
        let amount = context.table.rows[row].cells[column], format = context.table.columns[column].format
        switch name {
        case "text": return .text(context.wording.numbers.cell(amount, as: format))
        case "md": return .text(MarkdownRenderer.escape(context.wording.numbers.cell(amount, as: format)))
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
