"""Watch folders and files with watchdog and hand each quiet batch of changes over."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

from briefing.watch_changes import (
    Action,
    Change,
    Debouncer,
    Kind,
    Roots,
    classify,
    classify_event,
    is_hidden,
    is_temp_name,
)

log = logging.getLogger(__name__)

__all__ = [
    "Action",
    "Change",
    "Debouncer",
    "Kind",
    "Roots",
    "Watcher",
    "classify",
    "classify_event",
    "is_hidden",
    "is_temp_name",
    "watch_roots",
]


_WANTED_EVENTS: list[type[FileSystemEvent]] = [
    FileCreatedEvent,
    DirCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileDeletedEvent,
    DirDeletedEvent,
    FileMovedEvent,
    DirMovedEvent,
]


class Watcher(FileSystemEventHandler):
    """Watch folders and files with watchdog and hand each quiet batch of changes over."""

    def __init__(
        self, roots: Roots, debouncer: Debouncer | None = None, *, polling: bool = False
    ) -> None:
        super().__init__()
        self.roots = roots
        self.debouncer = debouncer or Debouncer()
        self.changed = threading.Condition()
        self.observer: BaseObserver = PollingObserver(timeout=0.2) if polling else Observer()
        self.debouncer.track_open = type(self.observer).__name__ == "InotifyObserver"
        self._watched: dict[tuple[Path, bool], ObservedWatch] = {}
        self._scheduling = threading.Lock()  # the loop's set_roots and the observer's thread

    def start(self) -> None:
        """Start watching; fall back to polling if the system refuses (e.g. inotify limits)."""
        try:
            self._schedule_all()
            self.observer.start()
        except OSError as error:
            log.warning("Native file watching failed (%s); polling instead.", error)
            self.observer.unschedule_all()
            self.observer = PollingObserver(timeout=0.2)
            self.debouncer.track_open = False
            self._watched.clear()
            self._schedule_all()
            self.observer.start()

    def set_roots(self, roots: Roots) -> None:
        """Watch other paths from now on (old watches stay, but their events count for nothing)."""
        self.roots = roots
        try:
            self._schedule_all()
        except OSError as error:
            log.warning("Cannot watch the new paths: %s", error)

    def stop(self) -> None:
        """Stop the observer and wait for its threads to end."""
        self.observer.stop()
        if self.observer.is_alive():
            self.observer.join()
        with self.changed:
            self.changed.notify_all()

    def next_batch(self, timeout: float) -> tuple[Change, ...]:
        """Wait up to ``timeout`` seconds for a quiet batch; empty if none came."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                now = time.monotonic()
                wait = self.debouncer.wait_time(now)
                if wait == 0.0:
                    return self.debouncer.take()
                if now >= deadline:
                    return ()
                self.changed.wait(min(deadline - now, wait if wait is not None else timeout))

    def on_any_event(self, event: FileSystemEvent) -> None:
        """Record the changes an event makes (called on the observer's thread)."""
        src, dest = _text(event.src_path), _text(event.dest_path)
        changes = classify_event(event.event_type, src, dest, event.is_directory, self.roots)
        if not changes:
            return
        log.debug("change: %s", changes)
        if event.is_directory:
            self._follow_root(Path(src), gone=event.event_type in ("deleted", "moved"))
            if dest:
                self._follow_root(Path(dest), gone=False)
        with self.changed:
            self.debouncer.add(changes, time.monotonic())
            self.changed.notify_all()

    def _schedule_all(self) -> None:
        # A folder's parent is watched too, so that the folder's deletion and re-creation
        # (a git checkout, a restore) are seen; a single file is watched through its folder.
        with self._scheduling:
            for folder in self.roots.dirs:
                self._schedule(folder, recursive=True)
                self._schedule(folder.parent, recursive=False)
            for file in self.roots.files:
                self._schedule(file.parent, recursive=False)

    def _schedule(self, path: Path, *, recursive: bool) -> None:
        """Watch a folder, or the nearest existing parent so that its creation is seen."""
        while not path.is_dir() and path != path.parent:
            path, recursive = path.parent, False
        if (path, recursive) in self._watched or (path, True) in self._watched:
            return
        watch = self.observer.schedule(
            self, str(path), recursive=recursive, event_filter=_WANTED_EVENTS
        )
        self._watched[path, recursive] = watch

    def _follow_root(self, path: Path, *, gone: bool) -> None:
        """Drop the watch of a watched folder that went, and watch it again when it is back."""
        if path not in self.roots.dirs:
            return
        with self._scheduling:
            watch = self._watched.pop((path, True), None)
            if watch is not None:
                self.observer.unschedule(watch)
            if not gone:
                try:
                    self._schedule(path, recursive=True)
                except OSError as error:
                    log.warning("Cannot watch %s: %s", path, error)


def _text(path: bytes | str) -> str:
    return path.decode() if isinstance(path, bytes) else path


def watch_roots(paths: Sequence[Path], ignore: Sequence[Path]) -> Roots:
    """Split watched paths into folders and single files (missing paths with a suffix: files)."""
    absolute = [p.resolve() for p in paths]
    files = tuple(p for p in absolute if p.is_file() or (not p.exists() and p.suffix))
    dirs = tuple(p for p in absolute if p not in files)
    return Roots(dirs, files, tuple(p.resolve() for p in ignore))
