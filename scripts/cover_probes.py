"""Cover probes: each dev document's organisation and body set in the cover and letterhead forms Swedish minutes
print, and its chair, secretary and adjusters in the forms of their signature block, to see whether they come out
whatever the form.

Dev prints each organisation's cover in one form. Other minutes name the body in the genitive ("Protokoll från
Byggnadsnämndens arbetsutskotts sammanträde", "fört vid kommunstyrelsens sammanträde"), in capitals, under a
"Beslutande organ" label, in a running header's cells beside the organisation, after the title ("Protokoll
Socialnämnden 2024-05-14"), as the body of an organisation ("Nämnden för Service i Kungsbacka kommun"), or in a
sentence ("Sammanträdesprotokoll för socialnämnden"). Signers sign under their labels, above them, on a label's
row, under a colon and a line ("Ordförande: ______"), with their role in lower case under their name, or in an
e-signature's list. Text only (no scans): the forms are a few lines each. Dev only: development probes, never test
figures.

    .venv/bin/python scripts/cover_probes.py [--failures]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.probe_cli import dev_docs  # noqa: E402

ITEMS = ["", "§ 1  Mötets öppnande", "", "Ordföranden öppnade mötet.", "", "§ 2  Budget", "", "Beslut",
         "Nämnden antar budgeten."]


def genitive(body: str) -> str:
    """The body's name in the definite genitive: "Kommunstyrelsens", "Kommunfullmäktiges", "Årsmötets"."""
    if body.endswith("s"):
        return body
    return body + ("s" if body.endswith("fullmäktige") else {"a": "ns", "e": "ts"}.get(body[-1], "s"))


def _small(name: str) -> str:
    return name[:1].lower() + name[1:]


FORMS: dict[str, Callable[[str, str], list[str]]] = {
    "name alone": lambda o, b: [o.upper(), "", b, "", "Sammanträdesprotokoll", "Datum: 2024-05-14"],
    "genitive title": lambda o, b: [o, "", f"Protokoll från {genitive(b)} sammanträde", "", "Datum: 2024-05-14"],
    "genitive in a sentence": lambda o, b: [o, "", f"Protokoll fört vid {_small(genitive(b))} sammanträde 2024-05-14"],
    "capitals": lambda o, b: [f"{o.upper()}      PROTOKOLL", b.upper(), "Sammanträdesdatum 2024-05-14"],
    "organ label": lambda o, b: [o, "", "Sammanträdesprotokoll", "", f"{'Beslutande organ':<26}{b}",
                                 f"{'Datum':<26}2024-05-14"],
    "running header": lambda o, b: [f"{o}    {b}    Protokoll    2024-05-14"],
    "title and date": lambda o, b: [o, "", f"Protokoll {b} 2024-05-14"],
    "body of the organisation": lambda o, b: ["Protokoll", "", f"{b} i {o}", "", "Datum: 2024-05-14"],
    "meeting with": lambda o, b: [o, "", f"Protokoll från sammanträde med {_small(b)}", "Datum: 2024-05-14"],
    "date first": lambda o, b: ["2024-05-14", "", o, b, "", "PROTOKOLL"],
    "minutes for": lambda o, b: [o, "", f"Sammanträdesprotokoll för {_small(b)}", "2024-05-14"],
}


def probe(organization: str, body: str, form: str) -> str:
    return "\n".join(FORMS[form](organization, body) + ITEMS) + "\n"


