"""Attendance probes: the people of dev minutes set in the attendance layouts Swedish minutes print, to see whether
the participant list comes out exact whatever the layout.

The corpus shows each organisation's attendance in its own one or two layouts, so a dev figure of 41 exact lists
says little about a layout it never shows. Here each dev document's participants, chair, secretary and adjusters
(from its `expected.json`) are set in every layout below, with people who must stay out of the list beside them:
non-serving substitutes, officials, absent members and a member whose substitute serves for them. Layouts:

- `lines`: captions over one member per line, roles after a comma, a separate list of serving substitutes;
- `columns`: a label column beside the values (a cover page), the first value on the label's line;
- `commas`: one run-on sentence per caption, roles in parentheses;
- `grid`: a presence table (member, party, present mark, serving substitute);
- `pairs`: two members side by side on each line;
- `roles-first`: the role before the name ("Ordförande  Anna Ek (S)");
- `replaces`: the serving substitute inside the member list ("X (M), ersätter Y (M)");
- `partial`: items attended printed after the name ("§§ 1-3", "ej § 2");
- `association`: an association's "Närvarande:" with roles in parentheses and "Frånvarande:";
- `beside`: members in the left column, the non-serving substitutes in the right one, side by side;
- `prose`: one sentence ("Närvarande: ledamöterna …, samt tjänstgörande ersättaren … Dessutom närvarade …");
- `page-break`: the member list broken by a page break and the next page's running header;
- `titles-first`: officials with their title before the name ("förvaltningschef Aino Kettunen");
- `by-party`: members grouped under their party's name;
- `yes-no`: a presence table with a Ja/Nej column, absent members in it with "Nej";
- `wrapped-commas`: a comma list in the value column, wrapped mid-name as a word processor wraps it;
- `absent-list`: "Frånvarande ledamöter" between the members and the substitutes;
- `observers`: politicians with party marks among the others present ("insynsplats", "kommunalråd");
- `functions`: a table Namn | Parti | Funktion under "Närvarande", substitutes there to listen as "Ersättare".
- `role cells`: an association's "Närvarande" over rows of a role cell and a name ("Kassör        Per Ek");
- `one line`: "Deltagare: …. Frånvarande: …. Adjungerad: …." in one run of text.

Names in other forms, each set in the layouts `lines`, `columns`, `commas`, `grid` and `pairs` (`lines+particles`, …):
every third person is renamed with a real name of that kind from the Riksdag's name list (`../shared/corpora/`), or
the parties are printed another way:

- `particles`: a particle before the surname ("Anne-Marie von Essen", "Alfred de Maré");
- `three-words`: three-word names ("Carl Fredrik Wærn", "Berit Jóhannesson Ek");
- `letters`: names with letters Swedish does not use ("Ann-Kristin Føsker", "Andres Küng");
- `dashed-party`: the party set off by a dash ("Anna Ek – S").

Each layout but the association's and the page break is also set last (`lines-last`, …): after the items, under
"Närvarolista", as minutes that append their roll.

Each probe is printed as text, and with `--scan` also typeset and read grey and black-and-white as the corpus reads
its renders (minutes of OCR; readings kept in OUT). Dev only: these are development probes, never test figures.

    .venv/bin/python scripts/attendance_probes.py make OUT [DOC ...] [--scan]   (options after the documents)
    .venv/bin/python scripts/attendance_probes.py score OUT [--failures]
"""
from __future__ import annotations

import json
import random
import re
import sys
import zlib
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PARTIES = ("S", "M", "C", "L", "KD", "V", "MP", "SD")
OFFICIAL_TITLES = ("förvaltningschef", "controller", "utredare", "verksamhetschef", "kommunikatör")
LAYOUTS = ("lines", "columns", "commas", "grid", "pairs", "roles-first", "replaces", "partial", "association", "beside",
           "prose", "page-break", "titles-first", "by-party", "yes-no", "wrapped-commas", "absent-list", "observers",
           "functions", "role cells", "one line")
