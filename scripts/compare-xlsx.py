#!/usr/bin/env python3
"""Compares two XLSX workbooks of the same report as openpyxl reads them: annex's own workbook of
tables (XLSXTablesRenderer) against libxlsxwriter's (XLSXRenderer).

    scripts/compare-xlsx.py A.xlsx B.xlsx

Per sheet, in order: the name; every cell's value (text equal, numbers equal to 15 significant
digits, as both hold the decimal shown), number format, bold, italic, underline, wrapping,
horizontal and vertical alignment; the column widths and row heights; the frozen panes; the
printed titles, orientation and pages across; each table object's name, range and column names.
Prints 'same: N sheets, M cells, K tables' and exits 0, or lists the differences and exits 1.
Needs openpyxl (`scripts/setup.sh --tests`).
"""
import sys

import openpyxl


def cell_facts(cell):
    value = cell.value
    if isinstance(value, float) or isinstance(value, int):
        value = float(f"{value:.15g}")
    font, alignment = cell.font, cell.alignment
    return (value, cell.number_format if cell.value is not None else None, bool(font.b), bool(font.i),
            font.u, bool(alignment.wrap_text), alignment.horizontal, alignment.vertical)


def sheet_facts(sheet):
    cells = {cell.coordinate: cell_facts(cell) for row in sheet.iter_rows() for cell in row
             if cell.value is not None}
    widths = {key: round(dimension.width, 4) for key, dimension in sheet.column_dimensions.items()
              if dimension.width}
    heights = {key: dimension.height for key, dimension in sheet.row_dimensions.items() if dimension.height}
    tables = sorted((table.displayName, table.ref, tuple(column.name for column in table.tableColumns))
                    for table in sheet.tables.values())
    page = (sheet.print_title_rows, sheet.print_title_cols, sheet.page_setup.orientation,
            int(sheet.page_setup.fitToWidth or 1), sheet.page_setup.paperSize,
            sheet.sheet_properties.pageSetUpPr.fitToPage)
    return cells, widths, heights, sheet.freeze_panes, tables, page


def main(first, second):
    books = [openpyxl.load_workbook(path) for path in (first, second)]
    names = [book.sheetnames for book in books]
    problems = [] if names[0] == names[1] else [f"sheets: {names[0]} against {names[1]}"]
    cells = tables = 0
    for name in names[0]:
        if name not in names[1]:
            continue
        facts = [sheet_facts(book[name]) for book in books]
        labels = ["cells", "column widths", "row heights", "frozen panes", "tables", "page setup"]
        for label, mine, theirs in zip(labels, *facts):
            if mine == theirs:
                continue
            if isinstance(mine, dict):
                keys = sorted(set(mine) | set(theirs), key=str)
                wrong = [f"{key}: {mine.get(key)} against {theirs.get(key)}" for key in keys
                         if mine.get(key) != theirs.get(key)]
                problems.append(f"{name}, {label}: " + "; ".join(wrong[:5]) + (" ..." if len(wrong) > 5 else ""))
            else:
                problems.append(f"{name}, {label}: {mine} against {theirs}")
        cells += len(facts[0][0])
        tables += len(facts[0][4])
    if problems:
        print("\n".join(problems))
        return 1
    print(f"same: {len(names[0])} sheets, {cells} cells, {tables} tables")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
