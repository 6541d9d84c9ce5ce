#!/usr/bin/env python3
"""Opens a built annex's workbooks in LibreOffice and openpyxl and compares them with the
annex's other formats.

    scripts/check-workbooks.py out/samenwerking-2024 [out/samenwerking-2024.en ...]

For each output folder:
- LibreOffice (`soffice --headless`, in the annex's locale: nl_NL or en_GB) converts every sheet
  of the XLSX and of the ODS to CSV *as shown*; a workbook it cannot open, or a sheet it does not
  write, is a failure.
- Every table sheet, as LibreOffice shows it, must show the text of the HTML table cell by cell:
  the same labels, markers and numbers, rounded the same way (a tie such as -51,25% shows -51,3%
  everywhere). Every column of the Markdown table (which shows a wide table's figures and latest
  change only) must be the HTML table's column of the same header, cell by cell.
- Every number cell must hold the figure of `tables/<id>.csv` rounded half away from zero to the
  decimals shown (a percentage as a fraction): openpyxl reads the XLSX value (the double nearest
  to that decimal), the ODS's `office:value` must be that decimal exactly. Every number of
  `tables/<id>.csv` must be a value of `figures.csv`, and none has a binary tail.
- Every figure sheet (the last sheets, one per `figures/*.svg`) that holds the numbers of a chart
  must show each of them as the annex's tables show it.
- openpyxl must load the XLSX with every sheet, and every sheet but the cover must hold exactly one
  table object whose header row is the table's header (a figure sheet of a map holds none).

Needs `soffice` and `openpyxl` (`scripts/setup.sh --tests` installs Debian's libreoffice-calc-nogui and
python3-openpyxl; run this with /usr/bin/python3). Exit 1 on any difference.
"""
import csv
import glob
import html.parser
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ElementTree
from decimal import Decimal, ROUND_HALF_UP

from problem_report import report

# Token 9 'true': save cell contents as shown (as a reader sees them).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1"
LOCALES = {"nl": "nl_NL.UTF-8", "en": "en_GB.UTF-8"}
DECIMAL_SEPARATORS = {"nl": ",", "en": "."}
ODS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0"}
BINARY_TAIL = re.compile(r"\d\.\d*(9{6,}|0{6,}[1-9])\d*$")


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))


def convert(workbook, folder, locale):
    """Every sheet of `workbook` as shown, as CSV rows, by sheet name, in workbook order."""
    # A profile of its own, so that a running office or a parallel check does not interfere.
    profile = "-env:UserInstallation=file://" + os.path.join(folder, "profile-" + locale)
    environment = dict(os.environ, LC_ALL=locale, LANG=locale)
    run = subprocess.run(["soffice", profile, "--headless", "--convert-to", CSV_FILTER, "--outdir", folder, workbook],
                         capture_output=True, text=True, env=environment)
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


def markdown_tables(text):
    """The tables of the Markdown annex: rows of cell texts (label first), header row first."""
    tables, current = [], None
    for line in text.splitlines():
        if line.startswith("|"):
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
            if all(re.fullmatch(r":?-+:?", cell) for cell in cells):
                continue
            cells = [re.sub(r"\\(.)", r"\1", cell.strip("*")) for cell in cells]
            if current is None:
                current = []
                tables.append(current)
            current.append(cells)
        else:
            current = None
    return tables


class HTMLTables(html.parser.HTMLParser):
    """The tables of the HTML annex: rows of cell texts (header row first)."""

    def __init__(self):
        super().__init__()
        self.tables, self.row, self.cell, self.lang = [], None, None, None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[-1].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def compare_columns(markdown, html):
    """Problems between a Markdown table and the HTML table it shows columns of: the label column
    first, then each column the HTML table has under the same header, in the same order."""
    header = html[0]
    if markdown[0][:1] != header[:1] or len(markdown) != len(html):
        return [f"the Markdown has {len(markdown)} rows headed {markdown[0][:1]}, "
                f"the HTML {len(html)} headed {header[:1]}"]
    try:
        columns = [0] + [header.index(name, 1) for name in markdown[0][1:]]
    except ValueError as error:
        return [f"a Markdown column is not in the HTML table ({error})"]
    if columns != sorted(columns):
        return ["the Markdown's columns are not in the HTML's order"]
    return [f"row {line} column {column + 1}: the Markdown shows {md[index]!r}, the HTML {row[column]!r}"
            for line, (md, row) in enumerate(zip(markdown, html), start=1)
            for index, column in enumerate(columns) if md[index] != row[column]]


