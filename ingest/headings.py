"""The Swedish words and patterns the segmenter recognises, in one table.

Swedish minutes come in a handful of house styles (mötesanteckningar, kommunal
protokoll with cover page and running headers, older typewritten minutes) that
differ in vocabulary, not in shape: a labelled header, numbered items, subheadings
inside items, a signature block. Keeping every word here lets a new style be
supported by adding data, and keeps the segmenter free of per-document code.
The segmenter matches words and patterns against stripped lines with å/ä/ö folded
on both sides (OCR drops them), and case-insensitively unless a pattern says otherwise.
"""
from __future__ import annotations

import re

from .glyphs import (BORDER_READS, CASE_TWINS, CELL_GAP_READS, NAME_PARTICLES, NUMBER_STOP_READS, OCR_SPECKS,
                     ONE_READS, PARTY_MARK_READS, REGISTER_SIGN_READS, ROMAN_I_READS, RULE_READS, SECTION_READS,
                     SECTION_SECOND, SECTION_SECOND_BEFORE_TENS, SECTION_SECOND_SIGNS)

# Whom the minutes are sent to, not who was there ("Delges Närvarande samt" / "Klas Jacobson"): a label of nothing read
SENT_TO = ("Delges", "Delges till", "Kopia till", "Sändlista")
# Header labels → Meeting field. A label matches at the start of a line, followed by
# ":" / "/" / a tab or two spaces (value on the same line) or nothing (value below).
FIELD_LABELS: dict[str, tuple[str, ...]] = {
    "place_time": ("Plats och tid för sammanträdet", "Plats och tid för sammanträde", "Plats och tid för", "Plats och tid",
                   "Tid och plats för sammanträdet", "Tid och plats", "Plats, tid", "Datum, tid och plats",
                   "Datum, plats och tid", "Datum och plats", "Plats och datum", "Plats, datum"),
    # "När: Lördag 25 augusti 2018 Var: Puben Tid: 10:00": the questions a notice answers, labels only with a colon
    "location": ("Plats", "Lokal", "Mötesplats", "Sammanträdesplats", "Sammanträdeslokal", "Möteslokal", "Var:"),
    "time": ("Tid", "Tidpunkt", "Klockan", "Datum och tid", "Tid och datum", "Datum och klockslag", "När:"),  # a bare "18.30" too
    "date": ("Datum", "Sammanträdesdatum", "Mötesdatum", "Sammanträdets datum"),
    "participants": (
        "Deltagare", "Närvarande", "Närvarande ledamöter", "Beslutande", "Beslutande ledamöter",
        "Ledamöter", "Närvarande styrelseledamöter", "Tjänstgörande ledamöter", "Tjänstgörande ersättare",
        "Beslutande ersättare", "Närvarande beslutande", "Tjänstgörande", "Följande närvarade vid mötet",
        "Följande närvarade", "Närvarande vid mötet", "Övriga ledamöter", "Övriga beslutande", "Övriga närvarande ledamöter",
        "Röstberättigade", "Röstberättigade närvarande", "Närvarande röstberättigade", "Närvarande medlemmar",
        "Deltagande", "Deltagande ledamöter", "Närvarande styrelsemedlemmar", "Styrelseledamöter", "Närvaro",
        "Mötesdeltagare", "Närvarande med rösträtt",
        "Vice ordförande",  # a member's office over the members ("Ordförande: …" / "Vice ordförande: …")
    ),
    "guests": (
        "Övriga närvarande", "Övriga deltagare", "Extra deltagare", "Övriga", "Adjungerade", "Adjungerad",
        "Tjänstepersoner", "Tjänstemän", "Närvarande tjänstepersoner", "Inbjudna", "Inbjuden", "Gäster", "Gäst",
        "Närvarande ersättare", "Ej tjänstgörande ersättare", "Ersättare", "Övriga ersättare", "Suppleanter", "Suppleant",
        "Icke tjänstgörande ersättare", "Närvarande ej tjänstgörande ersättare", "Ej tjänstgörande",
        "Övriga deltagande", "Övriga närvarande tjänstepersoner", "Närvarande tjänstemän", "Sakkunniga",
        "Sekretariatet", "Sekretariat", "Kansliet", "Ej beslutande ersättare", "Ej beslutande", "Närvarande utan rösträtt",
        "Närvarorätt",  # politicians with the right to attend, not to decide
    ),
    "absent": ("Frånvarande", "Förhinder", "Anmält förhinder", "Ej närvarande", "Anmäld frånvaro",
               "Frånvarande ledamöter", "Frånvarande ersättare", "Anmält förfall", "Förfall", "Återbud",
               "Anmält återbud", "Lämnat återbud"),
    # the chair and secretary of each kind of meeting: möte, sammanträde, stämma, årsmöte
    "chair": ("Ordförande", "Mötesordförande", "Ordf", "Mötets ordförande", "Sammanträdets ordförande",
              "Stämmoordförande", "Stämmans ordförande", "Årsmötesordförande", "Årsmötets ordförande"),
    "secretary": (
        "Sekreterare", "Vid anteckningarna", "Vid protokollet", "Antecknat av", "Protokollförare",
        "Mötessekreterare", "Antecknare", "Sekr", "Mötets sekreterare", "Stämmans sekreterare", "Årsmötessekreterare",
        "Årsmötets sekreterare", "Vid pennan",
    ),
    "adjusters": (
        "Utses att justera", "Justerare", "Justerande", "Justeras", "Justeringsmän", "Justeringsperson",
        "Justerat", "Protokolljusterare", "Protokollsjusterare", "Utsedd att justera", "Utsedda att justera",
        "Utsedda justerare", "Justerande ledamot", "Justerande ledamöter", "Att justera protokollet", "Justeras av",
        "Justeringspersoner", "Just",
    ),
    "organization": ("Organisation", "Förening", "Myndighet"),
    # "Nämnd" and "Utskott" only with their colon: "Nämnd för teknik" is a body's name, no label
    # "Mötesform: Årsmöte": the kind of meeting is the body that meets
    "body": ("Organ", "Instans", "Nämnd:", "Nämnd/styrelse:", "Nämnd/utskott:", "Styrelse/nämnd:", "Utskott:",
             "Beslutsorgan", "Beslutsinstans", "Sammanträdande organ", "Beslutande organ", "Mötesform", "Mötestyp",
             "Typ av möte"),
    "ignored": (
        "Justeringens plats och tid", "Justeringens tid och plats", "Justering", "Justeringsdag", "Justeringsdatum",
        "Paragrafer", "Underskrifter",
        "Underskrift", "Datum då anslaget sätts upp", "Datum då anslaget tas ned",
        "Förvaringsplats för protokollet", "Anslagsdatum", "Datum för anslags uppsättande",
        "Datum för anslags nedtagande", "Protokollet förvaras", "Ärenden",
        "Ajournering", "Ajournerat", "Sammanträdet ajourneras",  # a pause, not more of the place and time
        *SENT_TO,
    ),
}

# Fields whose value is a list of people.
PERSON_LISTS = ("participants", "guests", "absent", "adjusters")

# Roles that fill a field: after a name ("Anna Berg (S), ordförande"), in brackets
# ("Marie Krantz (sekr.)") or before it in older minutes ("ordföranden Karl Andersson").
ROLE_FIELDS: dict[str, re.Pattern[str]] = {
    # who presides: "tjänstgörande ordförande", "t.f. ordförande" (a vice chair in the chair's place)
    "chair": re.compile(r"^(?:tjänstgörande\s+|t\.\s?f\.\s+|tf\s+|tillförordnad\s+)?(?:mötes|sammanträdets\s+)?"
                        r"ordf(?:öranden?|\.)?$", re.I),
    # (a nämnd's "nämndsekreterare" keeps its minutes; a "generalsekreterare" runs an organisation, a
    # "partisekreterare" a party, and a "socialsekreterare" is a social worker there to present a case)
    "secretary": re.compile(r"^(?:(?!general|parti|social)\w*|protokollets\s+)sekr(?:eteraren?|\.)?$"
                            r"|^protokolls?förare$|^vid\s+protokollet$", re.I),  # "Maina Gustafsson, vid protokollet"
    "adjusters": re.compile(r"^(?:protokoll)?juster(?:are|aren|ande)$|^just\.?$", re.I),
}
# "Ersättare, ej tjänstgörande" in a member's row: present, not deciding.
NOT_SERVING = re.compile(r"\bej\s+tjänstgörande\b|\binte\s+tjänstgörande\b", re.I)
# A note after a member's name that says they were away ("Ola Ek (KD), frånvarande", "Bo Ask (C) – anmält förhinder",
# "Eva Al (M) (ej närvarande)"): the member is absent, whatever list names them. The absent captions, as a note.
ABSENT_NOTE = re.compile(r"^(?:frånvarande|ej närvarande|inte närvarande|anmält förhinder|anmält förfall|förhinder"
                         r"|förfall|anmäld frånvaro|frånv\.?)$", re.I)
# "Dan Ro (S), tjänstgör från § 2" in the substitutes' list: a substitute who serves, for part of the meeting.
SERVING = re.compile(r"(?<!ej )(?<!inte )\b(?:tjänstgör|tjänstgörande|tjänstgjorde|tjg)\b", re.I)
# A term of office beside a list of names ("Ersättare: Solveig Mattsson och Agneta Hellström 2 år.", "… Anna Ek,
# omval"): the list is an election's, not the meeting's attendance.
TERM_OF_OFFICE = re.compile(r"\b(?:\d\s?år|(?:ett|två|tre|fyra)\s+år|omval|nyval|fyllnadsval)\b", re.I)
# Column captions of a members table ("Namn   Parti   Funktion"): a row of them is no person.
TABLE_CAPTIONS = ("Namn", "Parti", "Funktion", "Roll", "Uppdrag", "Närvaro", "Kommentar", "Ledamot", "Ersättare")
# Attendance tables with a presence column (ingest/presence.py): the captions of the column that marks who was
# there, of the columns of names, and of the other columns (votes, party, role); the marks that say "present".
PRESENCE_CAPTIONS: dict[str, tuple[str, ...]] = {
    "serving": ("Tjg", "Tjänstgörande", "Tjänstgör", "Tjänstgjorde", "Tj"),
    "present": ("Närvarande", "Närvaro", "Närv", "Närvarande/frånvarande", "Deltog", "Närvarade", "Deltagit", "N"),
    "absent": ("Frånvarande", "Frånv", "Ej närvarande", "Ej närv", "Frånvaro"),  # a mark there says the member was away
}
NAME_COLUMN_CAPTIONS: dict[str, tuple[str, ...]] = {
    "members": ("Ledamöter", "Ledamot", "Ordinarie ledamöter", "Ordinarie", "Namn", "Styrelseledamöter", "Ledamöter/ersättare"),
    "substitutes": ("Ersättare", "Suppleanter", "Suppleant", "Ersättare/suppleanter"),
    "serving": ("Tjänstgörande ersättare", "Tjänstgörande ersättare för"),  # they serve: no mark needed
}
OTHER_COLUMN_CAPTIONS = ("Parti", "Post", "Befattning", "Funktion", "Roll", "Uppdrag", "Kommentar", "Ja", "Nej", "Avstår",
                         "Avstod", "Votering", "Omröstning", "§", "Paragraf", "Paragrafer", "Ersätter", "Ers", "Anmärkning")
PRESENCE_TITLES = ("Närvarolista", "Närvaro- och omröstningslista", "Närvaro och omröstning", "Närvaroförteckning",
                   "Närvaro- och voteringslista", "Närvaro", "Omröstnings- och närvarolista")
PRESENT_MARKS = ("X", "Ja", "✓", "✔", "Närvarande", "Närv", "Tjg", "N", "Deltog", "Närvarade")
ABSENT_MARKS = ("Nej", "Frånvarande", "Frånv", "Ej närvarande")  # a roll's mark in a cell of its own after the name
# A party mark after a member's name: "Anna Berg (S)", "Per Ek (KD)".
PARTY_MARK = re.compile(rf"\([A-ZÅÄÖ{re.escape(PARTY_MARK_READS)}]{{1,4}}\)")  # "(S)", "($)", "($S)", "(1)"
# "Karin Berg (C) ersätter Lars Holm (C)": the replaced member is absent.
# "Peter Stenlund (M), tjänstgörande ersättare för Sofia Wennerholm (M)"; after a party mark "för" alone says it
# ("Bo Barknertz (M) för Ulrika Jörgensen (M)"), and "tjg för" abbreviates "tjänstgör för", "tjg ers för" "tjänstgörande
# ersättare för"; "istället för" is as often printed in one word.
REPLACES_WORDS = r"(?:tjg\.? ers\.? för|ersätter|ers\.|tjänstgör för|tjänstgörande för|tjg\.? för|ersättare för|i ?stället för)"
REPLACES = re.compile(rf"(?:\s+|\s*\()(?:{REPLACES_WORDS})\s+|(?<=\))\s+för\s+", re.I)  # also "(tjänstgör för Y)"
# Words that join names in a list ("Emma Krantz & Rebecca Lundin", "X, samt Y").
NAME_JOINERS = re.compile(r"\s*(?:,|;|\s&\s|\s\+\s|\boch\b|\bsamt\b)\s*", re.I)
# Trailing organisation after a name: "från Ystad kommun", "(Ystad kommun)", "SFF", "för Kommunal".
NAME_ORG_TAIL = re.compile(r"(?:(?:^|\s+)(?:från|fr\.|på|vid|för)\s+.*$|\s*\([^)]*\)\s*$|\s+[A-ZÅÄÖ]{2,6}$)")
# Capital letters a name may start with: Latin ones with any accent ("Ermin Škorić", "Łukasz", "Çelik").
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# A person's name as printed: capitalised words (no digits), optional particles.
# a surname's word ("Lindqvist", "Kowalczyk-Nowak", "O'Brien", "d'Aubigné"), initials ("Bengt K.Å. Johansson") or
# a patronymic cut short ("Bengt J:son Bergqvist")
_SURNAME_WORD = (rf"(?:(?:[{UPPER}]\.){{2,}}|[{UPPER}][a-zåäö]?:son|(?:[dl]['’])?[{UPPER}][^\W\d_]*(?:['’][{UPPER}][^\W\d_]*)?"
                 rf"(?:-[{UPPER}][^\W\d_]*)?\.?)")
