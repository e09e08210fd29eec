"""Names in lists as minutes print them: members with party marks and roles, replaced members, substitutes not
serving, members tables, wrapped names, and the presenters of an item.

Every function takes text and gives names; where the text came from (a header label, a signature block, an
item's "Föredragande:" line) is the caller's business.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ingest import headings as H
from ingest import lexicon
from ingest.glyphs import DOUBLED_CAPITAL, GAP_SPECK, NAME_PARTICLES, SECTION_SIGNS, commas_in_list, fold, folded
from ingest.lines import CELL_BREAK, LABEL, LABEL_FIELD, Line, fold_key, split_folded, unspeckled

_NAME_ORG_TAIL = folded(H.NAME_ORG_TAIL)
_REPLACES = folded(H.REPLACES)
_EXCEPT = folded(H.EXCEPT)
_SERVED_FOR_THEM = folded(r",?\s+(?:för|i\s+stället\s+för|i\s+vars\s+ställe)\s+(?:vilka|vilken|dem|denne|dessa)\s+")
_ROLE_PREFIX = folded(H.ROLE_PREFIX)
_ROLE_FIELDS = {field: folded(p) for field, p in H.ROLE_FIELDS.items()}
_ROLES_AFTER_NAME = folded(H.ROLES_AFTER_NAME)
_PRESENTER_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(fold(x)) for x in H.PRESENTER_LABELS) + r")\s*[:.]?\s*", re.I
)
_REPLACES_AT_END = folded(re.compile(rf"(?:\s{H.REPLACES_WORDS}|\)\s+för)$", re.I))  # "ersätter", also read "ersatter"
_LIST_BREAK = re.compile(r"[,;&]|\s(?:och|samt)\s")  # between a list's names
_HEAD_END = re.compile(rf"\(|{_LIST_BREAK.pattern}")  # where a line's first name ends: its party mark or a break
_ALSO_BEFORE = re.compile(rf"^(?:Även|Dessutom|Också)\s+(?=[{H.UPPER}])")  # a roll's last line: "Även Mikael Karlsson, …"
_GLUED_SPECK = re.compile(rf"^\s*[a-zåäö•»*](?=[{H.UPPER}][a-zåäö])")  # a bullet or speck read as a letter: "oJan Ek"
_END_SPECKS = " .'‘’`"
_PARTICLE_AT_END = re.compile(rf"[{H.UPPER}][^\W\d_]+ {NAME_PARTICLES}$")  # "… Anna Horn af": the surname goes on
# a nickname in quotes between a given name and a surname ("Ida “IceByte” Vranvuk"): no part of the name
_NICKNAME = re.compile(r"(?<=\w)\s+[“”\"][^“”\"\s]+(?:\s[^“”\"\s]+)?[“”\"]\s+(?=\w)")
_LINE_END_SPECKS = ":;|"  # after a name a line's end cut in two: no part of it
_INITIAL_AT_END = re.compile(rf"[{H.UPPER}][^\W\d_]+ [{H.UPPER}]\.$")  # "Mohamoud M.": no name ends in an initial
_SENTENCE_OPENED = re.compile(rf"[.)]\.?\s+[{H.UPPER}][a-zåäö]+(?:\s[a-zåäö]+)?$")
# a speck read as a stop: "Magnus. Wiberg", "Sture. af Sillén"
_STOP_IN_NAME = re.compile(rf"^([{H.UPPER}][a-zåäöé]+)\.(?= (?:{NAME_PARTICLES} )?[{H.UPPER}][a-zåäöé]+$)")
_WRAPPED_SURNAME = re.compile(rf"^[{H.UPPER}][^\W\d_]+(?:-[{H.UPPER}][^\W\d_]+)?\s*\([A-ZÅÄÖ]{{1,4}}\)")
# "Per Stenberg (M) §§ 84-93" ("88 84-93" in OCR), "§ 21 - del av § 26 klockan 11.45"
_ATTENDED_ITEMS = re.compile(rf"\s+(?:{SECTION_SIGNS}|del av\b).*$")
# "Anna Ek (S) ordförande Bo Al (M) Cia Ny (V)": a list a PDF converter ran together, one name after each party mark
# and the items they attended (or one printed surname first: "Ek, Anna (S) Al, Bo (M)")
_RUN_TOGETHER = re.compile(rf"(\([A-ZÅÄÖ]{{1,4}}\)(?: (?:\d:[ae] )?(?:vice )?(?:ordförande|ordf\.|sekreterare|ledamot))?"
                           # "Peter Nyman (NP) §§ 51-58 Malin Westergren (NP)", the signs as a scan reads them too
                           rf"(?: {SECTION_SIGNS} ?\d+(?: ?[-–] ?\d+)?)?) "
                           rf"(?=[{H.UPPER}][^\W\d_]+(?: [{H.UPPER}]|,))")
# "Lena Ek, ekonom, § 155 Anna Frisk, socialsekreterare": the next name after the items a guest attended, the two
# columns of a cover's list run together
_NAME_AFTER_ITEMS = re.compile(rf"(,\s*(?:del av\s+)?{SECTION_SIGNS} ?\d+(?:\s?[-–]\s?\d+|,\s?\d+)*) "
                               rf"(?=[{H.UPPER}][^\W\d_]+(?:-[{H.UPPER}][^\W\d_]+)? [{H.UPPER}][^\W\d_])")
# "Anna Berg – ordförande": a dash sets the role off as a comma does
_DASH_BEFORE_ROLE = re.compile(r"\s+[–—=-]{1,2}\s+(?=[a-zåäö])")  # OCR: "Anna Berg —- ordförande", a gap read "="
# "företrädare för lärarna — Sara Nyqvist": the gap between a members table's description and its name, read as a rule
_RULE_BEFORE_NAME = re.compile(rf" (?<=[a-zåäö] )[–—=] (?=[{H.UPPER}][a-zåäö])")
_ACRONYM_LED = re.compile(rf"^[{H.UPPER}]{{2,6}} [{H.UPPER}][a-zåäöé]")  # an organisation: "SPF Seniorerna", "PRO Ekby"
_NOT_SERVING = folded(H.NOT_SERVING)
_ABSENT_NOTE = folded(H.ABSENT_NOTE)
_PLAIN_SUBSTITUTE = re.compile(r"^(?:ersattare|ers\.?|suppleant)$")
_SERVING = folded(H.SERVING)
_TABLE_CAPTIONS = {fold(c).lower() for c in H.TABLE_CAPTIONS}
_TITLES = {fold(t) for t in H.NAME_TITLES}
MISREAD_TITLE_MIN_CHARS = 6  # a shorter title is a letter or two from a name ("fru", "herr", "dr")
MISREAD_TITLE = 0.75  # "ledamot-r" is 0.78 like "ledamot"; "ledamöter" is 0.67
_LONG_TITLES = [t for t in _TITLES if len(t) >= MISREAD_TITLE_MIN_CHARS]
# a roll's presence column whose caption row OCR lost or the list never printed: the cell after a name that holds
# only a mark ("Ordförande      Samuel Hammersberg      Ja", "Kassör   Lukas Gartman   Nej"), present or absent
_MARK_CELL = re.compile(r"(?:\s{2,}|\t)(?P<mark>[^\W\d_✓✔]+(?: [^\W\d_]+)?|[✓✔])\s*$")
_PRESENT_KEYS = {fold_key(m) for m in H.PRESENT_MARKS if len(m) > 1 or m == "X"}
_ABSENT_KEYS = {fold_key(m) for m in H.ABSENT_MARKS}
PARTY_CELL = re.compile(r"^\(?[A-ZÅÄÖ]{1,4}\)?$")
_PARTY_CELL_FIRST = re.compile(rf"\(?(?:{H.PARTY_LETTERS})\)?")
# "Hanna Lindvall S Ordförande": a members table whose column gaps a text export closed to single spaces; the bare
# party letters after a full name (a list writes "(S)") are where the name cell ends.
_GAPLESS_MEMBER = re.compile(rf"^(?P<name>[{H.UPPER}][^\W\d_]+(?:[ -][{H.UPPER}][^\W\d_]+)+) (?P<party>[A-ZÅÄÖ]{{1,4}})"
                             rf"(?: (?P<rest>\S.*))?$")
ONE_NAME_WORD = re.compile(rf"[{H.UPPER}][^\W\d_]+(?:-[{H.UPPER}][^\W\d_]+)?")
# specks OCR read in a table's gap, a space either side ("Amira Haddad = - V      X"): they part cells as the gap did;
# not a range's dash ("X, mötesordförande § 94 - § 106", its § as a scan reads it: "$ 94 - $ 106")
SPECKS_APART = re.compile(rf"(?!(?<=\d)\s+[–—-]\s+(?:{SECTION_SIGNS}\s*)?\d)"
                          rf"\s+{GAP_SPECK}+(?:\s+{GAP_SPECK}+)*\s+")
_DOCUMENT_WORDS = folded(H.TITLES)
_CONTENTS_HEADINGS = {fold_key(h) for h in H.TOC_HEADINGS}
_TOP_ORG = folded(H.TOP_ORG_WORDS)


def presenter(text: str) -> str | None:
    """The names after a "Föredragande:" label, or None when the line has no such label."""
    m = _PRESENTER_LABEL.match(fold(text))
    return text[m.end() :] if m else None


def continued(lines: list[Line], idx: list[int]) -> list[int]:
    """A list value runs on over lines while the previous line leaves the list open."""
    taken = [idx[0]]
    for i in idx[1:]:
        if i != taken[-1] + 1 or presenter(lines[i].text) is not None:
            break
        prev = lines[taken[-1]].text
        if not (prev.endswith((",", "&", "och", "samt")) or prev.count(",") >= 2 and len(lines[i].text.split()) <= 6):
            break
        taken.append(i)
    return taken


# a caption in words before a list's names, no role ("Deltog digitalt via TEAMS-länk: …", "Närvarande på distans: …")
_LIST_CAPTION = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö][^:,;()]{0,40}:\s+(?=[A-ZÅÄÖ])")
_NOTE_OPEN = re.compile(r"\([a-zåäö]{3}[^()]*$")  # a note in brackets left open at the line's end, no party mark


def join_list(parts: list[str]) -> str:
    """Join wrapped list lines: a name cut at the line end ("Mats\nNilsson") is glued back together."""
    out = parts[0].strip() if parts else ""
    for before, part in zip(parts, parts[1:]):
        part = part.strip()
        if also := _ALSO_BEFORE.match(part):  # "… samt Oscar Johansson." / "Även Mikael Karlsson, …": one more
            out = f"{out.rstrip(_END_SPECKS)}, {part[also.end():]}"
            continue
        if _REPLACES_AT_END.search(fold(out.rstrip(_END_SPECKS))):
            out = out.rstrip(_END_SPECKS)  # "Maria Ek (M) ersätter." / "Nils Berg (M)": a speck, not a full stop
        # "…, Sven Ek och Hilding" / "Jönsson."; "… Bergkvist (SD). Patrik" / "Lönn (SD).": its commas read as stops
        head = clean_name(_HEAD_END.split(part)[0]).split()  # the name before its party mark and role, or the next
        tail = _LIST_BREAK.split(out)[-1]
        if "." in tail:  # read with the next line's first word: "Linda Molin. Dan" / "Sundqvist", a stop between names
            tail = _LIST_BREAK.split(commas_in_list(" ".join([tail, *head[:1]])))[-1].split()[: -1 if head else None]
        else:
            tail = tail.split()
        # "… (S) tjänstgörande ersättare" / "för Eva Al (C)": whom the substitute replaces, wrapped; and a sentence
        # a line opened going on in lower case ("… (SD). Dessutom" / "närvarade ersättarna …")
        across = " ".join(out.split()[-3:] + part.split()[:3])
        if (out.endswith((",", ";", "&")) or out.endswith((" och", " samt")) or _REPLACES_AT_END.search(fold(out))
                or _NOTE_OPEN.search(out)  # "Per Andersson (valberedningens" / "ordförande)"
                or part[:1].islower() and (_SENTENCE_OPENED.search(out) or _REPLACES.search(fold(across))
                                           or _EXCEPT.search(f" {fold(across)} "))  # "… med undantag" / "af Herrar …"
                # "(V) i stället för …", not a roll printed party first: "(M) Per Ek"
                or H.PARTY_MARK.match(part) and not H.PARTY_FIRST.match(part)):
            out += " " + part
        elif _PARTICLE_AT_END.search(out) and part[:1].isupper():
            out += " " + part  # "… Anna Horn af" / "Rantzien (S)": a surname's particle ends no name
        elif len(split_folded(_REPLACES, " ".join(tail))[-1].split()) == 1 and _WRAPPED_SURNAME.match(part):
            # "... ersätter Lars" / "Eriksson (S)"; "… Anna-Karin:" / "Granberg (C)": a speck at the line's end
            out = out.rstrip(_LINE_END_SPECKS) + " " + part
        elif tail and len(tail) + len(head) <= 4 and H.NAME.match(" ".join(tail)) and (
                len(_LIST_BREAK.findall(commas_in_list(before))) >= 2  # a list whose line ends inside a name
                or len(tail) == 1 and lexicon.fold(tail[0]) in lexicon.given_names()  # "Anna Ek, Bo" / "Al och …"
                and len(_LIST_BREAK.findall(f"{commas_in_list(before)} {part}")) >= 2):
            out += " " + part.lstrip(H.OCR_SPECKS)  # a speck before the line's first letter ("Olof" / "'Andersson")
        else:
            out += ", " + part
    return out


@dataclass
class Person:
    name: str
    roles: set[str]
    serving: bool = True
    replaces: bool = False  # serves in a named member's place ("Karin Berg (tjänstgörande för Lisa Larsson)")
    serves: bool = False  # said to serve ("tjänstgör från § 2")


# A line of dots to sign on as a scan reads it ("GJ JAVYNYVNVYYVYVYYVYVYYYYYYYT…", "FS SS SS"): a letter four times in
# a row, a word longer than twice the longest part of any name in the lists (15 letters: "Christoffersson"), or
# capitals no more than two together and nothing else
_ILLEGIBLE = re.compile(rf"(?i:([^\W\d_])\1{{3}})|[^\W\d_]{{31}}|^[{H.UPPER}]{{1,2}}(?: [{H.UPPER}]{{1,2}})+$")


def read_people(value: str, roles_lead: bool = False) -> tuple[list[Person], list[str]]:
    """Names in a list as printed, with the fields their roles fill, and names marked as replaced (absent).
    `roles_lead`: the list's label was its first name's role ("Ordförande Ulf Ek, sekreterare Lars Al"), so a role
    after a comma is the next name's."""
    people: list[Person] = []
    replaced: list[str] = []
    value = _RULE_BEFORE_NAME.sub("    ", _DASH_BEFORE_ROLE.sub(", ", commas_in_list(_surname_shared(value))))
    # "X (KD), tjänstgör för Y", "X (M), för Y (M)": the comma sets off whom X replaces, not the next name
    value = re.sub(rf",(?=\s+{H.REPLACES_WORDS}\s)|(?<=\)),(?=\s+för\s)", "", value, flags=re.I)
    value = _RUN_TOGETHER.sub(r"\1, ", value)
    value = _NAME_AFTER_ITEMS.sub(r"\1, ", value)
    value = re.sub(r"\([^()]*\)", lambda m: m.group().replace(",", " /"), value)  # "(förbundschef, sekreterare)"
    present, *excepted = split_folded(_EXCEPT, value, maxsplit=1)
    if excepted:
        # "utom Karl Andersson och Erik Johansson, för vilka suppleanterna Nils Olsson och Gustaf Pettersson
        # tjänstgjorde": the substitutes named after served
        away, *served = split_folded(_SERVED_FOR_THEM, excepted[0], maxsplit=1)
        replaced += [p.name for p in read_people(away)[0]]
        people += [p for part in served for p in read_people(part)[0]]
    rows, printed = _surname_first(re.split(rf"[,;] |,(?=[{H.UPPER}])", present))  # "Ek, Anna; Al,Bo"
    # "ordförande Anna Ek, sekreterare Bo Al": where the list opens with a role, its roles stand before their names
    roles_lead = roles_lead or bool(_ROLE_PREFIX.match(fold(rows[0].strip())))
    for row in rows:
        # a members table row: the name in the first cell, party and function in the others
        cells = row_cells(row)
        if members_captions(cells):
            continue
        if member_row(row):
            # "Ersättare" alone in a members table's function cell is a substitute there to listen: serving ones
            # are said to serve ("Tjänstgörande ersättare för …")
            serving = not any(_NOT_SERVING.search(fold(c)) or _PLAIN_SUBSTITUTE.match(fold_key(c)) for c in cells[1:])
            stood_in_for = [name for c in cells[1:] for name in _stood_in_for(c)]
            replaced += stood_in_for
            for person in read_people(cells[0])[0]:
                people.append(Person(person.name, person.roles | role_fields(cells[-1]), serving,
                                     replaces=bool(stood_in_for)))
            continue
        row, away = _without_mark_cell(row)
        listed = len(people)
        _read_list(row, people, replaced, roles_lead)
        if away:
            replaced += [p.name for p in people[listed:]]
            del people[listed:]
    people = [p for p in people if not _ILLEGIBLE.search(p.name)]
    if any(" " in p.name for p in people):
        # "Marie Eriksson, Kommunal, Lars Nyström, Vision": one word among full names is an organisation
        people = [p for p in people if " " in p.name or H.GLUED_INITIAL.match(p.name)]
    for person in people:
        person.name = printed.get(person.name, person.name)
    return people, [printed.get(name, name) for name in replaced]


