"""resource_path finds resources/ in a checkout and under a PyInstaller bundle's _MEIPASS."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from core.resources import resource_path, resources_root


def test_checkout_root_is_the_repository_resources_folder() -> None:
    root = Path(__file__).resolve().parents[2] / "resources"
    assert resources_root() == root
    assert resource_path("models", "x") == root / "models" / "x"


def test_frozen_bundle_uses_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("models") == tmp_path / "resources" / "models"
