"""Map a pure function over many items on several processes, results in input order."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

log = logging.getLogger(__name__)

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_ITEMS = 48
"""Below this many items a pool costs more than it saves (a summary takes a few milliseconds)."""
_CHUNK = 8
"""Fewest items per task: enough to amortise sending a task (a summary takes a few ms)."""
_TASKS_PER_WORKER = 16
"""Tasks per worker when items are many: enough to even out uneven items, few enough that
cheap items (a sketch takes a tenth of a millisecond) are not swamped by sending tasks."""


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
    function: Callable[[Item], Result],
    items: Sequence[Item],
    jobs: int,
    *,
    min_items: int = MIN_ITEMS,
) -> list[Result]:
    """Return ``[function(item) for item in items]``, on up to ``jobs`` processes when it pays.

    Runs in this process when there is one job, fewer than ``min_items`` items (each further
    worker needs half as many again), no ``fork`` on this platform, or other threads alive
    (forking a threaded process, such as the preview server, can deadlock the child).
    ``function`` must not raise: a worker's exception would stop the whole map.
    """
    workers = min(jobs, len(items) // (min_items // 2))
    if workers < 2 or not _can_fork():
        return [function(item) for item in items]
    global _work
    _work = (function, items)
    # Ctrl-C is held off while the workers are forked, so that none is born with Python's
    # handler (it would die of it mid-start, print a traceback, and leave the map waiting).
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=_leave_ctrl_c_to_the_parent) as pool:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)  # a Ctrl-C meanwhile lands here
            chunks = pool.map(_run_chunk, _chunks(len(items), workers), chunksize=1)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
        _work = None
    log.debug("mapped %d items on %d processes", len(items), workers)
    return [result for chunk in chunks for result in chunk]


def _can_fork() -> bool:
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    return threading.active_count() == 1


def _leave_ctrl_c_to_the_parent() -> None:
    """Ignore Ctrl-C in a worker: the parent stops the pool, so no worker prints a traceback."""
    # A terminal sends SIGINT to the whole process group, workers included.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(count: int, workers: int) -> list[range]:
    size = max(_CHUNK, -(-count // (workers * _TASKS_PER_WORKER)))
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _run_chunk(indices: range) -> list[Any]:
    if _work is None:  # pragma: no cover - only if a worker was not forked from ordered_map
        raise RuntimeError("ordered_map worker started without work")
    function, items = _work
    return [function(items[index]) for index in indices]
