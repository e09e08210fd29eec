"""Make docs/search.png, the README's picture of `minutes search`: samples/ ingested into a temporary archive, then
one word searched as written and as typed without its diacritics, the terminal's output drawn by rich as SVG and
photographed by Debian's headless Chromium (chromium, chromium-driver; nothing downloaded).

The picture is of the real commands' output, colours included (FORCE_COLOR), so it shows what a user sees.
Run it by hand when the search output changes: `python scripts/screenshots.py`.
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.text import Text
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ("trädgårdar", "tradgardar")
WIDTH = 160
"""Terminal columns: wide enough for a whole snippet line beside the path, date and body."""


def _minutes(*arguments: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_THREAD_LIMIT="1", FORCE_COLOR="1", COLUMNS=str(WIDTH))
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *arguments], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True).stdout


def terminal_svg(archive: Path) -> str:
    """Both searches as a terminal shows them, each after its command line."""
    console = Console(record=True, width=WIDTH, file=io.StringIO())
    for query in QUERIES:
        console.print(Text(f"$ minutes search archive/ {query}", style="bold green"))
        console.print(Text.from_ansi(_minutes("search", str(archive), query)))
    return console.export_svg(title="minutes search")


def photograph(svg: Path, png: Path, folder: Path) -> None:
    """The SVG at its own size (its viewBox: it has no width of its own), cropped to it, as Chromium draws it."""
    width = svg.read_text(encoding="utf-8").split('viewBox="', 1)[1].split()[2]
    page = folder / "page.html"
    page.write_text(f'<body style="margin:0"><img id="terminal" src="{svg.name}" style="width:{width}px"></body>',
                    encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
                 f"--user-data-dir={folder / 'profile'}", "--window-size=2400,2400"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path="/usr/bin/chromedriver"))
    try:
        driver.get(page.as_uri())
        driver.find_element(By.ID, "terminal").screenshot(str(png))
    finally:
        driver.quit()


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        _minutes("ingest", str(ROOT / "samples"), "--archive", str(folder / "archive"))
        svg = folder / "search.svg"
        svg.write_text(terminal_svg(folder / "archive"), encoding="utf-8")
        photograph(svg, ROOT / "docs" / "search.png", folder)


if __name__ == "__main__":
    main()
