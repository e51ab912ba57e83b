"""Checks of config values: each turns a raw YAML value into an option's type or says why not."""

from __future__ import annotations

from collections.abc import Callable
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
    return Path(value)


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
    "jobs": _count,
}
"""The check of each settable option, by key."""