_SHARED_SURNAME = re.compile(rf"(?P<first>[{H.UPPER}][a-zåäöé]+(?:-[{H.UPPER}][a-zåäöé]+)?) (?:och|&) "
                             rf"(?P<second>[{H.UPPER}][a-zåäöé]+(?:-[{H.UPPER}][a-zåäöé]+)?) "
                             rf"(?P<surname>(?:{NAME_PARTICLES} )?[{H.UPPER}][^\W\d_]+(?:-[{H.UPPER}][^\W\d_]+)?)"
                             rf"(?=\s*(?:[,;.(]|\s(?:och|samt)\s|$))")


def _surname_shared(value: str) -> str:
    """Two given names before one surname ("Lisbeth och Kenny Fellman", a couple or siblings as lists name them) are
    two people of that surname; before, the first was read as a name alone and dropped among full names. Only where
    both are given names the lists know and no capitalised word stands before the first (then it is a surname: "Ulf
    Ek och Bo Al")."""
    def shared(m: re.Match[str]) -> str:
        before = value[: m.start()].split()
        if (before and before[-1][:1].isupper() and not before[-1].endswith((":", ",", ";"))
                or not (_given_name(m.group("first")) and _given_name(m.group("second")))
                or _given_name(m.group("surname"))):
            return m.group()
        return f"{m.group('first')} {m.group('surname')} och {m.group('second')} {m.group('surname')}"
    return _SHARED_SURNAME.sub(shared, value)