def compare_shown(where, rows, expected):
    """Problems between a sheet as shown and a table of the annex (label, then number columns)."""
    header = expected[0]
    start = next((i for i, row in enumerate(rows)
                  if row[:1] == header[:1] and row[2:len(header) + 1] == header[1:]), None)
    if start is None:
        return [f"{where}: header row {header} not found"]
    body = [[row[0]] + row[2:len(header) + 1] for row in rows[start + 1:] if any(row)]
    problems = []
    if len(body) != len(expected) - 1:
        problems.append(f"{where}: {len(body)} rows below the header, the annex has {len(expected) - 1}")
    for line, (got, want) in enumerate(zip(body, expected[1:]), start=start + 2):
        for column, (cell, text) in enumerate(zip(got, want)):
            if cell != text:
                problems.append(f"{where} row {line} column {column + 1}: shows {cell!r}, the annex {text!r}")
    return problems


def stored_value(plain, shown, decimal_separator):
    """The value a cell must hold: the plain figure rounded half away from zero to the decimals of
    the shown text (which may carry '≥' before and an estimate's marker after it), a percentage as
    a fraction; None for a cell without a number."""
    plain = plain.lstrip("~≥")
    number = re.search(r"\d[\d.,]*(%?)", shown)
    if not re.fullmatch(r"-?\d+(\.\d+)?", plain) or number is None:
        return None
    digits = number.group(0).rstrip("%")
    decimals = len(digits) - digits.rindex(decimal_separator) - 1 if decimal_separator in digits else 0
    value = Decimal(plain).copy_abs().quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    value = -value if plain.startswith("-") else value
    return value / 100 if number.group(1) else value


def ods_sheets(path):
    """Per sheet name, the rows of the ODS as (office:value or None) per cell."""
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("content.xml"))
    sheets = {}
    for table in root.iter(f"{{{ODS['table']}}}table"):
        rows = []
        for row in table.iter(f"{{{ODS['table']}}}table-row"):
            rows.append([cell.get(f"{{{ODS['office']}}}value") for cell in row.iter(f"{{{ODS['table']}}}table-cell")])
        sheets[table.get(f"{{{ODS['table']}}}name")] = rows
    return sheets


def compare_stored(where, values, header_row, table, shown, decimal_separator):
    """Problems between the number cells below `header_row` and the figures as shown."""
    problems = []
    for offset, (plain_row, shown_row) in enumerate(zip(table[1:], shown[1:])):
        stored = values[header_row + 1 + offset] if header_row + 1 + offset < len(values) else []
        for column, (plain, text) in enumerate(zip(plain_row[2:], shown_row[1:]), start=2):
            want = stored_value(plain, text, decimal_separator)
            got = stored[column] if column < len(stored) else None
            if want is None:
                continue
            # The ODS holds the decimal itself; the XLSX the double nearest to it.
            if got is None or (Decimal(got) != want if isinstance(got, str) else got != float(want)):
                problems.append(f"{where} row {header_row + offset + 2} column {column + 1}: holds {got!r}, "
                                f"expected {want} ({plain} shown as {text!r})")
    return problems


def compare_figure_sheet(where, rows, shown_texts):
    """Problems with the numbers of a chart's table on a figure sheet, as shown: each must be shown
    as the annex's tables show it. The table's header is the first row with more than one cell."""
    header = next((i for i, row in enumerate(rows) if len(row) > 1 and row[1]), len(rows))
    return [f"{where} row {line} column {column}: shows {cell!r}, which no table of the annex shows"
            for line, row in enumerate(rows[header + 1:], start=header + 2)
            for column, cell in enumerate(row[1:], start=2) if cell and cell not in shown_texts]


def check_openpyxl(xlsx, sheet_names, tables, shown, decimal_separator, figure_count):
    import openpyxl
    problems = []
    book = openpyxl.load_workbook(xlsx)
    if book.sheetnames != sheet_names:
        problems.append(f"{xlsx}: openpyxl sees sheets {book.sheetnames}, LibreOffice {sheet_names}")
    for index, sheet in enumerate(book.worksheets):
        expected = {0} if index == 0 else {0, 1} if index >= len(book.worksheets) - figure_count else {1}
        if len(sheet.tables) not in expected:
            problems.append(f"{xlsx} sheet {sheet.title}: {len(sheet.tables)} table objects, expected {expected}")
            continue
        for table in sheet.tables.values():
            first = table.ref.split(":")[0]
            row = int("".join(ch for ch in first if ch.isdigit()))
            cells = [cell.value for cell in sheet[row]][:len(table.tableColumns)]
            names = [column.name for column in table.tableColumns]
            if not first.startswith("A") or cells != names:
                problems.append(f"{xlsx} sheet {sheet.title}: table {table.name} at {table.ref} "
                                f"has columns {names}, row {row} has {cells}")
    end = len(book.worksheets) - figure_count
    table_sheets = book.worksheets[end - len(tables):end]
    for sheet, (table_id, rows), markdown in zip(table_sheets, tables, shown):
        if not sheet.tables:
            continue
        table = next(iter(sheet.tables.values()))
        names = [column.name for column in table.tableColumns]
        if [names[0]] + names[2:] != [rows[0][0]] + rows[0][2:]:
            problems.append(f"{xlsx} sheet {sheet.title}: table columns {names} differ from tables/{table_id}.csv")
        header_row = int("".join(ch for ch in table.ref.split(":")[0] if ch.isdigit())) - 1
        values = [[cell.value if cell.data_type == "n" else None for cell in row] for row in sheet.iter_rows()]
        problems += compare_stored(f"{os.path.basename(xlsx)} sheet {sheet.title}", values, header_row, rows, markdown,
                                   decimal_separator)
    return problems


