"""Writing outputs: regular files atomically, everything else (devices, FIFOs, standard output) straight through.

A regular file or a new path is written to a temporary file beside it, fsynced and renamed over it, so a reader
sees the old file or the whole new one. A symlink is written through to its target (the link stays a link). A
character device (/dev/null, /dev/full, a terminal), a FIFO or /dev/stdout is opened and written as it is:
renaming a file over /dev/null would replace the device. The temporary file is removed on every exit that can
run code: an exception, Ctrl-C, and SIGTERM, which is turned into SystemExit while a temporary file exists.
"""
from __future__ import annotations

import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".tmp-minutes-"
"""Temporary files minutes makes start with this; the archive adds its own random tag (see `archive.py`)."""

STDOUT_ALIASES = ("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")


def write_atomic(path: Path, data: bytes, *, prefix: str = TEMP_PREFIX, keep_mode: bool = True) -> None:
    """Readers see the old file or the whole new one, never a part, even after a crash or a full disk.

    The file gets the mode the umask gives a new file; `keep_mode` keeps that of a file it replaces instead (a
    user's own file, which they may have made private). The archive's files always follow the umask, so that a
    web server or a colleague can read the feed whatever an older version wrote."""
    with writing_atomic(path, prefix=prefix, keep_mode=keep_mode) as handle:
        handle.write(data)


@contextmanager
def writing_atomic(path: Path, *, prefix: str = TEMP_PREFIX, keep_mode: bool = True) -> Iterator[BinaryIO]:
    """`write_atomic` for data written as it is made, too large to hold whole (a PDF of a 200-page scan)."""
    with _atomic(Path(path), prefix, keep_mode) as handle:
        yield handle


@contextmanager
def open_output(path: str | os.PathLike | None) -> Iterator[BinaryIO]:
    """A binary handle on where `path` says to write: stdout for None or '-', else the rules of this module.

    The caller writes as it goes (export streams); the file is in place only when the block ends without an
    exception. OSError is the caller's to report."""
    if path is None or str(path) == "-" or str(path) in STDOUT_ALIASES:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(os.path.realpath(path))  # a symlink is written through to what it points at
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    if info is not None and not stat.S_ISREG(info.st_mode) or str(target).startswith("/proc/"):
        with open(target, "wb") as handle:  # a device, a FIFO, a socket: written through, never replaced
            yield handle
        return
    with _atomic(target, TEMP_PREFIX, keep_mode=True) as handle:
        yield handle


@contextmanager
def _atomic(path: Path, prefix: str, keep_mode: bool) -> Iterator[BinaryIO]:
    """mkstemp makes the temporary file 0600; it is given its final mode before it is renamed into place."""
    with _sigterm_exits():
        fd, temp = tempfile.mkstemp(prefix=prefix, dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                yield handle
                handle.flush()
                os.fchmod(handle.fileno(), _mode(path) if keep_mode else _umask_mode())
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _mode(path: Path) -> int:
    """The replaced file's permissions, or those a new file gets."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return _umask_mode()


def _umask_mode() -> int:
    """0666 less the umask. Linux shows the umask in /proc; elsewhere it can only be read by setting it, which
    another thread creating a file at that moment would see."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            mask = next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        mask = os.umask(0)
        os.umask(mask)
    return 0o666 & ~mask


def _terminated(signum, frame):
    raise SystemExit(128 + signum)


@contextmanager
def _sigterm_exits() -> Iterator[None]:
    """SIGTERM kills without running any code; while a temporary file exists it raises SystemExit instead."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous not in (signal.SIG_DFL, None):  # someone else handles it already
        yield
        return
    signal.signal(signal.SIGTERM, _terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
