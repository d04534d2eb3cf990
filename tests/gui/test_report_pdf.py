"""The PDF report: a real A4 PDF with page numbers, written atomically, also via `parallax compare --pdf`."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

import gui.report_pdf
from core.model import Comparison, Sentence, Source
from core.report import report_blocks
from gui.launcher import main as launcher_main
from gui.report_pdf import paint_report, write_pdf
from tests.core.report.sample import sample_comparison

A4_POINTS = (595, 842)


def page_texts(path: Path) -> list[str]:
    """Each page's words, single-spaced (pypdf reads Qt's word gaps as tabs and keeps ligatures)."""
    pages = [unicodedata.normalize("NFKC", page.extract_text()) for page in pypdf.PdfReader(path).pages]
    return [" ".join(text.split()) for text in pages]


def test_write_pdf_makes_an_a4_pdf_with_numbered_pages(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_pdf(sample_comparison(), out, generated="2026-03-04")
    assert out.read_bytes().startswith(b"%PDF")
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) >= 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    texts = page_texts(out)
    assert f"Page 1 of {len(texts)}" in texts[0]
    joined = " ".join(texts)
    for expected in ("Council notice", "Officials counted", "Trains to the coast", "people hurt"):
        assert expected in joined


def test_a_long_comparison_spans_several_pages_none_empty(qapp: QApplication, tmp_path: Path) -> None:
    c = sample_comparison()
    text = " ".join(f"Volunteer group {n} cleared the road near the mill." for n in range(80))
    extra = Source("s4", "Long diary", "diary.txt", text)
    sentences, pos = [], 0
    for n in range(80):
        piece = f"Volunteer group {n} cleared the road near the mill."
        start = text.index(piece, pos)
        sentences.append(Sentence(f"s4:{n}", "s4", n, start, start + len(piece), piece, "unique"))
        pos = start + len(piece)
    c = Comparison([*c.sources, extra], c.sentences + sentences, c.links, c.facts)
    out = tmp_path / "long.pdf"
    write_pdf(c, out, generated="2026-03-04")
    texts = page_texts(out)
    assert len(texts) >= 3
    for n, page in enumerate(texts, start=1):
        assert f"Page {n} of {len(texts)}" in page
        assert len(page.split()) > 20  # no page holds only its footer
    for n in range(80):  # every row whole on one page, never split
        assert sum(f"Volunteer group {n} cleared the road near the mill." in page for page in texts) == 1
    for page in texts:  # the list's heading repeats on each page it continues on
        if "Volunteer group" in page:
            assert "s4: Long diary" in page


def test_more_than_four_sources_print_landscape(qapp: QApplication, tmp_path: Path) -> None:
    c = sample_comparison()
    extra = [Source(f"s{n}", f"Extra {n}", f"e{n}.txt", "The mill burned.") for n in (4, 5)]
    c = replace(c, sources=c.sources + extra)
    out = tmp_path / "wide.pdf"
    write_pdf(c, out, generated="2026-03-04")
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS[::-1]


def test_a_failed_render_leaves_the_earlier_pdf_whole(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF-1.4 earlier")

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(gui.report_pdf, "paint_report", broken)
    with pytest.raises(RuntimeError):
        write_pdf(sample_comparison(), out)
    assert out.read_bytes() == b"%PDF-1.4 earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_printing_draws_the_same_report_on_a_printer(qapp: QApplication, tmp_path: Path) -> None:
    """print_comparison minus its dialog: the report painted on a QPrinter (here a PDF printer)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_report(report_blocks(sample_comparison(), "x"), printer, title="Printed")
    assert pages >= 1
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == pages
    assert "Printed" in page_texts(tmp_path / "printed.pdf")[0]


def test_parallax_compare_writes_a_pdf_through_the_launcher_hook(qapp: QApplication, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The Orrin bridge closed on Monday after a crack was found. Repairs will take six weeks.", "utf-8")
    b.write_text("The Orrin bridge closed on Monday after engineers found a crack. Repairs take two months.", "utf-8")
    out = tmp_path / "r.pdf"
    assert launcher_main(["compare", str(a), str(b), "--pdf", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Orrin bridge" in " ".join(page_texts(out))


def test_the_launcher_loads_qt_only_when_a_pdf_is_asked_for(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The Orrin ferry was cancelled on Friday because of fog.", "utf-8")
    b.write_text("Fog led to the Orrin ferry being cancelled on Friday.", "utf-8")
    code = (
        "import sys\n"
        "from gui.launcher import main\n"
        f"rc = main(['compare', {str(a)!r}, {str(b)!r}, '--json', {str(tmp_path / 'o.json')!r}])\n"
        "print(rc, sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "0 []", result.stderr