def check_machine_readable(folder, tables, known_values):
    problems = []
    for table_id, rows in tables:
        for line, row in enumerate(rows[1:], start=2):
            for column, text in enumerate(row[2:], start=3):
                value = text.lstrip("~≥")
                if not re.fullmatch(r"-?\d+(\.\d+)?", value):
                    continue
                if value not in known_values:
                    problems.append(f"tables/{table_id}.csv row {line} column {column}: {text!r} "
                                    "is not a value of figures.csv")
                if BINARY_TAIL.search(value):
                    problems.append(f"tables/{table_id}.csv row {line} column {column}: {text!r} has a binary tail")
    problems += [f"figures.csv: {value!r} has a binary tail" for value in known_values if BINARY_TAIL.search(value)]
    return [f"{folder}: {problem}" for problem in problems]


def check(folder):
    figures = read_csv(os.path.join(folder, "figures.csv"))
    order = []
    for row in figures[1:]:
        if row[0] not in order:
            order.append(row[0])
    known_values = {row[8] for row in figures[1:] if row[8]}
    tables = [(table_id, read_csv(os.path.join(folder, "tables", table_id + ".csv"))) for table_id in order]
    figure_count = len(glob.glob(os.path.join(folder, "figures", "*.svg")))
    workbooks = sorted(glob.glob(os.path.join(folder, "*.xlsx")) + glob.glob(os.path.join(folder, "*.ods")))
    if len(workbooks) != 2:
        return [f"{folder}: expected one .xlsx and one .ods, found {workbooks}"]
    stem = os.path.splitext(workbooks[0])[0]
    markdown = markdown_tables(open(stem + ".md", encoding="utf-8").read())
    page = HTMLTables()
    page.feed(open(stem + ".html", encoding="utf-8").read())
    problems = check_machine_readable(folder, tables, known_values)
    if len(markdown) != len(tables) or len(page.tables) != len(tables):
        return problems + [f"{folder}: {len(tables)} tables, the Markdown has {len(markdown)}, "
                           f"the HTML {len(page.tables)}"]
    for index, (md, web) in enumerate(zip(markdown, page.tables)):
        problems += [f"{folder}: table {index + 1}: {problem}" for problem in compare_columns(md, web)]
    names = {}
    with tempfile.TemporaryDirectory() as scratch:
        for workbook in workbooks:
            sheets = convert(workbook, scratch, LOCALES[page.lang])
            names[workbook] = [name for name, _ in sheets]
            table_sheets = sheets[len(sheets) - figure_count - len(tables):len(sheets) - figure_count]
            for (name, rows), expected in zip(table_sheets, page.tables):
                problems += compare_shown(f"{os.path.basename(workbook)} sheet {name}", rows, expected)
            shown_texts = {cell for table in page.tables for row in table[1:] for cell in row[1:]}
            for name, rows in sheets[len(sheets) - figure_count:]:
                problems += compare_figure_sheet(f"{os.path.basename(workbook)} sheet {name}", rows, shown_texts)
            print(f"{workbook}: {len(sheets)} sheets read by LibreOffice, {len(table_sheets)} tables compared, "
                  f"{figure_count} figure sheets checked")
    xlsx, ods = [w for w in workbooks if w.endswith(".xlsx")][0], [w for w in workbooks if w.endswith(".ods")][0]
    if names[xlsx] != names[ods]:
        problems.append(f"{folder}: the XLSX has sheets {names[xlsx]}, the ODS {names[ods]}")
    decimal_separator = DECIMAL_SEPARATORS[page.lang]
    stored = ods_sheets(ods)
    table_names = names[ods][len(names[ods]) - figure_count - len(tables):len(names[ods]) - figure_count]
    for name, (table_id, rows), shown in zip(table_names, tables, page.tables):
        values = stored.get(name, [])
        # The table ends the sheet: nothing stands below it.
        problems += compare_stored(f"{os.path.basename(ods)} sheet {name}", values, len(values) - len(rows), rows,
                                   shown, decimal_separator)
    problems += check_openpyxl(xlsx, names[xlsx], tables, page.tables, decimal_separator, figure_count)
    print(f"{xlsx}: openpyxl loaded {len(names[xlsx])} sheets")
    return problems


def main(folders):
    if not folders:
        raise SystemExit(__doc__)
    problems = [problem for folder in folders for problem in check(folder)]
    return report(problems, "workbooks show what the Markdown and HTML show, and hold the figures as shown")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
