"""Undoable corrections: the store and the edit log change together and undo restores both."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoCommand, QUndoStack
from pytestqt.qtbot import QtBot

from core.edits import EditLog
from core.model import Comparison, Link
from core.pipeline import build_sentences
from core.readers import read_text
from gui.commands import link_command, toggle_relation_command, unlink_command
from gui.store import ComparisonStore

A = "# Title\n\nThe dam gates opened at noon. Water rose by two metres. Farmers moved cattle."
B = "Water rose by three metres. The dam gates opened at noon."


@pytest.fixture
def store(qtbot: QtBot) -> ComparisonStore:
    docs = [read_text(A, "a.txt", "A"), read_text(B, "b.txt", "B")]
    sources, sentences = build_sentences(docs)
    sentences[0] = replace(sentences[0], status="ignored")  # the title, as a reader marks it
    s = ComparisonStore()
    s.set_comparison(Comparison(sources, sentences, [Link("s1:1", "s2:1", "shared", 0.95)]).with_statuses())
    return s


def _status(store: ComparisonStore, sid: str) -> str:
    c = store.comparison()
    assert c is not None
    return c.sentence(sid).status


def test_link_then_undo_and_redo(store: ComparisonStore) -> None:
    edits, stack = EditLog(), QUndoStack()
    command = link_command(store, edits, ["s1:2", "s2:0"])
    assert isinstance(command, QUndoCommand)
    stack.push(command)
    assert stack.undoText() == "Link sentences"
    assert _status(store, "s1:2") == "shared" and len(edits) == 1
    stack.undo()
    assert _status(store, "s1:2") == "unique" and len(edits) == 0
    stack.redo()
    assert _status(store, "s2:0") == "shared"


def test_toggle_relation_and_unlink(store: ComparisonStore) -> None:
    edits, stack = EditLog(), QUndoStack()
    stack.push(toggle_relation_command(store, edits, ["s1:1"]))  # type: ignore[arg-type]
    assert stack.undoText() == "Mark as differing"
    assert _status(store, "s1:1") == "differing" and _status(store, "s2:1") == "differing"
    stack.push(unlink_command(store, edits, ["s2:1"]))  # type: ignore[arg-type]
    assert _status(store, "s1:1") == "unique"
    assert [e.state for e in edits] == ["none"]
    stack.undo()
    assert _status(store, "s1:1") == "differing" and [e.state for e in edits] == ["differing"]
    stack.undo()
    link = store.find_link("s1:1", "s2:1")
    assert link is not None and link.relation == "shared" and not link.manual
    assert len(edits) == 0


@pytest.mark.parametrize(
    ("build", "selected", "reason"),
    [
        (link_command, ["s1:1"], "Select a sentence"),
        (link_command, ["s1:1", "s1:2"], "different sources"),
        (link_command, ["s1:0", "s2:0"], "not compared"),
        (link_command, ["s1:1", "s2:1"], "already linked"),
        (unlink_command, ["s1:3"], "no link"),
        (toggle_relation_command, [], "Select a linked sentence"),
    ],
)
def test_commands_explain_why_they_do_not_apply(store: ComparisonStore, build, selected, reason) -> None:
    result = build(store, EditLog(), selected)
    assert isinstance(result, str) and reason in result
