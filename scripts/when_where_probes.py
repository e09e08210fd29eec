"""When-and-where probes: each dev document's date, with a start and end time and a place, printed in the forms
Swedish minutes print them, to see that date, times and place come out whatever the form.

Dev prints each organisation's date, time and place in one or two forms. Here each dev document's date is printed
in 14 forms: ISO or in words ("14 maj 2024", "den 14:e maj 2024", "tisdagen den 14 maj 2024" in a sentence with the
place), "14/5 2024", "14.5.2024"; times as "13.00–15.30", "13:00-15:30", "klockan 13.00 till 15.30", "kl. 13–15",
with a pause ("(ajournering 14.00–14.15)"), or as the meeting's start and end ("Mötet började: 13.00"); under labels
with colons or in a cover's label column; the place a room or "Digitalt via Microsoft Teams". Text only, dev only:
development probes, never test figures.

    .venv/bin/python scripts/when_where_probes.py [--failures]
"""
from __future__ import annotations

import argparse
import datetime
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.probe_cli import dev_docs, summary  # noqa: E402

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
          "december")
DAYS = ("måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen")
ROOM = "Stadshuset, sammanträdesrum Ek"
ONLINE = "Digitalt via Microsoft Teams"
START, END = "13.00", "15.30"


def _words(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# form -> the cover's lines for a date, start, end and place
FORMS: dict[str, Callable[[datetime.date, str, str, str], list[str]]] = {
    "labels": lambda d, s, e, p: [f"Datum: {d.isoformat()}", f"Tid: {s}–{e}", f"Plats: {p}"],
    "date in words": lambda d, s, e, p: [f"Datum: {_words(d)}", f"Tid: kl. {s}–{e}", f"Plats: {p}"],
    "one sentence": lambda d, s, e, p: [f"Plats och tid: {p}, {DAYS[d.weekday()]} den {_words(d)} kl. {s}–{e}"],
    "day/month year": lambda d, s, e, p: [f"Datum: {d.day}/{d.month} {d.year}", f"Tid: {s}-{e}", f"Lokal: {p}"],
    "day.month.year": lambda d, s, e, p: [f"Datum: {d.day}.{d.month}.{d.year}", f"Klockan: {s} - {e}", f"Plats: {p}"],
    "times with colons": lambda d, s, e, p: [f"Datum: {d.isoformat()}", f"Tid: {s.replace('.', ':')}-{e.replace('.', ':')}",
                                             f"Plats: {p}"],
    "klockan till": lambda d, s, e, p: [f"Datum: {d.isoformat()}", f"Tid: klockan {s} till {e}", f"Plats: {p}"],
    "date and time": lambda d, s, e, p: [f"Datum och tid: {d.isoformat()} kl. {s}–{e}", f"Plats: {p}"],
    "start and end": lambda d, s, e, p: [f"Datum: {d.isoformat()}", f"Mötet började: {s}", f"Mötet avslutades: {e}",
                                         f"Plats: {p}"],
    "with a pause": lambda d, s, e, p: [f"Datum: {d.isoformat()}", f"Tid: {s}–{e} (ajournering 14.00–14.15)",
                                        f"Plats: {p}"],
    "online": lambda d, s, e, p: [f"Datum: {d.isoformat()}", f"Tid: {s}–{e}", f"Plats: {ONLINE}"],
    "whole hours": lambda d, s, e, p: [f"Datum: {d.isoformat()}", f"Tid: kl. {int(s[:2])}–{int(e[:2])}", f"Plats: {p}"],
    "label column": lambda d, s, e, p: [f"{'Datum':<26}{d.isoformat()}", f"{'Tid':<26}{s}–{e}", f"{'Plats':<26}{p}"],
    "ordinal day": lambda d, s, e, p: [f"Datum: den {d.day}:e {MONTHS[d.month - 1]} {d.year}", f"Tid: {s}–{e}",
                                       f"Plats: {p}"],
}


def probe(meeting: dict, items: list[dict], form: str) -> tuple[str, tuple[str, str, str, str]]:
    """The probe's text and the date, start, end and place it prints."""
    day = datetime.date.fromisoformat(meeting.get("date") or "2024-05-14")
    place = ONLINE if form == "online" else ROOM
    head = [f"{(meeting.get('organization') or 'Ekby kommun').upper()}    PROTOKOLL", meeting.get("body") or "Nämnden", ""]
    out = head + FORMS[form](day, START, END, place) + [""]
    for k, item in enumerate(items[:3], 1):
        out += [f"§ {k}   {item['title']}", "", *textwrap.wrap(summary(item), 90), ""]
    end = f"{END[:2]}:00" if form == "whole hours" else END.replace(".", ":")
    return "\n".join(out) + "\n", (day.isoformat(), START.replace(".", ":"), end, place)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failures", action="store_true")
    args = ap.parse_args()

    from rich.console import Console
    from rich.table import Table

    from ingest.segment import segment
    from scripts.score_structure import NAME_SIMILARITY, similar

    table = Table("form", "date", "start", "end", "place")
    for form in FORMS:
        right, probes = [0, 0, 0, 0], 0
        for name, doc in sorted(dev_docs().items()):
            text, want = probe(doc.expected["meeting"], doc.expected["items"], form)
            got = segment(text).meeting
            read = (got.date, got.start_time, got.end_time, got.location)
            ok = [*(r == w for r, w in zip(read[:3], want[:3])), similar(read[3], want[3], NAME_SIMILARITY)]
            right = [r + o for r, o in zip(right, ok)]
            probes += 1
            if args.failures and not all(ok):
                print(f"{name} {form}: read {read}, printed {want}")
        table.add_row(form, *(f"{r}/{probes}" for r in right))
    Console().print(table)


if __name__ == "__main__":
    main()
