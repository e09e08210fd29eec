"""How many pages a file has, told cheaply before it is read, so that ingest's progress and ETA count pages."""
from __future__ import annotations

from typing import BinaryIO

from .extract import _sniff
from .limits import Limits


def count_pages(path: str, limits: Limits) -> int:
    """The pages the readers will find: a PDF's page tree and a TIFF's frames, counted without decoding, and a
    text's form feeds. 1 where the file does not say; the bar takes the real count when the file is done."""
    try:
        with open(path, "rb") as handle:
            return max(1, _count(handle, path, limits))
    except Exception:  # a bad file fails when it is read, with its reason
        return 1


def _count(handle: BinaryIO, name: str, limits: Limits) -> int:
    kind = _sniff(handle.read(1024), name)
    handle.seek(0)
    if kind == "PDF":
        import pypdfium2

        document = pypdfium2.PdfDocument(handle)
        try:
            return len(document)
        finally:
            document.close()
    if kind == "TIFF":
        from PIL import Image

        with Image.open(handle) as image:
            return getattr(image, "n_frames", 1)
    if kind == "text":
        return handle.read(limits.text).count(b"\f") + 1
    return 1