# the layouts also set last, after the items (an association's minutes and a page break are of the cover)
LAST_LAYOUTS = tuple(layout for layout in LAYOUTS if layout not in ("association", "page-break"))
PARTY_NAMES = {"S": "Socialdemokraterna", "M": "Moderaterna", "C": "Centerpartiet", "L": "Liberalerna",
               "KD": "Kristdemokraterna", "V": "Vänsterpartiet", "MP": "Miljöpartiet", "SD": "Sverigedemokraterna"}
LABEL_WIDTH = 26
NAME_FORMS = ("particles", "three-words", "letters", "dashed-party")
NAME_FORM_LAYOUTS = ("lines", "columns", "commas", "grid", "pairs")
SWEDISH_LETTERS = set("abcdefghijklmnopqrstuvwxyzåäöé-")


def _people(docs: list) -> list[dict]:
    """Each dev document's people, and people of the other documents to stand beside them."""
    everyone = sorted({n for d in docs for n in d.expected["meeting"].get("participants") or []})
    out = []
    for doc in docs:
        meeting = doc.expected["meeting"]
        members = list(meeting.get("participants") or [])
        if len(members) < 4 or not meeting.get("chair") or not meeting.get("secretary"):
            continue
        rng = random.Random(zlib.crc32(doc.name.encode()))
        others = [n for n in everyone if n not in members and n != meeting["secretary"]]
        rng.shuffle(others)
        out.append({"doc": doc.name, "organization": meeting.get("organization") or "Ekby kommun",
                    "body": meeting.get("body") or "Nämnden", "members": members, "chair": meeting["chair"],
                    "secretary": meeting["secretary"], "adjusters": list(meeting.get("adjusters") or []),
                    "absent": others[0], "substitutes": others[1:4], "officials": others[4:6],
                    "party": {n: rng.choice(PARTIES) for n in members + others[:6]}})
    return out


@lru_cache(maxsize=None)  # read once for every document's probes
def _real_names(form: str) -> list[str]:
    """Real names of the `form`'s kind from the Riksdag's list."""
    from scripts.corpora import CORPORA
    from ingest.glyphs import NAME_PARTICLES

    names = (CORPORA / "riksdag-person-names.txt").read_text(encoding="utf-8").split("\n")
    particle = re.compile(rf"^\S+ (?:\S+ )?{NAME_PARTICLES} [A-ZÅÄÖ]\S+$")
    kinds = {"particles": lambda n: particle.match(n),
             "three-words": lambda n: len(n.split()) == 3 and all(w[:1].isupper() for w in n.split()),
             "letters": lambda n: len(n.split()) == 2 and not set(n.lower().replace(" ", "")) <= SWEDISH_LETTERS}
    return sorted(n for n in names if kinds[form](n))


def renamed(p: dict, form: str) -> dict:
    """`p` with every third of its people renamed by a real name of the `form`'s kind, roles kept."""
    if form == "dashed-party":
        return p
    pool = _real_names(form)
    people = sorted({*p["members"], *p["substitutes"], *p["officials"], p["absent"], p["secretary"], *p["adjusters"]})
    rng = random.Random(zlib.crc32(f"{p['doc']}{form}".encode()))
    picked = rng.sample(pool, len(people))
    new = {n: picked[k] if k % 3 == 1 else n for k, n in enumerate(people)}
    q = {**p, "party": {new[n]: v for n, v in p["party"].items()}}
    for key in ("members", "substitutes", "officials", "adjusters"):
        q[key] = [new[n] for n in p[key]]
    for key in ("absent", "chair", "secretary"):
        q[key] = new.get(p[key], p[key])
    return q


def printed_in_form(text: str, form: str) -> str:
    """The probe's text with its party marks printed as the `form` prints them."""
    if form != "dashed-party":
        return text
    return re.sub(rf" \(({'|'.join(PARTIES)})\)", r" – \1", text)


