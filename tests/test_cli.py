"""The `minutes` command on real files: exit codes, the one-line errors, schema-valid and deterministic output."""
from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pikepdf
import pytest
from PIL import Image
from typer.testing import CliRunner

from cli import app

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import render_pages  # noqa: E402  (scripts/ is not a package)

SEED = ROOT / "eval" / "seeds" / "003_062adbd7478ffd8d.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def schema() -> dict:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert runner.invoke(app, ["schema"]).stdout == result.stdout, "schema output is deterministic"
    document_schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(document_schema)
    assert document_schema["$id"] == "urn:minutes:schema:document:1"
    assert '"additionalProperties": false' not in result.stdout, "fields may be added within version 1"
    return document_schema


def _bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input and the start of the reason it must give."""
    text_pdf = io.BytesIO()
    render_pages.render_text_pdf("Protokoll\nHemligt", text_pdf)
    encrypted = folder / "låst.pdf"
    with pikepdf.open(io.BytesIO(text_pdf.getvalue())) as pdf:
        pdf.save(encrypted, encryption=pikepdf.Encryption(owner="ägare", user="hemligt"))
    png = io.BytesIO()
    Image.new("L", (800, 600), 255).save(png, "PNG")
    cases = {
        "empty": ("tom.txt", b"", "empty file"),
        "html pdf": ("sida.pdf", b"<!DOCTYPE html><html><body>404</body></html>", "not a PDF"),
        "truncated png": ("halv.png", png.getvalue()[: len(png.getvalue()) // 2], "truncated or corrupt PNG"),
    }
    made = {"encrypted pdf": (encrypted, "encrypted PDF")}
    for case, (name, data, why) in cases.items():
        (folder / name).write_bytes(data)
        made[case] = (folder / name, why)
    made["directory"] = (folder, "is a directory")
    made["missing"] = (folder / "finns inte.pdf", "no such file or directory")
    return made


@pytest.mark.parametrize("command", ["parse", "repair"])
def test_bad_inputs_give_one_line_and_exit_1(tmp_path, command):
    for case, (path, why) in _bad_inputs(tmp_path).items():
        result = runner.invoke(app, [command, str(path)])
        assert result.exit_code == 1, (case, result.output)
        assert result.stdout == ""
        assert result.stderr.startswith(f"minutes: {path}: {why}"), (case, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, case


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["repair", str(SEED), "--format", "html"]).exit_code == 2
    assert runner.invoke(app, ["repair"]).exit_code == 2
    assert runner.invoke(app, ["ingest", str(SEED)]).exit_code == 2, "--archive is required"
    assert runner.invoke(app, ["nosuchcommand"]).exit_code == 2
    assert "Exit codes" in runner.invoke(app, ["--help"]).stdout


def test_parse_text_is_schema_valid_and_byte_identical(tmp_path, schema):
    out = tmp_path / "ut.json"
    first = runner.invoke(app, ["parse", str(SEED), "-o", str(out)])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, ["parse", str(SEED)])
    assert out.read_text(encoding="utf-8") == second.stdout
    document = json.loads(second.stdout)
    jsonschema.validate(document, schema)
    assert document["source"]["kind"] == "text"
    assert document["quality"]["ocr_confidence"] is None
    assert document["pipeline"]["ocr_engine"] is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ut.json"], "no temporary file left behind"


def test_parse_real_scan_with_tesseract(tmp_path, schema):
    text = SEED.read_text(encoding="utf-8").split("\n\n1.")[0]
    page = render_pages.text_to_scans(text, seed=3)[0]
    scan = tmp_path / "skanning.png"
    page.save(scan)
    result = runner.invoke(app, ["parse", str(scan)], env={"OMP_THREAD_LIMIT": "1"})
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema)
    assert document["source"]["kind"] == "image"
    assert document["pipeline"]["ocr_engine"].startswith("tesseract ")
    assert document["pipeline"]["ocr_language"] == "swe"
    assert 50 < document["quality"]["ocr_confidence"] <= 100
    assert "Helsingborgs stads skolors ledningsgrupp" in document["text"]


def test_repair_formats_and_stdin(tmp_path):
    damaged = "Franvarande: Anci Cederquist\nForedragande: Dennis Hjelmstrom\n"
    text = runner.invoke(app, ["repair", "-"], input=damaged.encode("utf-8"))
    assert text.exit_code == 0, text.output
    assert "Frånvarande" in text.stdout and "Föredragande" in text.stdout
    diff = runner.invoke(app, ["repair", "-", "--format", "diff"], input=damaged.encode("utf-8"))
    assert "~ page 1 line 1: Franvarande → Frånvarande" in diff.stdout
    as_json = json.loads(runner.invoke(app, ["repair", "-", "--format", "json"], input=damaged.encode()).stdout)
    assert as_json["text"].rstrip("\n") == text.stdout.rstrip("\n")
    assert as_json["original_text"].startswith("Franvarande")
    assert as_json["normalizations"] == []
    strict = runner.invoke(app, ["repair", "-", "--format", "diff", "--min-confidence", "1"],
                           input=damaged.encode("utf-8"))
    assert strict.exit_code == 0
    assert "~ " not in strict.stdout and "? page 1 line 1: Franvarande → Frånvarande" in strict.stdout


def test_output_never_overwrites_the_input(tmp_path):
    source = tmp_path / "möte.txt"
    source.write_bytes(SEED.read_bytes())
    result = runner.invoke(app, ["repair", str(source), "-o", str(source)])
    assert result.exit_code == 1
    assert result.stderr == f"minutes: {source}: is the input file; choose another output\n"
    assert source.read_bytes() == SEED.read_bytes()
    missing_folder = runner.invoke(app, ["parse", str(source), "-o", str(tmp_path / "saknas" / "ut.json")])
    assert missing_folder.exit_code == 1
    assert missing_folder.stderr.endswith(": no such file or directory\n")


def test_dict_add_is_used_by_parse(tmp_path):
    words = tmp_path / "ord" / "mina ord.txt"
    env = {"MINUTES_USER_DICT": str(words)}
    assert runner.invoke(app, ["dict", "add", "Cederquist"], env=env).exit_code == 0
    assert runner.invoke(app, ["dict", "add", "Cederquist"], env=env).exit_code == 0
    assert runner.invoke(app, ["dict", "add", "två ord"], env=env).exit_code == 2
    assert words.read_text(encoding="utf-8") == "Cederquist\n"
    plain = json.loads(runner.invoke(app, ["parse", str(SEED)], env={"MINUTES_USER_DICT": str(tmp_path / "none.txt")}).stdout)
    with_dict = json.loads(runner.invoke(app, ["parse", str(SEED)], env=env).stdout)
    assert with_dict["pipeline"]["dictionary_version"].startswith(plain["pipeline"]["dictionary_version"] + "+user-")
    missing = runner.invoke(app, ["parse", str(SEED), "--dict", str(tmp_path / "saknas.txt")])
    assert missing.exit_code == 1
    assert missing.stderr == f"minutes: {tmp_path / 'saknas.txt'}: no such file or directory\n"


def test_ingest_exit_code_and_summary(tmp_path):
    """The archive may live inside the folder it imports: it is never read as input."""
    import sqlite3

    source, archive = tmp_path / "in", tmp_path / "in" / "arkiv"
    source.mkdir()
    (source / "bra.txt").write_bytes(SEED.read_bytes())
    (source / "tom.txt").write_bytes(b"")
    missing = tmp_path / "saknas"
    result = runner.invoke(app, ["ingest", str(source), str(missing), "--archive", str(archive), "--workers", "1"])
    assert result.exit_code == 1
    assert f"failed  {source / 'tom.txt'}: empty file\n" in result.stderr
    assert f"failed  {missing}: no such file or directory\n" in result.stderr
    assert "empty file" in result.stdout, "the summary lists failures with their reasons"
    (source / "tom.txt").unlink()
    again = runner.invoke(app, ["ingest", str(source), "--archive", str(archive)])
    assert again.exit_code == 0, again.output
    with sqlite3.connect(archive / "catalog.sqlite") as db:
        paths = [row[0] for row in db.execute("SELECT path FROM files WHERE status != 'failed'")]
    assert paths == [str(source / "bra.txt")]


def test_text_repair_does_not_import_heavy_modules(tmp_path):
    """Cold start: a text repair must not pay for Dask (PDF and image libraries are extract's to defer)."""
    probe = (
        "import sys; from typer.testing import CliRunner; from cli import app;"
        f"r = CliRunner().invoke(app, ['repair', {str(SEED)!r}]); assert r.exit_code == 0, r.output;"
        "print(sorted(m for m in ('dask', 'distributed', 'rich.progress') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                            env=dict(os.environ, MINUTES_USER_DICT=str(tmp_path / "none.txt")))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _minutes(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), OMP_THREAD_LIMIT="1", COLUMNS="200", **env)
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=600)


def _small_batch(folder: Path, count: int) -> Path:
    """`count` one-page minutes without a date (each needs review) and one three-page memo."""
    folder.mkdir()
    for n in range(count):
        (folder / f"anteckning {n:02}.txt").write_text(f"Anteckningar nr {n}\n\n1. Mötets öppnande\n",
                                                       encoding="utf-8")
    (folder / "tre sidor.txt").write_text(SEED.read_text(encoding="utf-8").replace("\n\n", "\n\f", 2),
                                          encoding="utf-8")
    return folder


def test_status_for_machines_and_cut_listings(tmp_path):
    source = _small_batch(tmp_path / "in", 24)
    (source / "tom.txt").write_bytes(b"")
    archive = tmp_path / "arkiv"
    assert _minutes("ingest", str(source), "--archive", str(archive), "--workers", "1").returncode == 1

    report = json.loads(_minutes("status", str(archive), "--json").stdout)
    assert report["counts"]["done"] == 25 and report["counts"]["failed"] == 1
    for row in report["files"]:
        if row["status"] == "failed":
            assert row["document_id"] is None and row["json_path"] is None and row["reasons"] == ["empty file"]
            continue
        document = json.loads(Path(row["json_path"]).read_text(encoding="utf-8"))
        assert document["id"] == row["document_id"] and row["path"] == str(source / document["source"]["path"])
    csv_rows = list(__import__("csv").DictReader(io.StringIO(_minutes("status", str(archive), "--csv").stdout)))
    assert [(r["path"], r["document_id"], r["json_path"]) for r in csv_rows] == \
        [(r["path"], r["document_id"] or "", r["json_path"] or "") for r in report["files"]]
    assert _minutes("status", str(archive), "--json", "--csv").returncode == 2

    table = _minutes("status", str(archive)).stdout
    assert "needs review (24)" in table and "anteckning 19.txt" in table and "anteckning 20.txt" not in table
    assert "… and 4 more: --all lists every one, --json or --csv every file for a program" in table
    every = _minutes("status", str(archive), "--all").stdout
    assert "anteckning 23.txt" in every and "more:" not in every


def test_min_confidence_on_parse_and_ingest(tmp_path):
    damaged = tmp_path / "skadad.txt"
    damaged.write_text("Franvarande: Anci Cederquist\nForedragande: Dennis Hjelmstrom\n", encoding="utf-8")
    loose = json.loads(_minutes("parse", str(damaged)).stdout)
    strict = json.loads(_minutes("parse", str(damaged), "--min-confidence", "1").stdout)
    assert loose["corrections"] and not strict["corrections"] and not loose["review"]
    assert strict["review"] == loose["corrections"], "listed for review, not applied"
    assert strict["text"] == strict["original_text"]
    assert f"{len(loose['corrections'])} proposed corrections below the confidence threshold" in \
        strict["quality"]["review_reasons"]

    archive = tmp_path / "arkiv"
    assert _minutes("ingest", str(damaged), "--archive", str(archive)).returncode == 0
    again = _minutes("ingest", str(damaged), "--archive", str(archive), "--min-confidence", "1")
    assert again.returncode == 0, again.stderr
    [document] = (archive / "documents").iterdir()
    made = json.loads(document.read_text(encoding="utf-8"))
    assert made["corrections"] == [] and len(made["review"]) == len(loose["corrections"]), "made again, not kept"


def test_flags_help_and_version():
    from importlib.metadata import version

    from ingest.repair import DEFAULT_MIN_CONFIDENCE

    import cli

    shown = _minutes("--version")
    assert (shown.returncode, shown.stdout) == (0, f"minutes {version('minutes')}\n")
    short = _minutes("ingest", "-h")
    assert short.returncode == 0 and short.stdout == _minutes("ingest", "--help").stdout
    force = next(line for line in short.stdout.splitlines() if "--force" in line)
    assert "<bool>" not in force, "a plain flag: no value follows it"
    assert "[default: 0.5]" in short.stdout and "pages=1000" in short.stdout
    assert cli.MIN_CONFIDENCE_DEFAULT == DEFAULT_MIN_CONFIDENCE
    assert "[default: standard output]" in _minutes("repair", "-h").stdout
    taken = _minutes("ingest", str(SEED), "--archive", "/nonexistent/arkiv", "--force", "true")
    assert taken.returncode == 2 and "--force is a flag and takes no value ('true' is no file)" in taken.stderr


def test_progress_counts_pages_with_an_eta(tmp_path):
    """Without a terminal a line a file, `[i/N, ETA h:mm:ss]`; on one, a bar counting pages."""
    from rich.console import Console

    from ingest.archive import ingest

    source = _small_batch(tmp_path / "in", 2)
    plain = _minutes("ingest", str(source), "--archive", str(tmp_path / "a"), "--workers", "1")
    lines = [line for line in plain.stderr.splitlines() if line.startswith("[")]
    assert [line.split(",")[0] for line in lines] == ["[1/3", "[2/3", "[3/3"], plain.stderr
    assert lines[-1].startswith("[3/3, ETA 0:00:00] done ")
    assert all(re.match(r"\[\d/3, ETA \d+:\d\d:\d\d\] done ", line) for line in lines)

    screen = io.StringIO()
    summary = ingest([str(source)], tmp_path / "b", workers=1,
                     console=Console(file=screen, force_terminal=True, color_system=None, width=160))
    assert summary.pages_processed == 5
    assert "0/5 pages 0/3 files" in screen.getvalue(), "the pages are counted before the work"
    assert "5/5 pages 3/3 files" in screen.getvalue()
    assert "pages/min" in screen.getvalue()


def test_packaging_declares_what_setuptools_warns_about():
    """`pip install -e '.[dev]'` builds without warnings (measured in a scratch venv; it needs the network for
    setuptools, which tests do not have): the licence is an SPDX string, and every folder of package data is a
    declared package."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"
    packages = set(project["tool"]["setuptools"]["packages"])
    for package in list(packages):
        for folder in (ROOT / package.replace(".", "/")).iterdir():
            if folder.is_dir() and folder.name != "__pycache__":
                assert f"{package}.{folder.name}" in packages, folder


def test_repair_diff_and_json_show_what_normalize_changed_before_repair():
    source = "Beslutet om en för-\nstudie fattades idag\n\uf0b7\tpunkt ett om budgeten for ar 2024.\n"
    diff = runner.invoke(app, ["repair", "-", "--format", "diff"], input=source.encode("utf-8"))
    assert diff.exit_code == 0, diff.output
    assert "= page 1 line 1: 'för-\\nstudie' → förstudie  (hyphenation)" in diff.stdout
    assert "= page 1 line 3: '\\uf0b7\\tpunkt' → • punkt  (private_use_bullets)" in diff.stdout
    assert "~ page 1 line 3: for → för" in diff.stdout
    as_json = json.loads(runner.invoke(app, ["repair", "-", "--format", "json"], input=source.encode()).stdout)
    undone = as_json["original_text"]
    for change in reversed(as_json["normalizations"]):
        undone = undone[:change["start"]] + change["extracted"] + undone[change["end"]:]
    assert undone == source.strip("\n")


def test_ctrl_c_swallowed_by_a_finalizer_still_prints_no_result(monkeypatch):
    """pdfium's finalizers run while a page is read; Ctrl-C's SystemExit landing in one is swallowed there (a
    CI run printed the whole document, then exited 130). The real handler runs in a real finalizer here."""
    import signal
    import weakref

    import cli
    from ingest import pipeline

    whole_pipeline = pipeline.process

    def interrupted_in_a_finalizer(*arguments):
        page = type("Page", (), {})()
        weakref.finalize(page, cli._interrupted, signal.SIGINT, None)
        del page  # the finalizer runs now; its SystemExit goes to sys.unraisablehook
        logging.getLogger("pypdfium2").warning("Weakref was not cleaned up from ObjectTracker?")
        return whole_pipeline(*arguments)

    monkeypatch.setattr(pipeline, "process", interrupted_in_a_finalizer)
    monkeypatch.setattr(cli, "_interrupt_seen", False)
    monkeypatch.setattr(cli, "_interrupted_line", cli.INTERRUPTED)  # an `ingest` run in this process set its own
    monkeypatch.setattr(sys, "unraisablehook", cli._unraisable)
    try:
        result = runner.invoke(app, ["parse", str(SEED)])
    finally:
        logging.disable(logging.NOTSET)
    assert (result.exit_code, result.stdout) == (130, "")
    assert result.stderr == cli.INTERRUPTED + "\n"


def test_parse_items_without_numbers_and_lettered_items_take_schema_valid_ids(tmp_path, schema):
    """Items read without a number ("Mötets öppnande" over its text) take the ids the schema promises ("~1", "~2"),
    a lettered item its letter ("2a")."""
    unnumbered = tmp_path / "utan_nummer.txt"
    unnumbered.write_text("Protokoll styrelsemöte 2023-09-04\n\nMötets öppnande\nMötet öppnades.\n\nVal av justerare\n"
                          "Bo Al valdes till justerare.\n\nEkonomi\nRapporten godkändes.\n\nÖvriga frågor\nInga.\n",
                          encoding="utf-8")
    lettered = tmp_path / "bokstav.txt"
    lettered.write_text("Protokoll styrelsemöte 2023-01-25\n\n1. Budget\nText.\n\n2a Taxor\nText.\n\n2b Avgifter\nText.\n\n"
                        "3. Övrigt\nInget.\n", encoding="utf-8")
    for path, keys in ((unnumbered, ["~1", "~2", "~3", "~4"]), (lettered, ["1", "2a", "2b", "3"])):
        result = runner.invoke(app, ["parse", str(path)])
        assert result.exit_code == 0, result.output
        document = json.loads(result.stdout)
        jsonschema.validate(document, schema)
        assert [item["id"].split("#")[1] for item in document["items"]] == keys
