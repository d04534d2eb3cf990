"""Raw text to Document parts: join hard-wrapped lines, then name each block's role.

Readers hand over either plain text (split_blocks finds paragraphs and joins wrapped
lines) or blocks whose role the format already says (Markdown/HTML/DOCX headings and
list items). `classify` then recognises the kinds of lines a person skips when
comparing articles: titles, headings, bylines, datelines, captions and boilerplate
("Related article: ...", "Advertisement", newsletter and share prompts, copyright).
The patterns describe kinds of lines, never words from any particular article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.document import Document, Part, PartKind

SEPARATOR = "\n\n"

_BULLET = re.compile(r"^\s*(?:[-*+\u2022\u00b7\u2023\u25aa\u25e6\u2013\u2014]|\d{1,3}[.)])\s+(?=\S)")
_TERMINAL = re.compile(r"[.!?:;\u2026][\"'\u201d\u2019)\]]*$")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_LABEL_SEP = r"\s*(?:[:|\u00bb\u203a>\-\u2013\u2014]|$)"
_BOILERPLATE = [
    re.compile(
        r"^(?:related(?: articles?| stories| story| content| coverage| reading| links?| news| topics?| posts?)?"
        r"|read (?:more|also|next|the full story)|also read|see also|more on this(?: story)?|more from|more stories"
        r"|recommended(?: for you)?|don'?t miss|must read|most (?:read|popular|viewed)|trending(?: now)?"
        r"|further reading|you (?:may|might) also like|editor'?s picks?|top stories|watch|listen|latest)" + _LABEL_SEP,
        re.I,
    ),
    re.compile(
        r"^(?:advertisement|advert|ad|sponsored(?: content)?|promoted|paid content|partner content"
        r"|story continues below(?: advertisement)?|continue reading(?: below)?"
        r"|scroll (?:down )?to continue(?: reading)?"
        r"|skip (?:advert|advertisement|ad)|click here|tap here|print|email|tweet|copy link|share)\W*$",
        re.I,
    ),
    re.compile(r"^(?:\u00a9|\(c\)\s|copyright\b)", re.I),
    re.compile(r"\ball rights reserved\b", re.I),
]
# Prompts that only count as boilerplate in a short block (a long paragraph may mention them).
_SHORT_BOILERPLATE = [
    re.compile(
        r"\b(?:sign up|subscribe|register|join)\b.{0,60}\b(?:newsletters?|alerts?|bulletins?|updates|digest)\b", re.I
    ),
    re.compile(r"\b(?:get|receive) (?:our|the) .{0,40}\bnewsletter\b", re.I),
    re.compile(
        r"\b(?:share|follow(?: us)?|like us|join us)\b.{0,40}\b(?:facebook|twitter|whatsapp|linkedin|instagram|telegram"
        r"|tiktok|youtube|social media)\b",
        re.I,
    ),
    re.compile(r"^share (?:this|the)\b", re.I),
    re.compile(r"\b(?:we use cookies|accept (?:all )?cookies|cookie (?:settings|policy|preferences))\b", re.I),
    re.compile(r"^(?:have a (?:news )?tip|got a (?:news )?(?:tip|story)|contact us|follow us)\b", re.I),
]
_CAPTION = [
    re.compile(
        r"^(?:photo(?:graph)?s?|image|picture|pictured|video|graphic|illustration|file photo|caption|credit)\s*[:|/]",
        re.I,
    ),
    re.compile(r"\((?:photo|image|picture|credit)[^)]{0,80}\)$", re.I),
    re.compile(r"\b(?:photo(?:graph)?|image|picture)\s*(?::|by|credit:?)\s*[^.]{1,60}$", re.I),
    re.compile(r"/\s*(?:getty images|reuters|ap photo|afp|epa|shutterstock|alamy|pa wire|pa media)\s*\)?$", re.I),
]
_BYLINE = re.compile(r"^(?i:by|von|par|por|author:)\s+[\"'\u201c]?[A-Z\u00c0-\u00de]")
# Wire credit lines: "(Reporting by ...; Editing by ...)", "Additional reporting by the ... bureau".
_CREDIT = re.compile(
    r"^\(?(?:additional )?(?:reporting|writing|editing|written|edited|compiled|words|report|text) by\b", re.I
)
_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t|tember|\.)?"
    r"|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|januar|februar|m\u00e4rz|mai|juni|juli|oktober|dezember"
    r"|janvier|f\u00e9vrier|mars|avril|juin|juillet|ao\u00fbt|septembre|octobre|novembre|d\u00e9cembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi\u00e9rcoles|jueves"
    r"|viernes|s\u00e1bado|domingo"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\b\.?\s*\d{{1,4}}|\d{{1,2}}\.?\s+(?:{_MONTHS})\b|(?:{_WEEKDAYS})\b"
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|(?:updated|published|posted|last updated|first published)\b)",
    re.I,
)

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in (
        ("en", "the and of to in is that for was on with said as by at from it his her are were has have"),
        ("de", "der die das und ist nicht ein eine zu den von mit sich des auf f\u00fcr im dem auch wurde"),
        ("fr", "le la les et des est une un du que pour dans qui pas sur au avec par ont ce"),
        ("es", "el la los las y de que en un una es por con para del se al como fue m\u00e1s"),
    )
}


@dataclass(frozen=True)
class Block:
    """One paragraph-sized piece of text; `kind` None means "work it out from the text"."""

    text: str
    kind: PartKind | None = None


def clean_inline(text: str) -> str:
    """One block's text on one line: invisible characters gone, runs of spaces collapsed."""
    text = _INVISIBLE.sub("", text.replace("\r", " ").replace("\n", " "))
    return _WS.sub(" ", text).strip()