def _member(p: dict, name: str, role: str = ", ") -> str:
    text = f"{name} ({p['party'][name]})"
    if name == p["chair"] and name in p["members"]:
        text += f"{role}ordförande"
    return text


def _serving(p: dict) -> str:
    """The last member serves for the absent one."""
    return p["members"][-1]


def _column(label: str, values: list[str]) -> list[str]:
    lines = []
    for k, value in enumerate(values):
        lines.append(f"{(label if k == 0 else '').ljust(LABEL_WIDTH)}{value}")
    return lines


def attendance(p: dict, layout: str) -> list[str]:
    """The attendance block; `members` come out as the meeting's participants, nobody else."""
    regular, serving = p["members"][:-1], _serving(p)
    absent = p["absent"]
    subs = [f"{n} ({p['party'][n]})" for n in p["substitutes"]]
    officials = [f"{n}, {t}" for n, t in zip(p["officials"], OFFICIAL_TITLES)] + [f"{p['secretary']}, sekreterare"]
    stand_in = f"{serving} ({p['party'][serving]}) för {absent} ({p['party'][absent]})"
    if layout == "lines":
        return (["Beslutande ledamöter"] + [_member(p, n) for n in regular] + ["", "Tjänstgörande ersättare", stand_in, "",
                "Ej tjänstgörande ersättare"] + subs + ["", "Övriga närvarande"] + officials)
    if layout == "columns":
        return (_column("Beslutande", [_member(p, n) for n in regular]
                        + [f"{serving} ({p['party'][serving]}), tjänstgörande ersättare för {absent} ({p['party'][absent]})"])
                + [""] + _column("Ersättare", subs) + [""] + _column("Övriga deltagare", officials))
    if layout == "commas":
        return [f"Närvarande ledamöter: {', '.join(_member(p, n, ' ') for n in regular)}.",
                f"Tjänstgörande ersättare: {stand_in}.",
                f"Närvarande ersättare: {', '.join(subs)}.",
                f"Övriga: {'; '.join(officials)}."]
    if layout == "grid":
        rows = ["Ledamot".ljust(30) + "Parti".ljust(8) + "Närvarande".ljust(13) + "Tjänstgörande ersättare"]
        for n in regular:
            rows.append((n + (", ordf." if n == p["chair"] else "")).ljust(30) + p["party"][n].ljust(8) + "X")
        rows.append(absent.ljust(30) + p["party"][absent].ljust(8) + "".ljust(13) + serving)
        return rows + ["", "Ersättare ej tjänstgörande: " + ", ".join(subs), "Övriga närvarande: " + "; ".join(officials)]
    if layout == "pairs":
        names = [_member(p, n) for n in regular]
        rows = [f"{a.ljust(max(40, len(a) + 2))}{b}".rstrip() for a, b in zip(names[::2], names[1::2] + [""])]
        return (["Närvarande ledamöter"] + rows + ["", "Tjänstgörande ersättare", stand_in, "", "Övriga närvarande"]
                + officials)
    if layout == "roles-first":
        rest = [n for n in regular if n != p["chair"]]
        return (_column("Ordförande", [f"{p['chair']} ({p['party'][p['chair']]})"]) if p["chair"] in regular else []) + \
            _column("Ledamöter", [f"{n} ({p['party'][n]})" for n in rest]) + \
            _column("Tjänstgörande ersättare", [stand_in]) + _column("Sekreterare", [p["secretary"]]) + \
            _column("Övriga", officials[:-1])
    if layout == "replaces":
        return (["Beslutande"] + [_member(p, n) for n in regular]
                + [f"{serving} ({p['party'][serving]}), ersätter {absent} ({p['party'][absent]})", "",
                   "Ersättare som inte tjänstgör"] + subs + ["", "Övriga närvarande"] + officials)
    if layout == "partial":
        rows = [_member(p, n) + (" §§ 1-3" if k == 1 else " ej § 2" if k == 2 else "") for k, n in enumerate(regular)]
        return ["Beslutande"] + rows + ["", "Tjänstgörande ersättare", stand_in, "", "Övriga närvarande"] + officials
    if layout == "association":
        named = [f"{n} (ordförande)" if n == p["chair"] else n for n in p["members"]]
        return [f"Närvarande: {', '.join(named[:-1])} och {named[-1]}.", f"Frånvarande: {absent}.",
                f"Adjungerad: {p['officials'][0]}, {OFFICIAL_TITLES[0]}."]
    if layout == "beside":
        left = ["Ledamöter"] + [_member(p, n) for n in regular] + [stand_in]
        right = ["Ersättare"] + subs
        rows = [f"{a:<50}{b}".rstrip() for a, b in zip(left, right + [""] * (len(left) - len(right)))]
        return rows + ["", "Övriga närvarande"] + officials
    if layout == "prose":
        members = ", ".join(_member(p, n) for n in regular[:-1]) + f" och {_member(p, regular[-1])}"
        return [f"Närvarande: ledamöterna {members} samt tjänstgörande ersättaren {serving} ({p['party'][serving]}) "
                f"i stället för {absent} ({p['party'][absent]}). Dessutom närvarade ersättarna {', '.join(subs)} samt "
                f"{OFFICIAL_TITLES[0]} {p['officials'][0]} och sekreteraren {p['secretary']}."]
    if layout == "page-break":
        half = len(regular) // 2
        running = ["\f" + p["organization"].upper().ljust(48) + "SAMMANTRÄDESPROTOKOLL", "".ljust(48) + "Sida 2 (3)",
                   p["body"].ljust(48) + "2024-05-14", ""]
        return (_column("Beslutande", [_member(p, n) for n in regular[:half]]) + ["", "Justerandes sign".ljust(48)
                + "Utdragsbestyrkande"] + running + _column("", [_member(p, n) for n in regular[half:]])
                + [""] + _column("Tjänstgörande ersättare", [stand_in]) + [""] + _column("Ersättare", subs) + [""]
                + _column("Övriga deltagare", officials))
    if layout == "titles-first":
        return (["Närvarande ledamöter"] + [_member(p, n) for n in regular] + ["", "Tjänstgörande ersättare", stand_in,
                "", "Övriga närvarande"] + [f"{t.capitalize()} {n}" for n, t in zip(p["officials"], OFFICIAL_TITLES)]
                + [f"Nämndsekreterare {p['secretary']}"])
    if layout == "by-party":
        rows = ["Närvarande ledamöter"]
        for party in PARTIES:
            names = [n for n in regular if p["party"][n] == party]
            if names:
                rows += [f"{PARTY_NAMES[party]}:"] + [n + (", ordförande" if n == p["chair"] else "") for n in names]
        return rows + ["", "Tjänstgörande ersättare", stand_in, "", "Övriga närvarande"] + officials
    if layout == "yes-no":
        cells = [("Ledamot", "Närvarande")] + [(_member(p, n), "Ja") for n in regular] + [
            (f"{absent} ({p['party'][absent]})", "Nej"), (f"{serving} ({p['party'][serving]}), ersättare", "Ja, tjänstgör")]
        width = max(len(name) for name, _ in cells) + 4
        rows = [name.ljust(width) + mark for name, mark in cells]
        return rows + ["", "Övriga närvarande"] + officials
    if layout == "wrapped-commas":
        words = (", ".join(_member(p, n) for n in regular) + f", {serving} ({p['party'][serving]}) "
                 f"tjänstgörande ersättare för {absent} ({p['party'][absent]})").split()
        rows, row = [], []
        for word in words:
            if row and len(" ".join(row + [word])) > 52:
                rows.append(" ".join(row))
                row = []
            row.append(word)
        return _column("Beslutande", rows + [" ".join(row)]) + [""] + _column("Ersättare", [", ".join(subs)]) + [""] \
            + _column("Övriga deltagare", ["; ".join(officials)])
    if layout == "absent-list":
        return (["Närvarande ledamöter"] + [_member(p, n) for n in regular] + [serving + f" ({p['party'][serving]})"
                + f", tjänstgörande ersättare", "", "Frånvarande ledamöter", f"{absent} ({p['party'][absent]})", "",
                "Närvarande ersättare"] + subs + ["", "Övriga närvarande"] + officials)
    if layout == "observers":
        watchers = [f"{n} ({p['party'][n]}), {role}" for n, role in zip(p["substitutes"], ("insynsplats", "kommunalråd",
                                                                                           "oppositionsråd"))]
        return (_column("Beslutande", [_member(p, n) for n in regular] + [stand_in]) + [""]
                + _column("Övriga närvarande", watchers + officials))
    if layout == "functions":
        rows = [("Namn", "Parti", "Funktion")] + [
            (n, p["party"][n], "Ordförande" if n == p["chair"] else "Ledamot") for n in regular] + [
            (serving, p["party"][serving], f"Tjänstgörande ersättare för {absent}")] + [
            (n, p["party"][n], "Ersättare") for n in p["substitutes"]]
        width = max(len(r[0]) for r in rows) + 4
        return ["Närvarande"] + [f"{a:<{width}}{b:<8}{c}" for a, b, c in rows] + ["", "Övriga närvarande"] + officials
    if layout == "role cells":
        roles = ["Ordförande" if n == p["chair"] else "Kassör" if k == 1 else "Ledamot" for k, n in enumerate(regular)]
        return (["Närvarande"] + [f"{role:<14}{n}" for role, n in zip(roles, regular)] + [f"{'Ledamot':<14}{serving}"]
                + ["", "Frånvarande", absent, "", "Adjungerade"] + officials[:-1])
    if layout == "one line":
        return [f"Deltagare: {', '.join(p['members'][:-1])} och {p['members'][-1]}. Frånvarande: {absent}. "
                f"Adjungerad: {officials[0]}."]
    raise ValueError(layout)