NAME = re.compile(  # initials open older minutes' names: "J. A. Pettersson", "J.M.A. Grenander", and typed ones glued
    # to the surname or without their last stop: "O.Andersson", "C.O Olsson"
    rf"^[{UPPER}](?:(?:\.[{UPPER}])*\.(?=\s|[{UPPER}][a-zåäö])|(?:\.[{UPPER}])+(?=\s)"
    rf"|[^\W\d_]*(?:[-'’][^\W\d_][^\W\d_]*)?)"
    rf"(?:(?:\s+|(?<=\.))(?:{NAME_PARTICLES}\s+){{0,2}}{_SURNAME_WORD}){{0,3}}$"  # "Ola van der Berg", "Eva af Klint"
)
GLUED_INITIAL = re.compile(rf"^(?:[{UPPER}]\.)+[{UPPER}][a-zåäö]")  # "O.Andersson": a full name in one word
# The parties' letters a roll may print before the name, in a party column set first ("KD   Ola Sten", "S Anna Berg,
# ordförande"): the Riksdag's parties and the Folkpartiet of older minutes. Only these: other capitals before a name
# are an organisation ("SPF Seniorerna") or an initial.
PARTY_LETTERS = "S|M|SD|C|V|KD|L|MP|FP"
PARTY_FIRST = re.compile(rf"^\s*\(?(?P<party>{PARTY_LETTERS})\)?\s+(?=[{UPPER}][a-zåäöé]+(?:-[{UPPER}][a-zåäöé]+)?\s+"
                         rf"(?:{NAME_PARTICLES}\s+)?[{UPPER}][a-zåäöé])")
# A value that sends the reader elsewhere ("Plats: se kallelsen", "Tid: enligt kallelse", "Närvarande: se bilaga 1",
# "se bil 1"): no value of its own, never read as one.
REFERS_ELSEWHERE = re.compile(r"^(?:se|enligt|jfr)\s+(?:kallelsen?|bil(?:agan?|\.)?(?:\s+\d+)?|bifogad\s+\w+|nedan|ovan"
                              r"|sid(?:an|\.)?\s+\d+|separat\s+\w+)\.?$", re.I)
# Titles and roles printed before a name: "Rektor Lisa Engström", "Ordf. fru Karin Ahlström", and in
# older minutes any lower-case role word ("ordföranden Karl Andersson", "kassören Olle Persson").
NAME_TITLES = (
    "ordförande", "ordf.", "ordföranden", "vice ordförande", "vice ordf.", "v. ordf.", "sekreterare", "sekreteraren",
    "sekr.", "kassör", "kassören", "justerare", "just.",
    "rektor", "biträdande rektor", "förvaltningschef", "kommundirektör", "kommunchef", "stadsdirektör",
    "skyddsombud", "skyddsombudet", "ledamot", "ledamoten", "suppleant", "suppleanten", "revisor", "revisorn",
    "fru", "herr", "fröken", "dr", "doktor", "kyrkoherde", "kontraktsprost", "landshövding", "ersättare",
    "tjänstgörande ersättare", "kommunalråd", "kommunalrådet", "oppositionsråd", "oppositionsrådet", "regionråd",
    "regionrådet", "nämndsekreterare", "nämndsekreteraren",
    "herrar", "herrarna", "hr", "hr.", "frk", "frk.",  # older minutes' courtesy: "Närvarande: Herrar Nordin, Palm …"
)
ROLE_PREFIX = re.compile(
    r"^(?P<role>(?:(?i:" + "|".join(re.escape(t) for t in sorted(NAME_TITLES, key=len, reverse=True))
    + r")\s+|(?:\d:[ae]|[a-zåäöé.:]+)\s+)+)(?=[A-ZÅÄÖÉÜ])"  # "1:e vice ordförande Per Persson"
)
# Roles in the indefinite form describe the name before them, also when a two-column table
# puts the next name on the same line: "Anna Svensson (S), ordförande Per Olsson (M)".
ROLES_AFTER_NAME = re.compile(r"^(?:\d:[ae]\s+)?(?:vice\s+)?(?:ordförande|sekreterare|ledamot|ersättare)$", re.I)
# A role after a name without a comma: "Anna Svensson (S) ordförande", "Lena Sjöberg sekreterare".
ROLE_TAIL = re.compile(rf"^(?P<name>.*?[{UPPER}][^\s,]*)\s+(?P<role>(?!{NAME_PARTICLES}\s)[a-zåäöé0-9].*)$")
# "Hela personalgruppen utom Kim Sandberg och Petra Ryd": the names after are absent.
EXCEPT = re.compile(r"\s+(?:utom|förutom|med\s+undantag\s+(?:av|af|för)|undantaget)\s+", re.I)  # "af": before 1906

# Item presenters: "Föredragande: Emma Krantz & Rebecca Lundin, SOF".
PRESENTER_LABELS = ("Föredragande", "Föredragare", "Dragande", "Presentatör", "Presentatörer", "Föredras av")

# Sections of mötesanteckningar; the key is the name given to Item.section.
SECTIONS: dict[str, tuple[str, ...]] = {
    "Beslut": ("Beslut", "Beslutsärenden", "Beslutspunkter", "För beslut", "Ärenden för beslut"),
    "Information": ("Information", "Informationsärenden", "Informationspunkter", "För information"),
    "Diskussion": ("Diskussion", "Diskussionsärenden", "Diskussionspunkter", "För diskussion"),
    "Övrigt": ("Övrigt", "Övriga frågor", "Övriga ärenden", "Övriga punkter"),
}

# Subheadings inside an item. Lines under a decision heading (up to the next
# subheading) are the item's decisions.
# A body's name in the genitive, coordinated compounds included: "Styrelsens", "Barn- och utbildningsnämndens".
# An adjective may open the name: "Tekniska nämndens", "Gemensamma nämndens"; an abbreviation takes ":s".
# A line that ends inside a coordinated compound ("Barn- och" / "utbildningsnämnden", "Miljö-" / "och byggnadsnämnden"):
# a narrow cover cell wrapped the name, which goes on in lower case on the next line.
SUSPENDED_END = re.compile(r"[^\W\d_]+-(?:\s+(?:och|eller|samt|&))?\s*$")
# A name a narrow cell wrapped after its coordinator, the next part capitalised: "Nämnden för Vård &" / "Omsorg".
COORDINATED_END = re.compile(r"\s(?:och|samt|&)\s*$")
# A name "X för Y" takes the s at its end: "Nämnden för Services", "Nämnden för Vård & Omsorgs".
# "Barn- och utbildningsnämndens", its hyphen as printed or lost (a dash a scan read for it is mended first:
# glyphs.suspended_hyphens_mended)
_GENITIVE = (r"(?:[\wåäö]+[ae]\s+)?(?:[\wåäö]+(?:-\s+|\s+)(?:och|&|samt)\s+)?"  # "Ordinarie årsstämmans"
             r"(?:[\wåäö]+\s+för\s+(?:[\wåäö]+\s+(?:och|&|samt)\s+)?)?[\wåäö-]+:?s")  # an abbreviation's: "KSAU:s"
DECISION_HEADINGS = re.compile(
    rf"^(?:(?:{_GENITIVE}\s+)?(?:{_GENITIVE}\s+)?beslut(?:et)?(?:\s+i\s+\w+)?"  # Beslut, Beslutet, Kommunstyrelsens beslut
    r"(?:\s*[–—-]\s*(?:för|till|förslag\s+till)\s[^.:]{1,50})?"  # "Beslut – för fastställande i kommunfullmäktige"
    rf"|{_GENITIVE}(?:\s+{_GENITIVE})?\s+förslag\s+till\s+(?!beslut\b)[\wåäö-]+(?:\s+[\wåäö-]+)?"  # Arbetsutskottets förslag till kommunstyrelsen
    r"|beslöts|beslutades|beslut:?)$",
    re.I,
)
OTHER_SUBHEADINGS = (
    "Ärendebeskrivning", "Sammanfattning av ärendet", "Sammanfattning", "Beslutsunderlag", "Yrkanden", "Yrkande",
    "Propositionsordning", "Beslutsgång", "Omröstning", "Omröstningsresultat", "Reservation", "Reservationer",
    "Protokollsanteckning", "Protokollsanteckningar", "Expedieras till", "Beslutet skickas till", "Skickas till",
    "Beslutet expedieras till", "Förslag till beslut", "Förvaltningens förslag till beslut", "Bakgrund",
    "Ärendet", "Bedömning", "Jäv", "Deltar inte i beslutet", "Särskilt yttrande", "Ekonomiska konsekvenser",
    "Yttrande", "Yttranden", "Motivering", "Upplysningar", "Tilläggsyrkande", "Ajournering",
    # a decision's reasons and the appeal notice förvaltningslagen asks for follow it; they are not the decision
    "Beslutsmotivering", "Motivering till beslut", "Skäl för beslutet", "Skäl för beslut", "Beslutet kan överklagas",
    "Hur man överklagar", "Hur man överklagar beslutet", "Överklagande", "Information om hur man överklagar",
    # who the decision is sent to, and the parts of a case's preparation, as templates name them
    "Expedieras", "Expediering", "Beslutet expedieras", "Beslutet delges", "Delges", "Sändlista", "Kopia till",
    "Beslutet ska skickas till", "Beslutet sänds till", "Protokollsutdrag till", "Utdrag till", "För kännedom",
    "Ärendebeskrivning och bakgrund", "Ärendets beredning", "Beslutsordning", "Votering", "Voteringsresultat",
    "Skiljaktig mening", "Särskilda yttranden", "Förvaltningens bedömning", "Överväganden", "Barnperspektiv",
    "Barnkonsekvensanalys", "Juridiska konsekvenser", "Deltar ej i beslutet", "Handlingar i ärendet",
    "Beskrivning av ärendet", "Ärendets beskrivning", "Sammanfattning av ärende", "Ärendesammanfattning",
    "Ärendet i korthet", "Information i ärendet", "Underlag för beslut", "Handlingar", "Tidigare beslut",
    "Förvaltningens yttrande", "Förvaltningens synpunkter", "Förvaltningens ställningstagande", "Konsekvenser",
    "Konsekvensanalys", "Finansiering", "Mötets behandling", "Behandling på sammanträdet", "Sammanträdets behandling",
    "Överläggning", "Yrkanden på sammanträdet", "Jävsanmälan", "Särskilt uttalande", "Barnrättsperspektiv",
    "Jämställdhetsperspektiv", "Miljöperspektiv", "Facklig samverkan", "Juridisk bedömning", "Bilagor",
)
# A subheading no table names is known by its shape inside a decision: at most this many words (see
# segment._heading_shaped).
SUBHEADING_MAX_WORDS = 6
# A line that opens with a label of a word or two and its colon: "Förslag: …", "Tid: …", "Röstningsresultat: 10 ja".
LABEL_START = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+)?\s*:\s")
# A sentence that records how the meeting went, not what it decided; on a line of its own after a decision it ends
# it: "Lena Ek (M) reserverar sig mot beslutet.", "Per Holm (S) anmäler jäv och deltar inte i handläggningen.".
PROCEDURE_RECORD = (
    r"\b(?:reserverar\s+sig|reserverade\s+sig|protokollsanteckning|anmäler\s+jäv|anmälde\s+jäv|jävig"
    r"|deltar\s+(?:inte|ej)[\s-]+i\s+(?:beslutet|handläggningen|ärendet)|deltog\s+(?:inte|ej)[\s-]+i"  # "inte-i": a scan
    r"|särskilt\s+yttrande|avstår\s+från\s+att\s+delta)\b"
)
# Whoever proposes it, a proposal for a decision is not the decision: "Förvaltningens förslag till beslut",
# "Barn- och utbildningsförvaltningens förslag", "Tjänstemannaförslag till beslut i nämnden", "Beslutsförslag".
# A decision that names the proposal it follows is no heading: "Enligt arbetsutskottets förslag.".
PROPOSAL_HEADING = re.compile(
    r"^(?!(?:enligt|i\s+enlighet\s+med|(?:med\s+)?bifall\s+till)\s)(?:(?:[\wåäö-]+\s+){0,4}?[\wåäö-]*förslag\s+till\s+beslut\b[^.]{0,40}"
    r"|(?:(?:[\wåäö-]+\s+){0,2}?[\wåäö-]+s\s+)?[\wåäö-]*förslag|beslutsförslag\b[^.]{0,40}"
    r"|förslag\s+till\s+[\wåäö-]*(?:fullmäktige|styrelsen|nämnden|utskottet))$", re.I)  # "Förslag till kommunfullmäktige"
# A line that starts a new decision inside a decision block: "att ...", "1. ...", "a) ...".
NUMBERED_POINT = re.compile(r"^\d{1,2} ?[.)]\s")  # "2. Avgiften …"; OCR may space the stop: "2 . Avgiften"
DECISION_CLAUSE = re.compile(rf"^(?:att\b|{NUMBERED_POINT.pattern[1:]}|[a-h][.)]\s)", re.I)
# A lettered point under an item, "a) Verksamhetsberättelsen lästes upp.": a part of its text, never its title; a
# web page may drop the space before its word ("a)Kansli", "c.Övrigt").
LETTERED_POINT = re.compile(r"^[a-h][.)](?:\s|(?=[A-ZÅÄÖ][a-zåäö]{2}))")
# "Beslut: Ledningsgruppen godkänner ..." inside an item.
# "Beslut: X" gives X; "Beslöts att X" is a sentence and is kept whole.
INLINE_DECISION = re.compile(r"^(?:(?:beslut|beslutades|beslöts|mötet beslutade)\s*:\s*|beslut\s+(?=att\b)"
                             r"|(?=(?:beslutades|beslöts)\s+att\b))(\S.*)$", re.I)  # "Beslut att välja …": no colon

