"""Markdown: headings, lists and quotes become parts; the syntax itself never reaches the text.

A small line-based reader is enough for articles (no nested structures matter for
comparison): ATX and setext headings, bullets and numbered items, block quotes,
fences, rules, front matter, then inline syntax (links, emphasis, code, images, HTML).
"""

from __future__ import annotations

import html
import re

from core.cleanup import Block, build_document, normalise_newlines
from core.document import Document, PartKind

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_ATX_EMPTY = re.compile(r"^ {0,3}#{1,6}[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_REFDEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*\|?\s*$")

_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images: alt text is not article text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"<[^>\n]+>"), ""),  # inline HTML tags
    (re.compile(r"`+([^`]+)`+"), r"\1"),  # code
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # _em_
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # backslash escapes
)


def strip_inline(text: str) -> str:
    """Remove inline Markdown syntax, keeping the words a reader sees."""
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return html.unescape(text)


def markdown_blocks(text: str) -> list[Block]:
    """Markdown source to blocks; kinds are set where the syntax says (heading, list item)."""
    lines = normalise_newlines(text).split("\n")
    lines = _skip_front_matter(lines)
    blocks: list[Block] = []
    buf: list[str] = []
    kind: PartKind | None = None
    fence: str | None = None

    def flush() -> None:
        nonlocal buf, kind
        if buf:
            blocks.append(Block(strip_inline(" ".join(s.strip() for s in buf)), kind))
        buf, kind = [], None

    for line in lines:
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                flush()
            else:
                buf.append(line)
            continue
        m = _FENCE.match(line)
        if m:
            flush()
            fence = m.group(1)
            continue
        line = _QUOTE.sub("", line)
        is_rule = bool(_RULE.match(line)) and not (buf and kind is None and _SETEXT.match(line))
        if not line.strip() or is_rule or _REFDEF.match(line) or _TABLE_RULE.match(line):
            flush()
            continue
        m = _SETEXT.match(line)
        if m and buf and kind is None:
            kind = "heading"
            flush()
            continue
        m = _ATX.match(line)
        if m or _ATX_EMPTY.match(line):
            flush()
            if m:
                blocks.append(Block(strip_inline(m.group(2)), "heading"))
            continue
        m = _ITEM.match(line)
        if m:
            flush()
            kind = "list_item"
            buf.append(line[m.end() :])
            continue
        if line.lstrip().startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            buf.append(" | ".join(c for c in cells if c))
            flush()
            continue
        buf.append(line)
    flush()
    blocks = [b for b in blocks if b.text.strip()]
    if blocks and blocks[0].kind == "heading":
        blocks[0] = Block(blocks[0].text, "title")
    return blocks


def _skip_front_matter(lines: list[str]) -> list[str]:
    """Drop a YAML front-matter block (--- ... ---) at the very top."""
    if lines and lines[0].strip() == "---":
        for i in range(1, min(len(lines), 200)):
            if lines[i].strip() in ("---", "..."):
                return lines[i + 1 :]
    return lines


def read_markdown(text: str, origin: str, title: str = "") -> Document:
    return build_document(markdown_blocks(text), origin, title)