def probe_text(p: dict, layout: str, last: bool = False) -> str:
    """The minutes with the attendance block in `layout` on the cover, or `last`: after the items under
    "Närvarolista", as a roll appended to the minutes."""
    adjusters = p["adjusters"]
    head = [p["organization"].upper().ljust(48) + "SAMMANTRÄDESPROTOKOLL", p["body"].ljust(48) + "Sammanträdesdatum",
            "".ljust(48) + "2024-05-14", "", p["body"], "",
            *_column("Plats och tid", ["Stadshuset, sammanträdesrum Ek, klockan 13.00–15.30"]), ""]
    foot = ["", *_column("Utses att justera", [", ".join(adjusters)]), "",
            *_column("Paragrafer", ["§§ 1–3"]), "", "Underskrifter", "",
            *_column("Sekreterare", ["....................................", p["secretary"]]), "",
            *_column("Ordförande", ["....................................", p["chair"]]), "",
            *_column("Justerare", ["....................................", ", ".join(adjusters)])]
    if layout == "association":
        head = [f"Protokoll fört vid styrelsemöte i {p['organization']}", "", "Datum: 2024-05-14",
                "Tid: 18.30–20.00", "Plats: Föreningslokalen", ""]
        foot = ["", f"Ordförande: {p['chair']}", f"Sekreterare: {p['secretary']}",
                f"Justerare: {', '.join(adjusters)}"]
    items = ["", "§ 1   Mötets öppnande", "", "Ordföranden förklarade mötet öppnat.", "",
             "§ 2   Val av justerare", "", "Beslut", "", f"{p['body']} utser {' och '.join(adjusters)} att justera protokollet.",
             "", "§ 3   Ekonomisk uppföljning", "", "Beslut", "", "Uppföljningen läggs till handlingarna."]
    end = ["", "Justerandes sign".ljust(48) + "Utdragsbestyrkande"] if layout == "page-break" else []  # every page's foot
    if last:
        return "\n".join(head + foot[1:] + items + ["", "Närvarolista", ""] + attendance(p, layout)) + "\n"
    return "\n".join(head + attendance(p, layout) + foot + items + end) + "\n"