# The grammar of a decision recorded as a sentence (ingest/decisions.py), matched on folded text: a decision verb
# as the main verb, a short subject before it, and none of the words that make it a proposal, a condition or a plan.
DECISION_PREDICATE = (
    r"\b(?:beslutar|beslutade|beslöto?|beslöto?s|beslutades|beslutas"  # the -o, -os plurals: "beslöto", "utsågos"
    r"|valdes|omvaldes|nyvaldes|återvaldes|invaldes|valde|väljs|väljes|(?:om|ny|åter|in)väljs|utsågo?s|utsågo?"
    r"|fastslås|fastslogs|fastslog|fastslår"  # "Medlemsavgiften för år 2025 fastslås oförändrad"
    r"|godkändes|godkänns|godkännes|godkände|godkänner|fastställdes|fastställs|fastställes|fastställde|fastställer"
    r"|antogo?s|antages|antogo?|antar(?!\s+att\b)|avslogo?s|avslås|avslogo?|avslår|biföllo?s|bifalls|bifalles|biföllo?|bifaller"
    r"|noterar|noterade|noteras(?!\s+att\b)|noterades(?!\s+att\b)|antecknas(?!\s+att\b)|antecknades(?!\s+att\b)"
    r"|utser|utses|entledigar|entledigas|återremitterar"
    r"|valet\s+föll\s+på"  # "Val av mötessekreterare gjordes och valet föll på Rasmus Holm"
    r"|(?:får|fick|ges|gavs)\s+i\s+uppdrag(?=\s+att\b)"  # "Per Ek fick i uppdrag att kontakta …": the meeting's charge
    r"|uppdrogs|beviljades|beviljas|beviljade|beviljar|bordlades|bordläggs|bordlägges|bordlade|återremitterades|återremitteras"
    r"|bestämdes|bestämde|enades\s+om|enades\s+mötet\s+om"  # "Årsavgiften bestämdes till 300 kronor"
    # "Styrelsen fick ansvarsfrihet för det gångna året", "Stämman gav styrelsen ansvarsfrihet"
    r"|(?:fick|erhöll|gavs)\s+(?:full\s+)?ansvarsfrihet|gav\s+(?:\w+\s+){1,2}?(?:full\s+)?ansvarsfrihet"
    # a case sent on, closed or taken off: "Motionerna överlämnas till kommunstyrelsen för beredning", "Motionen
    # avskrivs", "Ärendet lämnas utan åtgärd", "Ärendet utgår från dagordningen"
    r"|överlämnas|remitteras|avskrivs|lämnas\s+utan\s+åtgärd"
    # a year's result carried forward, the formula of an annual meeting: "Överfördes för respektive år i ny räkning"
    r"|(?:överför(?:de)?s|balansera(?:de)?s)(?=\s+(?:\S+\s+){0,4}?(?:i|till|på)\s+ny\s+räkning\b)"
    r"|utgår(?=\s+(?:från|ur)\b|\.)|(?:(?<=ärendet )|(?<=punkten ))utgår"  # "Ärendet utgår vid nämndens sammanträde …"
    # the older passive in -es as well: "Meddelandena lägges till handlingarna", "Budgeten godkännes"
    r"|(?:lades|läggs|lägges|lagts|tas|tages|togs)\s+(?:med\s+\S+\s+)?till\s+(?:handlingarna|protokollet)"  # "lades med godkännande till …"
    r"|(?:lägger|lade)\s+(?:\S+\s+){1,3}till\s+(?:handlingarna|protokollet)|justera(?:s|des)\s+omedelbart"
    r"|blev\s+(?:godkänd|godkända|godkänt|antagen|antagna|avslagen|bifallen|vald|valda)"
    r"|förklara(?:de)?s(?!\s+(?:öppna[dt]|avsluta[dt])\b)"  # "Paragrafen förklarades omedelbart justerad"
    r"|befanns|befinns"  # "Styrelsen befanns vara beslutsför"
    r"|(?:ansågs|anses|ansåg\s+sig|anser\s+sig)\s+(?:\S+\s+)?(?:vara\s+)?(?:behörig\w*|besvarad|besvarat|besvarade"
    r"|utlyst|beslutsför\w*|beslutsmässig\w*|stadgeenlig\w*)"  # "Motionen anses besvarad", "Mötet ansåg sig utlyst"
    r"|förklara(?:r|de)\s+(?:\S+\s+){1,4}?(?:besvarad|besvarat|besvarade|justerad|justerat|justerade|vald|valda"
    r"|avskriven|avskrivet|avskrivna)"  # "Kommunfullmäktige förklarar interpellationen besvarad"
    r"|(?:anser|ansåg)\s+(?:\S+\s+){1,3}?(?:besvarad|besvarat|besvarade)"  # "Nämnden anser motionen besvarad"
    r"|(?:tar|tog|tagit)\s+del\s+av"  # "Nämnden har tagit del av informationen"
    # the decision named as a noun before its att-clause: "Beslut togs om att köpa …", "Beslut fattades att …",
    # "Beslutet blev att …", and a note's "Beslut om att en fond omsätts …" opening the sentence
    r"|(?<!inget )(?<!något )beslut\s+(?:togs|fattades)(?=\s+(?:om\s+)?att\b)"
    r"|beslutet\s+blev(?=\s+att\b)|^beslut\s+om(?=\s+att\b))\b"
)
# A relative clause that closes the sentence with its outcome ("Framlades förslag om ny belysning, vilket godkändes.",
# "Kassören föredrog årsredovisningen, som efter någon diskussion godkändes.", "… föredrog Tommy Rosenlind
# revisorernas berättelse som därefter godkändes av stämman.",
# "Ordföranden föreslog att mötet skulle avslutas, vilket bifölls.", "…, vilket stämman godkände enhälligt."), or a
# clause of what follows ("… överensstämmer med reglementet varför kallelsen godkännes."): what the sentence set out
# was decided.
CARRIED_BY_WHICH = (
    # (a scan's stop for the comma)
    r"(?:(?:,\s+(?:vilket|vilken|vilka|som|varefter)|\s+som(?=\s+(?:därefter|sedan)\s)|[,.]\s+(?:vilket|vilken|vilka))\s+(?P<who>(?:\S+\s+){0,3}?)"
    r"|\s+varför\s+(?P<what>(?:\S+\s+){1,3}?))"
    r"(?:godkändes|godkänns|godkännes|bifölls|bifalls|antogs|antas"
    r"|beviljades|fastställdes|avslogs|avslås|beslutades|godkände|biföll|antog|beviljade|fastställde|avslog"
    r"|(?:lades|lägges|läggs)\s+till\s+(?:handlingarna|protokollet))"  # "…, vilken skrivelse lades till handlingarna."
    r"(?:\s+(?:enhälligt|utan\s+\S+|med\s+acklamation|av\s+(?:mötet|stämman|årsmötet|styrelsen)))?"
    r"\s*[.,]?$"  # "… handlingarna,": its stop read as a comma; "…, varefter den godkänns av mötet."
)
# Verbs that record a decision only when the deciding body (a BODY_WORDS word, "mötet") is their subject:
# "Socialnämnden lämnar rapporten till kommunfullmäktige", not "Förvaltningen lämnar en redovisning".
DECISION_BY_BODY = (
    r"\b(?:lämnar|överlämnar|uppdrar|uppdrog|(?:ger|gav)\s+(?:\S+\s+){1,3}i\s+uppdrag|ställer\s+sig\s+bakom|väljer"
    r"|avger|avgav|remitterar|remitterade"  # "Nämnden avger yttrande …", "Arbetsutskottet remitterar motionen …"
    # "Nämnden tackar för informationen", "… antecknar informationen", "… fattar beslut i enlighet med förslaget"
    r"|tackar\s+för\s+(?:\S+\s+)?(?:informationen|redovisningen|rapporten|föredragningen|dragningen)"
    r"|antecknar|antecknade|fattar\s+beslut|fattade\s+beslut|(?:tar|tog)\s+beslut(?=\s+(?:om\s+)?att\b)|delegerar|delegerade)\b"
)
# "Stämman beslutar" or "Mötet beslutade enhälligt:" alone on a line, over its att-clauses (a speck a scan read after
# it aside: "Kommunstyrelsen beslutar . |", "Socialnämnden beslutar. -").
DECISION_LEAD = (
    r"^(?:\S+\s+){0,3}?(?:beslutar|beslutade|beslöto?|beslöts|beslutades)"
    rf"(?:\s+(?:med\s+acklamation|enhälligt|enligt\s+följande|följande|därför))?\s*:?(?:\s*[.,'\"–—\-{re.escape(RULE_READS)}]){{0,2}}\s*$"
)
DECISION_BLOCKERS = (
    r"\b(?:att|som|när|innan|sedan|ska|skall|kommer|bör|kan|får|måste|föreslår|föreslås|föreslog|yrkar|"
    r"yrkade|tillstyrker|tillstyrkte|hemställer|rekommenderar)\b"
    r"|(?<!en |et |an |na )\bom\b"  # a condition or question; after a definite noun a matter: "Frågan om … bordlades"
)
# A proposal or a motion as the subject: "Styrelsens förslag: stämman beslutar …" sets out the proposal, but a
# verb in the past passive tells what became of it ("Förslaget antogs.", "Yrkandet avslogs.").
PROPOSAL_NOUNS = r"\b(?:förslag|förslaget|yrkande|yrkandet)\b"
OUTCOME_VERB = r"(?:\w+(?:des|ts|gs|lls)|blev\s+\w+)$"
# The outcome alone under an item's title, its participle all the text says ("6. Fastställande av dagordning" / "-
# Godkänd", "Bordlagd.")
LONE_OUTCOME = re.compile(r"^\W*(?:godkän[dt]a?|fastställ[dt]a?|antag(?:en|et|na)|beviljad|beviljat|beviljade|bifall(?:en|et|na)"
                          r"|avslag(?:en|et|na)|bordlag[dt]a?)(?:\s+enligt\s+(?:förslag|förslaget))?\W*$", re.I)
# A date or a paragraph reference right after the verb makes the sentence a report of an earlier decision:
# "Kommunfullmäktige beslutade den 12 maj 2019 att …", "Nämnden beslutade 2023-06-14, § 45, att …".
EARLIER_DECISION = (
    r"\s*,?\s*(?:den\s+\d|\d{4}-\d\d-\d\d|\d{1,2}\s+[a-zåäö]+\s+(?:19|20)\d\d|i\s+[a-zåäö]+\s+(?:19|20)\d\d"
    r"|år\s+(?:19|20)\d\d|§)"
)
# A decision verb in the past tense with a past time after it, before any att-clause, reports what another body
# decided then: "Förvaltningsrätten avslog i april överklagandet.", "Kommunfullmäktige antog planen i juni 2020.";
# a date alone may be ahead ("beviljade medlemskap …, tillträde 2024-11-01"), so only a month right after the verb
# or a year with "i"/"under"/"år" further on says so. "Nämnden godkänner … fattade i mars" is present tense.
PAST_VERB = r"(?:de|des|dde|ddes|tte|ttes|öt|ög|og|öll|ogs|ögs|öts|ölls|valde|lade|tog|gav|uppdrog)$"
_MONTHS_RE = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
PAST_TIME_AFTER_VERB = (
    rf"\s*,?\s*(?:i|under)\s+(?:{_MONTHS_RE}|fjol|höstas|våras|somras|vintras)\b"
    r"|\s*,?\s*förra\s+(?:året|månaden|veckan|mötet|sammanträdet)\b"
    r"|\s*,?\s*(?:19|20)\d\d\b(?!\s+års)")  # "Nuvarande taxa antogs 2015", not "… antog 2025 års budget"
PAST_YEAR = r"(?<!för )\b(?:i|under|år)\s+(?:[a-zåäö]+\s+)?(?:19|20)\d\d\b"  # "för år 1977" is the period decided for

# The chair's finding on a put question records the outcome ("Ordföranden ställde proposition på förslaget och fann
# detsamma bifallet", "… och fann att fullmäktige bifallit kommunstyrelsens förslag"): the item's decision where
# nothing else records one, procedure where a decision sentence follows.
CHAIR_FINDS = (
    r"\b(?:fann|finner)\s+(?:att\s+)?(?:\S+\s+){0,4}?(?:bifall(?:et|en|na|it|er)|antag(?:et|en|na|it)|antar"
    r"|beslut(?:at|ar|it))\b"
)

# Under a decision heading a later paragraph in which the deciding body does something in the present tense is
# still the decision ("Kommunfullmäktige begär ny sammanräkning hos länsstyrelsen."); an auxiliary opens background
# ("Nämnden har tidigare …").
BODY_ACTS_VERB = r"[a-zåäö]{2,}(?:ar|er|rar|år)"
AUXILIARIES = ("är", "har", "kan", "ska", "skall", "får", "bör", "måste", "vill", "blir", "behöver", "kommer")

# Before a verb whose subject, the deciding body, follows it ("Efter votering, som utföll med 4 röster mot 3, beslöt
# fullmäktige att …") stands an adverbial, not the subject: a decision unless it is a condition ("Om ansökan
# kompletteras beslutar nämnden …") or dates the decision as an earlier one ("Den 12 maj 2019 beslutade …").
# A phrase put first that opens with a preposition is an adverbial, however long, and the subject follows the verb:
# "Till ledamöter i styrelsen för en tid av två år omvaldes Helge Nordin och Gustav Berg."
FRONTED_PREPOSITIONS = ("till", "efter", "på", "vid", "med", "under", "inför", "genom", "för", "i")
# A clause of cause or time put first, as older minutes open their decisions, the verb then before its subject or in
# the passive: "Som låntagarne … begärt nedsättning på räntan beslöts att …", "Sedan Stockholms Fattigvårdsnämnd …
# yrkat … beslöt Styrelsen uppdraga …". What the clause says (a request, a proposal) is the matter, not the decision.
FRONTED_CLAUSE = r"^\W*(?:som|sedan|emedan|eftersom|enär)\s"
FRONTED_CONDITION = r"^\W*(?:om|ifall|såvida|förutsatt|i\s+fall)\b"
FRONTED_DATE = r"\b(?:19|20)\d\d\b|\bden\s+\d"

# Authorities whose decisions minutes report and never make: as (part of) the subject, "Länsstyrelsen beslutar att
# avslå överklagandet.", "Förvaltningsrätten bifaller ansökan.", "Skolinspektionens beslut fastställdes".
OTHER_AUTHORITY = (
    r"^(?:länsstyrelsen|regeringen|riksdagen|\w+rätten|\w*domstolen|\w+verket|\w*inspektionen|socialstyrelsen"
    r"|justitieombudsmannen|jo|ivo|\w+myndigheten)s?$"
)
# A line that announces a list of what is reported to the meeting ("Följande delegationsbeslut anmäls:",
# "Inkomna skrivelser:"): the entries under it are reports, whatever their verbs.
REPORTS_ANNOUNCED = (
    r"\b(?:anmäl\w*|redovisa\w*|meddela\w*|delegationsbeslut\w*|delegeringsbeslut\w*|inkomn\w*|inkommit"
    r"|föreligg\w*|rapporter\w*|skrivelser|delgivning\w*|ordförandebeslut\w*)\b"
)

