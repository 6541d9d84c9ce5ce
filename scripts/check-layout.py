#!/usr/bin/env python3
"""Reads the workbooks of built annexes back and checks how they show and print.

    scripts/check-layout.py out/samenwerking-2024 [out/samenwerking-2024.en ...]

For the XLSX (its sheet XML, styles, shared strings and defined names) and the ODS (content.xml,
styles.xml and settings.xml) of each output folder:
- Every table starts within the first 8 rows of its sheet.
- No sheet freezes more than its header row (and the few rows above it) and the row-label column.
- Every text that is longer than its column is wide and would be hidden behind the next cell, and
  every table header, wraps, in a row at least as high as its lines need: one line per column width
  of characters (no common font fits more), 12 pt a line.
- Page setup on A4: a sheet wider than a portrait page prints landscape, fitted to as few pages
  across as keep it at 70% or more; every table's header row repeats on each page, its row labels
  on each page across; the cover fits on one page.
Then LibreOffice prints both workbooks to PDF (`soffice --convert-to pdf`): every page is A4 and
the cover is the first page, alone.

Needs `soffice` and `pdftotext` (Debian's libreoffice-calc-nogui and poppler-utils; `scripts/setup.sh
--tests` installs them). Exit 1 on any problem.
"""
import math
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ElementTree

from problem_report import report

FIRST_ROWS = 8                  # a table starts within the first 8 rows
MINIMUM_SCALE = 0.7             # no sheet prints smaller than 70%
LINE_POINTS = 12                # a line of 11 pt text needs at least 12 pt
PORTRAIT, LANDSCAPE = 494.5, 741.1  # printable width of A4 in points (margins of 0.7 inch)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ODS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
       "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
       "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0"}


def q(prefix, name):
    return f"{{{ODS[prefix]}}}{name}" if prefix in ODS else f"{{{prefix}}}{name}"


def points(width):
    """Points a column `width` characters wide takes: 7 pixels a character, 5 of padding, 0.75 pt a pixel."""
    return (width * 7 + 5) * 0.75


def minimum_lines(text, width):
    """The fewest lines `text` can take in a column `width` characters wide, in any font."""
    return sum(max(1, math.ceil(len(paragraph) / max(width, 1))) for paragraph in text.split("\n"))


def page_problems(where, widths, landscape, pages_wide, pages_tall, cover):
    """Problems of a sheet's page setup, from its column widths in points."""
    total = sum(widths)
    if cover:
        return [] if (pages_wide, pages_tall) == (1, 1) else [f"{where}: the cover is not fitted to one page"]
    problems = []
    if total > PORTRAIT and not landscape:
        problems.append(f"{where}: {total:.0f} pt wide, wider than a portrait page, but not landscape")
    printable = LANDSCAPE if landscape else PORTRAIT
    if pages_wide < 1 or pages_tall != 0:
        return problems + [f"{where}: not fitted to the page width ({pages_wide} across, {pages_tall} down)"]
    scale = min(1.0, pages_wide * printable / total)
    if scale < MINIMUM_SCALE - 0.005:
        problems.append(f"{where}: prints at {scale:.0%}, below {MINIMUM_SCALE:.0%}")
    if pages_wide > 1 and (pages_wide - 1) * printable / total >= MINIMUM_SCALE:
        problems.append(f"{where}: {pages_wide} pages across where {pages_wide - 1} would do")
    return problems


def text_problems(where, rows, widths, heights, wraps, header_row):
    """Problems of wrapped text: `rows` maps a row number (1-based) to {column: (text, style)}."""
    problems = []
    for number, cells in sorted(rows.items()):
        for column, (text, style) in cells.items():
            width = widths[column] if column < len(widths) else 8.43
            hidden = any(other > column for other in cells) and len(text) > width
            if not hidden and number != header_row:
                continue
            lines = minimum_lines(text, width)
            if lines > 1 and not wraps(style):
                problems.append(f"{where} row {number}: {text[:40]!r} ({len(text)} characters) does not wrap")
            elif lines > 1 and heights.get(number, 15) < lines * LINE_POINTS:
                height = heights.get(number, 15)
                problems.append(f"{where} row {number}: {height} pt for {lines} lines of {text[:40]!r}")
    return problems


# XLSX