def _dev_docs() -> list:
    from scripts.minutes_corpus import load_docs

    return [d for d in load_docs() if d.split == "dev"]


def make(out: Path, names: list[str], scan: bool) -> None:
    from scripts.make_devsets import BW_DPI, bilevel, scans
    from scripts.make_minutes_corpus import FACES, read_pages, write_atomic

    for p in _people(_dev_docs()):
        if names and p["doc"] not in names:
            continue
        probes = [(layout, "-last" if last else "", p) for layout, last in
                  [(layout, False) for layout in LAYOUTS] + [(layout, True) for layout in LAST_LAYOUTS]]
        probes += [(layout, f"+{form}", renamed(p, form)) for form in NAME_FORMS for layout in NAME_FORM_LAYOUTS]
        for layout, variant, q in probes:
            stem = f"{p['doc']}__{layout}{variant}"
            form = variant.removeprefix("+")
            text = printed_in_form(probe_text(q, layout, variant == "-last"), form)
            write_atomic(out / f"{stem}.txt", text)
            write_atomic(out / f"{stem}.expected.json", json.dumps(
                {k: q[k] for k in ("members", "chair", "secretary", "adjusters")}, ensure_ascii=False))
            if scan:
                seed = zlib.crc32(stem.encode())
                grey = scans(text, seed, FACES[seed % len(FACES)])
                write_atomic(out / f"{stem}.grey.json", read_pages(grey, "swe", 300).model_dump_json())
                write_atomic(out / f"{stem}.bw.json",
                             read_pages([bilevel(g) for g in grey], "swe", BW_DPI).model_dump_json())
                print(stem, file=sys.stderr, flush=True)


