"""The README's example document is what the program prints today."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import readme_example  # noqa: E402


def test_readme_example_is_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_example.with_example(readme) == readme, "run scripts/readme_example.py"
