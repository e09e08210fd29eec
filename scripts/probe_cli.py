"""The command line the development probes share: `make OUT [DOC ...] [--scan]` and `score OUT [--failures]`."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def run(doc: str, make: Callable[[Path, list[str], bool], None], score: Callable[[Path, bool], None]) -> None:
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    made = sub.add_parser("make")
    made.add_argument("out", type=Path)
    made.add_argument("docs", nargs="*", help="dev documents to use (default: all)")
    made.add_argument("--scan", action="store_true", help="also typeset, scan and read each probe (minutes of OCR)")
    scored = sub.add_parser("score")
    scored.add_argument("out", type=Path)
    scored.add_argument("--failures", action="store_true")
    args = ap.parse_args()
    if args.command == "make":
        make(args.out, args.docs, args.scan)
    else:
        score(args.out, args.failures)
