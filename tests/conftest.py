"""Shared fixtures: small sites copied into a temporary folder, built with a fixed time."""

from __future__ import annotations

import queue
import shutil
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

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


class Lines:
    """Lines of a child's stream, read on a thread so that a silent child fails the test, not CI."""

    def __init__(self, stream: IO[str]) -> None:
        self.seen: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            self._queue.put(line)
        self._queue.put("")

    def until(self, wanted: str, timeout: float = 30.0) -> str:
        """The first line starting with `wanted`; fail if the stream ends or stays silent."""
        while True:
            try:
                line = self._queue.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"no line {wanted!r} within {timeout} s:\n" + "".join(self.seen))
            self.seen.append(line)
            assert line, f"stream ended before {wanted!r}:\n" + "".join(self.seen)
            if line.startswith(wanted):
                return line

    def rest(self, timeout: float = 10.0) -> str:
        """Everything left once the child has ended."""
        tail: list[str] = []
        while (line := self._queue.get(timeout=timeout)) != "":
            tail.append(line)
        return "".join(tail)
