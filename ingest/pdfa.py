"""Searchable PDF/A: the source's own pages with an invisible text layer of minutes' repaired words, through
OCRmyPDF, in this one module.

OCRmyPDF does what an archivist's PDF/A needs: images become pages (img2pdf, the image data embedded as it is),
PDF pages are kept, a page with text is left alone (`skip` mode), and pikepdf makes the file PDF/A-2b without
touching the page images (OCRmyPDF's `internal` backend; Ghostscript is not used: it re-encodes images, and
OCRmyPDF refuses Debian 12's for `skip` mode). Its OCR engine is the plugin `pdfa_engine.py`, which reads
nothing and hands it the words minutes read and repaired (`placed.py`), so the text layer has the repaired text
at the boxes it was read from. The metadata comes from the minutes record, and the file is made the same byte
for byte from the same input: no dates (none is printed on the page), and names and IDs derived from the content.
"""
from __future__ import annotations

import contextlib
import io
import logging
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from ingest.errors import InputError
from ingest.models import Document, Extraction
from ingest.output import TEMP_PREFIX
from ingest.placed import PlacedWord, placed

FOLDER = "pdf"
"""`DIR/pdf/<sha256>.pdf` in an archive."""
TEXT_KINDS = ("text", "markdown")
"""Sources without page images, of which no PDF is made."""
INSTALL = "making a PDF needs OCRmyPDF: pip install 'minutes[pdf]'"
NO_PAGES = "a text file has no page images to make a PDF of"
_ENGINE = "ingest.pdfa_engine"
_VOLATILE_XMP = ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate", "xmpMM:DocumentID", "xmpMM:InstanceID")


def available() -> bool:
    try:
        import ocrmypdf  # noqa: F401
    except ImportError:
        return False
    return True


def text_layer(document: Document, raw: Extraction) -> list[list[list[list[tuple]]]]:
    """Per page of the file, its paragraphs, each a list of lines of (text, confidence, box) words: what the
    engine plugin lays on the page. `raw` is the document's extraction before normalize, as the archive keeps it.
    A page OCR turned upright has its boxes on the upright page, which OCRmyPDF turns it to (`rotations`)."""
    from ingest.normalize import normalize

    pages = placed(normalize(raw).pages, document.corrections)
    return [_paragraphs(words, page.rotation) for words, page in zip(pages, raw.pages)]


def rotations(raw: Extraction) -> list[int]:
    """Per page of the file, the degrees (counter-clockwise) OCR turned it to read it upright."""
    return [page.rotation for page in raw.pages]


def _paragraphs(words: list[PlacedWord], rotation: int) -> list[list[list[tuple]]]:
    blocks: dict[int, dict[int, list[tuple]]] = {}
    for word in words:
        blocks.setdefault(word.block, {}).setdefault(word.line, []).append(
            (word.text, word.confidence, _upright(word.box, rotation)))
    return [list(lines.values()) for lines in blocks.values()]


def _upright(box: tuple[float, float, float, float], rotation: int) -> tuple[float, float, float, float]:
    """A box as fractions of the page as the file holds it, on the page turned `rotation` degrees
    counter-clockwise (a quarter turn takes the top edge to the left one)."""
    left, top, right, bottom = box
    turns = {0: lambda x, y: (x, y), 90: lambda x, y: (y, 1 - x), 180: lambda x, y: (1 - x, 1 - y),
             270: lambda x, y: (1 - y, x)}[rotation % 360]
    xs, ys = zip(*(turns(x, y) for x, y in ((left, top), (right, bottom))))
    return min(xs), min(ys), max(xs), max(ys)


