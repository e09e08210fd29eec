"""The feed contract on a real archive (real worker processes, real SQLite, real files): a document whose content
did not change is not sent again, paths are relative to the folder given, a changed file's document says what it
replaces, a file gone is a deletion, and files get the mode the umask says."""
from __future__ import annotations

import ctypes
import hashlib
import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from contextlib import closing, contextmanager
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from cli import app
from ingest.archive import ingest
from ingest.catalog import Catalog
from ingest.models import Pipeline
from ingest.pipeline import Options, content_sha256, process

ROOT = Path(__file__).resolve().parents[1]
PROSE = (ROOT / "eval" / "seeds" / "000_a073afec584fb315.txt").read_text(encoding="utf-8")[:600]
"""Has 'verksamhe', which repair makes 'verksamhet' unless it is a user word."""
PR_CAPBSET_DROP = 24  # linux/prctl.h
OTHER = (ROOT / "eval" / "seeds" / "003_062adbd7478ffd8d.txt").read_text(encoding="utf-8")[:700]


def _quiet() -> Console:
    return Console(file=io.StringIO(), force_terminal=False)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "möten").mkdir(parents=True)
    (folder / "a.txt").write_text(PROSE, encoding="utf-8")
    (folder / "möten" / "b.txt").write_text(OTHER, encoding="utf-8")
    return folder


def _feed(archive: Path, since: str | None = None) -> list[dict]:
    arguments = ["export", str(archive)] + (["--since", since] if since else [])
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_content_sha256_is_the_document_without_its_pipeline_metadata():
    document = process(PROSE.encode(), "a.txt", Options())
    content = document.model_dump(mode="json", exclude={"pipeline", "ingested_at", "content_sha256", "replaces"})
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert document.content_sha256 == hashlib.sha256(canonical.encode()).hexdigest()
    other_versions = document.model_copy(update={"pipeline": Pipeline(version="9", dictionary_version="x"),
                                                 "ingested_at": "2030-01-01T00:00:00.000000Z"})
    assert content_sha256(other_versions) == document.content_sha256
    assert content_sha256(document.model_copy(update={"text": document.text + "."})) != document.content_sha256


def test_a_document_whose_content_did_not_change_is_not_sent_again(tmp_path):
    folder, archive = _folder(tmp_path), tmp_path / "archive"
    ingest([str(folder)], archive, workers=1, console=_quiet())
    first = _feed(archive)
    last = first[-1]["ingested_at"]

    unrelated = ingest([str(folder)], archive, workers=1, console=_quiet(),
                       options=Options(user_words=("Ordförandeklubba",)))
    assert unrelated.documents_processed == 2, "a new dictionary version makes every document again"
    assert _feed(archive, last) == [], "only dictionary_version changed: nothing is sent again"
    again = _feed(archive)
    assert [d["ingested_at"] for d in again] == [d["ingested_at"] for d in first], "the feed keeps its order"
    assert [d["content_sha256"] for d in again] == [d["content_sha256"] for d in first]
    assert all(d["pipeline"]["dictionary_version"].startswith(first[0]["pipeline"]["dictionary_version"] + "+user")
               for d in again), "the archive's files are the new ones"

    ingest([str(folder)], archive, workers=1, console=_quiet(), options=Options(user_words=("verksamhe",)))
    changed = _feed(archive, last)
    assert [d["source"]["path"] for d in changed] == ["a.txt"], "only the document whose text changed is re-sent"
    assert changed[0]["content_sha256"] != first[[d["source"]["path"] for d in first].index("a.txt")]["content_sha256"]


def test_paths_are_relative_to_the_folder_given_and_a_changed_file_says_what_it_replaces(tmp_path):
    folder, archive = _folder(tmp_path), tmp_path / "archive"
    ingest([str(folder)], archive, workers=1, console=_quiet())
    first = _feed(archive)
    assert sorted(d["source"]["path"] for d in first) == ["a.txt", "möten/b.txt"]
    assert all(d["replaces"] is None for d in first)

    changed = PROSE + "\nTillägg efter mötet.\n"
    (folder / "möten" / "b.txt").write_text(changed, encoding="utf-8")
    ingest([str(folder)], archive, workers=1, console=_quiet())
    newer = _feed(archive, first[-1]["ingested_at"])
    assert [(d["id"], d["source"]["path"], d["replaces"]) for d in newer] == [
        (f"sha256:{_sha(changed)}", "möten/b.txt", f"sha256:{_sha(OTHER)}")]
    stored = json.loads((archive / "documents" / f"{_sha(changed)}.json").read_text(encoding="utf-8"))
    assert stored["replaces"] is None, "the archive's own files say nothing of the feed"

    with closing(Catalog(archive / "catalog.sqlite", readonly=True)) as catalog:
        history = catalog.paths()
    b = os.path.join(folder, "möten", "b.txt")
    assert (_sha(OTHER), b, "möten/b.txt") in history and (_sha(changed), b, "möten/b.txt") in history, \
        "every path a document ever had stays in the catalog"
    status = CliRunner().invoke(app, ["status", str(archive)])
    assert re.search(r"paths a document ever had\s*│\s*3\b", status.stdout), status.stdout