LINE = "." * 30
SIGNATURES: dict[str, Callable[[str, str, str], list[str]]] = {
    "labels over names": lambda c, s, a: ["Underskrifter", "", "Sekreterare", LINE, s, "", "Ordförande", LINE, c, "",
                                          "Justerare", LINE, a],
    "side by side": lambda c, s, a: [f"{'Sekreterare':<34}{'Ordförande':<34}Justerare", "",
                                     f"{LINE:<34}{LINE:<34}{LINE}", f"{s:<34}{c:<34}{a}"],
    "label rows": lambda c, s, a: [f"{role:<16}{LINE:<34}{name}" for role, name in
                                   (("Sekreterare", s), ("Ordförande", c), ("Justerare", a))],
    "roles under names": lambda c, s, a: [LINE, c, "Ordförande", "", LINE, s, "Sekreterare", "", LINE, a, "Justerare"],
    "roles in lower case": lambda c, s, a: [LINE, c, "ordförande", "", LINE, s, "sekreterare", "", LINE, a, "justerare"],
    "colon and a line": lambda c, s, a: [f"{role}: {'_' * 24}\n{' ' * 12}{name}" for role, name in
                                         (("Ordförande", c), ("Sekreterare", s), ("Justerare", a))],
    "e-signatures": lambda c, s, a: ["Detta dokument har signerats elektroniskt av:", f"{c}, ordförande, 2024-05-20 14:32",
                                     f"{s}, sekreterare, 2024-05-20 15:01", f"{a}, justerare, 2024-05-21 09:12"],
    "roles in capitals": lambda c, s, a: ["ORDFÖRANDE", c, "", "SEKRETERARE", s, "", "JUSTERARE", a],
}
COVER = ["EKBY KOMMUN        PROTOKOLL", "Kommunstyrelsen", "Sammanträdesdatum 2024-05-14"]


def signed(chair: str, secretary: str, adjuster: str, form: str) -> str:
    return "\n".join(COVER + ITEMS + [""] + SIGNATURES[form](chair, secretary, adjuster)) + "\n"


def main() -> None:
    from rich.console import Console
    from rich.table import Table

    from ingest.segment import segment
    from scripts.score_structure import NAME_SIMILARITY, similar

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--failures", action="store_true")
    failures = ap.parse_args().failures
    right: Counter[tuple[str, str]] = Counter()
    counted: Counter[str] = Counter()
    for name, doc in sorted(dev_docs().items()):
        meeting = doc.expected["meeting"]
        organization, body = meeting.get("organization"), meeting.get("body")
        if not organization or not body:
            continue
        for form in FORMS:
            got = segment(probe(organization, body, form)).meeting
            counted[form] += 1
            for field, want in (("organization", organization), ("body", body)):
                ok = similar(getattr(got, field), want, NAME_SIMILARITY)
                right[form, field] += ok
                if failures and not ok:
                    print(f"{name} {form}: {field} {getattr(got, field)!r} ≠ {want!r}")
    table = Table("form", "organisation right", "body right")
    for form, n in counted.items():
        table.add_row(form, f"{right[form, 'organization']}/{n}", f"{right[form, 'body']}/{n}")
    Console().print(table)
    for name, doc in sorted(dev_docs().items()):
        meeting = doc.expected["meeting"]
        chair, secretary, adjusters = meeting.get("chair"), meeting.get("secretary"), meeting.get("adjusters")
        if not chair or not secretary or not adjusters:
            continue
        for form in SIGNATURES:
            got = segment(signed(chair, secretary, adjusters[0], form)).meeting
            counted[form] += 1
            for field, ok in (("chair", similar(got.chair, chair, NAME_SIMILARITY)),
                              ("secretary", similar(got.secretary, secretary, NAME_SIMILARITY)),
                              ("adjusters", len(got.adjusters) == 1 and similar(got.adjusters[0], adjusters[0],
                                                                                NAME_SIMILARITY))):
                right[form, field] += ok
                if failures and not ok:
                    print(f"{name} {form}: {field} wrong ({got.chair!r}, {got.secretary!r}, {got.adjusters})")
    table = Table("signature form", "chair right", "secretary right", "adjuster right")
    for form in SIGNATURES:
        n = counted[form]
        table.add_row(form, *(f"{right[form, field]}/{n}" for field in ("chair", "secretary", "adjusters")))
    Console().print(table)


if __name__ == "__main__":
    main()