# A decision that adopts a proposal names it, which the proposal itself never does: "Nämnden beslutar enligt
# förslaget.", "… i enlighet med förvaltningens förslag", "… bifaller arbetsutskottets förslag".
ADOPTS_PROPOSAL = r"\b(?:enligt|i\s+enlighet\s+med|bifaller|bifall\s+till)\s+(?:\S+\s+){0,2}?förslag(?:et|en)?\b"

# Follow-up labels in an item ("Ansvarig: Jörgen Fält", "Klart senast: juni"): a line starting
# with one ends the decision before it.
FOLLOW_UP_LABELS = re.compile(
    r"^(?:ansvariga?|ansvar|åtgärd|åtgärder|deadline|klart\s+(?:senast|till)|uppföljning|återrapportering|"
    r"tidplan|att\s+göra)\s*:", re.I,
)

# Item headings. Each pattern has groups `num` and `rest`; `kind` decides how the
# number is read and printed. Tesseract's Swedish model has no "§": it reads
# "§ 48" as "848", "8 48", "$ 48", "S 48", "s 48", "£ 48" or "5 48", and Tesseract 5.5 also as "$& 48" (the glyphs are in
# ingest.glyphs); those are `ocr_para`, and "832" is read both as § 2 and as § 32, for the sequence to choose.
# Roman numerals lose an I to "l", "i", "1" or "T" ("VIII." as "Vill.", "II." as "IT."; glyphs.ROMAN_I_READS).
# A page with a blank line between at least this share of its lines (and this many lines) is set in double spacing.
DOUBLE_SPACED_SHARE = 0.75
DOUBLE_SPACED_MIN_LINES = 8
_RULE = re.escape(RULE_READS)
# "§ l.", "$ I Mötets öppnande", "$ I — Information": a typewriter or OCR gave the one as a letter (also a number's
# first one: "$ l21")
_ONE = rf"[{ONE_READS}](?=[.:)]|\s+(?:[-–—]\s+)?[A-ZÅÄÖ][a-zåäö])"
# The body's mark before "§", in capitals or not: "KS § 4", "RSAU § 118", "Mbn § 101", "Ksau § 12".
BODY_MARK = r"(?:[A-ZÅÄÖ]{1,6}|[A-ZÅÄÖ][a-zåäö]{1,3})"
# the gap between a table's number cell and its title as OCR reads it: a rule, or a speck of a speckled scan
# ("3 : Vårdisco för åk 4-6. Discogruppen …", "8 . Övriga frågor. Therese …", "1.1 - Mötets öppnande."), or glued
# to the title ("5 -Trafiksäkerhet vid skolan. Flera …", '4 "Information från rektor. Birgitta …', "1.2 'Val av …")
_IN_CELL_GAP = CELL_GAP_READS + ":;.'\"”“"
_ITEM_WORDS = "(?:[Pp]unkt|PUNKT|[Ää]rende|ÄRENDE|[Pp]aragraf|PARAGRAF)"  # "Ärende 5", "ÄRENDE 31", "Punkt 3."
ITEM_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "§ 4,"; "§42- Anmälningar …", the dash before the title glued to the number; "§ 45/2023", numbered in the year;
    # "§ 44' Svar på motion …", a speck glued to the number; "§. 1." and "§.1.", as the 1800s printed it; "§ 1/ Mötet
    # öppnas.", a slash for the stop
    ("para", re.compile(rf"^(?:{BODY_MARK}\s+)?§§?\.?\s*(?P<num>\d{{1,4}}|{_ONE})(?:\s?/\s?(?:19|20)?\d\d(?!\d))?\s*"
                        rf"(?:[.,:)'‘’`/]|[-–—]+(?=\s))?(?:\s+(?P<rest>.*))?$")),
    # (not where the sign follows: "321 §" is § 321, not "3" misread for the sign)
    # (a speck a scan read between the body's mark and the sign, the sign and the number, or after the stop: "KS '5 22",
    # "KS.s 24", "8 '5: Styrelsens …", "8 1.: Stämmans öppnande.")
    ("ocr_para", re.compile(rf"^(?:(?!{_ITEM_WORDS}\b)[A-ZÅÄÖ]{{2,6}}(?:\s?[.'‘’`](?=\s?[{re.escape(SECTION_READS)}]))?\s*|[A-ZÅÄÖ][a-zåäö]{{1,3}}\s+)?[{re.escape(SECTION_READS)}](?P<second>[{re.escape(SECTION_SECOND)}]|[{re.escape(SECTION_SECOND_SIGNS)}]{{2}}|{SECTION_SECOND_BEFORE_TENS}(?=\s|\d\d))?"
                            rf"(?P<gap>\s*[.'‘’]?\s*)(?P<num>\d{{1,3}}|(?<=\s){_ONE}|[{ONE_READS}]\d{{1,2}}(?!\d))\s*(?:[.,:)'‘’`/]{{1,2}}|[-–—]+(?=\s))?(?!\s*§)(?:\s+(?P<rest>.*))?$")),
    # OCR reads a heading's full stop or parenthesis as a comma, semicolon or colon ("5, Arbetsformer", "12; Beslut om
    # mandatperiod"; glyphs.NUMBER_STOP_READS): a capital after it, and the sequence decides
    # (or a capital OCR read small: "16: val av valberedning")
    ("number", re.compile(rf"^(?P<num>\d{{1,2}})\s*(?:[.)](?!\d)|[{NUMBER_STOP_READS}](?=\s+(?:[A-ZÅÄÖ]|[{CASE_TWINS}][a-zåäö])))"
                          r"\s*(?P<rest>\S.*)$")),
    # "1 §": the number before the sign, as some nämnder print it; a law's "24 § kommunallagen" wrapped to a
    # line start is no heading, so the title, if on the line, begins with a capitalised word
    ("para", re.compile(r"^(?P<num>\d{1,4})\s*§\s*[.:]?(?:\s+(?P<rest>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö].*))?$")),  # "BUKÄRR 3:86"
    # and its sign as OCR misreads it, "1 §" as "18", "1 $" or "1 8&" (`ocr_para_after`: "38" is § 3 only where the sequence
    # goes on, as "§ 8" is its other reading)
    ("ocr_para_after", re.compile(rf"^(?P<num>\d{{1,3}})[\s.]?[{re.escape(SECTION_READS)}][{re.escape(SECTION_SECOND)}]?\s*[.:]?"
                                  r"(?:\s+(?P<rest>[A-ZÅÄÖ][a-zåäö].*))?$")),
    ("number", re.compile(rf"^(?:{_ITEM_WORDS}|[Pp]\.)\s*(?P<num>\d{{1,3}})\s*[.:)]?\s+(?P<rest>\S.*)$")),
    # in capitals alone over its title, a heading's style: "ÄRENDE 31" / "Lokal trafikföreskrift …"
    ("number", re.compile(rf"^(?:ÄRENDE|PUNKT|PARAGRAF)\s*(?P<num>\d{{1,3}}|[{ONE_READS}])\s*[.:)]?(?P<rest>)$")),  # "ÄRENDE I"
    # Word's numbered headings lose the dot in PDF text: "1 Inledning"; only an unbroken run counts
    # or a table row "1    Mötets öppnande    AB": the first cell is the title, other cells may say anything
    # (a title may run long, and hold an abbreviation's stop: "3 Avrapportering av … inkl. det sakkunniga …")
    # (its full stop kept: "1 Mötets öppnande.", a numbered list's "1." lost and the title's stop not)
    ("bare", re.compile(r"^(?P<num>\d{1,2})\s+(?P<rest>[A-ZÅÄÖ](?:[^.]|\.(?=\s?[a-zåäö0-9])){2,120}?(?:(?:\s{2,}|\t)\S.*|\.)?)$")),
    # a table row whose first cell is the number: "3    Ekonomi. Kassören redovisade läget.    PH"
    # (a one as OCR reads it alone in its cell, "l   Formalia", is 1; a title's capital OCR read small, "vårdisco")
    # (a ruled table's rule between the cells read as a bar: "4     | Ekonomi", "5 | Skidskolan")
    ("bare", re.compile(rf"^(?P<num>\d{{1,2}}|[{ONE_READS}])[.):]?(?:[ ]{{2,}}|\t|[ ](?=[{_RULE}]\s))\s*"
                        rf"(?:[{_RULE}]\s+)?(?P<rest>(?:[A-ZÅÄÖ]|[{CASE_TWINS}](?=[a-zåäö])).*)$")),
    # the same row read by OCR with the gaps closed: "2 Ekonomi. Fredrik redovisade …", a speck in its title read as
    # a stop ("5 Trafiksäkerhet vid. skolan. Flera föräldrar …")
    ("bare", re.compile(rf"^(?P<num>\d{{1,2}})\s+(?:[{re.escape(_IN_CELL_GAP)}]\s*)?"
                        r"(?P<rest>[A-ZÅÄÖ][^.]{2,80}(?:\.\s[a-zåäö][^.]{0,40})?\.\s+[A-ZÅÄÖ].*)$")),
    ("roman", re.compile(rf"^(?:§\s*)?(?P<num>(?:[IVX]|T(?=I))[IVX{ROMAN_I_READS}]{{0,4}})\s*[.)]\s+(?P<rest>\S.*)$")),
)
# A table row "7    Andrahandsuthyrning    Ansökan beviljades." whose column gaps OCR closed, a speck it read for the
# rule after the number or not: "7 -Andrahandsuthyrning lgh 1104 Ansökan beviljades för ett år." (segment._closed_row
# finds the decision cell by its grammar).
CLOSED_ROW = re.compile(r"^(?P<num>\d{1,2})\s+[-–|]?\s*(?P<rest>[A-ZÅÄÖ].*\.)$")
# OCR closed the gap between a "§" heading's number and its title, and may have read a speck in the gap as one more
# digit or as brackets: "§12   Månadsrapport" as "$120Månadsrapport" or "§12[]Manadsrapport". The number with and
# without its last digit are both readings; the sequence decides. Only a sign that is no digit counts, so a number
# glued to a word in prose is no heading.
# A narrow number column wraps "RSAU § 114" after the sign and a converter reads its lines across both columns,
# so the number stands among the title's words: "RSAU § Delårsrapport augusti 2024 114 Diarienummer: RS 2024/0712",
# the sign as OCR reads it ("RSAU 8 Ny hyresnivå … 117"). Any number-word may be it; the sequence chooses.
DISPLACED_NUMBER = re.compile(rf"^(?:(?:{BODY_MARK})\s+[{re.escape(SECTION_READS)}§]|§)\s+(?P<rest>[A-ZÅÄÖ][a-zåäö].*\s\d{{1,4}}\b.*)$")
GLUED_PARAGRAPH = re.compile(rf"^(?:{BODY_MARK}\s+)?[§$&£](?P<num>\d{{1,4}})[\[\]|]{{0,3}}(?P<rest>[A-ZÅÄÖ][a-zåäö].*)$")
# An item numbered under another: "1.2 Val av justerare", "1.2    Val av justerare    Therese Lund valdes …".
# "1.4: Föregående protokoll", "1.1 - Mötets öppnande.", a scan's "4.1-Ordförande" (a speck read as a dash, no gap)
SUBITEM = re.compile(rf"^(?P<parent>\d{{1,2}})\.(?P<sub>\d{{1,2}})[.):]?"
                     rf"(?:\s+(?:[{re.escape(_IN_CELL_GAP)}]\s*)?|[-–—](?=[A-ZÅÄÖ]))(?P<rest>[A-ZÅÄÖ].*)$")
# What an agenda names its items, in any association's minutes: a title without a number is trusted as a heading
# where several are such ("Mötets öppnande", "Val av justerare", "Övriga frågor"); a scan may lose a letter or a
# space ("Mötes öppnande", "Valav två mötesjusterare")
AGENDA_TITLE = re.compile(r"öppnande|avslutande|avslutning|^val\s*av\b|dagordning|föredragningslista|justerare\b"
                          r"|\bföregående\s+(?:möte|mötes|protokoll)|^övriga?\b|^nästa\s+möte|^ekonomi|^kassarapport"
                          r"|verksamhetsberättelse|ansvarsfrihet|^motioner\b", re.I)
# An item lettered under a number: "§ 12 a Ändring av taxa", "§ 45a. Extra ärende", "2a Budgetförslag 2023",
# "7 b) Val av ledamöter": an item added between two, or the parts of one. The letter is dropped for the number's
# readings and printed after it.
LETTERED = re.compile(r"^(?P<number>\D{0,12}?\d{1,4})\s?(?P<letter>[a-f])(?P<after>[.):]?(?:\s+[A-ZÅÄÖ].*)?)$")
# A number in a margin column of its own, the title on the next line: only an unbroken run counts.
# Also "Ärende 3" or "Punkt 3" alone over its title.
LONE_NUMBER = re.compile(r"^(?:(?:punkt|ärende)\s*)?(?P<num>\d{1,2})[.:]?$", re.I)
# Cover-page range of paragraphs: "Paragrafer §§ 46-70" (OCR: "88 46-70").
# "Paragrafer §§ 46-49"; OCR reads "§§" as "88", "$$", "SS", "$&", and may join it with a dash ("88-111-128") or
# lose the range's dash ("41 46").
# Also "Protokollet omfattar §§ 112-118", where the signs show the numbers are paragraphs.
_RANGE_SIGNS = r"(?:§§|§|88|\$\$|\$&|SS|8)\s*[-–—.]?\s*"
PARAGRAPH_RANGE = re.compile(
    rf"\b(?:paragrafer\s*[:.]?\s*(?:{_RANGE_SIGNS})?|omfattar\s*[:.]?\s*(?:paragraferna\s*)?{_RANGE_SIGNS})(\d{{1,4}})"
    r"(?:\s*[-–—]\s*|\s+(?<=\d\s)(?=\d+\s*$))(\d{1,4})\b", re.I)
