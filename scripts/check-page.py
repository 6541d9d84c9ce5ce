#!/usr/bin/env python3
"""Opens the web pages of built annexes in headless Chromium and checks them as a reader meets them.

    .venv-tests/bin/python scripts/check-page.py out/samenwerking-2024 [out/samenwerking-2024.en ...]

For the HTML page of each output folder, in a window 320, 1280 and 1920 px wide:
- axe-core (the script that the PyPI package axe-selenium-python ships) finds no violation of any of
  its rules (WCAG 2.0 and 2.1, A and AA, and its best practices), at 320 and 1280 px;
- the page itself never scrolls sideways: no element is wider than the window, every table stays
  inside its own scroll region;
- in the longest table, scrolled down and to the right inside its region, the header row and the
  row labels stay in view at the region's top and left edges.

Needs Debian's `chromium` and `chromium-driver` and a Python with axe-selenium-python
(`scripts/setup.sh --tests` installs them, the Python package in the virtual environment
`.venv-tests`). Exit 1 on any problem.
"""
import glob
import json
import os
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from problem_report import report

WIDTHS = (320, 1280, 1920)
AXE_WIDTHS = (320, 1280)
HEIGHT = 900
CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
SCRIPT_SECONDS = 600

# Widths and positions the page has, measured in the browser.
MEASURE = """
const page = document.documentElement;
const regions = [...document.querySelectorAll('.table-scroll')];
return {
  window: window.innerWidth,
  page: page.scrollWidth,
  regions: regions.map(region => ({
    id: region.getAttribute('aria-labelledby'),
    right: region.getBoundingClientRect().right,
    inner: region.clientWidth,
    table: region.querySelector('table').scrollWidth,
    overflow: getComputedStyle(region).overflowX,
  })),
};
"""

# Scrolls the region with the most rows down and to the right, and says where its first header
# cell, its first row label and the region itself then are.
STICKY = """
const regions = [...document.querySelectorAll('.table-scroll')];
const region = regions.reduce((a, b) => a.querySelectorAll('tr').length >= b.querySelectorAll('tr').length ? a : b);
region.scrollIntoView();
region.scrollTop = region.scrollHeight;
region.scrollLeft = region.scrollWidth;
const box = region.getBoundingClientRect();
const header = region.querySelector('thead th:nth-child(2)').getBoundingClientRect();
const rows = region.querySelectorAll('tbody tr');
const label = rows[rows.length - 1].querySelector('th').getBoundingClientRect();
return {id: region.getAttribute('aria-labelledby'), rows: rows.length, scrolledDown: region.scrollTop,
        scrolledRight: region.scrollLeft, top: box.top, left: box.left, headerTop: header.top, labelLeft: label.left};
"""


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    # axe-core looks at every one of the page's thousands of cells: give it time, in the browser and in the
    # connection to its driver (whose own wait for an answer is 120 s, less than a loaded machine may need).
    driver.command_executor.client_config.timeout = SCRIPT_SECONDS
    driver.set_script_timeout(SCRIPT_SECONDS)
    # A page that never finishes loading (a browser stuck on a loaded machine) fails instead of hanging.
    driver.set_page_load_timeout(SCRIPT_SECONDS)
    return driver


def resize(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})


def check_page(driver, path):
    problems = []
    driver.get("file://" + os.path.abspath(path))
    for width in WIDTHS:
        resize(driver, width)
        where = f"{path} at {width} px"
        measured = driver.execute_script(MEASURE)
        if measured["page"] > measured["window"]:
            problems.append(f"{where}: the page is {measured['page']} px wide and scrolls sideways")
        for region in measured["regions"]:
            if region["right"] > measured["window"] + 0.5:
                problems.append(f"{where}: the region of {region['id']} ends at {region['right']:.0f} px")
            if region["table"] > region["inner"] and region["overflow"] not in ("auto", "scroll"):
                problems.append(f"{where}: {region['id']} is wider than its region, which does not scroll")
        sticky = driver.execute_script(STICKY)
        if sticky["scrolledDown"] <= 0:
            problems.append(f"{where}: {sticky['id']} ({sticky['rows']} rows) does not scroll in its region")
        if abs(sticky["headerTop"] - sticky["top"]) > 2:
            problems.append(f"{where}: scrolled down, the header row of {sticky['id']} is at "
                            f"{sticky['headerTop']:.0f} px, not at the region's top ({sticky['top']:.0f} px)")
        if sticky["scrolledRight"] > 0 and abs(sticky["labelLeft"] - sticky["left"]) > 2:
            problems.append(f"{where}: scrolled right, the row labels of {sticky['id']} are at "
                            f"{sticky['labelLeft']:.0f} px, not at the region's left ({sticky['left']:.0f} px)")
        driver.execute_script("window.scrollTo(0, 0)")
        summary = f"page {measured['page']} px wide, {len(measured['regions'])} table regions"
        if width in AXE_WIDTHS:
            axe = Axe(driver)
            axe.inject()
            # Only the violations in full: listing every passing cell takes axe-core minutes.
            results = axe.run(options=json.dumps({"resultTypes": ["violations"]}))
            for violation in results["violations"]:
                targets = [node["target"] for node in violation["nodes"][:3]]
                problems.append(f"{where}: axe-core {violation['id']} ({violation['impact']}): {violation['help']}; "
                                f"{len(violation['nodes'])} elements, such as {json.dumps(targets)}")
            summary += (f"; axe-core {driver.execute_script('return axe.version')}: {len(results['passes'])} rules "
                        f"pass, {len(results['violations'])} violated")
        print(f"{where}: {summary}")
    return problems


def main(folders):
    if not folders:
        raise SystemExit(__doc__)
    pages = [page for folder in folders for page in sorted(glob.glob(os.path.join(folder, "*.html")))]
    if len(pages) != len(folders):
        raise SystemExit(f"expected one HTML page in each of {folders}, found {pages}")
    driver = browser()
    try:
        problems = [problem for page in pages for problem in check_page(driver, page)]
    finally:
        driver.quit()
    return report(problems, "the pages pass axe-core and never scroll sideways; "
                            "their tables scroll in their own regions")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
