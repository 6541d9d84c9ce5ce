/// A row of a table as the annex templates read it: `label` (`text`, `md`), `code`, `total`,
/// `cells` and `shownCells` (each `text`, `md`, `estimated`). Made when a template reaches the row,
/// and every text when it is asked for, so a table of any size renders one row at a time.
struct AnnexRowView: TemplateRecord {
    let table: ComputedTable
    let row: TableRow
    let wording: Wording
    /// The columns the Markdown shows (`AnnexView.shownColumns`).
    let shown: [Int]

    func value(named name: String) -> TemplateValue? {
        switch name {
        case "label":
            let label = wording.label(row, in: table)
            return .record(AnnexText(text: label, md: MarkdownRenderer.escape(label)))
        case "code": return .text(row.code)
        case "total": return .flag(row.kind.isTotal)
        case "cells": return .list(TemplateList(count: row.cells.count) { cell($0) })
        case "shownCells": return .list(TemplateList(count: shown.count) { cell(shown[$0]) })
        default: return nil
        }
    }

    private func cell(_ index: Int) -> TemplateValue {
        .record(AnnexCellView(amount: row.cells[index], format: table.columns[index].format, numbers: wording.numbers))
    }
}

/// A cell of a table as the annex templates read it: `text` (as the annex shows the figure), `md`
/// (escaped for a Markdown table) and `estimated`.
struct AnnexCellView: TemplateRecord {
    let amount: Amount
    let format: CellFormat
    let numbers: NumberStyle

    func value(named name: String) -> TemplateValue? {
        switch name {
        case "text": .text(numbers.cell(amount, as: format))
        case "md": .text(MarkdownRenderer.escape(numbers.cell(amount, as: format)))
        case "estimated": .flag(amount.status == .estimated)
        default: nil
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