# a serial's last digit split off, a one read as a capital I or small l ("IF-2024-0028 I" for IF-2024-00281); not "i"
SERIAL_ONE_READS = "[Il]"
# "Dnr KS 2019/41", "Dnr BN 2023-002572", "Diarienummer: 2024-00001", "Ärendenummer: HSN 2024/0456" (English-model
# OCR: "Arendenummer").
# OCR may split the number's last digits off by a space ("2024-0000 1", "RS 2024 0745", "IF-2024-0028 I"): they are
# still its own, and may set a typewriter face's register apart from its year by two ("KS  2024/201"), and its lost
# slash by two ("KS  2022  0412"), or read it as a full stop and a space ("KS. 2023:606"), put a space after its dash
# ("TE- 2025-00294"), or read a speck after the space ("KS :2023/0051"); a number split at its lost slash keeps the
# filing code after it ("SN 2021 0012-1.2.1").
_CASE = (rf"[\wÅÄÖåäö{re.escape(REGISTER_SIGN_READS)}]*(?:[\s/.:-]| {{2}}|[.-] | [:.])?\d[\w./:-]*"
         rf"(?: {{1,2}}(?:\d{{1,6}}|{SERIAL_ONE_READS})(?:-\d[\d.]*)?(?=\s{{2,}}|\s*$|,))?")
# A speck or bullet OCR set before the label ("‘Dnr 00130/2024", ". Dnr BN-2025-00002", ": Dnr MH-2025-00010", "• Dnr
# UN 2024/0161") is none of it.
DNR = re.compile(rf"(?:[{re.escape(BORDER_READS)}'‘’`\"“”„.,:;•·«»–-]\s*)?"
                 r"(?:\b(?:Dnr|Dnr\.|Diarienr|Diarienummer|Diarienummer\.)|(?<!\w)[ÄA]rende(?:nummer|nr)\.?)\s*[:.'’‘]?\s*"
                 rf"(?P<dnr>{_CASE}(?:,\s*{_CASE})*)", re.I)  # "Dnr: UN 2024/0005, UN 2024/0006": both
# A case number printed without its label, as it stands alone beside or under an item's heading: a register's
# letters, the year and a serial ("KS KF/2025:5", "Bun/2016:175", "BN-2023-00016", "UN 2024/0012"), perhaps
# followed by a filing code ("Bun/2016:175   694").
# "Dnr" as OCR misreads it before a case number on a heading line ("§ 322   Där 2024-00003", "Dur BN-2024-001529",
# "Door GA-2024-00073").
DNR_MISREAD = re.compile(r"\bD[a-zåäö]{1,2}r\.?\s+(?=\S*\d)")
MISREAD_DNR = re.compile(rf"{DNR_MISREAD.pattern}(?P<dnr>{_CASE})")  # the case number after it
# The same label as OCR garbles it before a case number that has its register's letters: "Där KS 2024/33",
# "Dnir KS 2023/205", "DPuar 2024-05540", "Dn KFT-2024-00007", "Door K  2024 71" (a register's code is capitals, this
# has small letters; a typewriter's wide space after the code).
# A label OCR lost its D to ("Dnr KFT-2024-00010" as "Är KFT-2024-00010") is a word with small letters before a
# register whose code is capitals only: a register's two parts ("KS KF/2025:5") are both capitals.
DNR_LABEL_READ = re.compile(r"D(?=[A-Za-zåäö]{0,3}[a-zåäö])[A-Za-zåäö]{1,4}\.?\s+(?=[A-ZÅÄÖ]*(?:[ /-]| {2})?\S*\d)"
                            r"|[A-ZÅÄÖ][a-zåäö]{1,3}\.?\s+(?=[A-ZÅÄÖ]{2,6}[ /-]?(?:19|20)\d\d)")
LABEL_READ_DNR = re.compile(rf"(?:{DNR_LABEL_READ.pattern})(?P<dnr>{_CASE})")  # the case number after it
DNR_MISREAD_LETTERS = 2  # a heading's case number misread in this many signs is still the contents list's
_REGISTER_CASE = r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}(?:[ /-][A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5})?[ /.-]?(?:19|20)\d\d[:/.-]\d{1,6}"
_BARE_CASE = (_REGISTER_CASE +
              r"|[A-ZÅÄÖ]{1,6} (?:19|20)\d\d \d{2,6}"  # a register's capitals: its slash lost to a space ("KS 2024 201")
              r"|(?!(?:19|20)\d\d/(?:19|20)?\d\d\b)\d{3,6}/\d{2}(?:\d{2})?")  # serial and year ("§ 4   0412/23"),
#                                                                 not a span of years ("2024/25", "2024/2025")
# A register that prints no letters: year and serial ("2024/404", its slash read as a dash), not a span of years
_YEAR_SERIAL = r"(?:19|20)\d\d[/-](?!(?:19|20)\d\d\b)\d{3,6}"
# the same with a colon ("2025:122"): the form of a statute's number too ("lag (2017:725)"), so never in brackets
_YEAR_COLON_SERIAL = r"(?:19|20)\d\d:\d{1,6}"
_BARE_CASE += rf"|{_YEAR_SERIAL}|{_YEAR_COLON_SERIAL}"
BARE_DNR = re.compile(rf"(?P<dnr>{_BARE_CASE})(?:\s+\d{{1,4}})?$")
# "Dnr" as a scan misreads it ("Där", "Dur", "Dör", "Door") opening a line or a cell, or after a heading's mark,
# before a case number in one of those shapes: the label, no word ("Där KS 2024/33", "§ 322      Dar 2024-00003",
# "$ 37 Dur KET-2025-00055"; not "Där 15 personer deltog")
MISREAD_DNR_LABEL = re.compile(rf"(?:^[ \t]*(?:\S{{1,5}}[ \t]+(?:\d{{1,4}}[ \t]+)?)?|(?<=[ \t]{{2}}))"
                               rf"(D(?!nr\b)[a-zåäö]{{1,3}}r)\.?[ \t]+"
                               rf"(?=(?:{_BARE_CASE})(?![\w/:-]))", re.MULTILINE)
# A heading's last word that can be nothing but a case number, a register's letters or a serial after the year:
# OCR narrows the gap before it to a space ("… aktiviteter 2023 KFT2024/0148"), or reads a rule there ("— 2024/404").
TITLE_END_DNR = re.compile(rf"(?:^|\s)(?:[-–—=|] ?)?(?![A-ZÅÄÖ][a-zåäö]{{3,}} )(?P<dnr>{_REGISTER_CASE}|{_YEAR_SERIAL})$")
# (not a title's last word before the register: "… kvarteret Gjutaren och Liljan KS/2026:329")
# A contents table's case-number column: an entry's last cell, after a column gap ("§ 36  Ekonomisk uppföljning
# UN 2024/0012", its page number gone).
CASE_CELL = re.compile(rf"\s{{2,}}(?P<dnr>{_BARE_CASE})$")
# The same in brackets at the end of the heading's title: "§ 3 Budget 2025 (KS 2024/55)".
BRACKETED_DNR = re.compile(rf"\s*\((?P<dnr>(?!{_YEAR_COLON_SERIAL}\))(?:{_BARE_CASE}))\)\s*$")
# At a title's end, in brackets or a cell of its own, a year and serial that may as well be a statute's number
# ("lag (2017:725)") or a short serial ("2024/28", but "2024/25" a span of years): a case number where the document's
# headings print their numbers in that shape, year and serial without a register, on most items.
# OCR may narrow the cell's gap to a space or read a rule there, and the slash as a dash ("… fastigheter — 2024-28").
AMBIGUOUS_CASE = re.compile(rf"(?:\s*\((?P<bracketed>{_YEAR_COLON_SERIAL}|(?:19|20)\d\d/\d{{1,2}})\)"
                            rf"|\s+(?:[-–—=|] ?)?(?P<cell>(?:19|20)\d\d[/-]\d{{1,2}}))\s*$")
YEAR_CASE = re.compile(r"(?:19|20)\d\d[:/-]\d{1,6}")  # that shape
# a year and serial with a colon one space after a title's last word, its column gap narrowed by a scan or lost to a
# title's wrap ("… för Hållbar hälsa 2025:239"): a statute's shape too, so the register's only where most headings print it
YEAR_COLON_AT_END = re.compile(rf"\s(?P<dnr>{_YEAR_COLON_SERIAL})$")
AMBIGUOUS_CASES_MIN = 3  # a shape on fewer headings than this, or on fewer than half, is cited, not the register's

# Table of contents: a heading, then entries; entries elsewhere are known by dot leaders.
TOC_HEADINGS = ("Innehåll", "Innehållsförteckning", "Ärendeförteckning", "Ärendelista", "Dagordning",
                "Föredragningslista", "Förteckning över ärenden")
# OCR may misread a one-word heading of at least TOC_HEADING_MIN_CHARS letters in up to TOC_HEADING_MISREAD of them
# ("Innehav!" for "Innehåll").
TOC_HEADING_MIN_CHARS = 7
TOC_HEADING_MISREAD = 2
TOC_LEADER = re.compile(r"(?:\.{4,}|…{2,}|(?:\. ){3,}|_{4,})\s*\d{1,4}\s*$")
# OCR reads a dot leader as a run of a few small letters ("sm.mmmmee-ee 4", "messias reser 5"): at least
# TOC_LEADER_MIN_CHARS of them, of at most TOC_LEADER_MAX_DISTINCT kinds, before the page number.
OCR_TOC_LEADER = re.compile(r"(?P<run>[msenraucivwo.\-·…,:;'’ ]+?)\s*[\[(|]?\d{1,4}[\])|]?\s*$")
TOC_LEADER_MIN_CHARS = 8
TOC_LEADER_MAX_DISTINCT = 6
TOC_SMEAR_CHARS = 12  # a run this long of those letters is a leader even where the page number is lost
MAX_CAPTION_WORDS = 5  # "Paragraf   Ärende   Dnr   Sida": the captions over a contents table
TOC_ENTRY_LINES = 3  # an entry's title runs on over at most this many lines before its page number
# A line prints a title the contents list names when it is the title, or its first line of at least this many
# letters, within this share of letters as OCR misreads them.
LISTED_TITLE_MIN_CHARS = 12
LISTED_TITLE_SIMILARITY = 0.9

# Signature block after the last item: lines that start it.
# The chair's and secretary's other labels ("Mötesordförande", "Stämmans sekreterare") start it only as a signer's
# label: before a colon, a column gap, a name alone or the line's end, never a sentence ("Mötesordförande tackade …").
_SIGNER_LABELS = "|".join(re.escape(label) for field in ("chair", "secretary") for label in FIELD_LABELS[field]
                          if len(label) > 4 and label.lower() not in ("ordförande", "sekreterare", "protokollförare"))
CLOSING = re.compile(
    r"^(?:vid anteckningarna|vid protokollet|antecknat av|protokollet\s+justera[st]|justeras|justerat|justerare|justerande|"
    r"ordförande|sekreterare|underskrifter|protokollförare|som ovan|anslag\s*/\s*bevis|bevis om anslag)\b"
    rf"|^(?:{_SIGNER_LABELS})(?=\s*:|\s{{2,}}|\s*$|\s+(?-i:[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+)\s*$)",
    re.I,
)
# A signing service's confirmation page after the minutes (Scrive, Assently, Penneo ...): its signers and roles
# are the service's record, no part of the minutes, and may only confirm what the minutes print.
SIGNING_CONFIRMATION = re.compile(r"^(?:verifikat|signeringsbevis|signaturbevis|signatursida|signature page|audit trail)\b",
                                  re.I)
# The meeting declared closed, whatever the scan made of its time ("… förklarar sammanträdet avslutat kl. 21 .0S.").
MEETING_CLOSED = re.compile(r"\b(?:förklara(?:r|de|s|des)?\s+(?:\S+\s+){0,2}?(?:sammanträdet|mötet|stämman|årsmötet)"
                            r"\s+(?:för\s+)?avslutat|(?:sammanträdet|mötet|stämman|årsmötet)\s+avslutades)\b", re.I)
# A signing service's note on the pages it signed ("Det här dokumentet är digitalt signerat", "Dokumentet har
# signerats elektroniskt"): no part of the text above it.
SIGNED_NOTE = re.compile(r"\bdokument(?:et)?\s+(?:är|har)\s+(?:(?:digitalt|elektroniskt)\s+signerat|signerats\s+"
                         r"(?:digitalt|elektroniskt))\b", re.I)
# Such a page is also known by its shape, whatever its heading: the times its signers signed, to the second
# ("2024-02-12 09:58:12", "12.02.2024 09.58.12"); a page that prints at least this many is the service's.
SIGNING_TIMESTAMP = re.compile(r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}),?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}[:.]\d{2}\b",
                               re.I)
SIGNING_TIMESTAMPS_MIN = 2
SIGNING_CAPTION_WORDS = 5  # the most words of the caption a signing record may open with ("Undertecknat av följande personer")

# A footer that gives the organisation's address ("Ekby kommun • Box 100 • 123 45 Ekby • www.ekby.se"): a postcode
# before a town, a web address, a telephone or organisation number. At a page's foot it is furniture even on a single
# page.
ADDRESS_LINE = re.compile(r"\b\d{3} ?\d{2}\s+(?-i:[A-ZÅÄÖ][a-zåäö])|\bwww\.\w|\b(?:telefon|tel|tfn|växel|org\.?\s*nr)\.?:?\s*\+?\d",
                          re.I)
ADDRESS_LABEL = re.compile(r"^(?:post|besöks)?adress\s*:\s*", re.I)  # "Postadress: Ekby kommun, …"
# "Ekby kommun, Box 100", "Ekby kommun • Box 100", the bullet as OCR reads it ("»", "«", "*")
ADDRESS_SEPARATORS = re.compile(r",|\s[•·▪|*»«]\s")

