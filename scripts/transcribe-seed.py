#!/usr/bin/env python3
"""Transcribe the figures of the 2024 report into tidy CSV, exactly as published.

Reads the PDF-extracted text of 'Samenwerking tussen forensische zorg en gemeenten'
(../shared/seeds/004_be617e6c0ad40c2e.txt) and writes one tidy CSV per dataset into
data/figures/samenwerking-2024/. Each row keeps the seed line it came from, so every
figure can be traced back. Nothing is corrected here: blanks stay blank (missing),
shifted rows stay shifted; corrections live in data/corrections/ with their evidence.

Usage: python3 scripts/transcribe-seed.py [SEED_FILE]
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = os.path.join(ROOT, "..", "shared", "seeds", "004_be617e6c0ad40c2e.txt")
OUT = os.path.join(ROOT, "data", "figures", "samenwerking-2024")
HEADER = ["region_type", "region", "measure", "period", "value", "table", "line"]


def plain(cell):
    """'1.500' -> '1500'; '' stays '' (missing). Anything else is a transcription error."""
    cell = cell.strip().replace("<b>", "").replace("</b>", "")
    if cell == "":
        return ""
    digits = cell.replace(".", "")
    if not digits.isdigit():
        raise SystemExit(f"not a count: {cell!r}")
    return digits


def find_line(lines, text, start=0):
    for number in range(start, len(lines)):
        if lines[number].startswith(text):
            return number
    raise SystemExit(f"not found in seed: {text!r}")


def national_table(lines, first_row, measures, periods, table):
    rows = []
    for offset, measure in enumerate(measures):
        index = first_row + offset
        cells = lines[index].split("\t")
        for period, cell in zip(periods, cells[1:]):
            rows.append(["land", "NL", measure, period, plain(cell), table, index + 1])
    return rows


def municipal_table(lines, header_row, measures, periods, table):
    """Rows after the two header lines until the <b>Totaal</b> row (kept as the NL total)."""
    rows = []
    index = header_row + 2
    while True:
        line = lines[index]
        index += 1
        if line.strip() == "":
            continue
        cells = line.split("\t")
        name = cells[0].strip()
        is_total = name == "<b>Totaal</b>"
        values = (cells[1:] + [""] * 4)[:4]
        for (period, measure), cell in zip([(p, m) for p in periods for m in measures], values):
            rows.append(["land" if is_total else "gemeente", "NL" if is_total else name,
                         measure, period, plain(cell), table, index])
        if is_total:
            return rows


def write(name, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)


def prose(measure, period, value, line, table, region_type="land", region="NL"):
    return [region_type, region, measure, period, value, table, line]


def district(region, measure, values, line, table):
    """Rows for one district from prose like 'Oost-Nederland (16,8% in 2022 en 16,6% in 2023)'."""
    return [prose(measure, period, value, line, table, "arrondissement", region)
            for period, value in zip(["2022", "2023"], values)]


def main():
    seed = sys.argv[1] if len(sys.argv) > 1 else SEED
    with open(seed, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    os.makedirs(OUT, exist_ok=True)

    years = ["2019", "2020", "2021", "2022"]
    first = find_line(lines, "Gevangeniswezen\t31.456")
    write("instroom-sector.csv", national_table(
        lines, first, ["gevangeniswezen", "tbs-eerste-opnames"], years, "Tabel 1"))
    first = find_line(lines, "Gevangeniswezen\t30.402")
    write("uitstroom-sector.csv", national_table(
        lines, first, ["gevangeniswezen", "tbs-transmuraal-verlof", "tbs-proefverlof",
                       "tbs-voorwaardelijke-beeindiging"], years, "Tabel 2"))

    appendix = find_line(lines, "# A. Aanvullende cijfers per gemeente")
    header = find_line(lines, "Gemeente\t2022", appendix)
    write("injus-meldingen-gemeente.csv", municipal_table(
        lines, header, ["begin-detentie", "einde-detentie"], ["2022", "2023"],
        "Bijlage A: Injus-meldingen per gemeente"))
    header = find_line(lines, "Gemeente\t2021", appendix)
    write("wmo-ondersteuning-thuis-gemeente.csv", municipal_table(
        lines, header, ["instroom", "uitstroom"], ["2021", "2022"],
        "Bijlage A: maatwerkvoorziening 'ondersteuning thuis'"))
    header = find_line(lines, "Gemeente\t2021", header + 2)
    write("wmo-opvang-verblijf-gemeente.csv", municipal_table(
        lines, header, ["instroom", "uitstroom"], ["2021", "2022"],
        "Bijlage A: maatwerkvoorziening 'opvang en verblijf'"))

    # §2.1.2 gives the 3RO figures in prose only; the line numbers point at the sentence.
    requests = find_line(lines, "In 2022 werden in totaal 18.792") + 1
    persons = find_line(lines, "In 2022 werd in totaal voor 10.939") + 1
    persons_2023 = find_line(lines, "klinisch plaatsingsverzoek is gedaan nam daarentegen") + 1
    section = "§2.1.2 (tekst)"
    write("3ro-plaatsingsverzoeken.csv", [
        prose("plaatsingsverzoeken", "2022", "18792", requests, section),
        prose("plaatsingsverzoeken-ambulant", "2022", "16166", requests, section),
        prose("plaatsingsverzoeken-klinisch", "2022", "2626", requests, section),
        prose("plaatsingsverzoeken", "2023", "19910", requests, section),
        prose("plaatsingsverzoeken-ambulant", "2023", "17369", requests, section),
        prose("plaatsingsverzoeken-klinisch", "2023", "2541", requests, section),
        prose("unieke-personen", "2022", "10939", persons, section),
        prose("unieke-personen-ambulant", "2022", "9874", persons, section),
        prose("unieke-personen-klinisch", "2022", "1972", persons, section),
        prose("unieke-personen", "2023", "11456", persons, section),
        prose("unieke-personen-ambulant", "2023", "10439", persons, section),
        prose("unieke-personen-klinisch", "2023", "1889", persons_2023, section),
    ])

    # §2.1.2 gives district figures only as shares of the national total (percent), and two counts.
    persons_shares = find_line(lines, "Te zien is dat de arrondissementen Oost-Nederland (16,8%") + 1
    request_shares = find_line(lines, "Figuur 9 laat zien dat ook hier") + 1
    write("3ro-aandelen-unieke-personen-arrondissement.csv",
          district("Oost-Nederland", "unieke-personen", ["16.8", "16.6"], persons_shares, section)
          + district("Rotterdam", "unieke-personen", ["15.4", "15.7"], persons_shares, section)
          + district("Oost-Brabant", "unieke-personen", ["5.9", "5.5"], persons_shares, section)
          + district("Noord-Nederland", "unieke-personen", ["6.5", "6.2"], persons_shares, section))
    write("3ro-aandelen-plaatsingsverzoeken-arrondissement.csv",
          district("Oost-Nederland", "plaatsingsverzoeken", ["17.8", "17.5"], request_shares, section)
          + district("Rotterdam", "plaatsingsverzoeken", ["15.3", "16.7"], request_shares, section)
          + district("Oost-Nederland", "plaatsingsverzoeken-klinisch", ["21", "20.4"], request_shares, section))
    write("3ro-arrondissement.csv",
          district("Rotterdam", "plaatsingsverzoeken-ambulant", ["2545", "3010"], request_shares, section))


if __name__ == "__main__":
    main()
