"""The shared scorer (../shared/tools/score.py), imported by path: it is a script, not a package."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

SHARED = Path(os.environ.get("PARALLAX_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def load_score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("parallax_score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
