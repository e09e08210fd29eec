"""Cover probes: each dev document's organisation and body set in the cover and letterhead forms Swedish minutes
print, and its chair, secretary and adjusters in the forms of their signature block, to see whether they come out
whatever the form.

Dev prints each organisation's cover in one form. Other minutes name the body in the genitive ("Protokoll från
Byggnadsnämndens arbetsutskotts sammanträde", "fört vid kommunstyrelsens sammanträde"), in capitals, under a
"Beslutande organ" label, in a running header's cells beside the organisation, after the title ("Protokoll
Socialnämnden 2024-05-14"), as the body of an organisation ("Nämnden för Service i Kungsbacka kommun"), or in a
sentence ("Sammanträdesprotokoll för socialnämnden"). Signers sign under their labels, above them, on a label's
row, under a colon and a line ("Ordförande: ______"), with their role in lower case under their name, or in an
e-signature's list. And the cover names them under abbreviated labels ("Ordf.:", "Just.:") or the meeting's
("Mötesordförande", "Justeringspersoner"), a vice chair presides ("tjänstgörande ordförande"), or the meeting
elects them in its first items ("Mötet valde X till ordförande"). Organisations and bodies of kinds the corpus has
none of (a region's nämnder, advisory councils, a kommunalförbund's direktion, a parish's, a club's) are set in every
cover form too, as `other-NN` probes. Printed as text, and with `--scan` typeset and read grey and black-and-white as the corpus reads
its renders. Dev only: development probes, never test figures.

    .venv/bin/python scripts/cover_probes.py make OUT [DOC ...] [--scan]   (options after the documents)
    .venv/bin/python scripts/cover_probes.py score OUT [--failures]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.probe_cli import dev_docs  # noqa: E402

SEED_SHIFT = 41  # another noise than the corpus's and the other probes' renders of the document
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
# organisations and bodies of kinds the corpus has none of, set in every cover form too: a region's nämnder, a
# municipality's advisory councils and committees, a kommunalförbund's direktion, a parish's, a club's
OTHER_BODIES = (
    *(("Region Bergslagen", b) for b in ("Regionstyrelsen", "Regionfullmäktige", "Hälso- och sjukvårdsnämnden",
                                         "Regionala utvecklingsnämnden", "Kollektivtrafiknämnden", "Patientnämnden",
                                         "Regionstyrelsens arbetsutskott")),
    *(("Ekby kommun", b) for b in ("Barn- och utbildningsnämnden", "Krisledningsnämnden", "Miljö- och byggnadsnämnden",
                                   "Tekniska nämnden", "Socialnämndens individutskott", "Överförmyndarnämnden",
                                   "Kommunala pensionärsrådet", "Rådet för funktionshinderfrågor", "Demokratiberedningen",
                                   "Kommunfullmäktiges presidium", "Gemensamma nämnden för hjälpmedel och tolktjänst")),
    *(("Räddningstjänsten Syd", b) for b in ("Direktionen", "Förbundsdirektionen", "Förbundsstyrelsen")),
    *(("Samordningsförbundet Ekby", b) for b in ("Förbundsstyrelsen",)),
    *(("Ekby församling", b) for b in ("Kyrkorådet", "Kyrkofullmäktige", "Församlingsrådet")),
    *(("Ekby IF", b) for b in ("Årsmötet", "Styrelsen", "Valberedningen")),
)
# chair, secretary and adjuster named on the cover or elected in the items: (cover lines, items before the others)
DESIGNATIONS: dict[str, Callable[[str, str, str], tuple[list[str], list[str]]]] = {
    "abbreviated labels": lambda c, s, a: ([f"Ordf.: {c}", f"Sekr.: {s}", f"Just.: {a}"], []),
    "meeting's labels": lambda c, s, a: ([f"Mötesordförande: {c}", f"Mötessekreterare: {s}", f"Justeringspersoner: {a}"],
                                         []),
    "presiding vice chair": lambda c, s, a: ([f"Beslutande: {c} (M), tjänstgörande ordförande", f"Sekreterare: {s}",
                                              f"Justerare: {a}"], []),
    "elected by the meeting": lambda c, s, a: ([], [
        "", "§ 1  Val av ordförande för mötet", "", f"Mötet valde {c} till ordförande.", "",
        "§ 2  Val av sekreterare för mötet", "", f"Mötet valde {s} till sekreterare.", "",
        "§ 3  Val av justerare", "", f"Till justerare valdes {a}."]),
}


def signed(chair: str, secretary: str, adjuster: str, form: str) -> str:
    return "\n".join(COVER + ITEMS + [""] + SIGNATURES[form](chair, secretary, adjuster)) + "\n"


def designated(chair: str, secretary: str, adjuster: str, form: str) -> str:
    cover, elections = DESIGNATIONS[form](chair, secretary, adjuster)
    items = [line.replace("§ 1 ", "§ 4 ").replace("§ 2 ", "§ 5 ") for line in ITEMS] if elections else ITEMS
    return "\n".join(COVER + cover + elections + items) + "\n"


def _slug(form: str) -> str:
    return form.replace(" ", "-").replace("'", "")


def make(out: Path, names: list[str], scan: bool) -> None:
    """A probe per document and form: its text, the fields it prints (`expected.json`), and with `scan` its readings;
    and, where no documents are named, the `OTHER_BODIES` in every cover form."""
    for name, doc in sorted(dev_docs().items()):
        if names and name not in names:
            continue
        m = doc.expected["meeting"]
        probes = []
        if m.get("organization") and m.get("body"):
            probes += [(f"cover-{_slug(form)}", probe(m["organization"], m["body"], form),
                        {"organization": m["organization"], "body": m["body"]}) for form in FORMS]
        if m.get("chair") and m.get("secretary") and m.get("adjusters"):
            roles = {"chair": m["chair"], "secretary": m["secretary"], "adjusters": m["adjusters"][:1]}
            probes += [(f"sign-{_slug(form)}", signed(m["chair"], m["secretary"], m["adjusters"][0], form), roles)
                       for form in SIGNATURES]
            probes += [(f"role-{_slug(form)}", designated(m["chair"], m["secretary"], m["adjusters"][0], form), roles)
                       for form in DESIGNATIONS]
        write(out, name, probes, scan)
    for k, (organization, body) in enumerate(OTHER_BODIES if not names else ()):
        write(out, f"other-{k:02d}", [(f"cover-{_slug(form)}", probe(organization, body, form),
                                       {"organization": organization, "body": body}) for form in FORMS], scan)


def write(out: Path, name: str, probes: list[tuple[str, str, dict]], scan: bool) -> None:
    from scripts.make_minutes_corpus import write_atomic
    from scripts.probe_cli import scan_probe

    for tag, text, expected in probes:
        stem = f"{name}__{tag}"
        write_atomic(out / f"{stem}.txt", text)
        write_atomic(out / f"{stem}.expected.json", json.dumps(expected, ensure_ascii=False))
        if scan:
            scan_probe(out, stem, text, SEED_SHIFT)


def score(out: Path, failures: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    from scripts.probe_cli import readings
    from scripts.score_structure import NAME_SIMILARITY, similar

    right: Counter[tuple[str, str, str]] = Counter()
    counted: Counter[tuple[str, str]] = Counter()
    for stem, form, want, kind, got in readings(out):
        counted[kind, form] += 1
        for field, value in want.items():
            read = getattr(got, field)
            ok = (len(read) == len(value) and all(similar(r, v, NAME_SIMILARITY) for r, v in zip(read, value))
                  if field == "adjusters" else similar(read, value, NAME_SIMILARITY))
            right[kind, form, field] += ok
            if failures and not ok:
                print(f"{stem} {kind}: {field} {read!r} ≠ {value!r}")
    table = Table("input", "form", "organisation", "body", "chair", "secretary", "adjuster")
    for (kind, form), n in sorted(counted.items()):
        fields = ("organization", "body") if form.startswith("cover-") else ("chair", "secretary", "adjusters")
        cells = {f: f"{right[kind, form, f]}/{n}" for f in fields}
        table.add_row(kind, form, *(cells.get(f, "") for f in ("organization", "body", "chair", "secretary",
                                                               "adjusters")))
    Console(width=160).print(table)


def main() -> None:
    from scripts.probe_cli import run

    run(__doc__, make, score)


if __name__ == "__main__":
    main()