# "Andersson, Anna (S), ordförande" / "ersättare för Fors, Olof (S)": a surname alone, after the words that say whom
# a substitute replaces or none, then given names and what follows a name
_SURNAME_ENDS = re.compile(rf"^(?P<lead>(?i:.*?{H.REPLACES_WORDS})\s+|)"
                           rf"(?P<surname>(?:{NAME_PARTICLES} )?[{H.UPPER}][^\W\d_]+(?:-[{H.UPPER}][^\W\d_]+)?)$")
_GIVEN_LEADS = re.compile(rf"^(?P<given>[{H.UPPER}][^\W\d_]+(?:[- ][{H.UPPER}][^\W\d_]+)?)"
                          r"(?P<rest>\s*\(.*|\s+[a-zåäö].*|)$")


def presence_mark(cell: str) -> str | None:
    """"present" or "absent" where a cell holds only a roll's mark ("Ja", "X", "Nej", "Frånvarande"), else None."""
    key = fold_key(cell.strip())
    return "present" if key in _PRESENT_KEYS else "absent" if key in _ABSENT_KEYS else None


def _without_mark_cell(row: str) -> tuple[str, bool]:
    """The row without a presence mark in a cell of its own after the name, and whether the mark says absent."""
    m = _MARK_CELL.search(row)
    mark = presence_mark(m["mark"]) if m else None
    if not mark or len(row[: m.start()].split()) < 2:
        return row, False
    return row[: m.start()], mark == "absent"


