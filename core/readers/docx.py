"""DOCX via python-docx: paragraphs and tables in body order, headings by paragraph style.

The ZIP is checked before python-docx opens it: a file that is not a ZIP, lacks
word/document.xml, or would decompress past a cap (a zip bomb) is refused.
"""

from __future__ import annotations

import io
import zipfile

from docx.text.paragraph import Paragraph

from core.cleanup import Block, build_document
from core.document import Document, PartKind
from core.errors import SourceError

# Refuse a DOCX whose parts decompress to more than this, or more than 100x its size.
MAX_UNZIPPED = 200 * 1024 * 1024
MAX_RATIO = 100


def check_zip(data: bytes, origin: str) -> zipfile.ZipFile:
    """Open the ZIP and vet it; SourceError for other ZIP files, damage, or a zip bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise SourceError(origin, "it is not a valid Word document (the ZIP container is damaged)") from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        if "mimetype" in names:
            raise SourceError(origin, "it is an OpenDocument or e-book archive, not a Word document; save it as .docx")
        raise SourceError(origin, "it is a ZIP archive, not a Word document")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED or total > MAX_RATIO * max(len(data), 1) + 10 * 1024 * 1024:
        raise SourceError(origin, "the Word document decompresses to far more than its size (a zip bomb?); refused")
    return archive


def docx_blocks(data: bytes, origin: str) -> list[Block]:
    check_zip(data, origin)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        # Style names by id, read once: python-docx's paragraph.style scans all styles each call.
        names = {s.style_id: s.name or "" for s in document.styles}
        blocks: list[Block] = []
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                blocks.extend(_paragraph_blocks(item, names))
            elif isinstance(item, Table):
                for row in item.rows:
                    cells = [c.text.strip() for c in row.cells]
                    text = " | ".join(dict.fromkeys(c for c in cells if c))
                    if text:
                        blocks.append(Block(text, "paragraph"))
    except SourceError:
        raise
    except Exception:  # python-docx/lxml raise many types on damaged XML
        raise SourceError(origin, "the Word document is damaged and could not be read") from None
    return blocks


def _paragraph_blocks(paragraph: Paragraph, names: dict[str, str]) -> list[Block]:
    text = paragraph.text or ""
    ppr = paragraph._p.pPr
    style_id = ppr.style if ppr is not None else None
    style = names.get(style_id or "", "") if style_id else ""
    kind: PartKind | None = None
    lowered = style.lower()
    if lowered == "title":
        kind = "title"
    elif lowered.startswith("heading") or lowered == "subtitle":
        kind = "heading"
    elif lowered.startswith("list") or _numbered(paragraph):
        kind = "list_item"
    elif lowered == "caption":
        kind = "caption"
    # Soft line breaks (Shift+Enter) inside one paragraph are wraps, not paragraph ends.
    return [Block(text.replace("\n", " "), kind)] if text.strip() else []


def _numbered(paragraph: Paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.numPr is not None


def read_docx(data: bytes, origin: str, title: str = "") -> Document:
    blocks = docx_blocks(data, origin)
    if not any(b.text.strip() for b in blocks):
        raise SourceError(origin, "the Word document holds no text")
    return build_document(blocks, origin, title)
