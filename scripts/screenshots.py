#!/usr/bin/env python3
"""Takes the pictures of docs/formats.md from a built annex: its web page in headless Chromium, 1280 px wide
(the top, and a long table scrolled inside its region) and 320 px wide, and a page of its workbook
as LibreOffice prints it.

    .venv-tests/bin/python scripts/screenshots.py out/samenwerking-2024 docs

Writes web-1280.png, web-1280-table.png, web-320.png, web-320-table.png and workbook-print.png
(LibreOffice in the annex's locale) into the folder given.
Needs what `scripts/setup.sh --tests` installs (chromium, chromium-driver, LibreOffice, poppler-utils
and the .venv-tests Python).
"""
import glob
import os
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

HEIGHT = 900
# The resolution of the printed page's picture, and the locale LibreOffice shows numbers in.
DPI = 80
LOCALES = {"nl": "nl_NL.UTF-8", "en": "en_GB.UTF-8"}
# The table pictured, on the web page and as printed: the third (in the seed annex, per municipality).
TABLE = 2
# Scrolls that table into view, then down and right inside its region.
SCROLL_TABLE = f"""
const region = document.querySelectorAll('.table-scroll')[{TABLE}];
region.scrollIntoView();
window.scrollBy(0, -90);
region.scrollTop = 2400;
region.scrollLeft = 400;"""


def browser(width):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})
    return driver


def web(page, folder):
    url = "file://" + os.path.abspath(page)
    for width in (1280, 320):
        driver = browser(width)
        driver.get(url)
        driver.save_screenshot(os.path.join(folder, f"web-{width}.png"))
        driver.execute_script(SCROLL_TABLE)
        driver.save_screenshot(os.path.join(folder, f"web-{width}-table.png"))
        lang = driver.find_element("tag name", "html").get_attribute("lang")
        title = driver.execute_script(f"return document.querySelectorAll('.annex-table h2')[{TABLE}].textContent")
        driver.quit()
    return lang, title


def printed(workbook, folder, lang, title):
    with tempfile.TemporaryDirectory() as scratch:
        profile = "-env:UserInstallation=file://" + os.path.join(scratch, "profile")
        environment = dict(os.environ, LC_ALL=LOCALES[lang], LANG=LOCALES[lang])
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", scratch, workbook],
                       check=True, capture_output=True, env=environment)
        pdf = glob.glob(os.path.join(scratch, "*.pdf"))[0]
        pages = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout.split("\f")
        page = next(index for index, text in enumerate(pages) if text.startswith(title)) + 1
        subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile",
                        pdf, os.path.join(folder, "workbook-print")], check=True)


def main(arguments):
    if len(arguments) != 2:
        raise SystemExit(__doc__)
    output, folder = arguments
    os.makedirs(folder, exist_ok=True)
    lang, title = web(glob.glob(os.path.join(output, "*.html"))[0], folder)
    printed(glob.glob(os.path.join(output, "*.xlsx"))[0], folder, lang, title)
    print(f"pictures written to {folder}")


if __name__ == "__main__":
    main(sys.argv[1:])