def _surname_first(rows: list[str]) -> tuple[list[str], dict[str, str]]:
    """Case systems print a roll surname first: its comma is no break between two people. The pair is read in the
    usual order, so that party marks, roles and replacements are read as in any list, and each name found is given
    back as printed ("Anna Andersson" → "Andersson, Anna"). Told from a list of first names ("Anna, Per") by the
    first-name lists: the lone word is no first name, and every word after it is one."""
    out: list[str] = []
    printed: dict[str, str] = {}
    for row in rows:
        said = _SURNAME_ENDS.match(out[-1].strip()) if out else None
        names = _GIVEN_LEADS.match(row.strip())
        if (said and names and not _given_name(said["surname"].split()[-1])
                and all(lexicon.fold(w) in lexicon.given_names() for w in re.split(r"[- ]", names["given"]))
                and fold_key(said["surname"]) not in LABEL_FIELD and not _ROLE_PREFIX.match(fold(said["surname"]))):
            natural = f"{names['given']} {said['surname']}"
            printed[natural] = f"{said['surname']}, {names['given']}"
            out[-1] = f"{said['lead']}{natural}{names['rest']}"
        else:
            out.append(row)
    return out, printed


def _given_name(word: str) -> bool:
    """A given name in the lists, or a double one of two, either perhaps as its initial ("Britt-Inger", "Sven-Ola",
    "Lars-G", "C-F")."""
    parts = word.split("-")
    return all(lexicon.fold(part) in lexicon.given_names() or len(parts) > 1 and re.fullmatch(f"[{H.UPPER}]", part)
               for part in parts)


