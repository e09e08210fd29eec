"""Files minutes writes get the mode the umask says, as any program's do, so a web server or a colleague can read
the feed; a file written over keeps the mode its owner gave it. Real processes, each with its own umask."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "eval" / "seeds" / "003_062adbd7478ffd8d.txt"


def _run(umask: int, *arguments: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), MINUTES_USER_DICT=os.devnull)
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), *arguments], env=env, capture_output=True,
                          timeout=300, preexec_fn=lambda: os.umask(umask))
    assert done.returncode == 0, done.stderr.decode()


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002], ids=oct)
def test_written_files_get_the_mode_the_umask_says(tmp_path, umask):
    archive = tmp_path / "arkiv"
    _run(umask, "parse", str(SEED), "-o", str(tmp_path / "dokument.json"))
    _run(umask, "repair", str(SEED), "-o", str(tmp_path / "lagad.txt"))
    _run(umask, "ingest", str(SEED), "--archive", str(archive))
    _run(umask, "export", str(archive), "-o", str(tmp_path / "flöde.jsonl"))
    written = [tmp_path / "dokument.json", tmp_path / "lagad.txt", tmp_path / "flöde.jsonl",
               *(archive / "documents").iterdir()]
    assert len(written) == 4
    assert {path.name: _mode(path) for path in written} == {path.name: 0o666 & ~umask for path in written}


def test_a_file_written_over_keeps_its_mode(tmp_path):
    out = tmp_path / "dokument.json"
    out.write_text("{}")
    out.chmod(0o640)
    _run(0o022, "parse", str(SEED), "-o", str(out))
    assert out.read_text(encoding="utf-8").startswith('{\n  "schema_version"') and _mode(out) == 0o640
