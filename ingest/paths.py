"""How a path and an operating-system error are said, in the catalog, the JSON and one-line messages. Apart from
the archive, so that a single-file command names its file without importing the batch runner."""
from __future__ import annotations

import os


def shown(path: str) -> str:
    """A path on one line: control characters (a newline in a file name) escaped, everything else as is."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in path)


def reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def path_label(path: str | bytes) -> str:
    """The path as text the catalog and JSON can hold, losslessly and distinctly for any bytes a name may have:
    a byte that is not part of valid UTF-8 is written `\\xNN` and a backslash in the name is doubled, so
    b"protokoll-\\xe5.txt" and a file really named "protokoll-\\xe5.txt" stay two paths."""
    text = os.fsencode(path).decode("utf-8", "surrogateescape")
    if "\\" not in text and not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    return "".join("\\\\" if c == "\\" else f"\\x{ord(c) - 0xDC00:02x}" if "\udc80" <= c <= "\udcff" else c
                   for c in text)