OFFICE_MIN_CHARS = 6  # "Domprosten", "Kamreraren": shorter definite words are names too often ("Holmen")


def _office_left_out(name: str) -> str:
    """An office in the definite form before a surname, as older minutes title their members ("Fru Fagerlin och
    Domprosten Wester", "Kyrkoherden Ek"): a word of the language, no given name, leaves the surname."""
    office, _, rest = name.partition(" ")
    if _office_before_full_name(office, rest):
        return rest  # "Kommunsekreterare Per Lund", "Ekonomichef Anna Berg": an office in the indefinite form
    if not (rest[:1].isupper() and office.endswith("en") and len(office) >= OFFICE_MIN_CHARS):
        return name
    lex = lexicon.load_lexicon()
    is_office = lex.is_word(office.lower()) and not lex.is_name(office) and lexicon.fold(office) not in lexicon.given_names()
    return rest if is_office else name


def _office_before_full_name(office: str, rest: str) -> bool:
    """A capitalised word of the language that is no name, before a given name and a surname."""
    words = rest.split()
    if not (len(words) >= 2 and office[:1].isupper() and len(office) >= OFFICE_MIN_CHARS
            and all(w[:1].isupper() for w in words) and lexicon.fold(words[0]) in lexicon.given_names()):
        return False
    lex = lexicon.load_lexicon()
    return (_common_word(office.lower(), lex) and not lex.is_name(office)
            and lexicon.fold(office) not in lexicon.given_names())


COMPOUND_PART_MIN = 3  # letters of a compound's first part; its last has at least OFFICE_MIN_CHARS - 1


def _common_word(word: str, lex) -> bool:
    """A word of the language, or a compound of two ("miljövårds|ingenjör"), its joining -s- allowed."""
    if lex.is_word(word):
        return True
    for k in range(COMPOUND_PART_MIN, len(word) - OFFICE_MIN_CHARS + 2):
        left, head = word[:k], word[k:]
        if lex.is_word(head) and not lex.is_name(head) and (
                lex.is_word(left) or left.endswith("s") and lex.is_word(left[:-1])):
            return True
    return False


def _stood_in_for(cell: str) -> list[str]:
    """The members a function cell says its row's substitute serves for ("Tjänstgörande ersättare för Åsa Berg (S)")."""
    said = split_folded(_REPLACES, " " + cell, maxsplit=1)
    return [p.name for p in read_people(said[1])[0]] if len(said) > 1 else []


def _side_by_side(row: str) -> list[str]:
    """A signature row sets full names in columns ("Per Holmgren     Olle Nyberg     Anna Wik"), and a members list
    its names with their party marks ("Anna Berg (S)    Bo Ek (M)"): each column is one name, however many stand in
    the row and however many words each has."""
    cells = [c.strip() for c in CELL_BREAK.split(row) if c.strip(H.OCR_SPECKS + "=")]  # "… Ekbom (MP)    =": a speck
    names = len(cells) > 1 and all(" " in c and H.NAME.match(clean_name(c)) and fold_key(c) not in LABEL_FIELD for c in cells)
    return cells if names else [row]


def _read_list(present: str, people: list[Person], replaced: list[str], roles_lead: bool) -> None:
    for frag in (f for column in _side_by_side(present) for f in H.NAME_JOINERS.split(column)):
        parts = split_folded(_REPLACES, frag)
        for n, part in enumerate(parts):
            party_first = H.PARTY_FIRST.match(part)
            part = f"{part[party_first.end():]} ({party_first['party']})" if party_first else part
            roles: set[str] = set()
            marks = re.findall(r"\(([^)]*)\)", part)
            for mark in marks:  # "Marie Krantz (sekr.)", "Olle Grip (förbundschef / sekr.)"
                roles |= {f for role in mark.split(" /") for f in role_fields(role)}
            away = any(_ABSENT_NOTE.match(fold(mark.strip())) for mark in marks)
            # "Bibbi Gudmundsson (tjg)": a substitute said in brackets to serve, or not to ("(ej tjänstgörande)")
            serves = any(_SERVING.search(fold(mark)) for mark in marks)
            serving = not any(_NOT_SERVING.search(fold(mark)) for mark in marks)
            prefix = _ROLE_PREFIX.match(fold(part))
            if prefix:
                role = part[: prefix.end("role")]
                if people and not roles_lead and _ROLES_AFTER_NAME.match(fold(unspeckled(role))):
                    people[-1].roles |= role_fields(role)
                else:
                    roles |= role_fields(role)
                part = part[prefix.end() :]
            else:
                part = _LIST_CAPTION.sub("", part)  # "Deltog digitalt via TEAMS-länk: Linnea Edlund (LED)"
            name = _office_left_out(clean_name(part))
            tail = H.ROLE_TAIL.match(name)
            if tail and " " in tail.group("name"):  # "Hela personalgruppen" is prose, not a name
                roles |= role_fields(tail.group("role"))
                name = tail.group("name")
            if name and (name.isupper() and len(name) <= 6 or _ACRONYM_LED.match(name) or _DOCUMENT_WORDS.search(fold(name))
                         or fold_key(name) in _CONTENTS_HEADINGS or _TOP_ORG.fullmatch(fold(name.split()[0]))
                         or H.BODY_WORDS.search(name.split()[-1])):  # unfolded: "råd" ends no "Konrad"
                continue  # "KS", a running header or a contents list glued to the list: "SAMMANTRÄDESPROTOKOLL";
                # whom a member represents: "Anders Wikström, Region Dalarna, ordförande", "Åke Fri, SPF Seniorerna";
                # a body a scan set beside a signer's label: "Sekreterare" / "Socialnämnden", or a roll's title over
                # the page's turn: "Norrtälje Kommunfullmäktige"
            # "Justeras" is a label, no name; a name read with ö as 6 is one; a long word of the language alone that is
            # no name is none ("Styrelsemöte" under a list: "Ida", "Bosse" and "Berg" are names)
            if name and (H.NAME.match(fold(name)) or given_name_pairs(name)) and fold_key(name) not in LABEL_FIELD \
                    and not _word_alone(name):
                for chunk in _split_long(name):
                    if n or away:
                        replaced.append(chunk)
                    else:
                        people.append(Person(chunk, set(roles), serving, replaces=len(parts) > 1, serves=serves))
            elif people and _ABSENT_NOTE.match(fold(part.strip(H.OCR_SPECKS))):
                replaced.append(people.pop().name)  # "Ola Ek (KD), frånvarande": the note after the name
            elif people and part.strip():
                people[-1].roles |= role_fields(re.sub(r"\([^)]*\)", "", part).strip())  # "(MG) vid protokollet"
                people[-1].serving = people[-1].serving and not _NOT_SERVING.search(fold(part))
                people[-1].serves = people[-1].serves or bool(_SERVING.search(fold(part)))


