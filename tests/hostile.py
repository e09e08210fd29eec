"""Hostile inputs for the limits of issue 14, made when a test or bench/bench_hostile.py asks for them.

Each maker writes one file into a folder and returns its path; all of them take well under a second, however
much the file would cost minutes unchecked (a 40,000² image compresses to 1.6 MB and a 30 GB text file is
sparse). PDFs are written as plain bytes, object by object, because that is the quickest way to 100,000 pages
(pikepdf needs minutes) and it can state any size an attacker would.

    python tests/hostile.py FOLDER     # writes every input into FOLDER
"""
from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pdf(objects: list[bytes]) -> bytes:
    """A PDF of `objects` (numbered from 1; object 1 the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, attrs: bytes = b"", *, compress: bool = True) -> bytes:
    if compress:
        data, attrs = zlib.compress(data), attrs + b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), attrs, data)


def one_page(content: bytes, resources: bytes = b"<< >>", extra: list[bytes] = ()) -> bytes:
    """A one-page A4 PDF drawing `content`; `extra` objects are numbered from 5."""
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s /Contents 4 0 R >>" % resources,
        stream(content),
        *extra,
    ])


def zeros_deflated(size: int, chunk: int) -> bytes:
    """`size` zero bytes as one zlib stream, made without compressing them: after a full flush deflate starts
    afresh, so every `chunk` of zeros compresses to the same bytes, which are repeated (`chunk` divides `size`)."""
    compressor = zlib.compressobj(9)
    zeros = bytes(chunk)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    end = compressor.flush()[:-4]
    adler = ((size % 65521) << 16) | 1  # Adler-32 of zeros: A stays 1, B adds it once a byte
    return first + block * (size // chunk - 1) + end + struct.pack(">I", adler)


# ------------------------------------------------------------------ the inputs


def many_pages(folder: Path, pages: int = 100_000) -> Path:
    """A PDF of 100,000 (blank) pages."""
    first = 3
    kids = b" ".join(b"%d 0 R" % (first + n) for n in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages
    return _write(folder / "sidor-100000.pdf", pdf(objects))


def huge_image(folder: Path, side: int = 40_000) -> Path:
    """A PDF page holding one side² grey image of zeros, 1.6 MB for 40,000²: pdfium would decode 1.6 GB."""
    image = zeros_deflated(side * side, side * 40)
    xobject = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
               b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
               % (side, side, len(image), image))
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    return _write(folder / f"bild-{side}.pdf", one_page(content, b"<< /XObject << /Im0 5 0 R >> >>", [xobject]))


def poster(folder: Path, width: int = 8000, height: int = 10_000) -> Path:
    """A blank colour scan of 80 megapixels, under the pixel limit, on a page its size at 300 dpi: its worker
    holds it decoded (240 MB), grey, and in Tesseract's copies."""
    image = zeros_deflated(width * height * 3, width * 3 * 40)
    xobject = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
               b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream"
               % (width, height, len(image), image))
    points = width * 72 / 300, height * 72 / 300
    page = pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Resources << /XObject << /Im0 5 0 R >> >> "
        b"/Contents 4 0 R >>" % points,
        stream(b"q %g 0 0 %g 0 0 cm /Im0 Do Q" % points),
        xobject,
    ])
    return _write(folder / "affisch-80mp.pdf", page)


def long_scan(folder: Path, times: int) -> Path:
    """The two-page sample scan `times` over: about 5 s of OCR a copy on two cores."""
    import pikepdf

    path = folder / f"skanning-{2 * times}-sidor.pdf"
    with pikepdf.open(ROOT / "samples" / "ledningsgrupp-2021-08-17-scan.pdf") as scan:
        pages = list(scan.pages)
        for _ in range(times - 1):
            scan.pages.extend(pages)
        scan.save(path)
    return path


def rectangles(folder: Path, count: int = 1_000_000) -> Path:
    """A page of a million tiny filled rectangles (26 KB compressed)."""
    return _write(folder / "rektanglar.pdf", one_page(b"0 0 1 1 re f\n" * count))


def forms(folder: Path, per_form: int = 1000, calls: int = 1000) -> Path:
    """A form of 1,000 rectangles drawn 1,000 times: small streams, a million operations."""
    form = stream(b"0 0 1 1 re f\n" * per_form, b" /Type /XObject /Subtype /Form /BBox [0 0 10 10]")
    content = b"/Fm0 Do\n" * calls
    return _write(folder / "formular.pdf", one_page(content, b"<< /XObject << /Fm0 5 0 R >> >>", [form]))