def write_pdfa(source: Path, document: Document, raw: Extraction, output: BinaryIO, *, dpi: int = 300) -> None:
    """Writes the PDF of `source` (the file `document` was made from, `raw` its extraction) to `output`, once
    pikepdf has validated it as PDF/A-2b. A file that cannot be PDF/A without being converted (a born-digital
    PDF whose fonts are not embedded: only Ghostscript could embed them, see README) is written as a plain PDF
    with the same text and metadata. OCRmyPDF and this function work in a folder under $TMPDIR, removed after."""
    if document.source.kind in TEXT_KINDS:
        raise InputError(NO_PAGES)
    if not available():
        raise InputError(INSTALL)
    import pikepdf
    from ocrmypdf.exceptions import ExitCodeException, PdfaConversionFailedError

    logging.getLogger("ocrmypdf").addHandler(logging.NullHandler())  # its failures come back as exceptions
    settings = dict(input_file_or_options=source, plugins=[_ENGINE], minutes_pages=text_layer(document, raw),
                    minutes_rotations=rotations(raw), rotate_pages=True, mode=_mode(raw), image_dpi=dpi,
                    language=(document.pipeline.ocr_language or "swe").split("+"), optimize=0, jobs=1,
                    use_threads=True, progress_bar=False)
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX) as work:
        made, final = Path(work) / "made.pdf", Path(work) / "final.pdf"
        try:
            try:
                _ocr(made, output_type="pdfa-2", pdfa_backend="internal", **settings)
                archival = True
            except PdfaConversionFailedError:
                _ocr(made, output_type="pdf", **settings)
                archival = False
            with pikepdf.open(made) as pdf:
                _settle(pdf, document)
                if archival:
                    pikepdf.pdfa.save(pdf, final, "2b", repair=False, deterministic_id=True)
                else:
                    pdf.save(final, deterministic_id=True)
        except ExitCodeException as error:
            raise InputError(_first_line(error) or type(error).__name__) from None
        except (pikepdf.PdfError, pikepdf.pdfa.PdfaError) as error:
            raise InputError(f"cannot make the PDF: {_first_line(error)}") from None
        with open(final, "rb") as made_file:
            shutil.copyfileobj(made_file, output)


REJECTED = "text layer rejected"
"""How `ingest/pdf.py` begins the reason of a page whose text layer it did not believe and OCR'd instead."""


def _mode(raw: Extraction) -> str:
    """OCRmyPDF's "skip" leaves every page that has text as it is. A file with a text layer minutes rejected as
    garbage and OCR'd instead needs "redo", which takes the invisible text off the pages OCR'd for minutes'
    words; it also rewrites the content streams of the file's other text pages (their text stays), so it is
    used for such files only."""
    rejected = any(page.method == "ocr" and (page.reason or "").startswith(REJECTED) for page in raw.pages)
    return "redo" if rejected else "skip"


def _ocr(output: Path, **settings) -> None:
    """`ocrmypdf.ocr`, with a stream of its own as sys.stderr: the check of its output (pikepdf's
    check_linearization) closes the sys.stderr it finds, which would leave minutes unable to say anything."""
    import ocrmypdf
    from ocrmypdf.exceptions import ExitCode

    with contextlib.redirect_stderr(io.StringIO()):
        code = ocrmypdf.ocr(output_file=output, **settings)
    if code != ExitCode.ok:
        raise InputError(f"OCRmyPDF could not make the PDF ({ExitCode(code).name})")


def _settle(pdf, document: Document) -> None:
    """The record's metadata in XMP and the Info dictionary (kept in step by pikepdf), the moments of making
    and the random names taken out, so the same input makes the same bytes."""
    for number, page in enumerate(pdf.pages, 1):
        _rename_grafted(page, f"/OCR-minutes-{number}")
    meeting = document.meeting
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        for key in _VOLATILE_XMP:
            if key in meta:
                del meta[key]
        if meeting.title:
            meta["dc:title"] = meeting.title
        if meeting.organization:
            meta["dc:creator"] = [meeting.organization]
        if meeting.date:
            meta["dc:date"] = [meeting.date]
    for key in ("/CreationDate", "/ModDate"):
        if key in pdf.docinfo:
            del pdf.docinfo[key]
    if "/ID" in pdf.trailer:  # the intermediate file's, random: the saved file's is derived from its content
        del pdf.trailer["/ID"]


def _rename_grafted(page, name: str) -> None:
    import pikepdf

    xobjects = page.obj.get("/Resources", {}).get("/XObject", {})
    for key in [key for key in xobjects.keys() if key.startswith("/OCR-")]:
        xobjects[name] = xobjects[key]
        del xobjects[key]
        contents = page.obj.Contents
        for stream in contents if isinstance(contents, pikepdf.Array) else [contents]:
            data = stream.read_bytes()
            if key.encode() in data:
                stream.write(data.replace(key.encode(), name.encode()))


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else ""
