"""`briefing init`: start a new site folder with a commented config and two sample articles.

The plan of files is pure (``site_files``); ``create`` writes it, never over an existing file.
The config lists every option with its default and documentation, taken from ``Config`` itself,
so the file a user edits can never drift from what briefing accepts.
"""

from __future__ import annotations

import shlex
import textwrap
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, fields
from pathlib import Path
from typing import Any

import yaml

from briefing.config import CONFIG_NAME, SETTABLE, Config
from briefing.errors import BriefingError

_HEADER = """\
# briefing's configuration. Every option is listed with its default: remove the '#' before
# an option to change it. Relative paths are resolved against this file's folder."""

_GITIGNORE = "# The built site: `briefing build` makes it again.\n/site/\n"

_FIRST = """\
---
title: Harbour board approves night ferry to Port Elsby
source: Lowmoor Echo
url: https://lowmoor-echo.example.com/news/night-ferry
author: Ada Writer
published: 2031-03-04T09:00:00Z
tags: [transport]
---
The Lowmoor harbour board on Tuesday approved a night ferry between Lowmoor and Port Elsby,
the first crossing after 10 pm since the old service ended in 2019.

The board voted 6 to 1 for a one-year trial that starts in June, with sailings at 11 pm and
1 am on Fridays and Saturdays.

"People who work late have had no way home but a two-hour drive," said board chair Tomas Reyes.

Fares will match the day service. The trial costs the board £240,000, which it expects ticket
sales to cover by the autumn.
"""

_SECOND = """\
Night ferry to Port Elsby gets the go-ahead

By Mira Okafor, Harbour Daily | 4 March 2031

Share this article

Lowmoor's harbour board has approved a night ferry to Port Elsby, restoring late crossings that
ended in 2019.

The one-year trial, passed by 6 votes to 1, begins in June with sailings at 11 pm and 1 am at
weekends.

"People who work late have had no way home but a two-hour drive," board chair Tomas Reyes said
after the vote.

The only member to vote against, Carys Dunn, said the £240,000 trial would draw money from
repairs to the harbour wall.
"""


@dataclass(frozen=True, slots=True)
class NewFile:
    """One file of a new site."""

    path: str
    """Where it goes, relative to the site folder (POSIX separators)."""
    text: str
    """What it holds."""


def site_files(title: str | None = None) -> tuple[NewFile, ...]:
    """Return the files of a new site: config, ignore file and two sample articles of one story."""
    return (
        NewFile(CONFIG_NAME, config_text(title)),
        NewFile(".gitignore", _GITIGNORE),
        NewFile("content/night-ferry-lowmoor-echo.md", _FIRST),
        NewFile("content/night-ferry-harbour-daily.txt", _SECOND),
    )


def config_text(title: str | None = None) -> str:
    """Return a config listing every option, its meaning and its default; the title is set."""
    blocks = [_HEADER]
    for field in fields(Config):
        if field.name not in SETTABLE:
            continue
        default = field.default if field.default is not MISSING else None
        doc = textwrap.fill(field.metadata["doc"], width=96, initial_indent="# ")
        doc = doc.replace("\n", "\n# ")
        if field.name == "title":
            blocks.append(f"{doc}\n{_yaml_line(field.name, title or default)}")
        else:
            blocks.append(f"{doc}\n# {_yaml_line(field.name, default)}")
    return "\n\n".join(blocks) + "\n"


def _yaml_line(key: str, value: Any) -> str:
    """Write one option as a line of YAML (lists in brackets, strings quoted when needed)."""
    if isinstance(value, tuple):
        items = ", ".join(_yaml_scalar(str(item)) for item in value)
        return f"{key}: [{items}]"
    return f"{key}: {_yaml_scalar(str(value) if isinstance(value, Path) else value)}"


def _yaml_scalar(value: Any) -> str:
    """Write one value as YAML, quoted only where YAML needs it."""
    text: str = yaml.safe_dump(value, allow_unicode=True, width=10_000)
    return text.removesuffix("\n...\n").rstrip("\n")


def create(folder: Path, files: Sequence[NewFile]) -> tuple[list[str], list[str]]:
    """Write each file into ``folder`` unless it exists; return those written and those kept."""
    if folder.exists() and not folder.is_dir():
        raise BriefingError(
            "The path exists and is not a folder.",
            path=folder,
            hint="Give a new or existing folder to start the site in.",
        )
    written, kept = [], []
    for new in files:
        target = folder / new.path
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("x", encoding="utf-8") as stream:
                stream.write(new.text)
        except FileExistsError:
            kept.append(new.path)
            continue
        except OSError as error:
            raise BriefingError(
                f"Cannot create the file: {error.strerror or error}.",
                path=target,
                hint="Check that the folder can be written to, or start the site elsewhere.",
            ) from None
        written.append(new.path)
    return written, kept


def report(folder: Path, written: Sequence[str], kept: Sequence[str]) -> list[str]:
    """Say what ``create`` did, paths as the user gave the folder, and what to run next."""
    shown = folder.as_posix().rstrip("/")
    prefix = "" if shown == "." else shown + "/"
    lines = [f"created {prefix}{path}" for path in written]
    lines += [f"kept    {prefix}{path} (it exists)" for path in kept]
    where = f"cd {shlex.quote(shown)} && " if prefix else ""
    lines.append(f"Next: {where}briefing serve   (then replace the sample articles in content/)")
    return lines
