"""Map a pure function over many items on several processes, results in input order."""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

log = logging.getLogger(__name__)

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_ITEMS = 48
"""Below this many items a pool costs more than it saves (a summary takes a few milliseconds)."""
_CHUNK = 8
"""Items per task: small enough to balance uneven stories, large enough to amortise the pickling."""


_work: tuple[Callable[[Any], Any], Sequence[Any]] | None = None
"""The function and items, set in the parent just before forking: a worker inherits them, so
only chunks of indices go out and results come back through pickling."""


def usable_cpus() -> int:
    """Count the CPUs this process may run on (its affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ordered_map(
    function: Callable[[Item], Result], items: Sequence[Item], jobs: int
) -> list[Result]:
    """Return ``[function(item) for item in items]``, on up to ``jobs`` processes when it pays.

    Runs in this process when there is one job, few items, no ``fork`` on this platform, or other
    threads alive (forking a threaded process, such as the preview server, can deadlock the child).
    ``function`` must not raise: a worker's exception would stop the whole map.
    """
    workers = min(jobs, len(items) // (MIN_ITEMS // 2))
    if workers < 2 or not _can_fork():
        return [function(item) for item in items]
    global _work
    _work = (function, items)
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers) as pool:
            chunks = pool.map(_run_chunk, _chunks(len(items)), chunksize=1)
    finally:
        _work = None
    log.debug("mapped %d items on %d processes", len(items), workers)
    return [result for chunk in chunks for result in chunk]


def _can_fork() -> bool:
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    return threading.active_count() == 1


def _chunks(count: int) -> list[range]:
    return [range(start, min(start + _CHUNK, count)) for start in range(0, count, _CHUNK)]


def _run_chunk(indices: range) -> list[Any]:
    if _work is None:  # pragma: no cover - only if a worker was not forked from ordered_map
        raise RuntimeError("ordered_map worker started without work")
    function, items = _work
    return [function(items[index]) for index in indices]
