"""Find files shipped under resources/, both in a source checkout and in a PyInstaller bundle.

Shipped data (the sentence-embedding model, examples) lives in the repository's top-level
`resources/` folder. A frozen app unpacks it under `sys._MEIPASS/resources`, so code must never
build that path by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The folder that holds shipped resources: the bundle's copy when frozen, else the checkout's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. `resource_path("models", "minilm-l6-int8")`; it may not exist."""
    return resources_root().joinpath(*parts)
