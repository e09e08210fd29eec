"""The review loop in a real headless Chromium (Debian's chromium and chromium-driver, driven by Selenium): open a
scanned document, reject one fix, accept another, reload, ingest again (from the kept extraction, no OCR), and
check the JSON and the feed."""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

from review_server import ROOT, serving

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FAX_DPI = 60
"""The page-1 sample scan at fax resolution: OCR misreads enough words there for the repair to be unsure."""


def _minutes(*arguments: str) -> str:
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), *arguments], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1"}, timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _feed(archive: Path, *since: str) -> list[dict]:
    return [json.loads(line) for line in _minutes("export", str(archive), *since).splitlines()]


@pytest.fixture
def browser(tmp_path: Path):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1500"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))  # no driver download
    try:
        yield driver
    finally:
        driver.quit()


def _file_rows(archive: Path) -> list[tuple]:
    with sqlite3.connect(archive / "catalog.sqlite") as db:
        return db.execute("SELECT path, ingested_at, timings FROM files ORDER BY path").fetchall()


def test_reject_and_accept_in_the_browser_then_ingest_applies_them_without_ocr(tmp_path: Path, browser):
    inputs = tmp_path / "in"
    inputs.mkdir()
    scan = Image.open(ROOT / "samples" / "ledningsgrupp-2021-08-17-scan-1.png")
    scan.resize((scan.width * FAX_DPI // 300, scan.height * FAX_DPI // 300), Image.Resampling.BOX).save(
        inputs / "ledningsgrupp-2021-08-17-fax.png", dpi=(FAX_DPI, FAX_DPI))
    (inputs / "ledningsgrupp-2021-08-17-old-ocr.txt").write_bytes(
        (ROOT / "samples" / "ledningsgrupp-2021-08-17-old-ocr.txt").read_bytes())
    archive = tmp_path / "archive"
    _minutes("ingest", str(inputs), "--archive", str(archive))
    before = _feed(archive)
    last = before[-1]["ingested_at"]
    fax = next(d for d in before if d["source"]["kind"] == "image")
    files = _file_rows(archive)

    with serving(archive, "--reviewer", "archivist") as url:
        browser.get(url)
        rows = browser.find_elements(By.CSS_SELECTOR, "#documents a")
        assert {row.text for row in rows} >= {str(inputs / "ledningsgrupp-2021-08-17-fax.png")}
        browser.save_screenshot(str(tmp_path / "review-list.png"))
        next(row for row in rows if row.text.endswith("fax.png")).click()
        fixes = browser.find_elements(By.CSS_SELECTOR, ".fix")
        assert len(fixes) >= 2, "the fax has fixes below 0.80"
        crops = browser.find_elements(By.CSS_SELECTOR, ".fix img.crop")
        assert crops and all(browser.execute_script("return arguments[0].naturalWidth", img) > 50 for img in crops)
        chosen = [fix.get_attribute("id") for fix in fixes[:2]]
        words = [(browser.find_element(By.CSS_SELECTOR, f"#{id} .original").text,
                  browser.find_element(By.CSS_SELECTOR, f"#{id} .corrected").text) for id in chosen]

        for id, action in zip(chosen, ("reject", "accept")):
            browser.find_element(By.CSS_SELECTOR, f"#{id} button.{action}").click()
            WebDriverWait(browser, 30).until(lambda page: page.find_elements(By.CSS_SELECTOR, f"#{id} .decided"))
        browser.refresh()
        assert browser.find_element(By.CSS_SELECTOR, f"#{chosen[0]} .decided").text.startswith("rejected, by archivist")
        assert browser.find_element(By.CSS_SELECTOR, f"#{chosen[1]} .decided").text.startswith("accepted, by archivist")
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(str(tmp_path / "review-document.png"))

    _minutes("ingest", str(inputs), "--archive", str(archive))
    after = _file_rows(archive)
    assert [row for row in after if "fax" not in row[0]] == [row for row in files if "fax" not in row[0]], \
        "the document nobody decided about is not made again"
    remade = json.loads(next(row for row in after if "fax" in row[0])[2])
    assert "extract" not in remade and "repair" in remade, "the fax is made again from its kept extraction, no OCR"
    document = json.loads((archive / "documents" / f"{fax['source']['sha256']}.json").read_text())
    kept = {(c["original"], c["corrected"]) for c in document["corrections"]}
    assert words[0] not in kept and words[1] in kept
    rejected = next(c for c in fax["corrections"] if (c["original"], c["corrected"]) == words[0])
    line = document["text"].split("\f")[rejected["page"] - 1].split("\n")[rejected["line"] - 1]
    assert re.search(rf"(?<!\w){re.escape(words[0][0])}(?!\w)", line), "the JSON has the word as OCR read it back"
    resent = _feed(archive, "--since", last)
    assert [d["id"] for d in resent] == [fax["id"]], "the feed sends that document again, and no other"
    assert len(before) == 2