def role_fields(text: str) -> set[str]:
    words = " ".join(unspeckled(text).lower().split())
    return {f for f, p in _ROLE_FIELDS.items() if p.match(fold(words))}


def clean_name(part: str) -> str:
    part = re.sub(r"\([^)]*\)?", " ", part)
    part = _NICKNAME.sub(" ", part)
    bullet = H.BULLET.match(part.strip()) or _LIST_NUMBER.match(part.strip())  # "• Johan Ek (S)", "1. Johan Ek"
    part = bullet.group("body") if bullet else part
    attended = _ATTENDED_ITEMS.sub("", part)
    *name, last = attended.split() or [""]
    if attended != part and len(name) > 1 and fold_key(last) in LABEL_FIELD:
        attended = " ".join(name)  # "Thomas Grön Paragrafer §§ 88-90": the range's label goes with the range
    if len(attended.split()) > 1 and H.NAME.match(" ".join(attended.split())):  # "Paragrafer §§ 46-49" is a label
        part = attended
    part = _GLUED_SPECK.sub("", part)
    part = _STOP_IN_NAME.sub(r"\1", part.strip()) if ". " in part else part
    previous = None
    while previous != part:
        # "Mikael Persson (SD) —": a speck hides the party; "Lisa Larsson)": the close of "(tjänstgör för …)"
        previous = part = part.strip(H.OCR_SPECKS + ")")
        tail = _NAME_ORG_TAIL.search(fold(part))
        part = part[: tail.start()] if tail else part
    words = part.split()
    # "Björn Sjöström Till sekreterare …": the next sentence opens with a function word where no stop ended the line
    cut = next((k for k in range(2, len(words)) if _function_word(words[k])), len(words))
    return " ".join(words[:cut])


FUNCTION_WORD_MAX = 6  # letters of the longest of them ("under", "kommer")


def _function_word(word: str) -> bool:
    return len(word) <= FUNCTION_WORD_MAX and word[:1].isupper() and _common_unnamed(word.lower())


@lru_cache(maxsize=4096)
def _word_alone(name: str) -> bool:
    """A long word of the language alone, in use, no name: surnames that are words are short ("Berg", "Holm"), and a
    compound the dictionary allows is no word in use ("Åkerstein")."""
    lex = lexicon.load_lexicon()
    return " " not in name and len(name) >= WORD_ALONE_MIN_CHARS and lex.zipf(name.lower()) >= WORD_ALONE_MIN_ZIPF \
        and not lex.is_name(name)


WORD_ALONE_MIN_CHARS = 8
WORD_ALONE_MIN_ZIPF = 2.5  # "kommunhuset" 2.9, "styrelsemöte" 3.2


@lru_cache(maxsize=4096)
def _common_unnamed(word: str) -> bool:
    lex = lexicon.load_lexicon()
    entry = lex.entry(word)
    return entry is not None and entry[0] >= lexicon.FUNCTION_ZIPF and not lex.is_name(word)


def _split_long(name: str) -> list[str]:
    """Signature lines put two names side by side: four capitalised words are two people; and a roll's table that
    lost its columns ("Morgan Andersson Jonas Jönsson Marianne Svensson") sets more, each a given name first."""
    words = name.split()
    if len(words) == 4 and all(w[0].isupper() for w in words) or given_name_pairs(name):
        return [" ".join(words[k : k + 2]) for k in range(0, len(words), 2)]
    return [name]


def given_name_pairs(name: str) -> bool:
    """Three or more full names run together, each opened by a given name the lists know: no one person's name."""
    words = name.split()
    return len(words) >= 6 and len(words) % 2 == 0 and all(w[0].isupper() for w in words) \
        and all(_given_name(w) for w in words[::2])


