"""Ingest's progress, counted in pages: the rate and the ETA are in the unit the work takes time in."""
from __future__ import annotations

import time
from datetime import timedelta

from rich.console import Console


class PageProgress:
    """Pages done of the pages counted: a live bar with pages/min and ETA on a terminal; elsewhere each finished
    file's line starts with `[i/N, ETA h:mm:ss] `. A file's real page count replaces its counted one when done."""

    def __init__(self, console: Console, counted: list[int]) -> None:
        """`counted`: the pages counted in each file before the work."""
        self.files, self.pages = len(counted), sum(counted)
        self.files_done = self.pages_done = 0
        self.start = time.perf_counter()
        self.bar = None
        if console.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"),
                TextColumn("{task.fields[files]} files"), TextColumn("{task.fields[rate]:.1f} pages/min"),
                TimeRemainingColumn(), console=console,
            )
            self.task = self.bar.add_task("ingest", total=self.pages, files=f"0/{self.files}", rate=0.0)

    def __enter__(self) -> "PageProgress":
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *_) -> None:
        if self.bar is not None:
            self.bar.stop()

    def advance(self, counted: int, pages: int) -> str:
        """Counts a finished file of `counted` pages that gave `pages`; returns its line's note (none under a bar)."""
        self.files_done += 1
        self.pages_done += pages
        self.pages += pages - counted
        elapsed = max(time.perf_counter() - self.start, 1e-6)
        if self.bar is not None:
            self.bar.update(self.task, total=self.pages, completed=self.pages_done,
                            files=f"{self.files_done}/{self.files}", rate=self.pages_done / elapsed * 60)
            return ""
        eta = "-:--:--"
        if self.pages_done:
            eta = str(timedelta(seconds=round((self.pages - self.pages_done) * elapsed / self.pages_done)))
        return f"[{self.files_done}/{self.files}, ETA {eta}] "