# Running headers/footers; repeated top/bottom lines are found as well, by repetition.
PAGE_OF = re.compile(r"^sida\s+\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+)?$", re.I)  # "Sida 3 av 7", "Sida 3 (7)"
# A page counter "4 (77)", and as OCR reads it with the parenthesis as a one or a bar ("212)" for "2 (2)").
PAGE_OF_PAGES = r"\d+\s*[(1lI|]\s*\d+\s*\)"
PAGE_FURNITURE = (
    PAGE_OF,
    re.compile(r"^juster\w*\s+sign", re.I),  # "Justerandes sign", "Justerarnas signaturer"
    re.compile(r"^(?:ordförandes\s+sign|sekreterarens\s+sign)", re.I),
    re.compile(r"^utdragsbestyrkande\b", re.I),
    re.compile(r"^expedierat\s*/?\s*bestyrkt\b", re.I),
    re.compile(r"^sammanträdesdatum\s*$", re.I),
    # "§ 47 forts." on a new page, "KS § 47 (forts.)", "forts. KS § 47", the title repeated after it or not
    re.compile(r"^(?:(?:[A-ZÅÄÖ]{1,6}\s+)?(?:§|[8$S5&][$&]?)\s*\d{1,4}\s*[.,]?\s*\(?forts(?:\.|ättning)?\)?\.?(?:\s+\S.*)?"
               r"|\(?forts(?:\.|ättning)?\)?\.?\s*(?:[A-ZÅÄÖ]{1,6}\s+)?(?:§|[8$S5&][$&]?)\s*\d{1,4}\.?)$", re.I),
    re.compile(rf".*protokoll(?:sutdrag)?\b.*{PAGE_OF_PAGES}\s*$", re.I),  # "YSTADS KOMMUN SAMMANTRÄDESPROTOKOLL 4 (77)"
)
# Furniture only when at the top or bottom of a page and not chosen as an item heading:
# bare page numbers ("842" may be "§ 42" read by OCR).
PAGE_EDGE_FURNITURE = (re.compile(rf"^(?:{PAGE_OF_PAGES}|\d+\s+av\s+\d+|-\s*\d+\s*-|\d{1,3})$", re.I),)
# A running line that ends with the number of the page it stands on, a column gap before it ("HÄLLBACKA KOMMUN    Sida
# 2"): at a page's edge it is the page's header or footer, even where OCR read the first page's counter apart and no
# other page repeats the line.
PAGE_NUMBERED = re.compile(r"\S\s{2,}sida\s+(?P<page>\d+)\s*(?:\(\s*\d+\s*\)|av\s+\d+)?$", re.I)
# A page counter at the end of a running header: "4 (77)", "Sida 2 (41)".
PAGE_COUNTER = re.compile(rf"\s*(?:sida\s+)?{PAGE_OF_PAGES}\s*$", re.I)
# How many non-empty lines at the top and bottom of a page may be furniture.
FURNITURE_DEPTH = 4
# A running header or footer read by OCR differs from page to page by a few letters ("Västmark", "Viästmark").
RUNNING_LINE_SIMILARITY = 0.85
# A line of four words in lower case or more is prose, however often it recurs beside a running header.
RUNNING_LINE_LOWER_WORDS = 4

# Meeting title words: a line starting with one is the title; inside a running
# header ("YSTADS KOMMUN SAMMANTRÄDESPROTOKOLL") the words before it name the organisation.
TITLES = re.compile(
    # "Sammanträdesanteckningar"; a coordinated compound is one title: "Minnes- och beslutsanteckningar"; a long one
    # a narrow cell wrapped at a line's end: "SAMMANTRÄDESPROTO" / "KOLL"
    r"\b(?:\w+-\s+(?:och|&|samt)\s+)?(?:\w*anteckningar|\w*protokoll|justerat protokoll|protokollsutdrag|protokoll fört"
    r"|\w+proto(?=\s*$))\b",
    re.I,
)
# A line that opens with the meeting and says whose it is: "Styrelsemöte i AB Kustbostäder", "Årsmöte med X".
MEETING_OF = re.compile(r"^\w*(?:möte|sammanträde|stämma)\s+(?:i|med|för|hos):?\s", re.I)  # "Möte med: Styrelsen"
# Last words of a meeting body and of an organisation.
BODY_KEY_WORDS = (
    "nämnd", "nämnden", "styrelse", "styrelsen", "utskott", "utskottet", "fullmäktige", "ledningsgrupp",
    "ledningsgruppen", "beredning", "beredningen", "råd", "rådet", "revisorer", "revisorerna", "årsmöte", "årsmötet",
    "direktion", "direktionen", "presidium", "presidiet", "kommitté", "kommittén", "arbetsgrupp", "arbetsgruppen",
    "styrgrupp", "styrgruppen", "referensgrupp", "referensgruppen", "ledningsråd", "ledningsrådet", "revision",
    "revisionen", "stämma", "stämman", "samverkansgrupp", "samverkansgruppen", "projektgrupp", "projektgruppen",
    "medlemsmöte", "medlemsmötet", "kammare", "kammaren",
    "nämd", "nämden",  # the spelling before 1906: "Kommunalnämden beviljade …"
)
BODY_WORDS = re.compile(
    rf"(?:{'|'.join(BODY_KEY_WORDS)}|"
    # the members' meetings of an association by their season or kind: "Protokoll fört vid Ekby Scoutkårs höstmöte"
    r"(?:vår|höst|förenings|stor|klubb|förbunds|distrikts|sektions|kår)mötet?)$",
    re.I,
)
# A body's key word OCR misread by a letter at the end of a compound ("Utbildningsnhämnden"): only the longer ones,
# after a part of their own, in a word the lexicon does not know ("nämnder" is no misread "nämnden")
MISREAD_KEY_MIN = 7
TITLE_KEY = "protokoll"  # the title word a scan may misread by a letter ("Sammanträdesproiokoll", "PROTOKOLI")
MISREAD_KEY_PREFIX = 4
ORG_WORDS = re.compile(
    r"(?:kommun|förvaltning|förvaltningen|förening|föreningen|förbund|förbundet|region|regionen|landsting|"
    r"landstinget|(?<![^\W\d_])stad|bolag|AB|församling|församlingen|sällskap|sällskapet|klubb|klubben|stiftelse|"
    r"stiftelsen|kooperativ|länsstyrelse|länsstyrelsen|myndighet|myndigheten|skola|skolan|förskola|förskolan|"
    r"gymnasium|gymnasiet|högskola|högskolan|universitet|universitetet|sjukhus|sjukhuset|kyrka|kyrkan|"
    r"avdelning|avdelningen|enhet|enheten|bolaget|byalag|byalaget|hembygdslag|hembygdslaget|(?<![^\W\d_])köping|"
    r"kår(?:en)?|vårdsområde|vårdsområdet|skötselområde|skötselområdet|samfällighet|samfälligheten)$",
    # "Öreälvens fiskevårdsområde", "Hult Östra Älgskötselområde" ("stad" and "köping" a word of their own:
    # "Göteborgs stad", not the place "Sjögestad" or "Linköping")
    re.I,
)
# Words that open an organisation's name, which runs on over the capitalised words after them, and onto
# the next line when cut at the end of one: "IK Stjärnan Hälsingtuna", "Pensionärsföreningen / Solbacken
# i Västra Ryd". Club abbreviations are matched as printed, definite forms in any case.
ORG_LEADS = re.compile(
    r"^(?:IK|IF|IFK|BK|FK|FF|SK|GIF|AIK|KFUM|KFUK|Brf|BRF|HSB|AB)$"
    r"|^(?i:\w*(?:föreningen|förbundet|sällskapet|stiftelsen|samfälligheten|partiet|demokraterna|räddningstjänsten))$"
    r"|^(?:Moderaterna|Liberalerna)$"  # the parties: "Socialdemokraterna i Åsby", "Centerpartiet i X"
)
# A language in small letters inside a congregation's name: "Sibbo svenska församling"
LANGUAGE_ADJECTIVES = ("svenska", "finska", "tyska", "engelska", "estniska", "norska", "danska")
# Places inside such a name: "Solbacken i Västra Ryd".
NAME_PLACE_WORDS = ("i", "på")
# The organisation itself, not a unit of it: in a letterhead "Ledningsgrupp Stadsbyggnadsförvaltningen,
# Hallby kommun" the part ending in one of these is the organisation and the body named before it the body.
TOP_ORG_WORDS = re.compile(
    r"(?:kommun|region|regionen|landsting|landstinget|(?<![^\W\d_])stad|länsstyrelsen|universitet|universitetet"
    r"|högskolan)$",
    re.I,
)
# Organisations over the one whose minutes these are, printed above its name in a letterhead ("SVENSKA KYRKAN" /
# "Ekvikens församling"): the parish is the organisation, the church only where nothing else is named.
UMBRELLA_ORGS = ("Svenska kyrkan",)
# A meeting named by its body ("Styrelsemöte", "Protokoll från kyrkorådssammanträde") names that body as minutes
# call it, in the definite form: the key word's ending in that form. Trusted least of all the header's readings.
MEETING_BODY_ENDINGS = {"styrelse": "n", "nämnd": "en", "råd": "et", "utskott": "et", "grupp": "en", "beredning": "en",
                        "direktion": "en", "kommitté": "n"}
MEETING_NOUNS = ("möte", "mötet", "sammanträde", "sammanträdet", "protokoll")  # "Styrelseprotokoll": its minutes
# Words before a body that say which of its meetings this is: "ordinarie föreningsstämma", "extra bolagsstämma".
BODY_QUALIFIERS = ("ordinarie", "extra", "extrainsatt", "extrainkallad", "konstituerande")
# "arbetsgruppen för Kulturnatten": the word that joins a body to what it is for.
BODY_PURPOSE_WORDS = ("för",)
# Small words that end a name found inside a sentence ("... med LUNDS SKYTTEFÖRENING").
PHRASE_STOP = ("med", "vid", "för", "fört", "i", "av", "och", "hos", "på", "den", "det", "till", "från")
# Under a bare item number ("§ 1."), a line whose first sentence ends within it and has at least this
# many words is the item's prose, not its title ("Ordföranden öppnade sammanträdet och hälsade ...").
PROSE_MIN_WORDS = 6
SENTENCE_MAX_LINES = 6  # the most lines a sentence under a bare item number is followed over
# A title set over several lines: at most this many more lines, each at most this many words.
LABEL_FIRST_LINE_WORDS = 4  # a cover label broken over two lines has at most this many words on its first
MAX_TITLE_LINES = 3
# A document titles its bare headings when at least this many have a line under them and this share of those is a title.
TITLED_MIN_HEADINGS = 3
# A template that sets case numbers on the heading line sets them there on most items: on fewer, the numbers at
# the titles' ends are cases the titles cite ("Svar på remiss … (Ju2024/00970)")
HEADING_CASES_SHARE = 1 / 3
TITLED_SHARE = 0.75
# Words a title cannot end with: prepositions, conjunctions, articles. A title line ending in one goes on below.
OPEN_END_WORDS = ("och", "samt", "eller", "i", "på", "av", "för", "till", "från", "med", "om", "mellan", "vid",
                  "över", "under", "inom", "enligt", "gällande", "avseende", "angående", "mot", "utan", "efter",
                  "inför", "kring", "en", "ett", "den", "det", "de", "att", "&",
                  "af", "öfver", "uti", "ifrån", "emot")  # and as printed before 1906
WRAPPED_TITLE_SHARE = 0.6  # a title line this share of a full line may have wrapped; a shorter one ended there
WRAPPED_TITLE_MIN_CHARS = 40  # and a title line shorter than this did not wrap, however short the lines are
FULL_LINE_SHARE = 0.8  # but a sentence's line this share of a full line runs on to the next
WIDTH_SAMPLE_MIN = 20  # lines of text that tell a document's line width
MAX_TITLE_LINE_WORDS = 16
# Swedish abbreviations whose full stop ends no sentence ("m.fl." and the like, with a stop inside, are found
# by their shape).
ABBREVIATIONS = frozenset({"kl.", "nr.", "resp.", "ca.", "osv.", "dvs.", "inkl.", "exkl.", "jfr.", "st.", "tel.",
                           "bil.", "sek.", "ordf.", "sekr.", "ang.", "enl.", "ev.", "fr.", "tf.", "vice.", "kungl.",
                           "kongl.",
                           # given names as older minutes shorten them before a surname ("Aug. Eriksson")
                           "aug.", "joh.", "gust.", "wilh.", "chr.", "alfr.", "edv.", "ax."})
# A name's initial, whose stop ends no sentence ("Herrar G. Larsson"): a capital standing alone.
INITIAL = r"\b(?-i:[A-ZÅÄÖ])"
# Letterhead lines longer than this are prose, not a name.
MAX_NAME_WORDS = 7

# Dates and times; minutes from the 1800s are archived too ("den 6 April 1891").
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# The day may come split by OCR ("2021-08-1 7"): an ISO date has a one-digit day only as such a split. Some print it
# with stops ("2016.02.23").
ISO_DATE = re.compile(r"\b(?P<y>(?:18|19|20)\d\d)(?P<sep>[-.])(?P<m>[01]?\d)(?P=sep)"
                      r"(?P<d>[0-3]\d|[1-9](?P<split>\s\d(?![\d.:]))?)\b")
# "23-24 februari 2016", a meeting over two days: the date is the first
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # the longer first: "januari" before "jan"
WORD_DATE = re.compile(
    r"\b(?:den\s+)?(?P<d>[0-3]?\d)(?:\s?[-–]\s?[0-3]?\d)?(?::e|:a)?\s+(?P<mon>" + MONTH_NAMES
    + r")\.?(?:\s+(?P<y>(?:18|19|20)\d\d))?\b",
    re.I,
)
# A date with its figures run together or a space apart, year first, read only in the line that names the minutes or
# the meeting: "… årsmöte 20100920", "… Skypemöte 18 05 02 kl. 10-11", "STYRELSEMÖTE 2022 03 14/ sammandrag"
COMPACT_DATE = re.compile(r"(?<![\w/.:-])(?P<y>(?:19|20)\d\d|(?<=\s)\d\d(?=\s))(?P<gap>\s?)(?P<m>[01]\d)(?P=gap)"
                          r"(?P<d>[0-3]\d)(?![\w.:-]|/\w)")
MEETING_NAMED = re.compile(r"\w*(?:möte|stämma|sammanträde)\b", re.I)  # "Styrelsemöte", "Årsstämma"
# A date with a two-digit year, read only beside a date label: "96-02-23", "23/2-16", "230501" (ÅÅMMDD).
SHORT_YEAR_DATE = re.compile(r"^\s*(?:(?P<y>\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
                             r"|(?P<d2>[0-3]?\d)/(?P<m2>[01]?\d)-(?P<y2>\d\d)|(?P<y3>\d\d)(?P<m3>[01]\d)(?P<d3>[0-3]\d))\b")