# The surname after a given name as running text prints it: "Birgitta Litsegård", "(S)" no surname.
_SURNAME_AFTER = re.compile(rf"[{H.UPPER}][^\W\d_]+\b")
USUAL_SPELLING_COUNT = 3  # the times a spelling must be printed, and twice as often as the one read, to replace it
USUAL_SPELLING_EDITS = 2  # the most letters the surnames may differ in, at most a third of the surname


def usual_spellings(lists: list[list[str]], text: str) -> list[list[str]]:
    """OCR misreads a name differently where the minutes print it ("Birgitta Litsecard" in the members list,
    "Birgitta Litsegård" seven times in the items): a name read in a list whose given name the document prints,
    at least USUAL_SPELLING_COUNT times and twice as often, with a surname a misreading or two away, is that
    name, unless that name is another in the same list. The lists with their names so spelled."""
    counts = _printed([name for names in lists for name in names], text)
    if not counts:
        return lists
    return [[_usual_spelling(name, names, counts) for name in names] for names in lists]


def _printed(names: list[str], text: str) -> Counter[str]:
    """How often the text prints each given name of the two-word names with each surname after it."""
    given = {name.split()[0] for name in names if len(name.split()) == 2}
    return Counter(f"{first} {surname}" for first in given for surname in _surnames_after(first, text))


def one_per_person(names: list[str], text: str) -> list[str]:
    """The names, each a misreading away from another of the list that the text prints more often taken as that one:
    two readings of one person. The same given name and a surname misread ("Marie Regneéll" beside "Marie Regnéll"),
    or the same surname and a given name misread as a surname may be where the text prints that reading once ("Niis
    Skyman" beside "Nils Skyman", printed four times; "Charloue Wallenstein" beside "Charlotte Wallenstein")."""
    counts = _printed(names, text)
    return unique(next((other for other in names if counts[other] > counts[name] and _two_readings(name, other, counts)),
                       name) for name in names)


def adjusters_present(adjusters: list[str], participants: list[str]) -> list[str]:
    """An adjuster is a member present, so a reading of one that the members list lacks is no second adjuster when
    another adjuster, with a name part in common, is present: two readings of one person (a scan read "Mats Breiedt"
    where the adjusters are chosen and "Mats Ekstedt" where they sign). A lone reading stays as read: the minutes
    may print an adjuster's name otherwise than the roll does ("Anders Erikson" beside "Anders Eriksson"), unless the
    reading's given name is no one's and the roll names one member so near it (`_roll_reading`)."""
    present = set(participants)
    adjusters = unique([_roll_reading(a, participants) for a in adjusters])
    return [a for a in adjusters if a in present or not any(
        b in present and set(usual_order(a).split()) & set(usual_order(b).split()) for b in adjusters)]


ROLL_READING_SIMILARITY = 0.7  # "Enuit Erdetius" is 0.71 like "Emil Erdelius", "Ilin Grahn" 0.7 like "Elin Grahn"


def _roll_reading(adjuster: str, participants: list[str]) -> str:
    """The member present whose name a scan misread as the adjuster's, where the reading's given name is no known name
    and the member's is ("Enuit Erdetius" for "Emil Erdelius"; not "Rami Saleh" for a roll's "Ranu Saleh"): a surname a
    letter away at most, and the whole name as alike as ROLL_READING_SIMILARITY; the one member so near, else the
    reading as it is."""
    words = usual_order(adjuster).split()
    if adjuster in participants or len(words) != 2 or lexicon.fold(words[0]) in lexicon.given_names():
        return adjuster
    near = [p for p in participants if len(member := usual_order(p).split()) == 2
            and lexicon.fold(member[0]) in lexicon.given_names() and Levenshtein.distance(member[1], words[1]) <= 1
            and Levenshtein.normalized_similarity(" ".join(member), " ".join(words)) >= ROLL_READING_SIMILARITY]
    return near[0] if len(near) == 1 else adjuster


def _two_readings(name: str, other: str, counts: Counter[str]) -> bool:
    if not len(name.split()) == len(other.split()) == 2:
        return False
    (given, surname), (other_given, other_surname) = name.split(), other.split()
    if given == other_given:
        return _misread_name(surname, other_surname)
    return surname == other_surname and counts[name] <= 1 < counts[other] and _misread_name(given, other_given)


def _surnames_after(given: str, text: str):
    """The surnames the text prints after the given name, wherever it stands as a word of its own."""
    at = text.find(given + " ")
    while at >= 0:
        end = at + len(given) + 1
        if at == 0 or not text[at - 1].isalnum():
            m = _SURNAME_AFTER.match(text, end)
            if m:
                yield m.group()
        at = text.find(given + " ", end)


def _usual_spelling(name: str, names: list[str], counts: Counter[str]) -> str:
    words = name.split()
    if len(words) != 2:
        return name
    least = max(USUAL_SPELLING_COUNT, 2 * counts[name])
    usual = [(n, other) for other, n in counts.items() if n >= least and other not in names
             and other.split()[0] == words[0] and _misread_name(words[1], other.split()[1])]
    return max(usual)[1] if usual else name


