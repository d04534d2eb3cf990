"""HTML pages: trafilatura finds the article body; its XML keeps headings, lists and quotes apart.

Menus, cookie banners, related links, comments and footers are left out by the
extractor; what is left is classified like any other text (a "Read more" line
inside the body still becomes boilerplate). When trafilatura finds little, its
recall-oriented mode is tried; readability-lxml gives a second opinion for pages
trafilatura cuts short; trafilatura's baseline (all paragraph text) is the last
resort, so a page with any running text never comes back empty.
"""

from __future__ import annotations

import logging
from copy import deepcopy

import htmldate
import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import DEFAULT_CONFIG

from core.cleanup import Block, build_document, classify, clean_inline
from core.document import Document, PartKind
from core.errors import SourceError
from core.readers.html_completion import complete
from core.readers.html_readability import prefer_readability, readability_blocks

# Below this many characters of body text the fallbacks are tried as well.
MIN_BODY_CHARS = 200
# readability-lxml takes ~2 s per MB; on larger pages trafilatura alone decides.
READABILITY_MAX_CHARS = 5_000_000

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_CONFIG = deepcopy(DEFAULT_CONFIG)
_CONFIG["DEFAULT"]["max_file_size"] = str(1 << 30)  # our own cap (read_source's max_bytes) applies
_CONFIG["DEFAULT"]["min_extracted_size"] = "250"
# trafilatura options (measured with bench/extraction.py; comments are never article text).
EXTRACT_OPTIONS: dict[str, bool] = {"include_comments": False, "include_tables": True, "favor_precision": False}
# favor_recall for each pass; the next pass runs only while the body is shorter than MIN_BODY_CHARS.
RECALL_PASSES: tuple[bool, ...] = (False, True)


def read_html(html: str, origin: str, *, url: str | None = None) -> Document:
    """Turn one HTML page into a Document whose compared parts are the article body."""
    blocks, title = extract_blocks(html, origin, url=url)
    if title and not any(b.kind == "title" for b in blocks):
        same = [i for i, b in enumerate(blocks[:3]) if b.kind == "heading" and b.text == title]
        if same:
            blocks[same[0]] = Block(title, "title")
        else:
            blocks.insert(0, Block(title, "title"))
    date = page_date(html)
    told = [b.text for b in classify(blocks) if b.kind == "dateline"]  # as build_document will classify them
    if date and not any(date.split()[-1] in t for t in told):  # the body kept no dateline of that year
        blocks.insert(1 if blocks and blocks[0].kind == "title" else 0, Block(date, "dateline"))
    return build_document(blocks, origin, title)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def page_date(html: str) -> str:
    """The page's date from its markup (<time datetime>, a dateline or "Published" element, meta tags), told as
    "14 June 2025"; "" when the markup gives none. The extractor drops bylines and datelines with the rest of
    the page furniture, but the facts stage reads weekdays ("on Tuesday") against the article's date.
    The latest date the markup gives (the last update), since a live page's weekdays are told from then.
    Only htmldate's quick search: its extensive one reads dates out of running text and guessed wrong here."""
    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=False, outputformat="%Y-%m-%d")
    except Exception:  # a date is a bonus: no page fails for the want of one
        return ""
    if not found:
        return ""
    year, month, day = (int(x) for x in found.split("-"))
    return f"{day} {_MONTHS[month - 1]} {year}"


def extract_blocks(html: str, origin: str, *, url: str | None = None) -> tuple[list[Block], str]:
    """The article body as blocks, plus the page title ("" when it has none)."""
    if not html.strip():
        raise SourceError(origin, "the page is empty")
    try:
        # The page is already text: lxml reads its bytes as UTF-8 whatever its <meta charset> says (left to
        # guess, it reads a page that declares no charset as Latin-1, and the title comes out as "CafÃ©").
        parser = lxml.html.HTMLParser(encoding="utf-8")  # one per call: lxml parsers are not shared across threads
        tree = lxml.html.fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.LxmlError, ValueError, UnicodeError):
        raise SourceError(origin, "the HTML is malformed and could not be parsed") from None
    if tree is None:
        raise SourceError(origin, "the HTML is malformed and could not be parsed")
    best: list[Block] = []
    title = _page_title(tree)
    for favor_recall in RECALL_PASSES:
        xml = _extract(html, url, favor_recall=favor_recall)
        if xml is None:
            continue
        blocks = _blocks_from_xml(xml, title)
        if _body_chars(blocks) > _body_chars(best):
            best = blocks
        if _body_chars(best) >= MIN_BODY_CHARS:
            break
    second = readability_blocks(html) if len(html) <= READABILITY_MAX_CHARS else []
    if second and prefer_readability(best, second):
        best = second
    best = complete(tree, best)
    if _body_chars(best) < MIN_BODY_CHARS:
        fallback = _baseline_blocks(tree)
        if _body_chars(fallback) > _body_chars(best):
            best = fallback
    if not any(b.kind in (None, "paragraph", "list_item") and len(b.text.split()) >= 4 for b in best):
        raise SourceError(origin, "no article text was found on the page")
    return best, title