# "12/3 2024", "12.03.2024", "13/8-2011"
NUMERIC_DATE = re.compile(r"\b(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?:\s+|(?P=sep)|-)(?P<y>(?:18|19|20)\d\d)\b")
# A range's dash as OCR reads it: "16.00 —-20.00", "9.00 -— 12.00", "~"; an end told as about ("– ca 16.00"). In every time the minutes may stand a space
# from their separator, as OCR splits them ("13. 30"): read as printed, never as another time.
# OCR may lose the dash before an end told as about ("13.30 ca 16.00"): the "ca" still joins the range.
_RANGE_TO = r"\s*(?:(?:[-–—~=]{1,3}|till)\s*(?:ca\.?\s*|cirka\s+)?|(?:ca\.?\s*|cirka\s+))"
# a converter may scatter a table row's stops a space from their digits ("kl 08 .30 –11 .20")
TIME_RANGE = re.compile(
    rf"(?:\bkl(?:ockan|\.)?\s*)?\b(?P<h1>[012]?\d) ?[.:] ?(?P<m1>[0-5]\d){_RANGE_TO}(?P<h2>[012]?\d) ?[.:] ?(?P<m2>[0-5]\d)\b",
    re.I,
)
# What follows the date and time on a date line: "... 1964 i Folkets hus, Sjöbo.", "... kl 14.00, Kalmar stadshotell".
# a room named in lower case ("kl. 19.00 i föreningslokalen", "i bolagets lokaler, Storgatan 1, Gävle") is a few words
# at the line's end
# The comma may be read as a full stop on a scan ("2024-09-03. klubbstugan"): then a short place ends the line.
PLACE_AFTER_DATE = re.compile(r"^\s*(?:,\s*|(?:i|på|hos)\s+|\.\s+(?=\S+(?:\s+\S+){0,3}$))(?P<place>[A-ZÅÄÖ0-9].*?|[a-zåäö][\w-]*(?:,? [\w-]+){0,5})[.,]?$")
# A venue alone after the date or time, set off by a space only ("Styrelsemöte 2017-02-26 Mångbyskolan", "… 17:15
# Föreningslokalen"): one capitalised word naming a building or a room is where the meeting was, not whose it was
_VENUE_WORD = (r"(?:skola|skolan|kyrka|kyrkan|gård|gården|lokal|lokalen|huset|stuga|stugan|salen|rummet|hallen"
               r"|hotellet|kontoret|biblioteket)")
VENUE_AFTER_DATE = re.compile(rf"(?<=\d)\s+(?P<place>[A-ZÅÄÖ][\w-]*{_VENUE_WORD})[.,]?$")
# ... and the line of a place and the date alone under the title: "Indals hembygdsgård 2016-03-31"
VENUE_BEFORE_DATE = re.compile(rf"^(?P<place>[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){{0,3}}?{_VENUE_WORD})\s*,?\s*$")
# A preamble line that names the place before the day: "i kommunalrummet den 14 mars 1952."
PLACE_BEFORE_DATE = re.compile(r"^(?:i|på)\s+(?P<place>\w[\w .-]{1,40}?)\s*,?\s*(?:den\s*)?$")
WEEKDAYS = re.compile(r"\b(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b,?"
                      r"|\b[a-zåäö]{3,5}agen(?=,?\s+den\s+[0-3]?\d\b)", re.I)  # misread before its date: "tistlagen den 20"
# "kl 15-16.30": after "kl" the minutes may be left out. A scan may lose the dash itself between two whole clock
# times ("Klockan 13:00 15:40"): after "kl" nothing but a range puts a second time there.
_LOST_DASH = r"(?(m1)\s+(?=[012]?\d[.:] ?[0-5]\d\b)|(?!))"
KL_RANGE = re.compile(
    rf"\bkl(?:ockan|\.)?\s*(?P<h1>[012]?\d)(?: ?[.:] ?(?P<m1>[0-5]\d))?(?:{_RANGE_TO}|{_LOST_DASH})"
    rf"(?P<h2>[012]?\d)(?: ?[.:] ?(?P<m2>[0-5]\d))?\b",
    re.I,
)
TIME_BARE = re.compile(r"\b(?P<h1>[012]?\d)[.:] ?(?P<m1>[0-5]\d)\b")  # only in a labelled time field
# and two of them a space apart there are a range whose dash the scan lost ("Klockan   13:00 15:40")
TIME_PAIR = re.compile(r"\b(?P<h1>[012]?\d)[.:] ?(?P<m1>[0-5]\d)\s+(?P<h2>[012]?\d)[.:] ?(?P<m2>[0-5]\d)\b")
# The start and end of the meeting told in the text or the header: "förklarade mötet öppnat kl. 18.00", "Mötet
# öppnades 12.15", "Mötet började: 18.00", "förklarade mötet avslutat kl. 21.30", "Mötet avslutades 20.40", "Sluttid: 20.40".
# (the hour alone only after "kl": "Mötet avslutades kl 20.")
# (after "kl" the four figures run together too: "Mötet öppnades kl 1000")
_CLOCK = (r"(?:\bkl(?:ockan|\.)?\s*(?=\d)|\b(?=\d{1,2}[.:] ?\d\d))(?P<h>[01]?\d|2[0-3])"
          r"(?:[.:] ?(?P<m>[0-5]\d)|(?<=kl \d\d)(?P<m_run>[0-5]\d))?\b")
START_TIME = re.compile(r"\b(?:öppnad|öppnat|öppnade|öppnades|öppnas|började|startade|starttid)\b[^.]{0,40}?" + _CLOCK,
                        re.I)
END_TIME = re.compile(r"\b(?:avslutad|avslutat|avslutade|avslutades|avslutas|slut|slutade|sluttid)\b[^.]{0,40}?" + _CLOCK,
                      re.I)
# A sentence after a list of those present that names others there: "… Dan Ny (S). Dessutom närvarade Fia Holm,
# sekreterare."
ALSO_PRESENT = re.compile(r"(?<=[\w)])\.\s+(?:dessutom|därutöver|vidare|även|också)\s+(?:närvarade|deltog|var\s+närvarande)"
                          r"\s+(?:även\s+)?", re.I)
# Who opened the meeting, where no chair was elected: "Ordförande Anna Andersson öppnade mötet", "Mötet öppnades
# av ordföranden Per Ek", "Mötet öppnades av styrelsens ordförande Helena Regnéll" (whose chair, in the genitive).
_OPENS = r"(?:öppnade|öppnar|förklarade|förklarar|hälsade|hälsar)\b"
_OPENER = r"[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){1,2}"  # a name of two or three words
# after the role, a first name alone too ("Ordförande Torbjörn öppnar mötet"): the role and the verb hold it
_OPENER_AFTER_ROLE = r"[A-ZÅÄÖÉ][\w'-]+(?:\s+[A-ZÅÄÖÉ][\w'-]+){0,2}"
OPENED_BY = re.compile(
    r"\b(?:mötes|sammanträdes)?ordförande(?:n)?\s+(?-i:(?P<names>" + _OPENER_AFTER_ROLE + r"))\s+" + _OPENS
    + r"|\böppnades\s+av\s+(?-i:[a-zåäö]+s\s+)?ordförande(?:n)?\s+(?-i:(?P<names2>" + _OPENER_AFTER_ROLE + r"))"
    # the name before the role: "Carin Nises ordförande hälsar alla välkomna och öppnar mötet"
    + r"|(?-i:(?P<names3>" + _OPENER + r")),?\s+(?:mötes)?ordförande(?:n)?,?\s+" + _OPENS,
    re.I)
# A clock time set right after a date (matched from its end), no "kl" before it: "2023-02-14, 12:15, E-huset".
TIME_AFTER_DATE = re.compile(r"[,\s]+(?P<h1>[01]?\d|2[0-3])[.:](?P<m1>[0-5]\d)\b(?![.:,]?\d)")
# A clock time in four digits after "kl", as some typists write it ("kl 0900-1530", "kl 1900")
KL_COMPACT = re.compile(r"\bkl(?:ockan|\.)?\s*(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d)"
                        r"(?:\s*[-–—]\s*(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d))?\b", re.I)
TIME_SINGLE = re.compile(r"\bkl(?:ockan|\.)?\s*(?P<h1>[012]?\d)(?:[.:] ?(?P<m1>[0-5]\d))?\b", re.I)

# Specks before a numbered heading that no list mark is ("_ 8) Motioner", ":8. Överlåtelser"): a dash or a bullet
# there opens a list entry.
LEAD_SPECKS = BORDER_READS + "'‘’`_~\"“”„:;"

# What a title line may end in that is no part of the title: punctuation, and the vertical rule of a
# table read by OCR ("Kort, kort info |", "Kort, kort info|").
TITLE_END_SPECKS = " .:;,–-|_"

# Bullet markers (a PDF's minus sign "−" among them), including what OCR makes of "•" ("e", "o", "»", "»«", ".«";
# the English model's "°", glued to a list's number: "°2   Fastställande av dagordning") and of "–" ("=", "—", "—-").
BULLET = re.compile(r"^(?:[•·▪●◦■□➢►°\uf0b7\uf0a7*–−-]|(?:[eo=]|\.?[»«]{1,2}|—-?)(?=\s))\s*(?P<body>\S.*)$")

# Lines that say a section is empty: kept in unassigned, and not an issue.
EMPTY_SECTION = re.compile(
    r"^inga\s+(?:beslutspunkter|ärenden|beslut|punkter|informationspunkter|övriga\s+frågor|frågor)\b", re.I
)

# Elections recorded in the text of older minutes ("Till ordförande för mötet valdes Nils Hammar");
# they fill a field the header left empty.
# a name, not "och …"; older minutes put a title before the names ("utsågos herrar Karl Ek och Nils Berg")
_NAMES_UNTIL_END = (r"(?:(?:herr|herrar|herrarna|hr|fru|fröken|ledamoten|ledamöterna)\.?\s+)?"
                    rf"(?P<names>(?-i:[A-ZÅÄÖ])(?:[^.;]|(?<={INITIAL})\.)*?)"
                    rf"(?=\s+och\s+till\b|;|(?<!{INITIAL})\.|$)")  # an initial's stop ends no names: "G. Larsson"
# (a middle initial, with its stop or without: "Eva O Mossgard", "Eva O. Mossgard"; older minutes' initials before the
# surname, "A.G. Andersson", and the member's home village after it, "A.F. Eriksson i Flacksta")
_NAME = (r"(?:[A-ZÅÄÖÉ]\.\s?){0,3}[A-ZÅÄÖÉ][\w'-]+(?:\s+(?:af|von|de|van)\s+)?"
         r"(?:\s+(?:[A-ZÅÄÖÉ]\.?(?=\s+[A-ZÅÄÖÉ])|[A-ZÅÄÖÉ][\w'-]+)){0,3}")
# after a name, the home village and a note in brackets: "… i Flacksta", "Oskar Eriksson (sittande) väljs …"
_NAME_TAIL = r"(?:\s+i\s+[A-ZÅÄÖÉ][\w-]+)?(?:\s+\([a-zåäö ]{1,30}\))?"
_NAMES_BEFORE = r"(?-i:(?P<names>" + _NAME + _NAME_TAIL + r"(?:\s*(?:,|och)\s*" + _NAME + _NAME_TAIL + r")*))"
_OF_THE_MEETING = r"(?:mötets|årsmötets|stämmans|sammanträdets|kongressens)"  # the meeting in the genitive
# the meeting in the definite form, also as its kind names it ("årsmötet", "förbundsstämman", "förbundskongressen")
_THE_MEETING = r"\w*(?:mötet|stämman|sammanträdet|kongressen)"
# the meeting's own role, in one word or after its genitive ("mötesordförande", "årsmötets sekreterare")
_MEETINGS = r"(?:mötes|årsmötes|stämmo|sammanträdes|kongress|" + _OF_THE_MEETING + r"\s+)"
_MEETING_ROLE = _MEETINGS + "?"
# the meeting's secretary as minutes name the role ("protokollsförare" with a joining s, as older ones write it)
_SECRETARY_WORD = r"(?:sekreterare|protokolls?förare)"
_TO_BE = r"(?:att\s+vara\s+)?"  # "Dick Lundgren valdes till att vara årsmötets sekreterare"
_COUNTERS_AND = r"(?:rösträknare\s+(?:och|samt|tillika)\s+)?"  # "… valdes till rösträknare och justerare"
_FOR_MEETING = r"(?:\s+(?:för|vid)\s+(?:dagens\s+)?" + _THE_MEETING + r")?"  # "för stämman", "vid stämman"
# what the meeting's chair is elected for, after the role or first ("Till ordförande att leda dagens förhandlingar
# valdes X", "Att leda mötets förhandlingar valdes till ordförande X")
_PROCEEDINGS = (r"att\s+leda\s+(?:(?:dagens|" + _OF_THE_MEETING + r")\s+förhandlingar"
                r"|(?:mötes|årsmötes|stämmo)förhandlingarna)")  # "… valdes att leda årsmötesförhandlingarna"
_TO_LEAD = r"(?:\s+" + _PROCEEDINGS + r")?"
_TO_LEAD_FIRST = r"(?:" + _PROCEEDINGS + r"\s+)?"
# the election's verb in the passive, past or present ("Till mötesordförande väljs X", as minutes in the present)
_ELECTED_PASSIVE = r"(?:valdes|utsågo?s|väljs|väljes|utses)"
# An election that names the role as the meeting's own ("mötesordförande", "sekreterare för stämman"): the chair or
# secretary of that meeting, over the role a member holds in the organisation ("Anna Ek (ordförande)" in the roll).
MEETINGS_OWN_ROLE = re.compile(r"\b" + _MEETINGS + r"(?:ordförande|" + _SECRETARY_WORD + r")\b"
                               r"|\b(?:ordföranden?|" + _SECRETARY_WORD + r")\s+(?:för|vid)\s+(?:dagens\s+)?" + _THE_MEETING
                               + r"\b|\b" + _PROCEEDINGS, re.I)
