"""Names of people, places and organisations, with the aliases news writing uses.

"Mr Japarov", "Sadyr Japarov" and "Japarov" share a key (the surname), so a
name in one source is recognised in another; a person's role ("the
federation's president" / "General secretary X") is kept to catch role conflicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.facts.dates import MONTHS
from core.facts.vocab import ONES, TENS

TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "professor",
    "judge",
    "justice",
    "president",
    "premier",
    "minister",
    "governor",
    "mayor",
    "senator",
    "general",
    "colonel",
    "captain",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev",
    "father",
    "sister",
    "st",
}
ORG_WORDS = {
    "commission",
    "council",
    "board",
    "court",
    "ministry",
    "agency",
    "service",
    "services",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "plc",
    "group",
    "federation",
    "union",
    "party",
    "bank",
    "railways",
    "authority",
    "department",
    "office",
    "committee",
    "parliament",
    "assembly",
    "university",
    "institute",
    "association",
    "organisation",
    "organization",
    "police",
    "constabulary",
    "army",
    "navy",
    "coastguard",
    "guard",
    "brigade",
    "force",
    "forces",
    "communications",
    "mobile",
    "biologics",
    "biopharma",
    "pharmaceuticals",
    "laboratories",
    "trams",
    "buses",
    "transit",
    "transport",
    "energy",
    "utilities",
    "motors",
    "industries",
    "insurance",
    "mining",
    "shipping",
    "logistics",
    "news",
    "press",
    "network",
    "fund",
    "trust",
    "foundation",
    "airlines",
    "airways",
    "holdings",
    "partners",
    "club",
    "school",
    "hospital",
    "government",
}
PLACE_PREPS = {"in", "at", "near", "from", "to", "across", "outside", "inside", "towards", "around"}
# "the city of Halvenborg", "the province of Dorrin": what follows "of" after these is a place
PLACE_NOUNS = {"city", "town", "village", "region", "province", "district", "county", "state", "island", "port",
               "municipality", "capital", "suburb", "borough", "canton", "prefecture", "valley"}
ROLES = [
    "general secretary",
    "secretary general",
    "secretary-general",
    # the "X general" offices: one office each, not a director or an attorney
    "director general",
    "director-general",
    "attorney general",
    "attorney-general",
    "auditor general",
    "auditor-general",
    "inspector general",
    "inspector-general",
    "solicitor general",
    "solicitor-general",
    "surgeon general",
    "surgeon-general",
    "chief executive",
    "vice president",
    "vice-president",
    "prime minister",
    "deputy prime minister",
    "foreign minister",
    "finance minister",
    "chief engineer",
    "chief fire officer",
    "chief medical officer",
    "chief constable",
    "fire chief",
    "police chief",
    "chief operating officer",
    "chief financial officer",
    "managing director",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "ceo",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "governor",
    "mayor",
    "secretary",
    "treasurer",
    "founder",
    "deputy",
    "commissioner",
    "commander",
    "officer",
    "chief superintendent",
    "chief inspector",
    "chief",
    "detective chief inspector",
    "detective inspector",
    "detective superintendent",
    "detective sergeant",
    "inspector",
    "superintendent",
    "captain",
    "colonel",
    "ambassador",
    "chief prosecutor",
    "prosecutor",
    "judge",
    "coroner",
    "ombudsman",
    "speaker",
    "chancellor",
    "manager",
    "sergeant",
    "constable",
    "lieutenant",
    "headteacher",
    "headmaster",
    "headmistress",
    "principal",
    "professor",
    "editor",
    "curator",
    "conciliator",
    "mediator",
    "keeper",
    "coach",
    "cabinet member",
    "lawyer",
    "archivist",
    "librarian",
    "consultant",
    "attorney",
    "solicitor",
    "barrister",
]
# one office, several names
ROLE_ALIASES = {
    "ceo": "chief executive",
    "chief executive officer": "chief executive",
    "secretary general": "general secretary",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "vice president": "vice president",
    "attorney": "lawyer",  # who speaks for a party in court, whatever the country calls it
    "solicitor": "lawyer",
    "barrister": "lawyer",
}
# "Chief Commercial Officer", "chief technology officer": one office per middle word, tried before the bare "chief"
_ROLE_ALT = r"chief\s+[a-z]+\s+officer|" + "|".join(re.escape(r) for r in sorted(ROLES, key=len, reverse=True))
_ROLE_ALT += r"|head\s+of\s+[a-z]+"  # "head of safety", "head of operations": the office is in its object
_ROLE_ALT += r"|head\s+(?!of\b)[a-z]+"  # "head keeper", "head coach"
# "chair of the council's finance committee" is the finance committee's chair (see find_roles)
_ROLE_ALT = r"chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?:[\w’']+['’]s\s+)?[a-z]+\s+committee|" + _ROLE_ALT
# "Quill & Sons": an ampersand between capitalised words joins one firm's name
_CAP = (
    r"[A-Z][\w’'\-]*(?:\s+(?:(?:[A-Z][\w’'\-]*|de|van|von|der|al|bin|da|di|la|le|of|and|the)\b|&(?=\s+[A-Z])))*"
    r"(?<=\w)"
)
NAME_RE = re.compile(_CAP)
# a rank or status word makes another office ("deputy mayor" is not the mayor, a "former chair" no longer chairs);
# a portfolio word names which minister, secretary, director or manager ("interior minister" is not the
# "defence minister", a "site manager" is not the "head of safety")
_MOD = r"(?:(?i:former|acting|deputy|interim|vice|assistant|shadow|ex-?)\s*)?(?:(?i:lead|senior|principal)\s+)?"
_NOT_DET = r"(?!(?i:the|a|an|its|his|her|their|new|outgoing)\b)"
_OFFICE_NOUN = r"(?=(?i:minister|secretary|director|manager|archivist|librarian|consultant)\b)"
_COMMITTEE = rf"{_NOT_DET}[A-Za-z]+\s+(?i:committee)\s+(?=(?i:chair))"
# ... nor, before a name, a word that introduces one ("said Minister of Education Ilse Varanek")
_NOT_VERB = r"(?!(?i:said|says|told|tells|asked|added|warned|wrote|stated|announced|by|to|with|and|as|from|for)\b)"
_PORTFOLIO = rf"(?:{_NOT_DET}{_NOT_VERB}[A-Za-z]+\s+{_OFFICE_NOUN}|{_COMMITTEE}|)"
# after a name, a portfolio may take two words ("the council's emergency planning director"); before one, only one,
# or a verb would join it ("told finance minister ...")
_PORTFOLIO2 = rf"(?:(?:{_NOT_DET}[A-Za-z]+\s+){{1,2}}{_OFFICE_NOUN}|{_COMMITTEE}|)"
_COUNT_WORDS = "|".join(
    ["a", "an", *ONES, *TENS, "several", "many", "some", "more", "over", "nearly", "almost", "about", "just"]
)
# what an office is of: "Minister of the Interior", "director of public health", "chair of the Markets Authority"
# ... or for: "cabinet member for leisure", "Minister for Health" (words only: "director for five years" is no office)
_OF = r"(?P<of>\s+(?:of|for)\s+(?:the\s+)?(?!(?i:" + _COUNT_WORDS + r")\b)[A-Za-z’'\-]+(?:\s+[A-Za-z’'\-]+){0,2}?)"
# where that ends after a name: a stop, or a word that starts what follows ("Director of Public Health for the coast")
_OF_END = r"(?=\s*[,.;:)]|\s+(?:for|at|in|on|with|since|who|and|said|says|told)\b|$)"
# an organisation's initials before the office: "Mirela Kostan, KMRS head of operations" (a capitalised word
# may be a portfolio: "Jonas Berg, Finance Minister")
_ORG_BEFORE = r"(?:[A-Z]{2,}s?\s+){1,2}"
# how far an office reaches, after a name: "Jonas Ferreby, Unimet's national vice-president"
_SCOPE = r"(?:(?i:national|regional|local|international|provincial|district|county|federal)\s+)?"
ROLE_AFTER = re.compile(  # "Ilse Varn, the port health service's deputy chief inspector": a possessive of a few words
    rf"(?P<name>{_CAP}),\s+(?:the|its|a|an)?\s*(?:(?:(?:[\w’'\-]+|&)\s+){{0,4}}?[\w’']+['’]s\s+|{_ORG_BEFORE})?"
    rf"(?:(?:new|outgoing)\s+)?(?P<role>{_SCOPE}{_MOD}{_PORTFOLIO2}(?i:{_ROLE_ALT})(?:{_OF}{_OF_END})?)\b"
)
ROLE_BEFORE = re.compile(
    rf"(?<![\w’'])(?P<role>{_MOD}{_PORTFOLIO}(?i:{_ROLE_ALT}){_OF}?),?\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+)"
)
_FUNCTION = {
    "the",
    "a",
    "an",
    "and",
    "but",
    "in",
    "on",
    "at",
    "it",
    "he",
    "she",
    "they",
    "we",
    "this",
    "that",
    "there",
    "by",
    "as",
    "for",
    "of",
    "to",
    "with",
    "after",
    "before",
    "while",
    "when",
    "some",
    "more",
    "most",
    "about",
    "among",
    "until",
    "from",
    "our",
    "his",
    "her",
    "their",
    "its",
    "if",
    "only",
    "once",
    "then",
    "so",
    "all",
    "within",
    "despite",
    "although",
    "during",
    "over",
    "under",
    "across",
    "according",
    "shares",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "police",
    "officials",
    "footage",
    "later",
    "yesterday",
    "today",
    "meanwhile",
    "earlier",
    "people",
    "protesters",
    "investigators",
    "residents",
} | set(MONTHS) | set(ONES[1:11])


@dataclass
class Name:
    start: int
    end: int
    text: str
    kind: str  # person | place | organisation | other ("the Merrin Lark": a named thing that is no person)
    key: str  # alias key: surname of a person, full lowercased name otherwise


def _strip(words: list[str]) -> list[str]:
    if "the" in words:
        words = words[len(words) - words[::-1].index("the") :]
    while words and (words[0].lower().rstrip(".") in TITLES or words[0].lower() in _FUNCTION or words[0] == "&"):
        words = words[1:]
    while words and words[-1].lower() in ("of", "and", "the", "de", "van", "von", "al"):
        words = words[:-1]
    return words


def _of_place(before: list[str]) -> bool:
    """The two words before a name are "city of", "province of" ...: the name is a place."""
    return len(before) == 2 and before[1] == "of" and before[0] in PLACE_NOUNS


_DESIGNATION = re.compile(r"\s+(?:\d+[A-Za-z]?|[A-Z])\b(?![,.]?\d)")


def find_names(text: str, known: frozenset[str] = frozenset()) -> list[Name]:
    """Capitalised sequences that look like names (sentence-initial function words are dropped). A single
    capitalised word opening the sentence is a name only when `known` (surnames the article names elsewhere, as
    "Thea Quennell") holds it: "Quennell took 18,407 votes", but not "Turnout fell"."""
    out: list[Name] = []
    for m in NAME_RE.finditer(text):
        raw = m.group()
        words = raw.split()
        kept = _strip(words)
        titled = any(w.lower().rstrip(".") in TITLES for w in words[: len(words) - len(kept)])
        words = kept
        if not words:
            continue
        offset = raw.find(words[0])
        start = m.start() + offset
        name = " ".join(words)
        end = start + len(name)
        if text[start:end] != name:  # multi-space inside: keep the raw span
            end = m.end()
            name = text[start:end]
        low = [w.lower().strip("’'") for w in words]
        last = re.sub(r"['’]s$", "", low[-1])
        if _DESIGNATION.match(text, end):  # "Line 4", "Gate 4", "Flight 7": a numbered thing, no person
            kind, key = "other", " ".join(low)
        elif set(low) & ORG_WORDS or "&" in low:
            kind = "organisation"
            key = " ".join(w for w in low if not re.search(r"['’]s$", w))
        elif titled or any(w.lower().rstrip(".") in TITLES for w in words):
            kind, key = "person", last
        elif len(words) >= 2:
            # "the Grey Teeth", "in the Skelder Sound": a person's name takes no article; a place follows a
            # place preposition; what else takes "the" (a ship, a building) is some other named thing
            low_before = [w.lower() for w in text[:start].split()[-2:]]
            if low_before[-1:] == ["the"]:
                kind = "place" if low_before[:1] and low_before[0] in PLACE_PREPS else "other"
            else:
                place = (low_before[-1:] and low_before[-1] in PLACE_PREPS) or _of_place(low_before)
                kind = "place" if place else "person"
            key = last
        else:
            before = text[: m.start()].split()[-1:] if m.start() else []
            at_start = m.start() == 0 or text[: m.start()].rstrip().endswith((".", "\n", '"', "“"))
            if at_start and last not in known:
                continue
            place = (before and before[0].lower() in PLACE_PREPS) or _of_place(text[: m.start()].lower().split()[-2:])
            kind = "place" if place else "person"
            key = last
        if len(key) < 2:
            continue
        out.append(Name(start, end, name, kind, key))
    return out


def find_roles(text: str) -> list[tuple[str, str, int, int]]:
    """(person key, role, role start, role end) for 'X, the union's president' and 'General secretary X'."""
    out: list[tuple[str, str, int, int]] = []
    for rx in (ROLE_AFTER, ROLE_BEFORE):
        for m in rx.finditer(text):
            words = _strip(m.group("name").split())
            if len(words) < 2 and rx is ROLE_BEFORE:
                continue
            if not words or set(w.lower() for w in words) & ORG_WORDS:
                continue
            key = re.sub(r"['’]s$", "", words[-1].lower())
            role = " ".join(m.group("role").lower().replace("-", " ").split())
            if m.group("of"):  # "minister of the interior" is the interior minister
                office = text[m.start("role") : m.start("of")].lower().replace("-", " ").split()
                what = [w for w in m.group("of").lower().replace("-", " ").split()[1:] if w != "the"]
                role = " ".join([*what, *office])
            of_committee = re.match(r"(.*?)chair\w*\s+of\s+(?:the\s+)?(?:\S+['’]s\s+)?([a-z]+)\s+committee$", role)
            if of_committee:  # "chair of the council's finance committee" -> "finance committee chair"
                role = f"{of_committee.group(1)}{of_committee.group(2)} committee chair"
            parts = role.split()
            for k in range(len(parts)):  # "former chairwoman" -> "former chair"
                if (tail := " ".join(parts[k:])) in ROLE_ALIASES:
                    role = " ".join([*parts[:k], ROLE_ALIASES[tail]])
                    break
            out.append((key, role, m.start("role"), m.end("role")))
    return out