def _extract(html: str, url: str | None, *, favor_recall: bool) -> str | None:
    """trafilatura's XML for the page (given as a string: it parses and cleans it its own way)."""
    try:
        return trafilatura.extract(
            html,
            url=url,
            output_format="xml",
            include_formatting=False,
            include_links=False,
            include_images=False,
            with_metadata=False,  # metadata (dates, fingerprint) costs ~2 s on a 1 MB page; the title is read below
            favor_recall=favor_recall,
            config=_CONFIG,
            **EXTRACT_OPTIONS,
        )
    except Exception:  # trafilatura can trip over odd markup; treat as "found nothing"
        return None


def _blocks_from_xml(xml: str, title: str) -> list[Block]:
    """Walk trafilatura's XML in document order: head, p, list/item, quote, table rows."""
    try:
        root = lxml.etree.fromstring(xml.encode("utf-8"))
    except lxml.etree.XMLSyntaxError:
        return []
    blocks: list[Block] = []
    main = root.find("main")
    if main is None:
        return []
    _walk(main, blocks)
    if blocks and title and blocks[0].kind == "heading" and blocks[0].text == title:
        blocks[0] = Block(title, "title")
    return blocks


_BLOCK_TAGS = frozenset({"head", "p", "list", "item", "quote", "table", "row", "cell", "div", "main"})


def _walk(element: lxml.etree._Element, blocks: list[Block]) -> None:
    """Collect blocks below `element`; loose text (an element's text or a child's tail) is a paragraph."""
    _loose(blocks, element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        nested = any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in child)
        if tag == "head":
            _add(blocks, child, "heading")
        elif tag == "p" or (tag in ("quote", "cell", "div") and not nested):
            _add(blocks, child, "paragraph")
        elif tag == "item":
            if nested:
                _walk(child, blocks)
            else:
                _add(blocks, child, "list_item")
        elif tag == "row":
            cells = [clean_inline(" ".join(cell.itertext())) for cell in child]
            text = " | ".join(c for c in cells if c)
            if text:
                blocks.append(Block(text, "paragraph"))
        elif tag in _BLOCK_TAGS:
            _walk(child, blocks)
        elif tag not in ("graphic", "comments"):
            _add(blocks, child, "paragraph")
        _loose(blocks, child.tail)


def _loose(blocks: list[Block], text: str | None) -> None:
    cleaned = clean_inline(text or "")
    if cleaned:
        blocks.append(Block(cleaned, "paragraph"))


def _add(blocks: list[Block], element: lxml.etree._Element, kind: PartKind | None) -> None:
    text = clean_inline(" ".join(element.itertext()))
    if text:
        blocks.append(Block(text, kind))


def _baseline_blocks(tree: lxml.html.HtmlElement) -> list[Block]:
    """trafilatura's baseline: every paragraph-like element's text, for pages the extractor rejects."""
    try:
        _, text, _ = trafilatura.baseline(deepcopy(tree))
    except Exception:  # the last resort must not raise either
        return []
    return [Block(t, "paragraph") for t in (clean_inline(line) for line in text.split("\n")) if t]


def _body_chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks if b.kind in (None, "paragraph", "list_item"))


def _page_title(tree: lxml.html.HtmlElement) -> str:
    """The headline: og:title, else the first h1, else <title> (which often carries the site's name)."""
    for path in ("//meta[@property='og:title']/@content", "//h1", "//title"):
        for found in tree.xpath(path):
            text = clean_inline(found if isinstance(found, str) else found.text_content())
            if text:
                return text
    return ""
