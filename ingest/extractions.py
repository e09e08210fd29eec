"""The archive's cache of extraction results: a file is OCR'd once, and a new dictionary, user word or repair and
segment code re-runs only the cheap stages after it (Tesseract is 99% of a scanned page's cost).

An entry is the raw `Extraction` (before `normalize`, so a change there needs no OCR either), as gzip'd JSON
named by the file's sha256 and a key: everything that can change what extract reads from the same bytes, that
is the language and dpi, the OCR engine and its model files, the libraries that read PDFs and images, the
shipped lexicon (it judges PDF text layers) and the source of the extract code itself, so that an edit to
`ocr.py` invalidates without anyone remembering to bump a number. An entry that cannot be read back is not an
error: the file is extracted again and the entry replaced.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ingest.models import Extraction

FOLDER = "extractions"

EXTRACT_MODULES = ("extract", "pdf", "images", "ocr", "textlayer", "layout", "limits", "markdown", "lexicon")
"""The modules whose code decides what extract reads (markdown tells a Markdown file from text, the lexicon's
code judges text layers); `normalize` and the later stages are re-run from an entry."""
LIBRARIES = ("pypdfium2", "pdfplumber", "pdfminer.six", "pillow", "simplejpeg", "tesserocr", "pytesseract",
             "charset-normalizer")


def name(sha256: str, key: str) -> str:
    return f"{sha256}-{key}.json.gz"


@lru_cache(maxsize=8)
def key(language: str, dpi: int) -> str:
    """16 hex digits naming the extract settings and code of this process; worked out once per process."""
    from ingest import normalize, ocr
    from ingest.lexicon import load_lexicon

    parts = {
        "language": language,
        "dpi": dpi,
        "code": _code_digest(),
        "bullets": normalize.PRIVATE_USE_BULLETS,  # the one thing textlayer takes from normalize
        "libraries": {library: _version(library) for library in LIBRARIES},
        "lexicon": load_lexicon().version,
        "engine": _engine(ocr),
        "models": {lang: _model_digest(ocr, lang) for lang in sorted({*language.split("+"), "osd"})},
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _code_digest() -> str:
    digest = hashlib.sha256()
    for module in EXTRACT_MODULES:
        digest.update((Path(__file__).parent / f"{module}.py").read_bytes())
    return digest.hexdigest()


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "-"


def _engine(ocr) -> str:
    """Which Tesseract reads, and how: in the process or the program (they may be different builds)."""
    try:
        return f"{ocr.engine()} {'library' if ocr._in_process() else 'program'}"
    except RuntimeError:  # no Tesseract: text inputs still extract, and a later install changes the key
        return "none"


def _model_digest(ocr, language: str) -> str:
    try:
        path = Path(ocr._tessdata(ocr.pytesseract.pytesseract.tesseract_cmd)) / f"{language}.traineddata"
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except (OSError, RuntimeError):
        return "none"


def encode(extraction: Extraction) -> bytes:
    """Byte-identical for the same extraction (no timestamp in the gzip header)."""
    return gzip.compress(extraction.model_dump_json().encode(), compresslevel=6, mtime=0)


def decode(data: bytes) -> Extraction | None:
    """The extraction, or None for an entry that is damaged, cut short or from an incompatible version."""
    try:
        return Extraction.model_validate_json(gzip.decompress(data))
    except (OSError, EOFError, zlib.error, ValueError):  # pydantic's ValidationError is a ValueError
        return None