FOR_THE_MEETING = re.compile(r"\s+(?:för|vid)\s+(?:dagens\s+)?" + _THE_MEETING + r"\b", re.I)  # after the role
# ... and for something else, which the meeting elects a chair or secretary of: "till ordförande för valberedningen",
# "till ordförande i styrelsen", "till ordförande för en tid av ett år"
FOR_ANOTHER = re.compile(r"\s+(?:för|i)\s+(?!(?:dagens\s+)?" + _THE_MEETING + r"\b)\w", re.I)
# An item titled by one election ("Val av mötesordförande", "Val av två justerare tillika rösträknare") under which
# the text only names whom ("Anna Ek valdes.", "Mötet valde Cia Ny och Dan Ek.", "Beslut: Bo Al"), or the title
# names them after a colon ("Val av justerare: Cia Ny").
ELECTION_TITLE = re.compile(
    r"^val\s+av\s+(?:en\s+|två\s+|2\s+)?(?:(?P<chair>" + _MEETING_ROLE + r"ordförande" + _FOR_MEETING + r")"
    r"|(?P<secretary>" + _MEETING_ROLE + _SECRETARY_WORD + _FOR_MEETING + r")"
    r"|(?P<adjusters>(?:justerare|justeringsmän|justeringsman|justeringsperson(?:er)?|protokolljusterare)"
    r"(?:\s+(?:tillika|och|samt)\s+rösträknare)?(?:\s+att\s+jämte\s+ordföranden\s+justera\s+(?:dagens\s+)?protokollet"
    r"|\s+(?:utöver|jämte)\s+ordföranden)?))"  # "Val av en justeringsman utöver ordföranden: Fredrik Gustavsson"
    r"\s*(?::\s*(?P<names>.+))?$", re.I)
# What the text under such a title says around the names: "Mötet valde …", "Beslut: …", "… valdes till justerare.",
# "Valdes X och Y"
ELECTED_WORDS = re.compile(r"^(?:beslut\s*:?\s*)?(?:(?:mötet|stämman|årsmötet|styrelsen)\s+(?:valde|utsåg|beslutade\s+att\s+"
                           r"(?:välja|utse))\s+|(?:valdes|utsågs)\s+)?"
                           r"|\s+(?:valdes|omvaldes|återvaldes|utsågs|väljs|väljes|utses)(?=\.?$|\s+till\s)"
                           r"|\s+till\s+(?:mötes|årsmötes|stämmo)?(?:ordförande|sekreterare|protokollförare|justerare"
                           r"|justeringsmän|justeringsperson(?:er)?)\b[^.]*(?=\.?$)", re.I)
# ... and what the text under an attendance title ("§ 2 Närvarande") says around the names: "… var närvarande."
ATTENDED_WORDS = re.compile(r"\s+(?:var|är)\s+(?:närvarande|frånvarande)(?=\.?$)|\s+närvarade(?=\.?$)", re.I)
ATTENDED_MAX_WORDS = 120  # a roll of up to some forty names with their parties
ELECTED_MAX_WORDS = 12  # the text naming whom an election title elected is a short sentence at most
OPENING_ITEMS = 5  # "Val av ordförande" among the first items is the meeting's; later, the association's chair
# (field, pattern, whether a name opens it). A search for a name tries every capital, so the patterns a name opens,
# and the elided ones below, are tried only where NAME_ELECTED finds their verb.
_UNANIMOUSLY = r"(?:enhälligt\s+|med\s+acklamation\s+)?"  # "Anton Nordenfur valdes enhälligt till mötesordförande"
# who signs with the adjusters: "att jämte ordföranden justera", "att jämte mötesordföranden", "att tillsammans med
# ordförande"
_WITH_THE_CHAIR = r"(?:(?:jämte|tillsammans\s+med)\s+(?:mötes)?ordföranden?\s+)?"
_VERB_FIRST = r"\b" + _ELECTED_PASSIVE + r"\s+" + _UNANIMOUSLY + _NAMES_BEFORE + r"\s+" + _UNANIMOUSLY
NAME_ELECTED = re.compile(r"\b" + _ELECTED_PASSIVE + r"\s+" + _UNANIMOUSLY + r"(?:till|som|att)\s", re.I)
ELECTIONS: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    # the verb after the role or, in a sentence the verb opens, before it ("Valdes till ordförande Sonja Åström (LR),
    # till sekreterare …")
    ("chair", re.compile(r"(?:\btill\s+" + _MEETING_ROLE + "ordföranden?" + _FOR_MEETING + _TO_LEAD + r"\s+" + _ELECTED_PASSIVE
                         + r"|(?:^|[.:;]\s+)" + _TO_LEAD_FIRST + r"(?:valdes|utsågo?s)\s+till\s+" + _MEETING_ROLE
                         + "ordförande" + _FOR_MEETING + r")\s+" + _NAMES_UNTIL_END, re.I), False),
    ("secretary", re.compile(r"\btill\s+" + _MEETING_ROLE + _SECRETARY_WORD + _FOR_MEETING
                             + r"\s+(?:" + _ELECTED_PASSIVE + r"\s+)?" + _NAMES_UNTIL_END, re.I), False),
    # "till justerare valdes X", or after another election in the sentence "… och till justerare Leif Ström"; the
    # adjusters of an association's meeting count its votes too ("till justerare tillika rösträknare valdes X");
    # "att justera dagens protokoll utsågs X", "Protokollet justeras av X"; older minutes' "Att jemte Ordföranden
    # justera detta protokoll utsågos Herrar …", "Att tillsammans med ordföranden justera mötets protokoll valdes X",
    # "Till att tillsammans med ordförande justera protokollet valdes X", "att jämte ordf. justera … utsågs X",
    # "Till protokolljusterare utsågs enhälligt X och Y", "Till protokolljusterare att jämte mötesordföranden justera
    # protokollet och i förekommande fall vara rösträknare, väljs X och Y", "Till justerare, att tillsammans med
    # församlingens ordförande justera dagens protokoll, valdes X", a proposal's "Att till justerare välja X och Y"
    ("adjusters", re.compile(r"\b(?:till\s+(?:protokoll)?(?:justeringsmän|justeringsman|justerare|justeringsperson(?:er)?)"
                             r"(?:,?\s+(?:och\s+|samt\s+)?(?:tillika\s+)?rösträknare,?|\s+jämte\s+ordföranden"
                             r"|,?\s+att\s+[^.;]{0,120}?,?)?"  # "till justerare och tillika rösträknare valdes X"
                             r"\s+(?:" + _ELECTED_PASSIVE + r"\s+(?:enhälligt\s+)?|(?:välja|utse)\s+|(?=(?-i:[A-ZÅÄÖ])))"
                             r"|(?:till\s+)?att\s+(?:(?:j[äe]mte|tillsammans\s+med)\s+(?:ordföranden?|ordf\.)\s+justera[^.]*?"
                             r"|justera\s+(?:dagens\s+|detta\s+|mötets\s+)?protokoll(?:et)?)\s+(?:valdes|utsågo?s)\s+"
                             r"|\bprotokollet\s+justeras\s+av\s+"
                             # the role as the subject: "Justerare till mötets protokoll utsågs X och Y"
                             r"|(?:^|[.:;]\s+)(?:protokoll)?justerare(?:\s+[^.;]{0,40}?)?\s+(?:valdes|utsågo?s)\s+"
                             r"|\b(?:protokoll\s*)?juster(?:are|ingsmän|ingsman|ingspersoner)\s+blev\s+)"  # "… justerare blev X"
                             + _NAMES_UNTIL_END, re.I), False),
    # the election as done and whom it fell on: "Val av mötessekreterare gjordes och valet föll på Rasmus Holm"
    ("chair", re.compile(r"\bval\s+av\s+" + _MEETING_ROLE + r"ordförande\s+gjordes\s+och\s+valet\s+föll\s+på\s+"
                         + _NAMES_UNTIL_END, re.I), False),
    ("secretary", re.compile(r"\bval\s+av\s+" + _MEETING_ROLE + _SECRETARY_WORD + r"\s+gjordes\s+och\s+valet\s+föll"
                             r"\s+på\s+" + _NAMES_UNTIL_END, re.I), False),
    # a decision that names them: "Beslutas att PÅ skall justera dagens protokoll" (by the initials the roll gave)
    ("adjusters", re.compile(r"\batt\s+" + _NAMES_BEFORE + r"\s+(?:skall|ska)\s+justera\b", re.I), False),
    # the name first: "Henrik Sandqvist valdes till mötesordförande", "… beslutar att välja X till stämmoordförande"
    ("chair", re.compile(_NAMES_BEFORE + r"\s+" + _ELECTED_PASSIVE + r"\s+" + _UNANIMOUSLY + r"(?:till|(?:att\s+)?som)\s+"
                         + _TO_BE + _MEETING_ROLE + r"ordförande\b", re.I), True),  # "… väljes att som ordförande leda …"
    # "Ann-Margret Örnberg valdes att leda årsmötesförhandlingarna och Birgith Andersson att föra protokollet"
    ("chair", re.compile(_NAMES_BEFORE + r"\s+" + _ELECTED_PASSIVE + r"\s+" + _UNANIMOUSLY + _PROCEEDINGS, re.I), True),
    ("secretary", re.compile(r"\b" + _ELECTED_PASSIVE + r"\s+[^.;]*?\boch\s+" + _NAMES_BEFORE
                             + r"\s+att\s+föra\s+(?:dagens\s+)?protokoll(?:et)?\b", re.I), False),
    # "… beslutar att välja X till stämmoordförande", "Mötet valde X till ordförande"
    ("chair", re.compile(r"\b(?:välja|väljer|valde|utse|utser|utsåg)\s+" + _NAMES_BEFORE + r"\s+(?:till|som)\s+"
                         + _MEETING_ROLE + r"ordförande\b", re.I), False),
    ("secretary", re.compile(r"\b(?:välja|väljer|valde|utse|utser|utsåg)\s+" + _NAMES_BEFORE + r"\s+(?:till|som)\s+"
                             + _MEETING_ROLE + _SECRETARY_WORD + r"\b", re.I), False),
    ("secretary", re.compile(_NAMES_BEFORE + r"\s+" + _ELECTED_PASSIVE + r"\s+" + _UNANIMOUSLY + r"(?:till|som)\s+"
                             + _TO_BE + _MEETING_ROLE + _SECRETARY_WORD + r"\b", re.I), True),
    ("adjusters", re.compile(_NAMES_BEFORE + r"\s+" + _ELECTED_PASSIVE + r"\s+" + _UNANIMOUSLY + r"(?:till\s+"
                             + _COUNTERS_AND
                             + r"(?:justerare|"
                             r"justeringsmän|justeringsperson(?:er)?)"
                             r"|(?:till\s+)?att\s+" + _WITH_THE_CHAIR + r"justera)", re.I), True),
    # two named for two roles in turn: "Torbjörn Pihl och Kerstin Bergroth valdes till ordförande respektive
    # sekreterare för årsmötet" (the first name is the chair's, as the names-first election above reads it)
    ("secretary", re.compile(r"(?-i:" + _NAME + r")\s+och\s+(?-i:(?P<names>" + _NAME + r"))\s+" + _ELECTED_PASSIVE
                             + r"\s+till\s+" + _MEETING_ROLE + r"ordförande\s+respektive\s+" + _MEETING_ROLE
                             + _SECRETARY_WORD + r"\b", re.I), True),
    # the verb before the name, as after an adverbial: "Därefter valdes Anna Ek till mötesordförande", "Förutom Kjell
    # o Mia valdes Jessika till justeringsman"
    ("chair", re.compile(_VERB_FIRST + r"(?:till|som)\s+" + _MEETING_ROLE + r"ordförande\b", re.I), False),
    ("secretary", re.compile(_VERB_FIRST + r"(?:till|som)\s+" + _MEETING_ROLE + _SECRETARY_WORD + r"\b",
                             re.I), False),
    ("adjusters", re.compile(_VERB_FIRST + r"(?:till\s+" + _COUNTERS_AND + r"(?:protokoll)?(?:justerare|justeringsmän|"
                             r"justeringsperson(?:er)?)|(?:till\s+)?att\s+" + _WITH_THE_CHAIR + r"justera)",
                             re.I), False),
    # a body's decision: "Kyrkorådet beslutar att utse Lars Bäck att jämte ordföranden justera protokollet",
    # "Styrelsen valde Per Holm till justerare", "Nämnden utser Per Olsson att justera protokollet"
    # also where another charge comes first: "att utse Emma Josefsson till rapportör till Grupptrycket samt till att,
    # jämte ordförande, justera protokollet", its commas as a scan reads them too ("till att. jämte ordförande.
    # justera")
    ("adjusters", re.compile(r"\b(?:utse|utser|utsåg|välja|väljer|valde)\s+" + _NAMES_BEFORE + r"\s+(?:till\s+"
                             + _COUNTERS_AND + r"(?:justerare|justeringsmän|"
                             r"justeringsperson(?:er)?)|att\s+" + _WITH_THE_CHAIR + r"justera"
                             r"|till\s+[^.;]*?\b(?:samt|och)\s+(?:till\s+)?att[,.]?\s+"
                             r"(?:jämte\s+ordförande\w*[,.]?\s+)?"
                             r"justera\s+protokollet)", re.I), False),
)
# The verb left out after the first election: "Bo Ek valdes till sekreterare och Carin Dahl till justerare", "Mötet
# valde Eva Lund till ordförande och Nils Bo till sekreterare", "… att utse X till ordförande samt Y till sekreterare"
# (read only where the text has an "och" or a "samt").
ELIDED_ELECTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (field, re.compile(r"\b(?:(?:valdes|utsågo?s|väljs|väljes|utses)\s+|(?:valde|utsåg|väljer|utser|välja|utse)\s+[^.;]*?\s)"
                       r"(?:till|som)\s+[^.;]*?\b(?:och|samt)\s+" + _NAMES_BEFORE
                       + r"\s+(?:till|som)\s+" + role + r"\b", re.I))
    for field, role in (("chair", _MEETING_ROLE + "ordförande"),
                        ("secretary", _MEETING_ROLE + _SECRETARY_WORD),
                        ("adjusters", "(?:justerare|justeringsmän|justeringsperson(?:er)?)")))
