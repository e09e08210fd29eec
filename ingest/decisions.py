"""Decisions recognised by the grammar of Swedish decisions, where no "Beslut" label marks them.

Association minutes, older protocols and meeting notes record a decision as a sentence: "Stämman beslöt att …",
"Dagordningen godkändes.", "X valdes till ordförande.", "Årsredovisningen läggs till handlingarna.", or a lead
"Stämman beslutar" over att-clauses. A sentence is a decision when a decision verb is its main verb: the words
before the verb are a short subject, with nothing that makes the verb part of a proposal, a condition, a report
of what someone else decided or a plan ("föreslår att … fastställs", "om nämnden beslutar", "ska beslutas"). A
proposal may be the subject only of a verb that tells what became of it ("Förslaget antogs."), and a date right
after the verb makes the sentence a report of an earlier decision ("Fullmäktige beslutade den 12 maj 2019 att …").
Text under a subheading that is not a decision (Ärendebeskrivning, Förslag till beslut, Beslutsgång, …) is
background or procedure and is not read here.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from . import headings as H
from .glyphs import RULE_READS, fold, folded, l_folded, l_skeleton

_PREDICATE = folded(H.DECISION_PREDICATE)
_BY_BODY = folded(H.DECISION_BY_BODY)
_DECIDING = folded(rf"{H.BODY_WORDS.pattern}|^(?:mötet|sammanträdet)$")
# a body of up to six words, then its proposal: "Nämnden för Kultur & Fritid föreslår …"
_PROPOSES = folded(r"^\W*(?P<who>[A-ZÅÄÖ][\w-]*(?:\s+(?:för|&|och|[A-ZÅÄÖ][\w-]*)){0,5})\s+föreslår\s+\S")
_COORDINATED = re.compile(r"\s\S+(?:des|ts)\s+och\s*$", re.I)  # "… redovisades och lades till handlingarna"
_NAME_AFTER_AND = re.compile(r"\s+och\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2})\s*$")  # folded: the elected
_LEAD = folded(H.DECISION_LEAD)
_PROPOSAL_HEADING = l_folded(H.PROPOSAL_HEADING)
_OPEN_END = {fold(w) for w in H.OPEN_END_WORDS}
_BLOCKER = folded(H.DECISION_BLOCKERS)
_PROPOSAL = folded(H.PROPOSAL_NOUNS)
# A text layer may lose the space between a subject in the definite form and its verb ("Kommunrevisionengodkänner …",
# "Styrelsenbeslutar").
_GLUED = folded(r"^\W*[A-ZÅÄÖ][a-zåäö]{2,}?(?:en|et|na|an)(?=" + H.DECISION_PREDICATE.removeprefix(r"\b") + ")", 0)
_OUTCOME = folded(H.OUTCOME_VERB)
_SUPINE_CLAUSE = re.compile(r"\bsom\s+(?!(?:det|ett|att)\b)\w{3,}(?:t|ts)\b", re.I)  # folded: "som skett", "som lamnats"
_PROPOSAL_PASSED = re.compile(r"^\W*(?:\w+s\s+)?(?:forslag|forslaget|yrkandet)\b[^:]*$", re.I)  # folded
_EARLIER = folded(H.EARLIER_DECISION)
_PAST_VERB = folded(H.PAST_VERB)
_PAST_SOON = folded(H.PAST_TIME_AFTER_VERB)
_PAST_YEAR = folded(H.PAST_YEAR)
_ATT = re.compile(r"\batt\b", re.I)
_ROLE_FIRST = re.compile(r"^\W*till\s", re.I)
_ELECTED = re.compile(r"(?:om|ny|ater|in)?valdes|utsago?s|valjes|valjs|utses")  # folded
_AUTHORITY = folded(H.OTHER_AUTHORITY)
_ANNOUNCES = folded(H.REPORTS_ANNOUNCED)
_ADOPTS = folded(H.ADOPTS_PROPOSAL)
_CARRIED = folded(H.CARRIED_BY_WHICH)
_CHAIR_FINDS = folded(H.CHAIR_FINDS)
_FRONTED_CLAUSE = folded(H.FRONTED_CLAUSE)
_PASSIVE = re.compile(r"\w+(?:ts|des|ades|ogs|ågs|ots|öts|as|es)")  # folded too: "beslöts", "beviljades", "utsågs"
_PRONOUNS = {"det", "den", "de", "detta", "denna", "dessa", "han", "hon", "vi", "ni"}
_BODY_VERB = folded(H.BODY_ACTS_VERB)
_AUXILIARIES = {fold(w) for w in H.AUXILIARIES}
_CONDITION = folded(H.FRONTED_CONDITION)
_PREPOSITIONS = {fold(w) for w in H.FRONTED_PREPOSITIONS}
_DATED = folded(H.FRONTED_DATE)
_SPECKS_AT_END = re.compile(rf"\s{{2,}}[{re.escape(RULE_READS + H.OCR_SPECKS)}]+$|\s+$")
# (before a capital, before an att-clause's own dash: ". -att välja …", "- -att välja …", or before the clause itself
# where a rule was read as a capital I or a small l: "I att godkänna …", which no sentence opens with)
_SPECKS_AT_START = re.compile(rf"^[{re.escape(RULE_READS)}.,:;'‘’`\"“”„]+\s+(?=[A-ZÅÄÖ])|^[{re.escape(RULE_READS)}.,:;'‘’`–-]+\s+(?=[-–]att\b)"
                              rf"|^[{re.escape(RULE_READS)}Il]\s+(?=att\s)")
SPECK_CELLS = 2  # cells of a sign or two at a line's end that are dust, not a table's marks
# one such cell of a small letter or two far right of the words ("Arbetsutskottets beslut          oe"): a table's
# mark is a capital or an x
_DUST_CELL = re.compile(r"\s{6,}[a-wyzåäö]{1,2}$")
# no abbreviation's stop ("Till styrelse valdes: Ordf. Arne Hallsten, Kopperud"), nor an initial's or a first name's
# after one ("valdes Herrar G. Larsson och C. Ax. Borgström")
_NO_ABBREVIATION = "".join(rf"(?<!(?i:\b{re.escape(a)}))" for a in sorted(H.ABBREVIATIONS)) \
    + rf"(?<!{H.INITIAL}\.)" + "".join(rf"(?<!{H.INITIAL}\. [A-ZÅÄÖ][a-zåäö]{{{n}}}\.)" for n in (1, 2, 3))
_SENTENCE_END = re.compile(rf"(?<=[.!?]){_NO_ABBREVIATION}\s+(?=[A-ZÅÄÖÉ])")
# a full stop a scan read as a comma or semicolon: "… inför påsken, Rapporterna lades till handlingarna."
_COMMA_FOR_STOP = re.compile(r"(?<=[^\W\d_]{3})[,;]\s+(?=[A-ZÅÄÖ][a-zåäö]{3,}\s)")
# a speck a scan set after a heading's word ('"Förslag. till beslut')
_SPECK_IN_WORDS = re.compile(r"(?<=\w)[.,:;'\"]+(?= \w)")
# a main clause after a comma, no conjunction between, whose subject is the deciding body: older minutes record the
# decision so after the request it answers ("… och begärde understöd, nämden beviljade 2 kronor i månaden"); the
# comma perhaps read as a stop, which a word in small letters does not follow ("understöd. nämden beviljade"); or
# after an "och" ("Fråga om föreningen ska sälja t-shirts lyfts och styrelsen beslutar att …")
_BODY_AFTER_COMMA = re.compile(r"(?<=[^\W\d_]{3})(?:[,;.]|\s+och)\s+(?=(?P<body>[a-zåäö]+)\s)")
# (after a word, a bracket, or a sum: "På gång ut ca 6 000:-" / "Beslut om att …")
_LINE_FOR_STOP = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\))|(?<=\d:-)|(?<=\d{3}))\n(?=[A-ZÅÄÖ][a-zåäö]{3,}\s)")
_LETTERED_POINT = re.compile(r"^[a-h](?:\.\)|[.)])\s+(?=[A-ZÅÄÖ])")  # "d.) Styrelsen beslutade …": a point of its own
_CLAUSE = re.compile(r"^(?:[-–•*]\s*)?(?:att\b|\d{1,2}[.)]\s)", re.I)
MAX_SUBJECT_WORDS = 8
MAX_FILED_SUBJECT_WORDS = 16
MAX_ELECTED_SUBJECT_LINKS = 3  # "och", "samt", a role ("suppleant"): the words of a subject of names not capitalised
_FILED = re.compile(r"\s+till\s+(?:protokollet|handlingarna)\s*\.?\s*$", re.I)
MAX_BODY_WORDS = 4  # "Barn- och utbildningsnämndens arbetsutskott"
_FIELD = re.compile(r"(?:for(?: [A-Z][a-z]+)+(?: (?:&|och) [A-Z][a-z]+)*)?")  # folded: "for Vard & Omsorg", or nothing


# What a decision says of itself in a sentence after it: what it costs, when it holds ("Avgiften för beslutet är
# 24 605 kronor.", "Beslutet gäller under förutsättning att …"; not a count of decisions, "Bygglov, 23 beslut"), and
# what is to be done, said in the main clause ("Ekonomidelen ska göras tydligare.", "EY uppdras att översända …"; not
# "X påtalade att han vill veta vilka val valberedningen skall föreslå")
_THE_DECISION = re.compile(r"\b(?:beslutet|beslutets|(?:sitt|detta|dess)\s+beslut)\b", re.I)
_TO_BE_DONE = re.compile(r"\b(?:ska|skall|uppdras|får\s+i\s+uppdrag)\b", re.I)
_SUBORDINATE = re.compile(r"\b(?:att|som|om|när|vilka|vilken|vilket|eftersom|då)\b", re.I)


def of_the_decision(sentence: str) -> bool:
    to_be_done = _TO_BE_DONE.search(sentence)
    return bool(_THE_DECISION.search(sentence)) or bool(to_be_done) and not _SUBORDINATE.search(
        sentence, 0, to_be_done.start())


# A list's entry names what the decision gives ("Eva Ek halvdagsarvode för utbildning den 9 mars."), no sentence
# telling what has happened ("Förvaltningen har sett över taxorna."): without these verbs
FINITE_AUXILIARY = re.compile(r"\b(?:" + "|".join((*H.AUXILIARIES, "hade", "var", "blev")) + r")\b", re.I)


def listed_entry(line: str) -> bool:
    """A line of the list a decision announces with its colon ("… fastställs enligt följande:" / "• Timtaxa
    hemtjänst 264 kr/timme", "… beslutar att ge:" / "Anna Ek, Bo Al …"): no clause and no decision of its own, so
    it is the decision's words, not a decision of its own that OCR's misreadings could not match."""
    return not H.DECISION_CLAUSE.match(line) and not is_decision(line)


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def is_decision(sentence: str) -> bool:
    if H.LONE_OUTCOME.match(sentence):
        return True
    text = fold(sentence)
    glued = _GLUED.match(text)
    text = f"{text[: glued.end()]} {text[glued.end() :]}" if glued else text
    match = _PREDICATE.search(text)
    by_body = _BY_BODY.search(text)
    if by_body and (not match or by_body.start() < match.start()):
        words = text[: by_body.start()].lower().split()
        match = by_body if words and any(_DECIDING.search(w) for w in words) else match
    # most sentences hold no such clause
    carried = _CARRIED.search(text) if "vilk" in text or "varfor" in text or " som " in text or ", varefter " in text \
        else None
    # "… varför det godkändes": a question's pronoun, no matter the sentence set out
    carried = None if carried and carried["what"] and carried["what"].split()[0].lower() in _PRONOUNS else carried
    if carried and not any(_AUTHORITY.match(w) for w in (carried["who"] or carried["what"] or "").split()):
        return True
    if not match or sentence.rstrip().endswith("?") or _earlier(text, match) or _reported(text, match):
        return False
    subject = re.sub(r"^\W*(?:till\s+)?att\s", "", text[: match.start()], flags=re.I)  # "Att justera … valdes X"
    if _ROLE_FIRST.match(subject) and _ELECTED.fullmatch(match.group().lower()):
        subject = ""  # "Till justeringsmän att jämte ordföranden justera dagens protokoll valdes X": the role, first
    if _body_after(text, match):
        # a date before a past verb reports an earlier decision ("Den 12 mars 2019 beslutade styrelsen"); before a
        # present one it is the matter's ("Årsredovisningen för 2001 föredras och beslutar stämman att godkänna …")
        reported = _DATED.search(subject) and not match.group().rstrip().endswith("r")
        return not _CONDITION.search(subject) and not reported
    if _FRONTED_CLAUSE.match(subject) and _PASSIVE.fullmatch(match.group().lower()):
        return not any(_AUTHORITY.match(w.strip(",.:;()")) for w in subject.split())
    subject = _COORDINATED.sub("", subject)
    # "Mötet föreslog sittande och Thure Andersson valdes …": the election a clause of its own after "och"; "X
    # meddelade att Bo Al och Cia Ny valdes" reports one
    if (after_and := _NAME_AFTER_AND.search(subject)) and _ELECTED.fullmatch(match.group().lower()) \
            and not _SUBORDINATE.search(subject, 0, after_and.start()):
        subject = after_and.group("name")
    # the proposal itself passed in the present, as the past is: "Förslaget till dagordning godkänns."
    passed = _PROPOSAL_PASSED.match(subject) and match.group().split()[0].endswith("s")
    proposal = _PROPOSAL.search(subject) and not _OUTCOME.match(match.group()) and not passed
    # another authority's decision filed in the passive is the meeting's ("Länsstyrelsens beslut … lades till
    # handlingarna."); the authority filing it is not ("Länsstyrelsen lägger ärendet till handlingarna.")
    filed_passive = _FILED.search(match.group()) and match.group().split()[0].lower().endswith("s")
    authority = not filed_passive and any(_AUTHORITY.match(w.strip(",.:;()")) for w in subject.split())
    words = subject.split()
    fronted = bool(words) and words[0].lower() in _PREPOSITIONS
    if _FILED.match(text, match.end()) and len(words) <= MAX_FILED_SUBJECT_WORDS:
        # the formula that files a matter ends the sentence: its subject may be long and hold a relative clause
        # ("Redovisning av beslut som fattats av förvaltningen på delegation … noteras till protokollet.")
        return not _CONDITION.search(subject) and not proposal and not authority
    # a proposal that became a decision may be named at length ("Det af Nämnden upprättade förslag till Utgifts- och
    # inkomst Stat för nästkommande år godkändes")
    named = bool(_PROPOSAL.search(subject) and _OUTCOME.match(match.group())) and len(words) <= MAX_FILED_SUBJECT_WORDS
    # an election may name many ("Anna Ek, Bo Al, Cia Ny och Dan Ok valdes till revisorer"): its names are no words
    # that could make the verb another's
    elected = bool(_ELECTED.fullmatch(match.group().lower())) and sum(
        not w.strip(",.:;()")[:1].isupper() for w in words) <= MAX_ELECTED_SUBJECT_LINKS
    # a relative clause with a supine and no finite verb qualifies the subject and blocks nothing ("Kallelse som
    # skett genom respektive gruppchef godkändes av stämman.")
    blocked = _BLOCKER.search(_SUPINE_CLAUSE.sub("", subject))
    return (fronted or len(words) <= MAX_SUBJECT_WORDS or named or elected) and not blocked \
        and not proposal and not authority


def body_acts(paragraph: str) -> bool:
    """The paragraph opens with the deciding body ("Kommunfullmäktige", "Miljö- och byggnämnden") and a verb in the
    present tense that is no auxiliary: the body does something."""
    words = fold(paragraph).split()
    for k, word in enumerate(words[: MAX_BODY_WORDS]):
        if _DECIDING.search(word.strip(",.:;")):
            k += 1 + len(_FIELD.match(" ".join(words[k + 1 :])).group().split())  # "Nämnden för Kultur & Fritid"
            verb = words[k].lower() if k < len(words) else ""
            return bool(_BODY_VERB.fullmatch(verb)) and verb not in _AUXILIARIES
    return False


def _earlier(text: str, verb: re.Match[str]) -> bool:
    """A date or paragraph right after a verb in the past tense dates a decision made before ("Kommunfullmäktige
    beslutade den 12 maj 2019 att …"); after one in the present it is the decision's object ("Nämnden fastställer 24
    april 2025 som sin planeringsdag")."""
    return bool(_EARLIER.match(text, verb.end()) and _PAST_VERB.search(verb.group().split()[0]))


def _body_after(text: str, verb: re.Match[str]) -> bool:
    """The deciding body stands right after the verb ("… beslöt fullmäktige att …"): the words before it are an
    adverbial put first, however long, and not the subject the grammar checks."""
    after = text[verb.end() :].split(maxsplit=1)
    word = after[0].strip(",.:;") if after else ""
    # (folded, a participle's "-rad" reads as a council's "råd": "fastslås oförändrad", "godkändes justerad")
    return bool(_DECIDING.search(word)) and not word.lower().endswith("rad")


def _reported(text: str, verb: re.Match[str]) -> bool:
    """A past decision verb with a past time after it and before any att-clause: a report of an earlier decision."""
    att = _ATT.search(text, verb.end())
    return bool(_PAST_VERB.search(verb.group()) and (_PAST_SOON.match(text, verb.end()) or _PAST_YEAR.search(
        text, verb.end(), att.start() if att else len(text))))


def _paragraphs(body: list[str], skip_under: set[str]) -> list[tuple[list[str], str]]:
    """Runs of non-empty lines, each with where it stands: "read", or under a subheading in `skip_under` (folded,
    lower case, l-skeletons as glyphs.l_skeleton makes them; or a longer heading that begins with one, "Förslag till beslut i kommunstyrelsen"), "first" for
    the paragraph right under it and "later" for those after. A line that is such a label with its text after a
    colon ("Yrkande från X: att …") is left out alone."""
    out: list[tuple[list[str], str]] = [([], "read")]
    state = "read"
    pending_break = False  # a blank line was seen; it ends the paragraph unless the sentence runs on over it
    for k, line in enumerate(body):
        key = l_skeleton(fold(line.strip(H.OCR_SPECKS)).lower())
        # a sentence that opens with a heading's words is none: "Ärendet bordlades.", a wrapped line in lower case
        # ("konsekvenser och …"), or one that goes on, in lower case or after a word no heading ends with ("Ärendet
        # gäller … av" / "patientnämnden. …")
        words = line.split()
        prose = bool(words) and (line.rstrip().endswith(".") or _lower_start(line) or fold(words[-1]).lower() in _OPEN_END
                                 or k + 1 < len(body) and _lower_start(body[k + 1]))
        heading = key in skip_under or _SPECK_IN_WORDS.sub("", key) in skip_under
        if heading or len(key) < 60 and any(key.startswith(h + " ") for h in skip_under) and not prose or (
                "forslag" in key and line.strip(H.OCR_SPECKS)[:1].isupper() and _PROPOSAL_HEADING.match(key)
                and not is_decision(line.strip())):  # "Stämman godkände styrelsens förslag." is no "Styrelsens förslag"
            state = state if ": " in key else "first"
            out.append(([], state))
            pending_break = False
            continue
        if not line and not out[-1][0] and not pending_break:
            continue  # a blank line under a heading, as Markdown sets one, opens no later paragraph
        if not line and (pending_break or out[-1][0]):
            pending_break = True
            continue
        # under a proposal, a lead after a finished sentence starts the decision: "… föreslås …." "Nämnden beslutar"
        # and so does a line where the body acts: a paragraph of its own whose blank line a text export dropped; a
        # whole sentence that adopts the proposal speaks of it and is none of it, however the line before it ends
        # ("Valberedningen föreslog" / "… Peter Jonasson (omval)" / "Årsmötet beslutade enligt valberedningens förslag.")
        after_sentence = state != "read" and out[-1][0] and (out[-1][0][-1].endswith(".") and (
            _LEAD.match(fold(line)) or body_acts(line)) or _adopts_alone(line))
        if not line or pending_break and not _runs_on(out[-1][0], line) or after_sentence:
            state = "later" if state == "first" else state
            out.append(([], state))
        pending_break = False
        if line:
            out[-1][0].append(line)
    return [(p, where) for p, where in out if p]


def _adopts_alone(line: str) -> bool:
    """A line that is a whole sentence adopting a proposal: it refers to the proposal above and cannot be part of it."""
    stripped = line.strip()
    return stripped[:1].isupper() and stripped.endswith(".") and bool(_ADOPTS.search(fold(stripped))) \
        and is_decision(stripped)


def _lower_start(line: str) -> bool:
    return line.strip(H.OCR_SPECKS)[:1].islower()


def _runs_on(paragraph: list[str], line: str) -> bool:
    """A sentence that goes on over a blank line a scan put inside it: the line after begins in lower case or
    with a figure, or the line before ends in a word no sentence ends with ("… mellan", "… och") or a comma that
    is no full stop OCR misread (the line after is no decision of its own). A lead goes on to its clauses over the
    blank line Markdown sets before a list ("Mötet beslutar:" / "" / "- att …"), and to every point of its list
    a web page sets a blank line apart ("Förbundsstyrelsen beslutar" / "" / "- godkänna …" / "" / "- att …")."""
    before = paragraph[-1]
    words = before.split()
    listed = bool(_LEAD.match(fold(paragraph[0]))) and all(H.BULLET.match(t) for t in (*paragraph[1:], line))
    return line[:1].islower() and not _LETTERED_POINT.match(line) or line[:1].isdigit() \
        or bool(words) and fold(words[-1]).lower() in _OPEN_END or (
        before.endswith(",") and not is_decision(line)) or bool(_LEAD.match(fold(before)) and _CLAUSE.match(line)) \
        or listed


def own_proposal(sentence: str, meeting_body: str | None) -> bool:
    """The meeting's own body proposing to another ("Arbetsutskottet föreslår kommunstyrelsen besluta att …",
    "Utbildningsnämnden föreslår kommunfullmäktige att anta …"): a preparing body's decision. Another body's
    proposal, as the minutes of the body it goes to print it, is none."""
    m = _PROPOSES.match(fold(sentence)) if meeting_body else None
    if not m:
        return False
    subject = [w for w in m.group("who").lower().split() if _DECIDING.search(w)]
    return bool(subject) and is_the_body(subject[0], meeting_body)


def is_the_body(word: str, meeting_body: str) -> bool:
    """The body a folded, lower-case word names is the meeting's: "arbetsutskottet" and "Kommunstyrelsens
    arbetsutskott" are one body, whatever its definite ending."""
    return re.sub(r"(?:en|et|n|t)$", "", word) in fold(meeting_body).lower()


def _sentences(lines: list[str], decides: Callable[[str], bool]) -> list[str]:
    """The sentences of a run of lines; one that records no decision is two where a comma or semicolon stands
    before a capitalised word that opens one that does (a scan's misreading of a full stop: no decision opens after
    a comma), or where a line that ends in no word a sentence goes on from is followed by one that opens it (a
    stop never printed: "… och Peter Jonasson (omval)" / "Årsmötet beslutade enligt valberedningens förslag."),
    and so is a decision whose line is followed so; the rest is cut again."""
    out = [part for sentence in _SENTENCE_END.split("\n".join(lines)) for part in _cut(sentence, decides)]
    return [sentence.replace("\n", " ") for sentence in out]


def _cut(sentence: str, decides: Callable[[str], bool]) -> list[str]:
    comma = next((m for m in _COMMA_FOR_STOP.finditer(sentence) if decides(sentence[m.end():])), None) or next(
        (m for m in _BODY_AFTER_COMMA.finditer(sentence)
         if _DECIDING.search(fold(m["body"])) and decides(sentence[m.end():].replace("\n", " "))), None)
    line = None if comma else next((m for m in _LINE_FOR_STOP.finditer(sentence)
                                    if decides(sentence[m.end():].replace("\n", " "))
                                    and fold(sentence[: m.start()].split()[-1]).lower() not in _OPEN_END), None)
    cut = comma or line
    # two decisions one a line, no stop between: "Till ordförande valdes Björn Sjöström" / "Till sekreterare …"
    if cut and (not decides(sentence.replace("\n", " ")) or line and decides(sentence[: line.start()])):
        return [sentence[: cut.start() + bool(comma)], *_cut(sentence[cut.end():], decides)]  # the comma ends the first
    return [sentence]


def grammar_decisions(body: list[str], skip_under: set[str], meeting_body: str | None = None) -> list[str]:
    """Every decision sentence of an item's body, as printed; a lead ("Stämman beslutar") takes the clauses under it.
    With the `meeting_body` known, also the sentences in which it proposes to another body (`own_proposal`)."""

    def decides(sentence: str) -> bool:
        return is_decision(sentence) or own_proposal(sentence, meeting_body)

    out: list[str] = []
    found: list[str] = []  # the chair's findings on put questions, the decision only where no sentence records one
    last: list[str] = []  # the last paragraph, where the meeting's body acts: the decision only where nothing else is
    prose = False  # under a proposal or background heading, a paragraph that decides nothing came before
    announced = False  # a line ending in a colon announced a list of reports, which may go on in this paragraph
    entries = False  # the last decision announced a list with its colon, and its entries may go on in this paragraph
    for paragraph, where in _paragraphs(body, skip_under):
        if where == "read":
            if entries and _next_entry(paragraph):
                out[-1] += " " + " ".join(paragraph)
                continue
            paragraph, announced = _unlisted(paragraph, announced)
            last = paragraph
        entries = False
        if where != "read":
            sentences = _SENTENCE_END.split(" ".join(paragraph))
            deciding = paragraph[0].lstrip(H.OCR_SPECKS)[:1].isupper() and all(map(decides, sentences))  # lower case: goes on
            adopts = all(_ADOPTS.search(fold(x)) for x in sentences)  # "Nämnden beslutar enligt förslaget."
            if where == "later" and deciding and (prose or adopts):  # the proposal, the debate, then "Styrelsen beslutar att …"
                out.extend(sentences)
            prose = (prose and where == "later") or not deciding
            continue
        k = 0
        while k < len(paragraph):
            line = paragraph[k]
            # (or a list's points, the att left out: "Förbundsstyrelsen beslutar" / "- godkänna förslag till budget")
            if _LEAD.match(fold(line)) and k + 1 < len(paragraph) and _lead_clause(paragraph[k + 1]):
                clauses = []
                while k + 1 < len(paragraph) and (_lead_clause(paragraph[k + 1]) or clauses and
                                                   _clause_wraps(clauses[-1], paragraph[k + 1])):
                    k += 1
                    clauses.append(paragraph[k])
                out.append(" ".join([line, *clauses]))
                k += 1
                continue
            run = [line]
            while k + 1 < len(paragraph) and not _LEAD.match(fold(paragraph[k + 1])) and not (
                    H.BULLET.match(paragraph[k + 1]) and not _CLAUSE.match(paragraph[k + 1])) and not (
                    H.BULLET.match(paragraph[k]) and _sentence(paragraph[k + 1])) and not _point(paragraph[k + 1]):
                k += 1
                run.append(paragraph[k])
            k += 1
            sentences = [s for line in run for s in _sentences([line], decides)] if _statement_a_line(run) \
                else _sentences(run, decides)
            kept = False  # the sentence before went into a decision: one right after it that speaks of it goes too
            for s in sentences:
                if decides(s):
                    out.append(s)
                    kept = True
                elif kept and of_the_decision(s):
                    out[-1] += " " + s
                else:
                    kept = False
            # a list announced by its colon, or by a sentence its paragraph left open ("Mötet valde" / "" / "David
            # Klarlund till ordförande." / "Gustav Hagqvist till kassör.")
            entries = kept and bool(_LIST_ANNOUNCED.search(out[-1])
                                    or out[-1].rstrip(_TRAILING_SPECKS)[-1:] not in ".!?")
            found.extend(s for s in sentences if _CHAIR_FINDS.search(fold(s)))
    return out or found or _acting(last, meeting_body)


def _statement_a_line(run: list[str]) -> bool:
    """Notes that set each statement on a line of its own and end none with a stop ("Styrelsen beslutade: att
    föreningen ska boka 2 domännamn" / "Niclas fortsätter med arbetet …"): where no line of the run ends a sentence,
    announces a list or ends in a word a sentence goes on from, and each opens as a sentence does, every line is one."""
    def opens(line: str) -> bool:  # a capitalised word, then one in small letters: no name's second line
        return bool(re.match(r"[A-ZÅÄÖ][a-zåäö]*\s+[a-zåäö]", line.strip(H.OCR_SPECKS)))

    def closes(line: str) -> bool:  # nor a first name that wraps to its surname ("… och Bo" / "Fredriksson …")
        last = line.split()[-1]
        return line.rstrip()[-1:] not in ".!?,;:" and fold(last).lower() not in _OPEN_END and not last[:1].isupper()

    return len(run) > 1 and all(opens(line) and closes(line) for line in run)


def _lead_clause(line: str) -> bool:
    return bool(_CLAUSE.match(line) or H.BULLET.match(line))


# A decision that announces a list and ends with its first entry after the colon ("beslutar att ge: Bo Regnér …"),
# no clause after the entries closing it ("utse: Anna Ek och Bo Al att var för sig teckna föreningens firma")
_TRAILING_SPECKS = " »«|_~'\"–—-"  # what a scan leaves after a sentence's last word ("beslutar »", "sammanträde. —")
_LIST_ANNOUNCED = re.compile(r"\w:\s+(?:(?!\batt\b)[^:])+$")


def _next_entry(paragraph: list[str]) -> bool:
    """A paragraph after a decision that announced a list with its colon that holds that list's next entries:
    sentences ("Stefan Friberg och Christine Lindeberg halvdagsarvode för … den 9 mars.") that tell nothing with a
    verb of what has happened or is to be, no heading or label ("Röstningsresultat: 5 ja, 0 nej.", which the layout
    may have set as a label's word on a line of its own) and no decision of their own."""
    text = " ".join(paragraph)
    return text.rstrip().endswith(".") and len(paragraph[0].split()) > 1 and listed_entry(paragraph[0]) \
        and not H.LABEL_START.match(text) and not any(
        FINITE_AUXILIARY.search(s) or is_decision(s) for s in _SENTENCE_END.split(text))


def _clause_wraps(clause: str, line: str) -> bool:
    """The line goes on with the clause above: in small letters, or with a figure where the clause stopped mid-sentence
    ("… innebärande att" / "390 000 kr reserveras …")."""
    return line[:1].islower() or line[:1].isdigit() and not clause.rstrip().endswith((".", ";", ":"))


def _acting(paragraph: list[str], meeting_body: str | None) -> list[str]:
    """An item's last paragraph: its first sentence where the meeting's own body does something in it and no verb of
    the decision grammar recorded a decision in the item."""
    sentence = first_sentence(" ".join(paragraph)) if paragraph else ""
    return [sentence] if own_act(sentence, meeting_body) else []


def own_act(sentence: str, meeting_body: str | None) -> bool:
    """The sentence opens with the meeting's own body doing something in the present tense ("Nämnden för Kultur &
    Fritid uppdaterar delegeringsförteckningen …"), not another body ("Kommunfullmäktige behandlar ärendet …")."""
    subject = next((w for w in fold(sentence).lower().split()[:MAX_BODY_WORDS] if _DECIDING.search(w)), None)
    return bool(meeting_body) and subject is not None and is_the_body(subject, meeting_body) and body_acts(sentence)


def without_specks(body: list[str]) -> list[str]:
    """The lines without the specks OCR reads after a gap at their end (a rule or the page's edge: "Karin Blom.    |",
    "Beslutades:      :") or before a capital at their start (". Beslut: Styrelsen …"), and without trailing
    spaces: none of them is part of a decision's words, and a label must start its line to be read as one."""
    return [_SPECKS_AT_START.sub("", _SPECKS_AT_END.sub("", _without_speck_cells(line))) for line in body]


def _without_speck_cells(line: str) -> str:
    """The line without the cells of dust a speckled scan reads after its text, a column gap before each
    ("Beslut      .  a      NN      j"): two or more at its end of a sign or two and no digit. One such cell may be a
    table's mark ("X", a party's "S") and stays, unless it is small letters past a wide gap (`_DUST_CELL`)."""
    parts = re.split(r"(\s{2,})", line.rstrip())
    specks = 0
    while len(parts) > 2 * (specks + 1) and _speck_cell(parts[-1 - 2 * specks]):
        specks += 1
    return "".join(parts[: len(parts) - 2 * specks]) if specks >= SPECK_CELLS else _DUST_CELL.sub("", line.rstrip())


def _speck_cell(cell: str) -> bool:
    return len(cell) <= 2 and not any(c.isdigit() for c in cell)


def _unlisted(paragraph: list[str], announced: bool) -> tuple[list[str], bool]:
    """The paragraph without the entries of a list of reports that a line ending in a colon announces ("Följande
    delegationsbeslut anmäls:" / "- Ordförandebeslut 2024-03-20: Socialnämnden beslutar att …"): an entry reports a
    decision made elsewhere. Whether the list is still open after the paragraph."""
    out: list[str] = []
    entry = False
    for line in paragraph:
        if announced and (H.BULLET.match(line) or H.NUMBERED_POINT.match(line) or entry and line[:1].islower()):
            entry = True
            continue
        entry = False
        text = fold(line)
        announced = line.rstrip().endswith(":") and bool(_ANNOUNCES.search(text)) and not _PREDICATE.search(text)
        out.append(line)
    return out, announced


def _point(line: str) -> bool:
    """A line that opens a lettered or numbered point ("b) Till ledamöter valdes …", "2. Avgiften fastställs …"):
    a sentence of its own, which the lower-case letter would otherwise run on to the point before."""
    return bool(H.LETTERED_POINT.match(line) or H.NUMBERED_POINT.match(line))


def _sentence(line: str) -> bool:
    """A whole decision sentence on a line of its own, as after a list: "Meddelandena läggs till handlingarna."."""
    return line[:1].isupper() and line.rstrip().endswith(".") and is_decision(line)
