"""Shared fixtures: small sites copied into a temporary folder, built with a fixed time."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
BUILD_TIME = datetime(2031, 3, 5, 12, 0, tzinfo=UTC)


@pytest.fixture
def mini_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copy the mini fixture site (two stories, three outlets) into tmp_path and chdir there."""
    shutil.copytree(FIXTURES / "mini", tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def write_article(mini_site: Path) -> Callable[[str, str], Path]:
    """Write a file (path relative to the site's content folder) and return its path."""

    def write(name: str, text: str) -> Path:
        path = mini_site / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write
