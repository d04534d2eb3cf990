"""SourceSentencesModel: one source's sentences in reading order."""

from __future__ import annotations

from gui.models.presentation import Presentation
from gui.models.roles import Roles
from gui.models.source_model import SourceSentencesModel


def test_model_passes_the_model_tester(qtmodeltester, store) -> None:
    model = SourceSentencesModel(Presentation(store), "s3")
    qtmodeltester.check(model)
    assert model.rowCount() == 4


def test_rows_are_the_source_in_reading_order(store) -> None:
    model = SourceSentencesModel(Presentation(store), "s3")
    assert model.sentence_ids() == ["s3:0", "s3:1", "s3:2", "s3:3"]
    assert [model.index(r).data(Roles.Status) for r in range(4)] == ["shared", "differing", "unique", "ignored"]
    assert model.row_of("s3:2") == 2 and model.row_of("s1:0") == -1


def test_a_new_comparison_resets_the_rows(qtbot, store) -> None:
    model = SourceSentencesModel(Presentation(store), "s3")
    with qtbot.waitSignal(model.modelReset):
        store.set_comparison(None)
    assert model.rowCount() == 0
