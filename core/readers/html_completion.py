"""Paragraphs of the article's own container that the extractor dropped.

trafilatura picks the one box of a page that looks most like a body and drops its
siblings: a live page's "Summary" section beside its timeline, a "Background" box at the
foot of the article. When the extracted paragraphs all sit inside one <article> (or
<main>), the prose paragraphs of that element that the extractor left out are put back
in document order. Only running text comes back: paragraphs of several words ending like
a sentence, with few links, outside navigation, forms, figures and boxes whose class or id
says they are furniture (share, related, newsletter, comments...), and only from an element
holding two or more of them. A lone paragraph the extractor dropped is most often a call to
action ("Join our forums...") or a standfirst; on the article-extraction benchmark restoring
those cost precision (0.958 -> 0.956) for no recall.
"""

from __future__ import annotations

import re
from collections import Counter

import lxml.html

from core.cleanup import Block, clean_inline

MIN_WORDS = 8  # a restored paragraph is running text, not a label or a teaser line
MIN_BOX = 2  # restored only from a box with this many such paragraphs: a dropped section, not a stray line
MAX_LINK_SHARE = 0.3  # of its characters inside <a>: more is a list of links
_SKIP_TAGS = frozenset({"nav", "footer", "form", "figure", "figcaption", "button", "menu", "noscript", "template"})
_FURNITURE = re.compile(
    r"share|social|related|recommend|newsletter|subscri|promo|advert|\bads?\b|sponsor|comment|caption|credit|"
    r"byline|author|cookie|consent|banner|footer|\bnav|menu|breadcrumb|crumbs|tags?\b|toolbar|signup|paywall|"
    r"teaser|more-?stories|read-?more|popular|trending|widget",
    re.IGNORECASE,
)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_ORDERED = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def complete(tree: lxml.html.HtmlElement, blocks: list[Block]) -> list[Block]:
    """`blocks` with the dropped prose paragraphs of their <article> or <main> inserted where they stand.

    The extractor can also move a box it keeps (a live page's summary after the first update), so the blocks
    come back in the page's order; a block the page does not show as one element follows the block before it."""
    paragraphs = [p for p in tree.iter("p") if isinstance(p.tag, str)]
    texts = [clean_inline(p.text_content()) for p in paragraphs]
    kept = {b.text for b in blocks}
    found = [p for p, t in zip(paragraphs, texts, strict=True) if t and t in kept]
    if not found:
        return blocks
    container = _container(found)
    if container is None:
        return blocks
    dropped = [
        p for p, t in zip(paragraphs, texts, strict=True) if t not in kept and _inside(p, container) and _prose(p, t)
    ]
    boxes = Counter(p.getparent() for p in dropped)
    restore = {p for p in dropped if boxes[p.getparent()] >= MIN_BOX or _titled(p.getparent())}
    if not restore:
        return blocks
    order: dict[str, int] = {}
    for n, element in enumerate(container.iter(*_ORDERED)):
        order.setdefault(clean_inline(element.text_content()), n)
    keyed: list[tuple[float, int, Block]] = []
    last = -1.0
    for n, b in enumerate(blocks):
        last = float(order.get(b.text, last))  # a block the page does not show as such follows what precedes it
        keyed.append((last, n, b))
    back = [t for p, t in zip(paragraphs, texts, strict=True) if p in restore]
    keyed += [(float(order[t]), len(blocks), Block(t, "paragraph")) for t in back]
    return [b for _, _, b in sorted(keyed, key=lambda k: (k[0], k[1]))]


def _container(found: list[lxml.html.HtmlElement]) -> lxml.html.HtmlElement | None:
    """The one <article> or <main> that holds every kept paragraph (the innermost such), or None."""
    chains = [[a for a in p.iterancestors() if a.tag in ("article", "main")] for p in found]
    if any(not c for c in chains):
        return None
    common = set(chains[0]).intersection(*map(set, chains[1:]))
    return next((a for a in chains[0] if a in common), None)


def _titled(box: lxml.html.HtmlElement) -> bool:
    """A box with a heading of its own ("Background", "Next stage"): a section of the article."""
    return any(isinstance(c.tag, str) and c.tag in _HEADINGS for c in box)


def _inside(p: lxml.html.HtmlElement, container: lxml.html.HtmlElement) -> bool:
    """Below the container, and not in navigation, a form, a figure or a furniture box on the way up."""
    for a in p.iterancestors():
        if a is container:
            return True
        if a.tag in _SKIP_TAGS or _FURNITURE.search(f"{a.get('class', '')} {a.get('id', '')}"):
            return False
    return False


def _prose(p: lxml.html.HtmlElement, text: str) -> bool:
    if _FURNITURE.search(f"{p.get('class', '')} {p.get('id', '')}"):
        return False
    if len(text.split()) < MIN_WORDS or not _SENTENCE_END.search(text):
        return False
    linked = sum(len(clean_inline(a.text_content())) for a in p.iter("a"))
    return linked <= MAX_LINK_SHARE * len(text)
