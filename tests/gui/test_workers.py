"""Worker runs: results arrive on the UI thread, cancel stops a run, stale results are dropped."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from core.edits import make_edit
from core.readers import read_text
from gui.workers import Outcome, Request, Runner, run_request
from tests.gui.shellkit import GatedCompare, simple_compare, status_of, write_articles


def test_run_request_reads_compares_and_reports_bad_sources(tmp_path: Path) -> None:
    paths = write_articles(tmp_path)
    seen: list[tuple[float, str]] = []
    outcome = run_request(
        Request([], [str(paths[0]), str(tmp_path / "missing.txt"), str(paths[1])]),
        compare=simple_compare,
        progress=lambda f, m: seen.append((f, m)),
    )
    assert [d.origin for d in outcome.documents] == [str(paths[0]), str(paths[1])]
    [(origin, reason)] = outcome.failures
    assert origin == str(tmp_path / "missing.txt") and reason.startswith("no such file")
    assert outcome.comparison is not None
    assert status_of(outcome.comparison, "About 40 people") == "differing"
    assert status_of(outcome.comparison, "A spokesperson") == "unique"
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_one_source_is_shown_alone_and_none_gives_nothing() -> None:
    one = run_request(Request([], texts=[("A single pasted paragraph. It has two sentences.", "Note")]),
                      compare=simple_compare)
    assert one.comparison is not None and len(one.comparison.sources) == 1
    assert {s.status for s in one.comparison.sentences} == {"unique"}
    assert run_request(Request([]), compare=simple_compare).comparison is None


def test_manual_edits_are_reapplied_after_recomputation(tmp_path: Path) -> None:
    a = read_text("The bridge reopened on Monday. Traffic was light.", "a.txt", "A")
    b = read_text("Traffic stayed light all day. The bridge reopened on Monday.", "b.txt", "B")
    first = run_request(Request([a, b]), compare=simple_compare).comparison
    assert first is not None and status_of(first, "Traffic was") == "unique"
    edit = make_edit(first, "s1:1", "s2:0", "shared")
    c = read_text("Officials said the bridge reopened on Monday.", "c.txt", "C")
    again = run_request(Request([c, a, b], edits=[edit]), compare=simple_compare).comparison
    assert again is not None
    assert status_of(again, "Traffic was") == "shared"
    assert any(k.manual for k in again.links)


def test_runner_delivers_progress_and_result(qtbot: QtBot, tmp_path: Path) -> None:
    paths = write_articles(tmp_path)
    runner = Runner(simple_compare)
    progress: list[float] = []
    runner.progress.connect(lambda f, _m: progress.append(f))
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.start(Request([], [str(p) for p in paths]))
    outcome = blocker.args[0]
    assert isinstance(outcome, Outcome) and len(outcome.documents) == 3
    assert progress and not runner.is_busy()


def test_cancel_stops_a_long_run(qtbot: QtBot, tmp_path: Path) -> None:
    paths = write_articles(tmp_path)
    slow = GatedCompare()
    runner = Runner(slow)
    finished: list[object] = []
    runner.finished.connect(finished.append)
    runner.start(Request([], [str(p) for p in paths]))
    qtbot.waitUntil(slow.entered.is_set, timeout=10_000)
    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        runner.cancel()
    assert not finished and not runner.is_busy()
    slow.gate.set()


def test_stale_result_of_an_earlier_run_is_dropped(qtbot: QtBot, tmp_path: Path) -> None:
    paths = write_articles(tmp_path)
    late = GatedCompare(honour_cancel=False)  # run 1 ignores cancel and finishes after run 2
    calls = {"n": 0}

    def compare(documents, **kwargs):
        calls["n"] += 1
        return late(documents, **kwargs) if calls["n"] == 1 else simple_compare(documents, **kwargs)

    runner = Runner(compare)
    results: list[Outcome] = []
    runner.finished.connect(results.append)
    first = runner.start(Request([], [str(paths[0]), str(paths[1])]))
    qtbot.waitUntil(late.entered.is_set, timeout=10_000)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(Request([], [str(p) for p in paths]))
    assert len(results[0].documents) == 3
    with qtbot.waitSignal(runner.dropped, timeout=10_000) as dropped:
        late.gate.set()
    assert dropped.args == [first]
    assert len(results) == 1  # run 1's result never reached the window


def test_errors_in_compare_arrive_as_messages(qtbot: QtBot) -> None:
    def broken(documents, **kwargs):
        raise ZeroDivisionError("boom")

    runner = Runner(broken)
    docs = [read_text("One sentence here.", "a"), read_text("Another sentence there.", "b")]
    with qtbot.waitSignal(runner.errored, timeout=10_000) as blocker:
        runner.start(Request(docs))
    message, details = blocker.args
    assert "ZeroDivisionError: boom" in message and "Traceback" in details


def test_cancel_answers_at_once_while_a_read_is_stuck(qtbot: QtBot) -> None:
    """A slow server can hold a download for many seconds; Cancel must not wait for it."""
    import threading

    entered, gate = threading.Event(), threading.Event()

    def stuck_read(spec: str, **kwargs) -> object:
        entered.set()
        gate.wait(10)  # like a fetch waiting for its timeout: it cannot see the cancel flag
        return read_text("The pier reopened on Sunday.", spec)

    runner = Runner(simple_compare, read=stuck_read)
    seen: list[str] = []
    runner.finished.connect(lambda _o: seen.append("finished"))
    runner.errored.connect(lambda *_a: seen.append("errored"))
    docs = [read_text("The pier reopened on Sunday after repairs.", "a")]
    runner.start(Request(docs, ["https://news.example.org/slow"]))
    assert entered.wait(10)
    with qtbot.waitSignal(runner.cancelled, timeout=500):
        runner.cancel()
    assert not runner.is_busy()
    with qtbot.waitSignal(runner.dropped, timeout=10_000):
        gate.set()
    assert seen == []  # the late read is dropped, never shown
