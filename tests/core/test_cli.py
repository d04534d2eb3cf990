"""`parallax compare`: exit codes, one-line errors naming the input, and no half-written output."""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

import core.atomic
from core.cli import main
from core.model import Comparison

FERRY_A = (
    "The Kestrel ferry ran aground off Tarn Point on Sunday morning. "
    "All 212 passengers were taken off by lifeboat.\n\n"
    "The harbour master said the tide was unusually low."
)
FERRY_B = (
    "The Kestrel ferry ran aground off Tarn Point early on Sunday. "
    "Rescuers brought 198 passengers ashore by lifeboat.\n\n"
    "A café owner watched the <rescue> & cheered."
)
OUTPUTS = ("out.json", "out.html", "out.pdf")


@pytest.fixture
def articles(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "ferry-a.txt", tmp_path / "ferry-b.txt"
    a.write_text(FERRY_A, encoding="utf-8")
    b.write_text(FERRY_B, encoding="utf-8")
    return str(a), str(b)


def fake_pdf(comparison: Comparison, path: str) -> None:
    """Stands in for the Qt renderer: core must not need Qt to test the command line."""
    core.atomic.write_bytes_atomic(path, b"%PDF-1.4 " + comparison.sources[0].id.encode())


def run(argv: list[str], tmp_path: Path, **kwargs: object) -> int:
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        return main(argv, **kwargs)  # type: ignore[arg-type]
    finally:
        os.chdir(cwd)


def one_line(text: str) -> str:
    assert text.endswith("\n") and text.count("\n") == 1, text
    return text


def test_json_html_and_pdf_are_written(articles: tuple[str, str], tmp_path: Path) -> None:
    argv = [*articles, "--json", "out.json", "--html", "out.html", "--pdf", "out.pdf"]
    assert run(argv, tmp_path, pdf_writer=fake_pdf) == 0
    comparison = Comparison.from_json((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [s.origin for s in comparison.sources] == list(articles)
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "&lt;rescue&gt; &amp; cheered" in html
    assert (tmp_path / "out.pdf").read_bytes() == b"%PDF-1.4 s1"


def test_json_alone_is_the_contract_document_and_prints_nothing(
    articles: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([*articles, "--json", "out.json"], tmp_path) == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["schema"] == "parallax.comparison/1"
    assert capsys.readouterr().out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ferry-a.txt", "ferry-b.txt", "out.json"]


def test_no_output_option_prints_the_summary(articles: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(list(articles)) == 0
    assert capsys.readouterr().out.startswith("2 sources compared")


@pytest.mark.parametrize("bad", ["missing.txt", "empty.txt"])
def test_a_bad_second_source_writes_no_output(
    bad: str, articles: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_text("  \n\n ", encoding="utf-8")
    argv = [articles[0], bad, "--json", "out.json", "--html", "out.html", "--pdf", "out.pdf"]
    assert run(argv, tmp_path, pdf_writer=fake_pdf) == 1
    err = one_line(capsys.readouterr().err)
    assert err.startswith("parallax: error: ") and bad in err
    assert not any((tmp_path / name).exists() for name in OUTPUTS)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_bad_input_leaves_an_earlier_output_untouched(articles: tuple[str, str], tmp_path: Path) -> None:
    (tmp_path / "out.html").write_text("earlier report", encoding="utf-8")
    assert run([articles[0], "missing.txt", "--html", "out.html"], tmp_path) == 1
    assert (tmp_path / "out.html").read_text(encoding="utf-8") == "earlier report"


def test_a_single_source_is_refused(
    articles: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([articles[0], "--json", "out.json"], tmp_path) == 1
    assert "at least two sources" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "out.json").exists()


def test_stdin_twice_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-", "-"]) == 2
    assert "standard input" in one_line(capsys.readouterr().err)


def test_stdin_is_read_as_one_source(
    articles: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FERRY_B.encode("utf-8"))))
    assert run([articles[0], "-", "--json", "out.json"], tmp_path) == 0
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [s["origin"] for s in doc["sources"]] == [articles[0], "standard input"]


def test_pdf_without_the_qt_hook_is_refused_before_any_work(
    articles: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([*articles, "--json", "out.json", "--pdf", "out.pdf"], tmp_path) == 2
    assert "--pdf" in one_line(capsys.readouterr().err)
    assert not any((tmp_path / name).exists() for name in OUTPUTS)


def test_a_failing_pdf_renderer_is_one_line_and_writes_nothing(
    articles: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(comparison: Comparison, path: str) -> None:
        raise RuntimeError("no fonts")

    argv = [*articles, "--json", "out.json", "--html", "out.html", "--pdf", "out.pdf"]
    assert run(argv, tmp_path, pdf_writer=broken) == 1
    err = one_line(capsys.readouterr().err)
    assert "out.pdf" in err and "no fonts" in err
    assert not any((tmp_path / name).exists() for name in OUTPUTS)


def test_an_output_in_a_missing_folder_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["never-read-a.txt", "never-read-b.txt", "--html", "nowhere/out.html"], tmp_path) == 1
    err = one_line(capsys.readouterr().err)
    assert "nowhere/out.html" in err and "does not exist" in err


def test_html_is_written_atomically(
    articles: tuple[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out.html").write_text("earlier report", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(core.atomic.os, "fsync", disk_full)
    assert run([*articles, "--html", "out.html"], tmp_path) == 1
    assert "No space left on device" in one_line(capsys.readouterr().err)
    assert (tmp_path / "out.html").read_text(encoding="utf-8") == "earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ferry-a.txt", "ferry-b.txt", "out.html"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_an_output_that_is_a_pipe_is_written_into_not_replaced(articles: tuple[str, str], tmp_path: Path) -> None:
    """`--json /dev/stdout` or a FIFO: renaming over it would turn the device into a plain file."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    try:
        assert run([*articles, "--json", str(pipe)], tmp_path) == 0
    finally:
        # The reader may still be finishing after the command closed the pipe: wait for it first.
        # Only if it is still blocked (the command never opened the pipe) is it unblocked, with a
        # non-blocking open that fails instead of waiting when nobody reads any more.
        reader.join(timeout=30)
        if reader.is_alive():
            with contextlib.suppress(OSError):
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
            reader.join(timeout=30)
    assert json.loads(received[0])["schema"] == "parallax.comparison/1"
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_summary_piped_into_a_reader_that_has_gone_stops_quietly(articles: tuple[str, str], tmp_path: Path) -> None:
    """`parallax compare a b | head -1`: the reader closes the pipe; no "error: : Broken pipe" line."""
    import subprocess

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already gone
    try:
        done = subprocess.run(
            [sys.executable, "-m", "core.cli", *articles],
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=Path(__file__).resolve().parents[2],
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr.decode() == ""
    assert done.returncode == 141


@pytest.mark.parametrize("limit", ["0", "-1", "nan", "lots"])
def test_a_size_limit_of_nothing_is_refused_as_a_usage_error(
    articles: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run([*articles, "--max-size", limit, "--json", "out.json"], tmp_path)
    assert exit_info.value.code == 2
    assert "--max-size" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()


def test_a_fractional_size_limit_is_honoured(articles: tuple[str, str], tmp_path: Path, capsys) -> None:
    big = tmp_path / "big.txt"
    big.write_text(FERRY_A + "\n\n" + "The tide turned at noon. " * 30_000, encoding="utf-8")  # about 750 kB
    assert run([articles[0], str(big), "--max-size", "0.5", "--json", "out.json"], tmp_path) == 1
    assert "larger than the 0.5 MB limit" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "out.json").exists()


def test_an_output_named_like_an_input_is_refused_and_the_article_kept(
    articles: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--json ferry-a.txt` (a slip of the keyboard) must not replace the article with JSON."""
    assert run([*articles, "--json", articles[0]], tmp_path) == 1
    assert "is one of the articles being compared" in one_line(capsys.readouterr().err)
    assert Path(articles[0]).read_text(encoding="utf-8") == FERRY_A


def test_a_failed_write_names_the_output_not_its_temporary_file(
    articles: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(path: str, text: str) -> None:
        raise OSError(28, "No space left on device", str(tmp_path / ".out.json.x1y2.tmp"))

    monkeypatch.setattr("core.cli.write_text_atomic", disk_full)
    assert run([*articles, "--json", "out.json"], tmp_path) == 1
    err = one_line(capsys.readouterr().err)
    assert err == "parallax: error: out.json: could not write it (No space left on device)\n"


def test_the_json_is_the_same_bytes_whatever_the_process_hash_seed(tmp_path: Path) -> None:
    """Two runs of `parallax compare` are two processes, each with its own string-hash seed: a set's order
    must never reach the document. It once did: in this cluster (our own invented articles) two mentions of
    one name start at one word, and under seed 5 they came out in the other order than under seed 1."""
    import subprocess

    root = Path(__file__).resolve().parents[2]
    folder = root / "bench" / "unseen" / "mountain-tunnel"
    files = [str(folder / name) for name in ("a-wire.txt", "b-railway.html", "c-courier.txt", "d-trade.md")]
    outputs = []
    for seed in ("1", "5"):
        out = tmp_path / f"seed{seed}.json"
        subprocess.run(
            [sys.executable, "-m", "core.cli", *files, "--json", str(out)],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)},
            capture_output=True,
            timeout=300,
            check=True,
        )
        outputs.append(out.read_bytes())
    assert json.loads(outputs[0])["facts"]
    assert outputs[1] == outputs[0]
