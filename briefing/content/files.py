"""Which files in the content folders are articles, how they are shown and identified."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.content.sidecar import is_sidecar
from briefing.errors import Problem, Severity
from briefing.text import slugify

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES
# Article formats people may expect briefing to read; other files (images, data) pass silently.
UNSUPPORTED_SUFFIXES = frozenset({".html", ".htm", ".rst", ".adoc", ".docx", ".doc", ".odt",
                                  ".rtf", ".pdf", ".xml", ".json"})  # fmt: skip
# Editor and system leftovers: Emacs "#x#" and "x~", Vim ".x.swp", backups, partial downloads.
_TEMPORARY = re.compile(r"^#.*#$|~$|\.(?:swp|swo|swx|tmp|temp|bak|orig|part|crdownload)$", re.I)


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file found in a content folder."""

    path: Path
    """Where it is."""
    root: Path
    """The content folder it was found in (absolute)."""


def input_files(dirs: Sequence[Path]) -> tuple[InputFile, ...]:
    """List every article and sidecar under dirs: sorted, hidden and temporary files skipped."""
    found: dict[Path, InputFile] = {}
    for folder in dirs:
        root = Path(folder).resolve()
        paths = [root] if root.is_file() else _walk(root)
        for path in paths:
            found.setdefault(path, InputFile(path, root))
    return tuple(sorted(found.values(), key=lambda f: f.path.as_posix()))


def linked_out(
    files: Sequence[InputFile], base: Path
) -> tuple[tuple[InputFile, ...], tuple[Problem, ...]]:
    """Leave out files that are symlinks to a file outside every content folder, with a warning.

    A stray link (to ``/etc/passwd``, a draft in the home folder) would otherwise be read and
    published; Hugo and Jekyll's safe mode do not follow such links either.
    """
    roots = {file.root for file in files}
    kept: list[InputFile] = []
    left: list[Problem] = []
    for file in files:
        target = file.path.resolve() if file.path.is_symlink() else None
        # A link that leads nowhere is left to fail when it is read, with its own message.
        if target is None or not target.exists() or any(map(target.is_relative_to, roots)):
            kept.append(file)
            continue
        left.append(
            Problem(
                Severity.WARNING,
                f"Left out: a symlink to a file outside the content folders ({target}).",
                shown_path(file.path, base),
                hint="Copy the file into a content folder, or add its folder to 'content_dirs' "
                "in briefing.yaml.",
            )
        )
    return tuple(kept), tuple(left)


def is_content_file(path: Path) -> bool:
    """Tell whether the build reads a file: an article or a sidecar, not hidden or temporary."""
    name = path.name
    if is_skipped(name):
        return False
    return is_sidecar(name) or path.suffix.lower() in ARTICLE_SUFFIXES


def is_skipped(name: str) -> bool:
    """Tell hidden and editor temporary files, which are never read."""
    return name.startswith(".") or _TEMPORARY.search(name) is not None


def shown_path(path: Path, base: Path) -> str:
    """Show a path POSIX-relative to base, or absolute when it lies outside base."""
    absolute = (path if path.is_absolute() else path.resolve()).as_posix()
    prefix = (base if base.is_absolute() else base.resolve()).as_posix().rstrip("/") + "/"
    return absolute[len(prefix) :] if absolute.startswith(prefix) else absolute


def article_id(shown: str, file: InputFile) -> str:
    """Derive a stable id from the shown path without its suffix, e.g. ``seeds/000-9ead32``."""
    if shown.startswith("/") or re.match(r"^[A-Za-z]:/", shown):
        # Outside the build folder: identify it from its content folder down, not the machine.
        relative = file.path.relative_to(file.root.parent).as_posix()
    else:
        relative = shown
    stem = relative.rsplit(".", 1)[0] if "." in relative.rsplit("/", 1)[-1] else relative
    parts = [_slug(part) for part in stem.split("/")]
    return "/".join(p for p in parts if p != "..") or "untitled"


@functools.lru_cache(maxsize=4096)
def _slug(part: str) -> str:
    """Slug one path segment (cached: folder names repeat for every file in them)."""
    return slugify(part, max_length=80) or "untitled"


def _walk(root: Path) -> Iterator[Path]:
    """Yield the files under root, skipping hidden folders (``.git``) and hidden files."""
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            if not is_skipped(name):
                yield Path(folder, name)
