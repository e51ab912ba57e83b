"""The only writer of the output folder: safe paths, changed bytes only, old site kept on error."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing.content.files import shown_path
from briefing.errors import OutputError
from briefing.models import Page

log = logging.getLogger(__name__)

MARKER = ".briefing-site"
"""File that marks a folder as briefing's output, so stale files in it may be removed."""
_MARKER_TEXT = b"This folder is written by briefing; files not produced by the build are removed.\n"
_TMP_SUFFIX = ".briefing-tmp"
_WRITE_HINT = (
    "Check that the folder can be written to and the disk is not full, or choose another "
    "folder with --output."
)


@dataclass(frozen=True, slots=True)
class WriteReport:
    """What writing the site changed on disk."""

    written: tuple[str, ...]
    """Paths whose bytes changed (or that are new), relative to the output folder."""
    unchanged: int
    """How many files already held the right bytes and were left alone."""
    removed: tuple[str, ...]
    """Stale files from an earlier build that were deleted."""


def write_site(pages: Sequence[Page], out: Path) -> WriteReport:
    """Write ``pages`` into ``out``: stage changed files, swap them in, then drop stale ones."""
    targets = _check_pages(pages, out)
    with _refused("Cannot create the output folder", out):
        _claim(out)
    changed = [
        (page, target)
        for page, target in zip(pages, targets, strict=True)
        if not _same_bytes(target, page.content)
    ]
    staged = _stage(changed)
    with _refused("Cannot update the site", out):
        _swap_in(staged, changed)
        wanted = {page.path for page in pages} | {MARKER}
        removed = _remove_stale(out, wanted)
    return WriteReport(
        written=tuple(page.path for page, _ in changed),
        unchanged=len(pages) - len(changed),
        removed=removed,
    )


def _check_pages(pages: Sequence[Page], out: Path) -> list[Path]:
    """Refuse duplicate paths and any path that would land outside the output folder."""
    seen: set[str] = set()
    root = out.resolve()
    folders: dict[str, Path] = {"": root}
    targets = []
    for page in pages:
        if page.path in seen:
            raise OutputError(
                f"Two outputs want the same file '{page.path}'.",
                path=out,
                hint="Two stories or pages ended up with one URL; give one of them a `story:` key.",
            )
        seen.add(page.path)
        targets.append(_safe_target(root, page.path, folders))
    return targets


def _safe_target(root: Path, relative: str, folders: dict[str, Path]) -> Path:
    """Return where ``relative`` lands, refusing it outside ``root`` (symlinks followed).

    Each folder is resolved once (``folders`` holds those seen); a file is resolved only when
    it is itself a symlink.
    """
    bad = (
        not relative
        or relative.startswith("/")
        or "\\" in relative
        or "\x00" in relative
        or any(part in {"..", ".", ""} for part in relative.split("/"))
    )
    folder, _, name = relative.rpartition("/")
    if not bad:
        parent = folders.get(folder)
        if parent is None:
            parent = folders[folder] = root.joinpath(folder).resolve()
        target = parent / name
        inside = parent.is_relative_to(root) and (
            not target.is_symlink() or target.resolve().is_relative_to(root)
        )
        if inside:
            return target
    raise OutputError(
        f"Refusing to write '{relative}': it is outside the output folder.",
        path=_shown(root),
        hint="Output paths must be relative and stay inside the output folder.",
    )


def _claim(out: Path) -> None:
    """Create the output folder, or check that an existing one is briefing's to manage."""
    if out.exists() and not out.is_dir():
        raise OutputError(
            "The output path exists and is not a folder.",
            path=_shown(out),
            hint="Choose a folder with --output (or output_dir in briefing.yaml), or move the "
            "file away.",
        )
    if out.is_dir() and not (out / MARKER).is_file() and any(out.iterdir()):
        raise OutputError(
            "The output folder is not empty and was not made by briefing; "
            "refusing to overwrite it.",
            path=_shown(out),
            hint="Choose an empty or new folder with --output, or delete this one first.",
        )
    out.mkdir(parents=True, exist_ok=True)
    marker = out / MARKER
    if not marker.is_file():
        marker.write_bytes(_MARKER_TEXT)


@contextmanager
def _refused(what: str, out: Path) -> Iterator[None]:
    """Turn an operating-system refusal into an OutputError naming the path it concerns."""
    try:
        yield
    except OSError as error:
        raise _output_error(what, error, out) from None


def _output_error(what: str, error: OSError, fallback: Path | None) -> OutputError:
    """Describe a failed file operation: what failed, why, and the path it failed on."""
    reason = error.strerror or str(error)
    where = Path(os.fsdecode(error.filename)) if error.filename else fallback
    return OutputError(
        f"{what}: {reason}.", path=_shown(where) if where else None, hint=_WRITE_HINT
    )


def _shown(path: Path) -> str:
    """Show a path relative to the current folder when it lies inside it."""
    return shown_path(path, Path.cwd())


def _same_bytes(target: Path, content: bytes) -> bool:
    try:
        return target.stat().st_size == len(content) and target.read_bytes() == content
    except OSError:
        return False


def _stage(changed: list[tuple[Page, Path]]) -> list[Path]:
    """Write every changed file beside its target first; on failure remove them and re-raise."""
    staged: list[Path] = []
    folders: set[Path] = set()
    try:
        for page, target in changed:
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            temp = target.with_name(target.name + _TMP_SUFFIX)
            temp.write_bytes(page.content)
            staged.append(temp)
    except OSError as error:
        for temp in staged:
            temp.unlink(missing_ok=True)
        raise _output_error("Cannot write the site", error, None) from None
    return staged


def _swap_in(staged: list[Path], changed: list[tuple[Page, Path]]) -> None:
    for temp, (_, target) in zip(staged, changed, strict=True):
        try:
            temp.replace(target)
        except IsADirectoryError:  # a folder of an earlier build where a file goes now
            _remove_tree(target)
            temp.replace(target)


def _remove_stale(out: Path, wanted: set[str]) -> tuple[str, ...]:
    """Delete files no page wants (symlinks too, never followed), then emptied folders."""
    removed = []
    for folder, dirs, files in os.walk(out, topdown=False):
        base = Path(folder)
        links = [name for name in dirs if (base / name).is_symlink()]
        for name in (*files, *links):
            relative = (base / name).relative_to(out).as_posix()
            if relative not in wanted:
                (base / name).unlink()
                removed.append(relative)
        if base != out and not any(base.iterdir()):
            base.rmdir()
    log.debug("removed %d stale files", len(removed))
    return tuple(sorted(removed))


def _remove_tree(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_dir() and not path.is_symlink():
            path.rmdir()
        else:
            path.unlink()
    folder.rmdir()
