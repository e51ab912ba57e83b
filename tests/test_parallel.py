"""Work on several processes: same results, same order, same site, real forked workers."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from test_grouping import synthetic_articles

from briefing.grouping import group_stories
from briefing.grouping_cache import GroupingCache
from briefing.grouping_pairs import PARALLEL_FROM
from briefing.parallel import MIN_ITEMS, ordered_map, usable_cpus

BUILD = ["build", "--quiet", "--build-time", "2031-03-05T12:00:00Z", "content"]


def _pid_and_square(value: int) -> tuple[int, int]:
    return os.getpid(), value * value


def test_ordered_map_forks_workers_and_keeps_order() -> None:
    # A fresh interpreter has no other thread, so the pool is really used.
    script = textwrap.dedent(
        """
        import os
        import time
        from briefing.parallel import ordered_map
        def work(value):
            time.sleep(0.002)  # slow enough that both workers get chunks
            return os.getpid(), value * value
        results = ordered_map(work, list(range(200)), 2)
        assert [square for _, square in results] == [v * v for v in range(200)]
        pids = {pid for pid, _ in results}
        assert os.getpid() not in pids, pids
        print(len(pids))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"


def test_ordered_map_stays_in_process_when_other_threads_run() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait, daemon=True)
    other.start()
    try:
        results = ordered_map(_pid_and_square, list(range(MIN_ITEMS * 4)), 4)
    finally:
        release.set()
        other.join()
    assert {pid for pid, _ in results} == {os.getpid()}
    assert [square for _, square in results] == [v * v for v in range(MIN_ITEMS * 4)]


def test_ordered_map_stays_in_process_for_few_items_or_one_job() -> None:
    few = ordered_map(_pid_and_square, list(range(MIN_ITEMS - 1)), 8)
    one_job = ordered_map(_pid_and_square, list(range(MIN_ITEMS * 4)), 1)
    assert {pid for pid, _ in few + one_job} == {os.getpid()}


def test_usable_cpus_is_at_least_one() -> None:
    assert usable_cpus() >= 1


def _write_stories(folder: Path, count: int) -> None:
    """Write ``count`` unrelated two-outlet stories (made-up words keep them apart)."""
    folder.mkdir(parents=True)
    for index in range(count):
        place = f"Zorvik{index:03d}"
        for outlet in ("Daily Planet", "Evening Post"):
            body = (
                f"Officials in {place} said on Monday that the {place} bridge will close "
                f'for {index + 3} weeks of repairs. "We had no choice," said mayor Ana '
                f"Quell{index:03d}. Traffic in {place} will use the old ferry meanwhile.\n"
            )
            front = f"---\ntitle: {place} bridge to close\noutlet: {outlet}\n"
            front += f"date: 2031-03-0{1 + index % 4}T10:00:00Z\n---\n"
            name = f"{index:03d}-{outlet.split()[0].lower()}.md"
            (folder / name).write_text(front + body, encoding="utf-8")


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_build_on_several_processes_is_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _write_stories(tmp_path / "content", MIN_ITEMS + 12)
    sites = {}
    for label, flag in (("one", "1"), ("many", jobs)):
        out = tmp_path / label
        command = [sys.executable, "-m", "briefing", "-v", *BUILD[:-1], "-j", flag]
        result = subprocess.run(
            [*command, "--output", str(out), *BUILD[-1:]],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        forked = "summarise" in result.stderr and " on 2 processes" in result.stderr
        assert forked == (flag == "2" or (flag == "0" and usable_cpus() >= 2))
        sites[label] = {
            path.relative_to(out).as_posix(): path.read_bytes()
            for path in sorted(out.rglob("*"))
            if path.is_file()
        }
    assert sites["one"] == sites["many"]
    assert sum(name.startswith("stories/") for name in sites["one"]) >= MIN_ITEMS + 12


def test_bad_jobs_value_is_a_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "build", "-j", "many"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "argument -j/--jobs: expected a whole number of processes, got 'many'" in result.stderr


def test_grouping_on_several_processes_equals_one(caplog: pytest.LogCaptureFixture) -> None:
    articles = synthetic_articles(events=PARALLEL_FROM // 4, per_event=4, seed=3)
    with caplog.at_level(logging.DEBUG, logger="briefing.parallel"):
        several = group_stories(articles, GroupingCache(), jobs=2)
    # Sketches, term counts and neighbour look-ups (no copies here: one unit per article).
    assert caplog.messages == [f"mapped {PARALLEL_FROM} items on 2 processes"] * 3
    assert several == group_stories(articles, GroupingCache(), jobs=1)


def test_ordered_map_needs_min_items_before_it_forks() -> None:
    # In a fresh interpreter (no other thread), so only the item count decides.
    script = textwrap.dedent(
        """
        import os
        from briefing.parallel import ordered_map
        def work(value):
            return os.getpid(), value * value
        below = ordered_map(work, list(range(999)), 2, min_items=1000)
        at = ordered_map(work, list(range(1000)), 2, min_items=1000)
        assert [square for _, square in at] == [v * v for v in range(1000)]
        print({pid for pid, _ in below} == {os.getpid()}, os.getpid() in {pid for pid, _ in at})
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True False"
