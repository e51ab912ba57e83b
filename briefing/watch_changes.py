"""Sort file events into changes that matter to a site and coalesce bursts into quiet batches."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Kind(Enum):
    """What a changed file is to a site."""

    CONTENT = "content"
    SIDECAR = "sidecar"
    TEMPLATE = "template"
    STATIC = "static"
    CONFIG = "config"
    OUTPUT = "output"
    """The output folder itself, deleted or moved away (``rm -rf site``): it is built again."""
    IGNORED = "ignored"


CONTENT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text"})
SIDECAR_SUFFIXES = frozenset({".yaml", ".yml", ".json", ".toml"})
TEMPLATE_SUFFIXES = frozenset({".html", ".htm", ".xml", ".jinja", ".jinja2", ".j2"})
TEMP_SUFFIXES = frozenset(
    {".tmp", ".temp", ".bak", ".part", ".crdownload", ".kate-swp", ".bck", ".orig", ".rej"}
)
# vim swap files (.swp, .swo, ... .swa) and its ".swx" probe; JetBrains safe-write files;
# emacs "#autosave#"; vim's numeric write probe "4913"; Office "~$lock" files.
_TEMP_NAME = re.compile(r".*\.sw[a-px]|.*__jb_\w+___|#.*#|\d+|~\$.*|.*~")
_NOISE_NAMES = frozenset({"__pycache__", "node_modules", "Thumbs.db", "desktop.ini"})


def is_hidden(name: str) -> bool:
    """Tell whether a file or folder is hidden or tool noise (``.git``, ``__pycache__``)."""
    return name.startswith(".") or name in _NOISE_NAMES


def is_temp_name(name: str) -> bool:
    """Tell whether a file name is an editor's temporary, swap, backup or lock file."""
    if is_hidden(name):
        return True
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    return suffix in TEMP_SUFFIXES or _TEMP_NAME.fullmatch(name) is not None


@dataclass(frozen=True, slots=True)
class Roots:
    """What is watched and what never triggers a build (absolute paths)."""

    dirs: tuple[Path, ...]
    """Folders watched with everything below them."""
    files: tuple[Path, ...] = ()
    """Single watched files, such as the config file (they need not exist yet)."""
    ignore: tuple[Path, ...] = ()
    """Folders whose changes never count, such as the output folder."""


def classify(path: Path, roots: Roots, *, is_dir: bool = False) -> Kind:
    """Sort one changed path into the kind of change it is to a site."""
    if path in roots.files:
        return Kind.CONFIG
    if any(path.is_relative_to(folder) for folder in roots.ignore):
        return Kind.IGNORED
    root = next((d for d in roots.dirs if path.is_relative_to(d)), None)
    if root is None:
        return Kind.IGNORED
    inside = path.relative_to(root).parts
    if any(is_hidden(part) for part in inside) or (not is_dir and is_temp_name(path.name)):
        return Kind.IGNORED
    return _kind_by_name((root.name, *inside), path.suffix.lower(), is_dir)


def _kind_by_name(parts: Sequence[str], suffix: str, is_dir: bool) -> Kind:
    if "templates" in parts or (not is_dir and suffix in TEMPLATE_SUFFIXES):
        return Kind.TEMPLATE
    if "static" in parts:
        return Kind.STATIC
    if is_dir or suffix in CONTENT_SUFFIXES:
        return Kind.CONTENT
    return Kind.SIDECAR if suffix in SIDECAR_SUFFIXES else Kind.STATIC


class Action(Enum):
    """What happened to a path, reduced to what matters for a rebuild."""

    WRITING = "writing"
    """Written to, and maybe still open for writing."""
    WRITTEN = "written"
    """Created, closed after writing, or moved into place."""
    DELETED = "deleted"
    """Removed, or moved away."""


@dataclass(frozen=True, slots=True)
class Change:
    """One relevant change to one path."""

    kind: Kind
    """What the path is to the site."""
    action: Action
    """What happened to it."""
    path: Path
    """The absolute path that changed."""


# "created" is not WRITING: watchdog reports files found in a new folder as created, long after
# they were closed; a file that is then written reports "modified" and is waited for.
_ACTIONS: dict[str, Action] = {
    "created": Action.WRITTEN,
    "modified": Action.WRITING,
    "closed": Action.WRITTEN,
    "deleted": Action.DELETED,
}


def classify_event(
    event_type: str, src: str, dest: str, is_dir: bool, roots: Roots
) -> tuple[Change, ...]:
    """Turn one file-system event into the changes that matter (none for noise)."""
    if is_dir and event_type in ("deleted", "moved") and Path(src) in roots.ignore:
        return (Change(Kind.OUTPUT, Action.DELETED, Path(src)),)  # no site left to serve
    if event_type == "moved":
        gone = _change(Path(src), Action.DELETED, is_dir, roots)
        arrived = _change(Path(dest), Action.WRITTEN, is_dir, roots)
        return tuple(c for c in (gone, arrived) if c is not None)
    action = _ACTIONS.get(event_type)
    # A folder's "modified" only echoes its files' events; "opened", "closed_no_write" and
    # "attrib" are reads and metadata, including the build's own reads of its input.
    if action is None or (is_dir and event_type in ("modified", "closed")):
        return ()
    change = _change(Path(src), action, is_dir, roots)
    return (change,) if change is not None else ()


def _change(path: Path, action: Action, is_dir: bool, roots: Roots) -> Change | None:
    kind = classify(path, roots, is_dir=is_dir)
    return None if kind is Kind.IGNORED else Change(kind, action, path)


@dataclass(slots=True)
class Debouncer:
    """Coalesce a burst of changes into one batch, released once the files are quiet."""

    quiet: float = 0.05
    """Seconds without any event before a batch is released."""
    open_wait: float = 1.5
    """Longest wait for a file still open for writing (no "closed" event yet)."""
    max_wait: float = 3.0
    """Longest wait since the first change of a batch, for files that never go quiet."""
    track_open: bool = True
    """Whether the observer reports closes, so that open files can be waited for."""
    _pending: dict[Path, Change] = field(default_factory=dict)
    _open: set[Path] = field(default_factory=set)
    _first: float = 0.0
    _last: float = 0.0

    def add(self, changes: Iterable[Change], now: float) -> None:
        """Record changes seen at time ``now``."""
        for change in changes:
            if not self._pending:
                self._first = now
            self._pending[change.path] = change
            self._last = now
            if self.track_open and change.action is Action.WRITING:
                self._open.add(change.path)
            else:
                self._open.discard(change.path)

    def wait_time(self, now: float) -> float | None:
        """Seconds until the batch is due (0 when due), or None when nothing is pending."""
        if not self._pending:
            return None
        due = self._last + (self.open_wait if self._open else self.quiet)
        return max(0.0, min(due, self._first + self.max_wait) - now)

    def take(self) -> tuple[Change, ...]:
        """Return the batch (the last change per path, sorted by path) and start afresh."""
        batch = tuple(self._pending[p] for p in sorted(self._pending))
        self._pending.clear()
        self._open.clear()
        return batch