def _misread_name(read: str, printed: str) -> bool:
    """A name a misreading or two away; one that differs only in its diacritics is the same name printed
    both ways ("Skoric" in the list, "Škorić" in the items), which the list's spelling keeps."""
    edits = Levenshtein.distance(read, printed)
    return 0 < edits <= min(USUAL_SPELLING_EDITS, len(printed) // 3) and lexicon.fold(read) != lexicon.fold(printed)


_LIST_NUMBER = re.compile(rf"^\d{{1,2}}[.)]\s+(?P<body>[{H.UPPER}].*)$")  # a roll set as a numbered list
# what may follow a person's name on a line of a roll: a party mark or role in brackets, a role in small letters
_AFTER_NAME = re.compile(r"(?:\s*\([^()]*\))?(?:,\s*[a-zåäö][\w .:-]*)?\.?$")


def person_alone(text: str) -> str | None:
    """The name a line consists of ("Anna Ek, ordförande", "Bo Al (S)"): two to four words."""
    text = text.strip()
    name = text[: _AFTER_NAME.search(text).start()]
    return name if 2 <= len(name.split()) <= 4 and H.NAME.match(name) else None


def opens_with_a_listed_name(name: str) -> bool:
    """A title in capitals' case ("Nästa Möte", "Övriga Frågor") is shaped as a name, but its first word is none the
    name lists know."""
    return lexicon.load_lexicon().is_name(name.split()[0])


def names_only(value: str) -> list[str]:
    return unique(p.name for p in read_people(value)[0])


def unique(names) -> list[str]:
    """The names, each person once: "Berg, Per" in a roll and "Per Berg" under a signature are one."""
    out: list[str] = []
    seen: set[str] = set()
    for n in names:
        key = usual_order(n)
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


def read_as(name: str, other: str) -> bool:
    """The two are one person as printed, or read with one of the two words a misreading or two away ("Cecihla
    Wennerholm" where the chair's signature is "Cecilia Wennerholm")."""
    name, other = usual_order(name), usual_order(other)
    if name == other:
        return True
    words, others = name.split(), other.split()
    return len(words) == len(others) == 2 and any(
        words[k] == others[k] and (_misread_name(words[1 - k], others[1 - k])
                                   or lexicon.fold(words[1 - k]) == lexicon.fold(others[1 - k])) for k in (0, 1))


def usual_order(name: str) -> str:
    surname, comma, given = name.partition(", ")
    return f"{given} {surname}" if comma else name


def row_cells(text: str) -> list[str]:
    """A row's cells: split at its column gaps, or where none are left, at a lone party mark after a full name."""
    cells = [c for c in CELL_BREAK.split(text) if c.strip()]
    if len(cells) > 1:  # a table's row, where a speck OCR read in a narrow gap parts cells too ("Amira Haddad = - V")
        cells = [part for cell in cells for part in SPECKS_APART.split(cell) if part.strip()]
    if len(cells) > 2 and split_name(cells[0], cells[1]):
        cells[:2] = [f"{cells[0].strip()} {cells[1].strip()}"]  # "Axel  Storckenfeldt    S    Ordförande"
    while len(cells) > 1 and _INITIAL_AT_END.search(cells[0]) and cells[1].strip()[:1].isupper():
        cells[:2] = [f"{cells[0].rstrip()} {cells[1].strip()}"]  # "Mohamoud M.  Enow  (V)": no name ends in an initial
    if len(cells) > 1 and _PARTY_CELL_FIRST.fullmatch(cells[0].strip()) and H.NAME.match(clean_name(cells[1])):
        cells[:2] = cells[1::-1]  # "KD      Ola Sten      ledamot": a party column set first
    gapless = len(cells) == 1 and _GAPLESS_MEMBER.match(text.strip())
    return [part for part in gapless.group("name", "party", "rest") if part] if gapless else cells


def split_name(first: str, second: str) -> bool:
    """A first name and a surname that a word gap OCR read wide parted into cells of their own, before the row's
    party or function: the first cell is one given name, the second one capitalised word that is no role."""
    first, second = first.strip(), second.strip()
    return bool(ONE_NAME_WORD.fullmatch(first) and ONE_NAME_WORD.fullmatch(second) and not PARTY_CELL.match(second)
                and not role_fields(second) and lexicon.fold(first) in lexicon.given_names())


def members_captions(cells: list[str]) -> bool:
    """"Namn   Parti   Funktion" over a members table, with its gaps or without them ("Namn    Parti Funktion"),
    also with a caption between the first and the last that OCR misread ("Namn    Bara    Funktion")."""
    words = [w for c in cells for w in c.split()]
    known = [fold_key(w) in _TABLE_CAPTIONS for w in words]
    return len(words) > 1 and (all(known) or len(words) > 2 and known[0] and known[-1] and known.count(False) == 1)


def _title_cell(cell: str) -> bool:
    """A function cell ("Ledamot"), also as OCR garbled a long one at its end ("Ledamot:", "Ledamot-r")."""
    key = fold(cell.strip()).lower()
    if key in _TITLES:
        return True
    return len(key) >= MISREAD_TITLE_MIN_CHARS and bool(
        process.extractOne(key, _LONG_TITLES, scorer=Levenshtein.normalized_similarity, score_cutoff=MISREAD_TITLE))


def member_row(text: str) -> bool:
    """A row of a members table, "Hanna Lindvall     S     Ordförande": a full name, then party and function
    cells; the function names a role, it does not label a value. A function cell alone says so where OCR garbled
    the party ("Kristina Åhs    Nj    Ledamot")."""
    cells = row_cells(text)
    return len(cells) > 1 and " " in cells[0].strip() and not LABEL.match(fold(unspeckled(cells[0]))) and bool(
        H.NAME.match(clean_name(cells[0]))) and any(role_fields(c) or PARTY_CELL.match(c) or DOUBLED_CAPITAL.match(c.strip())
                                                    or _title_cell(c) or _stood_in_for(c)
                                                    for c in cells[1:])
