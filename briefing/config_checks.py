"""Checks of config values: each turns a raw YAML value into an option's type or says why not."""

from __future__ import annotations

import difflib
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("a string")
    return value


def _url(value: Any) -> str:
    text = _text(value)
    if text and not text.startswith(("http://", "https://")):
        raise ValueError("an absolute http(s) URL such as 'https://news.example.org/'")
    return text if not text or text.endswith("/") else text + "/"


def _positive(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("a positive whole number")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("a whole number, 0 or more")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def _path(value: Any) -> Path:
    if isinstance(value, Path):
        return value
    if not isinstance(value, str) or not value.strip():
        raise ValueError("a folder path")
    return Path(value).expanduser()  # "~/public" is the home folder's, as in a shell


def _paths(value: Any) -> tuple[Path, ...]:
    items = [value] if isinstance(value, str | Path) else value
    if not isinstance(items, list | tuple) or not items:
        raise ValueError("a folder path or a list of folder paths")
    return tuple(_path(item) for item in items)


def _timezone(value: Any) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    text = _text(value)
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("an IANA time zone name such as 'UTC' or 'Europe/London'") from None
    return text


CHECKS: dict[str, Callable[[Any], Any]] = {
    "title": _text,
    "description": _text,
    "base_url": _url,
    "content_dirs": _paths,
    "output_dir": _path,
    "theme": _text,
    "templates_dir": _path,
    "static_dir": _path,
    "summary_words": _positive,
    "quotes_per_story": _count,
    "stories_per_page": _positive,
    "feed_items": _count,
    "timezone": _timezone,
    "language": _text,
    "strict": _flag,
    "drafts": _flag,
    "jobs": _count,
}
"""The check of each settable option, by key."""


FOLDER_NAMES = {
    "content_dirs": "content folder",
    "templates_dir": "templates folder",
    "static_dir": "static folder",
}
"""What each option that names a folder the build reads calls it in a message."""


def output_clash(output: Path, read: Sequence[tuple[str, Path]]) -> tuple[str, str] | None:
    """Say which folder the build reads the output folder would destroy: (its key, why)."""
    out = output.resolve()
    for key, folder in read:
        source = folder.resolve()
        what = FOLDER_NAMES[key]
        if source == out:
            why = f"is also the {what}: the site would be written over its files"
        elif source.is_relative_to(out):
            why = f"holds the {what} '{_shown(source)}': a build would delete its files as stale"
        elif key == "static_dir" and out.is_relative_to(source):
            why = f"is inside the {what} '{_shown(source)}': each build would copy the site into it"
        else:
            continue
        return key, f"The output folder '{_shown(out)}' {why}."
    return None


def _shown(folder: Path) -> str:
    """Show a folder as the user would type it from here: '.', 'content', '../news'."""
    return os.path.relpath(folder) if folder.is_relative_to(Path.cwd().parent) else str(folder)


def find_theme(root: Path, name: str) -> Path | None:
    """Find a theme other than the default: a folder in ``root/themes/``, or a path to one."""
    named = root / "themes" / name
    if "/" not in name and "\\" not in name and named.is_dir():
        return named
    path = Path(name).expanduser()
    path = path if path.is_absolute() else root / path
    return path if path.is_dir() else None


def missing_theme(root: Path, name: str) -> tuple[str, str] | None:
    """Say why a configured theme cannot be found, and what there is: (message, hint)."""
    found = find_theme(root, name) if name != "default" else None
    if found is not None and not any((found / part).is_dir() for part in ("templates", "static")):
        above = " (its parent holds one)" if (found.parent / "templates").is_dir() else ""
        return (
            f"Theme '{name}' has neither templates/ nor static/ in it{above}.",
            "Point `theme` at the theme's own folder, the one that holds templates/ and static/.",
        )
    if name == "default" or found is not None:
        return None
    folder = root / "themes"
    themes = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    close = difflib.get_close_matches(name, themes, n=1)
    suggestion = f" (did you mean '{close[0]}'?)" if close else ""
    there = f"themes/ holds {', '.join(themes)}" if themes else "there is no themes/ folder"
    return (
        f"Theme '{name}' not found{suggestion}.",
        f"Set `theme` to 'default', to the name of a folder in themes/ beside the config file "
        f"({there}), or to the path of a theme folder.",
    )
