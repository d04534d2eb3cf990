"""The JSON Schema of the comparison document (CONTRACT.md), shipped with core.

The schema checks shape and types; `check_offsets` adds what JSON Schema cannot say:
every sentence and mention's `text` is exactly `sources[].text[start:end]`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).with_name("comparison.schema.json")


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The parsed schema (cached)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def schema_errors(document: Any) -> list[str]:
    """Every schema violation of a comparison document, as 'path: message'; empty when valid."""
    import jsonschema  # imported here: only validation needs it

    validator = jsonschema.Draft202012Validator(load_schema())
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}" for e in errors]


def check_offsets(document: dict[str, Any]) -> list[str]:
    """Sentences and mentions whose offsets do not reproduce their text."""
    texts = {s["id"]: s["text"] for s in document.get("sources", [])}
    bad = []
    for s in document.get("sentences", []):
        if texts.get(s["source"], "")[s["start"] : s["end"]] != s["text"] or s["start"] > s["end"]:
            bad.append(f"sentence {s['id']}")
    for f in document.get("facts", []):
        for m in f.get("mentions", []):
            if texts.get(m["source"], "")[m["start"] : m["end"]] != m["text"]:
                bad.append(f"fact {f['id']} mention at {m['start']}")
    return bad
