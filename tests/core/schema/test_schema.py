"""The shipped JSON Schema accepts what core writes and rejects what breaks the contract."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
import pytest

from core.model import Comparison, Fact, Link, Mention, Sentence, Source
from core.schema import SCHEMA_PATH, check_offsets, load_schema, schema_errors

TEXT_A = "The ferry sank at 6am. Fourteen people were rescued."
TEXT_B = "Rescuers pulled 14 people from the water."


def _document() -> dict[str, Any]:
    comp = Comparison(
        sources=[Source("s1", "A", "a.txt", TEXT_A), Source("s2", "B", "b.txt", TEXT_B)],
        sentences=[
            Sentence("s1:0", "s1", 0, 0, 22, TEXT_A[0:22], "unique"),
            Sentence("s1:1", "s1", 1, 23, 52, TEXT_A[23:52], "shared"),
            Sentence("s2:0", "s2", 0, 0, len(TEXT_B), TEXT_B, "shared"),
        ],
        links=[Link("s1:1", "s2:0", "shared", 0.72)],
        facts=[
            Fact(
                "f1",
                "number",
                "shared",
                (Mention("s1", "s1:1", 23, 31, "Fourteen", 14), Mention("s2", "s2:0", 16, 18, "14", 14)),
            )
        ],
    )
    return comp.to_dict()


def test_the_schema_is_valid_and_shipped_with_core() -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema())
    assert SCHEMA_PATH.parent.name == "schema" and SCHEMA_PATH.parent.parent.name == "core"


def test_what_core_writes_validates() -> None:
    doc = _document()
    assert schema_errors(doc) == []
    assert check_offsets(doc) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema",), "parallax.comparison/2"),
        (("sentences", 0, "status"), "maybe"),
        (("links", 0, "relation"), "similar"),
        (("links", 0, "score"), 1.5),
        (("sentences", 0, "start"), -1),
        (("facts", 0, "kind"), "colour"),
    ],
)
def test_contract_breaks_are_reported(path: tuple[Any, ...], value: Any) -> None:
    doc = copy.deepcopy(_document())
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert schema_errors(doc)


def test_missing_fields_are_reported() -> None:
    doc = _document()
    del doc["links"][0]["b"]
    assert any("'b' is a required property" in e for e in schema_errors(doc))


def test_extra_fields_are_allowed() -> None:
    doc = _document()
    doc["links"][0]["manual"] = True
    doc["generator"] = "parallax 0.1"
    assert schema_errors(doc) == []


def test_offsets_that_do_not_reproduce_the_text_are_caught() -> None:
    doc = _document()
    doc["sentences"][1]["start"] += 1
    doc["facts"][0]["mentions"][1]["end"] = 17
    assert check_offsets(doc) == ["sentence s1:1", "fact f1 mention at 16"]
