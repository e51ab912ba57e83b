"""Ctrl-C in a terminal: every command stops at once with exit 130, 'stopped' and no traceback."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import Lines
from test_parallel import _write_stories


def test_ctrl_c_during_a_build_on_several_processes_prints_no_traceback(tmp_path: Path) -> None:
    _write_stories(tmp_path / "content", 400)  # a summarise stage of a second or more
    command = [sys.executable, "-m", "briefing", "build", "--jobs", "2", "content"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        command, cwd=tmp_path, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True
    ) as process:
        assert process.stderr is not None
        try:
            lines = Lines(process.stderr)
            lines.until("  group ")
            workers = _wait_for_children(process.pid, 2)  # just forked: the worst moment
            os.killpg(process.pid, signal.SIGINT)  # as a terminal does: to the whole group
            assert process.wait(timeout=20) == 130
            rest = lines.rest()
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)  # a hung build must not hang the tests
    assert rest == "\nstopped\n"
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]  # none left behind
    assert not (tmp_path / "site").exists()


def _wait_for_children(pid: int, count: int, timeout: float = 10.0) -> list[str]:
    """Wait until process ``pid`` has ``count`` child processes (Linux's /proc tells)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    deadline = time.monotonic() + timeout
    while len(found := children.read_text().split()) < count:
        assert time.monotonic() < deadline, f"no {count} workers within {timeout} s"
        time.sleep(0.005)
    return found
