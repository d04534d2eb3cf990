"""Build small test documents in memory (PDF by hand, DOCX with python-docx, RTF as text).

Every text here is invented for Parallax's tests.
"""

from __future__ import annotations

import io


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF: each page shows its lines top to bottom in Helvetica."""
    objects: list[bytes] = []
    n_pages = len(pages)
    # 1: catalog, 2: pages, 3: font, then (page, content) pairs.
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        content_id = 5 + 2 * i
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
        for line in lines:  # an empty line leaves a gap, as between paragraphs
            ops.append(f"({_pdf_escape(line)}) Tj T*" if line else "T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(items: list[tuple[str, str]]) -> bytes:
    """A DOCX from (style, text) pairs; style "" is a normal paragraph, "table" adds a one-row table."""
    import docx

    document = docx.Document()
    for style, text in items:
        if style == "table":
            table = document.add_table(rows=1, cols=2)
            left, right = text.split("|")
            table.rows[0].cells[0].text = left.strip()
            table.rows[0].cells[1].text = right.strip()
        elif style.startswith("Heading"):
            document.add_heading(text, level=int(style.split()[-1]))
        elif style == "Title":
            document.add_heading(text, level=0)
        else:
            document.add_paragraph(text, style=style or None)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_rtf(paragraphs: list[str]) -> bytes:
    """A small RTF file; non-ASCII characters written as \\'hh (cp1252) escapes."""
    body = []
    for para in paragraphs:
        escaped = "".join(ch if ord(ch) < 128 else f"\\'{ch.encode('cp1252')[0]:02x}" for ch in para)
        body.append(escaped + "\\par\n\\par\n")
    text = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n" + "".join(body) + "}"
    return text.encode("ascii")