def score(out: Path, failures: bool) -> None:
    from scripts.probe_cli import readings
    from scripts.score_structure import names_match, similar

    totals: dict[tuple[str, str], list[int]] = {}
    for stem, layout, want, kind, meeting in readings(out):
        found, extra = names_match(meeting.participants, want["members"])
        exact = found == len(want["members"]) and not extra
        roles = [similar(meeting.chair, want["chair"], 90), similar(meeting.secretary, want["secretary"], 90),
                 names_match(meeting.adjusters, want["adjusters"]) == (len(want["adjusters"]), 0)]
        t = totals.setdefault((kind, layout), [0, 0, 0, 0, 0, 0])
        for k, v in enumerate((exact, 1, found, len(want["members"]), extra, sum(roles))):
            t[k] += v
        if failures and (not exact or not all(roles)):
            got = set(meeting.participants)
            print(f"{stem} {kind}: missed {[n for n in want['members'] if n not in got]}, "
                  f"extra {[n for n in meeting.participants if n not in want['members']]}, "
                  f"chair {meeting.chair!r}, secretary {meeting.secretary!r}, adjusters {meeting.adjusters}")
    from rich.console import Console
    from rich.table import Table

    table = Table("input", "layout", "lists exact", "names found", "extra names", "roles right")
    for (kind, layout), (exact, lists, found, names, extra, roles) in sorted(totals.items()):
        table.add_row(kind, layout, f"{exact}/{lists}", f"{found}/{names}", str(extra), f"{roles}/{3 * lists}")
    Console().print(table)


def main() -> None:
    from scripts.probe_cli import run

    run(__doc__, make, score)


if __name__ == "__main__":
    main()