def test_a_file_gone_from_the_folder_is_a_deletion_in_the_feed(tmp_path):
    folder, archive = _folder(tmp_path), tmp_path / "archive"
    shutil.copy(folder / "möten" / "b.txt", folder / "kopia.txt")
    ingest([str(folder)], archive, workers=1, console=_quiet())
    last = _feed(archive)[-1]["ingested_at"]

    (folder / "a.txt").unlink()
    (folder / "kopia.txt").unlink()  # its bytes are still in möten/b.txt: not a deletion
    assert ingest([str(folder / "möten")], archive, workers=1, console=_quiet()).deleted == 0, \
        "only the folders given are looked through"
    summary = ingest([str(folder)], archive, workers=1, console=_quiet())
    assert summary.deleted == 1
    deletions = _feed(archive, last)
    assert [{k: v for k, v in d.items() if k != "ingested_at"} for d in deletions] == [
        {"deleted": f"sha256:{_sha(PROSE)}", "path": "a.txt"}]
    assert deletions[0]["ingested_at"] > last
    everything = _feed(archive)
    assert [d.get("deleted") or d["id"] for d in everything][-1] == f"sha256:{_sha(PROSE)}", "in order, last"
    with closing(Catalog(archive / "catalog.sqlite", readonly=True)) as catalog:
        assert os.path.join(folder, "a.txt") not in {row.path for row in catalog.files()}
        assert (_sha(PROSE), os.path.join(folder, "a.txt"), "a.txt") in catalog.paths()

    (folder / "a.txt").write_text(PROSE, encoding="utf-8")
    ingest([str(folder)], archive, workers=1, console=_quiet())
    back = _feed(archive, deletions[0]["ingested_at"])
    assert [d["id"] for d in back] == [f"sha256:{_sha(PROSE)}"], "a file that comes back is sent again"


def _without_root_file_access() -> None:
    """Drops the capabilities that let root read any folder (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) from the
    bounding set, so the program run next is root that a folder's mode 000 really keeps out."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_a_folder_that_cannot_be_listed_deletes_nothing(tmp_path):
    folder, archive = _folder(tmp_path), tmp_path / "archive"
    ingest([str(folder)], archive, workers=1, console=_quiet())
    last = _feed(archive)[-1]["ingested_at"]
    (folder / "a.txt").unlink()
    (folder / "möten").chmod(0)
    try:
        run = subprocess.run([sys.executable, "-c", "from cli import app; app()", "ingest", str(folder), "--archive",
                              str(archive), "--workers", "1"], cwd=ROOT, capture_output=True, text=True,
                             preexec_fn=_without_root_file_access, timeout=300)
    finally:
        (folder / "möten").chmod(0o755)
    assert run.returncode == 1 and "cannot list folder: permission denied" in run.stderr, run.stderr
    assert [d.get("path") for d in _feed(archive, last)] == ["a.txt"], "möten/b.txt is not taken for gone"


@contextmanager
def _umask(mask: int):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_written_files_get_the_mode_the_umask_says(tmp_path):
    folder, archive = _folder(tmp_path), tmp_path / "archive"
    with _umask(0o027):
        ingest([str(folder)], archive, workers=1, console=_quiet())
        written = [*(archive / "documents").iterdir(), *(archive / "extractions").iterdir()]
        assert len(written) == 4 and {_mode(path) for path in written} == {0o640}
        old = next((archive / "documents").iterdir())
        old.chmod(0o600)  # as versions before this one wrote every document
        ingest([str(folder)], archive, workers=1, console=_quiet(), force=True)
        assert _mode(old) == 0o640, "a document the archive writes again follows the umask"
        result = CliRunner().invoke(app, ["export", str(archive), "-o", str(tmp_path / "feed.jsonl")])
        assert result.exit_code == 0, result.output
        assert _mode(tmp_path / "feed.jsonl") == 0o640