def xlsx_sheets(path):
    """Per sheet: name, XML root and the first row of its table (1-based) or None; and the workbook parts."""
    book = zipfile.ZipFile(path)
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    relations = {r.get("Id"): r.get("Target") for r in ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))}
    strings = ["".join(t.text or "" for t in si.iter(q(MAIN, "t")))
               for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml"))]
    styles = ElementTree.fromstring(book.read("xl/styles.xml"))
    wraps = [xf.find(q(MAIN, "alignment")) is not None and xf.find(q(MAIN, "alignment")).get("wrapText") == "1"
             for xf in styles.find(q(MAIN, "cellXfs"))]
    titles = {int(name.get("localSheetId")): name.text for name in workbook.iter(q(MAIN, "definedName"))
              if name.get("name") == "_xlnm.Print_Titles"}
    sheets = []
    for index, sheet in enumerate(workbook.iter(q(MAIN, "sheet"))):
        part = "xl/" + relations[sheet.get(q(OFFICE_REL, "id"))]
        root = ElementTree.fromstring(book.read(part))
        header = None
        rels = part.replace("worksheets/", "worksheets/_rels/") + ".rels"
        if rels in book.namelist():
            for relation in ElementTree.fromstring(book.read(rels)).iter(q(RELS, "Relationship")):
                if relation.get("Target").startswith("../tables/"):
                    table = ElementTree.fromstring(book.read("xl/tables/" + relation.get("Target")[len("../tables/"):]))
                    header = int(re.match(r"[A-Z]+(\d+)", table.get("ref")).group(1))
        sheets.append((sheet.get("name"), root, header, titles.get(index)))
    return sheets, strings, wraps


def column_index(reference):
    letters = re.match(r"[A-Z]+", reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def check_xlsx(path):
    sheets, strings, wraps = xlsx_sheets(path)
    problems = []
    for position, (name, root, header, titles) in enumerate(sheets):
        where = f"{os.path.basename(path)} sheet {name}"
        widths = []
        for col in root.iter(q(MAIN, "col")):
            for _ in range(int(col.get("min")), int(col.get("max")) + 1):
                widths.append(float(col.get("width")))
        if header is not None and header > FIRST_ROWS:
            problems.append(f"{where}: the table starts in row {header}")
        pane = root.find(f".//{q(MAIN, 'pane')}")
        if pane is not None and pane.get("state") == "frozen":
            frozen_rows, frozen_columns = int(pane.get("ySplit", 0)), int(pane.get("xSplit", 0))
            if header is None or frozen_rows > header or frozen_columns > 1:
                problems.append(f"{where}: {frozen_rows} rows and {frozen_columns} columns frozen "
                                f"(header row {header})")
        setup = root.find(q(MAIN, "pageSetup"))
        fitted = root.find(f".//{q(MAIN, 'pageSetUpPr')}")
        if setup is None or setup.get("paperSize") != "9" or fitted is None or fitted.get("fitToPage") != "1":
            problems.append(f"{where}: no A4 page setup fitted to the page")
        else:
            problems += page_problems(where, [points(width) for width in widths],
                                      setup.get("orientation") == "landscape", int(setup.get("fitToWidth", 1)),
                                      int(setup.get("fitToHeight", 1)), position == 0)
        if header is not None and (titles is None or f"${header}:${header}" not in titles or "$A:$A" not in titles):
            problems.append(f"{where}: the header row {header} and the labels are not repeated on every page "
                            f"({titles})")
        rows, heights = {}, {}
        for row in root.iter(q(MAIN, "row")):
            number = int(row.get("r"))
            if row.get("ht"):
                heights[number] = float(row.get("ht"))
            for cell in row.iter(q(MAIN, "c")):
                if cell.get("t") == "s":
                    text = strings[int(cell.find(q(MAIN, "v")).text)]
                    rows.setdefault(number, {})[column_index(cell.get("r"))] = (text, int(cell.get("s", 0)))
        problems += text_problems(where, rows, widths, heights, lambda style: wraps[style], header)
    return problems


# ODS

def ods_styles(content, styles):
    """Column widths (characters), row heights (pt), wrapping cell styles, and the page layout of
    each table style: (landscape, pages across, pages down)."""
    columns, heights, wrapping, masters = {}, {}, set(), {}
    for style in content.iter(q("style", "style")):
        name, family = style.get(q("style", "name")), style.get(q("style", "family"))
        column = style.find(q("style", "table-column-properties"))
        row = style.find(q("style", "table-row-properties"))
        cell = style.find(q("style", "table-cell-properties"))
        if family == "table-column" and column is not None:
            # Characters, from the points the ODS gives (the inverse of `points`).
            columns[name] = (float(column.get(q("style", "column-width")).rstrip("pt")) / 0.75 - 5) / 7
        elif family == "table-row" and row is not None and row.get(q("style", "row-height")):
            heights[name] = float(row.get(q("style", "row-height")).rstrip("pt"))
        elif family == "table-cell" and cell is not None and cell.get(q("fo", "wrap-option")) == "wrap":
            wrapping.add(name)
        elif family == "table":
            masters[name] = style.get(q("style", "master-page-name"))
    layouts = {}
    for layout in styles.iter(q("style", "page-layout")):
        properties = layout.find(q("style", "page-layout-properties"))
        if properties.get(q("style", "scale-to-pages")) == "1":
            fit = (1, 1)
        else:
            fit = (int(properties.get(q("style", "scale-to-X"), -1)), int(properties.get(q("style", "scale-to-Y"), -1)))
        landscape = properties.get(q("style", "print-orientation")) == "landscape"
        layouts[layout.get(q("style", "name"))] = (landscape,) + fit
    pages = {master.get(q("style", "name")): layouts.get(master.get(q("style", "page-layout-name")))
             for master in styles.iter(q("style", "master-page"))}
    return columns, heights, wrapping, {name: pages.get(master) for name, master in masters.items()}


def ods_frozen(settings):
    """Per sheet name: frozen (rows, columns)."""
    frozen = {}
    for entry in settings.iter(q("config", "config-item-map-entry")):
        name = entry.get(q("config", "name"))
        items = {item.get(q("config", "name")): item.text for item in entry.findall(q("config", "config-item"))}
        if name and "VerticalSplitPosition" in items:
            rows = int(items["VerticalSplitPosition"]) if items.get("VerticalSplitMode") == "2" else 0
            columns = int(items["HorizontalSplitPosition"]) if items.get("HorizontalSplitMode") == "2" else 0
            frozen[name] = (rows, columns)
    return frozen


def check_ods(path):
    with zipfile.ZipFile(path) as book:
        content, styles, settings = (ElementTree.fromstring(book.read(part))
                                     for part in ("content.xml", "styles.xml", "settings.xml"))
    columns, row_heights, wrapping, pages = ods_styles(content, styles)
    frozen = ods_frozen(settings)
    problems = []
    for position, table in enumerate(content.iter(q("table", "table"))):
        name = table.get(q("table", "name"))
        where = f"{os.path.basename(path)} sheet {name}"
        widths = [columns[column.get(q("table", "style-name"))] for column in table.iter(q("table", "table-column"))]
        header, rows, heights, number = None, {}, {}, 0
        for element in table.iter():
            if element.tag == q("table", "table-header-rows"):
                header = number + 1
            if element.tag != q("table", "table-row"):
                continue
            number += 1
            if element.get(q("table", "style-name")) in row_heights:
                heights[number] = row_heights[element.get(q("table", "style-name"))]
            for column, cell in enumerate(element.findall(q("table", "table-cell"))):
                if cell.get(q("office", "value-type")) == "string":
                    text = "\n".join("".join(p.itertext()) for p in cell.findall(q("text", "p")))
                    rows.setdefault(number, {})[column] = (text, cell.get(q("table", "style-name")))
        has_table = header is not None
        if has_table and header > FIRST_ROWS:
            problems.append(f"{where}: the table starts in row {header}")
        rows_frozen, columns_frozen = frozen.get(name, (0, 0))
        if (rows_frozen or columns_frozen) and (not has_table or rows_frozen > header or columns_frozen > 1):
            problems.append(f"{where}: {rows_frozen} rows and {columns_frozen} columns frozen (header row {header})")
        if has_table and table.find(q("table", "table-header-columns")) is None:
            problems.append(f"{where}: the row labels are not repeated on every page across")
        page = pages.get(table.get(q("table", "style-name")))
        if page is None:
            problems.append(f"{where}: no page setup")
        else:
            problems += page_problems(where, [points(width) for width in widths], page[0], page[1], page[2],
                                      position == 0)
        problems += text_problems(where, rows, widths, heights, lambda style: style in wrapping, header)
    return problems


# Printed by LibreOffice

def check_print(workbook, scratch):
    profile = "-env:UserInstallation=file://" + os.path.join(scratch, "profile")
    run = subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", scratch, workbook],
                         capture_output=True, text=True)
    pdf = os.path.join(scratch, os.path.splitext(os.path.basename(workbook))[0] + ".pdf")
    if run.returncode != 0 or not os.path.exists(pdf):
        return [f"{workbook}: LibreOffice could not print it: {run.stderr.strip()}"]
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", pdf], capture_output=True, text=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    problems = [f"{workbook}: page {index + 1} is {width} x {height} pt, not A4"
                for index, (width, height) in enumerate(sizes)
                if sorted((round(float(width)), round(float(height)))) != [595, 842]]
    pages = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
    book = zipfile.ZipFile(workbook)
    if workbook.endswith(".ods"):
        content = ElementTree.fromstring(book.read("content.xml"))
        tables = list(content.iter(q("table", "table")))
        cover = ["".join(p.itertext()) for p in tables[0].iter(q("text", "p"))]
        following = ["".join(p.itertext()) for p in tables[1].iter(q("text", "p"))][0]
    else:
        sheets, strings, _ = xlsx_sheets(workbook)
        def texts(root):
            return [strings[int(c.find(q(MAIN, "v")).text)] for c in root.iter(q(MAIN, "c")) if c.get("t") == "s"]
        cover, following = texts(sheets[0][1]), texts(sheets[1][1])[0]
    first = " ".join(pages[0].split())
    labels = [text for text in cover if "\n" not in text and len(text) < 40]
    missing = [label for label in labels if label not in first]
    if missing:
        problems.append(f"{workbook}: the first printed page lacks {missing} of the cover")
    if following in first or len(pages) < 2 or not " ".join(pages[1].split()).startswith(following):
        problems.append(f"{workbook}: the cover is not alone on the first printed page")
    print(f"{workbook}: {len(sizes)} pages printed by LibreOffice")
    return problems


def main(folders):
    if not folders:
        raise SystemExit(__doc__)
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for folder in folders:
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                if name.endswith(".xlsx"):
                    problems += check_xlsx(path) + check_print(path, scratch)
                elif name.endswith(".ods"):
                    problems += check_ods(path) + check_print(path, scratch)
    return report(problems, "every table starts near the top, wraps its long texts and prints on A4 as set up")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
