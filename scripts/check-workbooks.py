#!/usr/bin/env python3
"""Opens a built annex's workbooks in LibreOffice and openpyxl and compares them with the
machine-readable outputs.

    scripts/check-workbooks.py out/samenwerking-2024 [out/samenwerking-2024.en ...]

For each output folder:
- LibreOffice (`soffice --headless`) converts every sheet of the XLSX and of the ODS to CSV; a
  workbook it cannot open, or a sheet it does not write, is a failure.
- Every table sheet, read back from LibreOffice's CSV, must hold the table of `tables/<id>.csv`
  cell by cell: the same labels and markers, the same numbers (LibreOffice writes 15 significant
  digits, so numbers agree to a relative 1e-12), and every number must be a value of `figures.csv`.
- openpyxl must load the XLSX with every sheet, and every sheet but the cover must hold exactly one
  table object whose header row is the table's header.

Needs `soffice` and `openpyxl` (`scripts/setup.sh --tests` installs Debian's libreoffice-calc-nogui and
python3-openpyxl; run this with /usr/bin/python3). Exit 1 on any difference.
"""
import csv
import glob
import os
import subprocess
import sys
import tempfile

CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1"


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))


def number(text):
    """The value of a plain or LibreOffice-written number ('46.2962962962963%' is 46.29…), or None."""
    text = text.lstrip("~≥").rstrip("%")
    try:
        return float(text)
    except ValueError:
        return None


def same_number(a, b):
    return a == b or abs(a - b) <= 1e-12 * max(abs(a), abs(b))


def convert(workbook, folder):
    """Every sheet of `workbook` as CSV rows, by sheet name, in workbook order, via LibreOffice."""
    # A profile of its own, so that a running office or a parallel check does not interfere.
    profile = "-env:UserInstallation=file://" + os.path.join(folder, "profile")
    run = subprocess.run(["soffice", profile, "--headless", "--convert-to", CSV_FILTER, "--outdir", folder, workbook],
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"{workbook}: LibreOffice could not convert it: {run.stderr.strip()}")
    stem = os.path.splitext(os.path.basename(workbook))[0]
    sheets = []
    for line in run.stdout.splitlines():
        # "Writing sheet <name> -> <path>", in workbook order
        if line.startswith("Writing sheet ") and " -> " in line:
            name, path = line[len("Writing sheet "):].split(" -> ", 1)
            sheets.append((name, read_csv(path.strip())))
    if not sheets:
        raise SystemExit(f"{workbook}: LibreOffice wrote no sheets")
    for path in glob.glob(os.path.join(folder, stem + "-*.csv")):
        os.remove(path)
    return sheets


def compare_sheet(where, rows, table, known_values):
    """Problems between a sheet read back from LibreOffice and the table's CSV."""
    header = table[0]
    expected_header = [header[0], None] + header[2:]  # the CSV's 'code' column is 'Code' in the sheet
    start = next((i for i, row in enumerate(rows)
                  if row[:1] == header[:1] and row[2:len(header)] == header[2:]), None)
    if start is None:
        return [f"{where}: header row {expected_header} not found"]
    problems = []
    body = [row[:len(header)] for row in rows[start + 1:] if any(row)]
    if len(body) != len(table) - 1:
        problems.append(f"{where}: {len(body)} rows below the header, tables CSV has {len(table) - 1}")
    for line, (got, want) in enumerate(zip(body, table[1:]), start=start + 2):
        for column, (cell, expected) in enumerate(zip(got, want)):
            wanted = number(expected)
            if column >= 2 and wanted is not None:
                value = number(cell)
                if value is None or not same_number(value, wanted):
                    problems.append(f"{where} row {line} column {column + 1}: {cell!r}, expected {expected!r}")
                elif expected.lstrip("~≥") not in known_values:
                    problems.append(f"{where} row {line} column {column + 1}: {expected!r} is not a value of figures.csv")
            elif cell != expected:
                problems.append(f"{where} row {line} column {column + 1}: {cell!r}, expected {expected!r}")
    return problems


def check_openpyxl(xlsx, sheet_names, tables):
    import openpyxl
    problems = []
    book = openpyxl.load_workbook(xlsx)
    if book.sheetnames != sheet_names:
        problems.append(f"{xlsx}: openpyxl sees sheets {book.sheetnames}, LibreOffice {sheet_names}")
    for index, sheet in enumerate(book.worksheets):
        expected = 0 if index == 0 else 1
        if len(sheet.tables) != expected:
            problems.append(f"{xlsx} sheet {sheet.title}: {len(sheet.tables)} table objects, expected {expected}")
            continue
        for table in sheet.tables.values():
            first = table.ref.split(":")[0]
            row = int("".join(ch for ch in first if ch.isdigit()))
            cells = [cell.value for cell in sheet[row]][:len(table.tableColumns)]
            names = [column.name for column in table.tableColumns]
            if not first.startswith("A") or cells != names:
                problems.append(f"{xlsx} sheet {sheet.title}: table {table.name} at {table.ref} has columns {names}, row {row} has {cells}")
    table_sheets = book.worksheets[len(book.worksheets) - len(tables):]
    for sheet, (table_id, rows) in zip(table_sheets, tables):
        names = [column.name for column in next(iter(sheet.tables.values())).tableColumns] if sheet.tables else []
        if [names[0]] + names[2:] != [rows[0][0]] + rows[0][2:]:
            problems.append(f"{xlsx} sheet {sheet.title}: table columns {names} differ from tables/{table_id}.csv")
    return problems


def check(folder):
    figures = read_csv(os.path.join(folder, "figures.csv"))
    order = []
    for row in figures[1:]:
        if row[0] not in order:
            order.append(row[0])
    known_values = {row[8] for row in figures[1:] if row[8]}
    tables = [(table_id, read_csv(os.path.join(folder, "tables", table_id + ".csv"))) for table_id in order]
    problems = []
    workbooks = sorted(glob.glob(os.path.join(folder, "*.xlsx")) + glob.glob(os.path.join(folder, "*.ods")))
    if len(workbooks) != 2:
        return [f"{folder}: expected one .xlsx and one .ods, found {workbooks}"]
    names = {}
    with tempfile.TemporaryDirectory() as scratch:
        for workbook in workbooks:
            sheets = convert(workbook, scratch)
            names[workbook] = [name for name, _ in sheets]
            table_sheets = sheets[len(sheets) - len(tables):]
            for (name, rows), (table_id, table) in zip(table_sheets, tables):
                problems += compare_sheet(f"{os.path.basename(workbook)} sheet {name}", rows, table, known_values)
            print(f"{workbook}: {len(sheets)} sheets read by LibreOffice, {len(table_sheets)} tables compared")
    xlsx, ods = [w for w in workbooks if w.endswith(".xlsx")][0], [w for w in workbooks if w.endswith(".ods")][0]
    if names[xlsx] != names[ods]:
        problems.append(f"{folder}: the XLSX has sheets {names[xlsx]}, the ODS {names[ods]}")
    problems += check_openpyxl(xlsx, names[xlsx], tables)
    print(f"{xlsx}: openpyxl loaded {len(names[xlsx])} sheets")
    return problems


def main(folders):
    if not folders:
        raise SystemExit(__doc__)
    problems = [problem for folder in folders for problem in check(folder)]
    for problem in problems[:50]:
        print("problem:", problem)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("workbooks agree with tables/*.csv and figures.csv")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