def glyphs(folder: Path, count: int = 1_000_000) -> Path:
    """A page showing a million glyphs in one string."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    content = b"BT /F1 1 Tf 10 10 Td (" + b"a" * count + b") Tj ET"
    return _write(folder / "tecken.pdf", one_page(content, b"<< /Font << /F1 5 0 R >> >>", [font]))


def content_bomb(folder: Path) -> Path:
    """A content stream of 1 GB of zeros in 1 MB: nothing to count, everything to decompress."""
    data = zeros_deflated(1 << 30, 1 << 20)
    body = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data)
    page = pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        body,
    ])
    return _write(folder / "innehall-1gb.pdf", page)


def png_canvas(folder: Path, side: int = 12_000) -> Path:
    """A PNG declaring a 12,000² canvas in 60 bytes."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")
    return _write(folder / f"duk-{side}.png", data)


def many_frames(folder: Path, frames: int = 2000) -> Path:
    """A TIFF of 2,000 one-pixel pages, written directory by directory (Pillow's writer takes seconds)."""
    pixel = 8  # the one white byte every page shares, after the 8-byte header
    entries = [(256, 3, 1), (257, 3, 1), (258, 3, 8), (259, 3, 1), (262, 3, 1), (273, 4, pixel), (277, 3, 1),
               (278, 3, 1), (279, 4, 1)]  # width, height, bits, no compression, grey, strip at, 1 sample, rows, bytes
    size = 2 + 12 * len(entries) + 4
    first = pixel + 1
    out = bytearray(b"II*\x00" + struct.pack("<I", first) + b"\xff")
    for number in range(frames):
        following = first + (number + 1) * size if number + 1 < frames else 0
        out += struct.pack("<H", len(entries))
        out += b"".join(struct.pack("<HHII", tag, kind, 1, value) for tag, kind, value in entries)
        out += struct.pack("<I", following)
    return _write(folder / f"ramar-{frames}.tif", bytes(out))


def big_text(folder: Path, size: int = 200_000_000) -> Path:
    """Real Swedish text, repeated to `size` bytes."""
    seed = sorted((ROOT / "eval" / "seeds").glob("*.txt"))[0].read_bytes()
    path = folder / f"text-{size // 1_000_000}mb.txt"
    with open(path, "wb") as handle:
        for _ in range(size // len(seed)):
            handle.write(seed)
    return path


def sparse_text(folder: Path, size: int = 30 << 30) -> Path:
    """A 30 GB text file of one line and a hole: no disk used, and a read of it never ends."""
    path = folder / "gles-30gb.txt"
    with open(path, "wb") as handle:
        handle.write(b"Protokoll fort vid sammantrade\n")
        handle.truncate(size)
    return path


def user_dictionary(folder: Path, words: int = 2_000_000) -> Path:
    """A user dictionary of two million distinct made-up words."""
    path = folder / f"ord-{words}.txt"
    path.write_text("".join(f"Ordet{n:07d}\n" for n in range(words)), encoding="utf-8")
    return path


# ------------------------------------------------------------------ measuring what they cost

LAUNCHER = """
import os, sys
pid = os.posix_spawn(sys.argv[2], sys.argv[2:], os.environ)
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as peak:
    peak.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""
"""Runs a command and writes its peak resident KB. A process forked from a large one (pytest) reports that one's
peak too (Linux keeps the high-water mark across fork and exec), so a small process starts the command."""


def measured(command: list[str], env: dict[str, str], timeout: float) -> tuple[int, str, float, float]:
    """(exit code, stderr, peak MB of the command and of every process it waited for, such as its workers,
    seconds); TimeoutError, the command and its processes killed, after `timeout` seconds."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as temp:
        peak, out, err = (Path(temp) / name for name in ("peak", "out", "err"))
        with open(out, "wb") as stdout, open(err, "wb") as stderr:
            process = subprocess.Popen([sys.executable, "-c", LAUNCHER, str(peak), *command], cwd=ROOT, env=env,
                                       stdout=stdout, stderr=stderr, start_new_session=True)
            try:
                code = process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                raise TimeoutError(command) from None
        return code, err.read_text(), int(peak.read_text()) / 1024, time.monotonic() - start


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


MAKERS: dict[str, Callable[[Path], Path]] = {
    "100,000 pages": many_pages,
    "40,000² image in a PDF": huge_image,
    "1M rectangles": rectangles,
    "1M rectangles in forms": forms,
    "1M glyphs": glyphs,
    "1 GB content stream": content_bomb,
    "12,000² PNG canvas": png_canvas,
    "2,000-page TIFF": many_frames,
    "30 GB sparse text": sparse_text,
}
"""The inputs a test makes in full; the 200 MB text file and the dictionary are made smaller in tests."""

if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for name, make in MAKERS.items():
        print(f"{name}: {make(target)}")