def normalise_newlines(text: str) -> str:
    """CRLF and CR to LF, tabs to spaces, trailing spaces dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return "\n".join(line.rstrip() for line in text.expandtabs(4).split("\n"))


def split_blocks(text: str) -> list[Block]:
    """Plain text to blocks: blank lines end paragraphs; wrapped lines inside one are joined."""
    lines = normalise_newlines(text).split("\n")
    groups: list[list[str]] = [[]]
    for line in lines:
        if _INVISIBLE.sub("", line).strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    width = _wrap_width(groups)
    blocks: list[Block] = []
    for group in groups:
        current = last = group[0]
        for nxt in group[1:]:
            if _breaks(last, nxt, width):
                blocks.append(_line_block(current))
                current = nxt
            else:
                current = _join(current, nxt)
            last = nxt
        blocks.append(_line_block(current))
    return [b for b in blocks if b.text]


def _wrap_width(groups: Sequence[Sequence[str]]) -> int | None:
    """The column text is hard-wrapped at, or None when lines are whole paragraphs."""
    inner = sorted(len(line.strip()) for g in groups for line in g[:-1])
    if len(inner) < 3:
        return None
    width = inner[int(len(inner) * 0.9) - (1 if len(inner) >= 10 else 0)]
    if width < 30 or width > 160:
        return None
    near = sum(1 for n in inner if n >= 0.6 * width)
    return width if near >= 0.6 * len(inner) else None


def _breaks(current: str, nxt: str, width: int | None) -> bool:
    """Whether a line break inside a blank-line group ends a paragraph (True) or is a wrap."""
    cur = current.strip()
    if _BULLET.match(nxt):
        return True
    terminal = bool(_TERMINAL.search(cur))
    first = nxt.strip()[:1]
    starts_upper = first.isupper() or first.isdigit() or first in "\"'\u201c\u2018(["
    if width is None:
        return terminal or starts_upper
    if nxt[:1].isspace() and terminal:
        return True
    short = len(cur) < 0.7 * width
    return (short and (terminal or starts_upper)) or (bool(_BYLINE.match(cur)) and starts_upper)


def _join(current: str, nxt: str) -> str:
    """Join a wrapped line; a word split at a hyphen ("ex-" / "Soviet") keeps its hyphen, no space."""
    cur, nxt = current.rstrip(), nxt.strip()
    if len(cur) >= 2 and cur[-1] == "-" and cur[-2].isalpha() and nxt[:1].isalpha():
        return cur + nxt
    return f"{cur} {nxt}"


def _line_block(text: str) -> Block:
    """A paragraph, or a list item (its bullet dropped) when it starts with one."""
    m = _BULLET.match(text)
    if m:
        return Block(clean_inline(text[m.end() :]), "list_item")
    return Block(clean_inline(text))


def is_boilerplate(text: str) -> bool:
    if len(text) <= 300 and any(p.search(text) for p in _BOILERPLATE):
        return True
    return len(text) <= 160 and any(p.search(text) for p in _SHORT_BOILERPLATE)


def is_caption(text: str) -> bool:
    return len(text) <= 300 and any(p.search(text) for p in _CAPTION)


def is_byline(text: str) -> bool:
    """A "By Name, Role" line: short, starts with a name, and is not a sentence ("By Monday, talks had failed.")."""
    if len(text) > 160 or len(text.split()) > 20 or not (_BYLINE.match(text) or _CREDIT.match(text)):
        return False
    return text.startswith("(") or not re.search(r"[.!?][\"'\u201d\u2019]?$", text)


def is_dateline(text: str) -> bool:
    if len(text) > 80 or len(text.split()) > 12 or (text.endswith((".", "!", "?")) and not text.endswith(".m.")):
        return False
    return bool(_DATE.search(text))


def is_heading_like(text: str) -> bool:
    """A short line without final punctuation: a headline, section heading or label."""
    return len(text) <= 150 and len(text.split()) <= 20 and not _TERMINAL.search(text)


def classify(blocks: Iterable[Block]) -> list[Block]:
    """Give every block a kind; blocks a format already marked as headings or titles keep theirs."""
    out: list[Block] = []
    seen_title = False
    for block in blocks:
        text = clean_inline(block.text)
        if not text:
            continue
        kind = block.kind
        if kind in ("title", "heading", "caption", "boilerplate", "byline", "dateline"):
            pass
        elif is_boilerplate(text):
            kind = "boilerplate"
        elif is_caption(text):
            kind = "caption"
        elif is_byline(text):
            kind = "byline"
        elif kind != "list_item" and is_dateline(text):
            kind = "dateline"
        elif kind is None and is_heading_like(text):
            kind = "heading" if seen_title or out else "title"
        elif kind is None and not out and len(text.split()) <= 15 and text.endswith(("?", "!")):
            kind = "title"  # a question or exclamation as the headline
        elif kind is None:
            kind = "paragraph"
        seen_title = seen_title or kind == "title"
        out.append(Block(text, kind))
    return out


def build_document(blocks: Iterable[Block], origin: str, title: str = "") -> Document:
    """Join classified blocks with blank lines and record each one's span as a Part."""
    texts: list[str] = []
    parts: list[Part] = []
    pos = 0
    for block in classify(blocks):
        if texts:
            pos += len(SEPARATOR)
        texts.append(block.text)
        parts.append(Part(block.kind or "paragraph", pos, pos + len(block.text)))
        pos += len(block.text)
    text = SEPARATOR.join(texts)
    if not title:
        title = _find_title(text, parts) or origin
    return Document(title=title, origin=origin, text=text, parts=tuple(parts), language=guess_language(text))


def _find_title(text: str, parts: Sequence[Part]) -> str:
    """The headline: the first title or heading near the top that reads like one, skipping mastheads
    ("THE VALLEY COURIER", "Gazette | Business"); else the first title."""
    heads = [text[p.start : p.end] for p in parts[:5] if p.kind in ("title", "heading")]
    for chunk in heads:
        if len(chunk.split()) >= 4 and not chunk.isupper() and " | " not in chunk:
            return chunk
    return text[parts[0].start : parts[0].end] if parts and parts[0].kind == "title" else ""


def guess_language(text: str) -> str:
    """A cheap guess among en/de/fr/es from stopword counts; "en" when unsure."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if not words:
        return "en"
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > max(2, len(words) // 50) else "en"


def document_from_text(text: str, origin: str, title: str = "") -> Document:
    """The plain-text path shared by .txt, stdin, pasted text, PDF and RTF."""
    return build_document(split_blocks(text), origin, title)
