"""Sidecar metadata: facts kept beside articles, for texts that cannot carry front matter.

Two kinds of file, both YAML, both optional:

``sources.yaml`` in a content folder describes the articles of that folder (not of its
subfolders). Each key is an article's file name; its value is a mapping of metadata keys. The
special key ``"*"`` gives defaults for every article of the folder::

    "*":
      tags: [iraq]
    000_9ead32255a22a434.txt:
      outlet: CNSNews.com
      author: Patrick Goodenough
      published: 2014-01-05T17:13:00-05:00

``NAME.meta.yaml`` beside an article ``NAME.txt`` (or ``NAME.md``) is a mapping of metadata
keys for that one article.

The keys are those of front matter: ``title``, ``source`` (or ``outlet``), ``url``,
``author``, ``published`` (or ``date``), ``updated``, ``tags`` and ``story``. Unknown keys,
entries naming no article and bad values are warnings; broken YAML is an error naming the
sidecar and line, and the articles are then read without it.

Precedence, lowest first: what briefing infers from a plain text (headline, byline, dateline,
outlet), the folder's ``"*"`` defaults, the article's own front matter (Markdown, or a plain
text that starts with one), its entry in ``sources.yaml``, its ``NAME.meta.yaml``. A statement
about one named file beats one about many, and a statement made beside the text beats what the
text says, so a sidecar can correct a scraped page.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode, Node

from briefing.content.decode import decode, read_input
from briefing.content.meta import Meta, Source, entries, parse_mapping, read_meta, suggest
from briefing.errors import ContentError, Problem, Severity

FOLDER_SIDECAR = "sources.yaml"
FILE_SIDECAR_SUFFIX = ".meta.yaml"
DEFAULTS_KEY = "*"


@dataclass(frozen=True, slots=True)
class FolderMeta:
    """What a folder's ``sources.yaml`` says."""

    defaults: Meta = field(default_factory=Meta)
    """The ``"*"`` entry: defaults for every article in the folder."""
    files: Mapping[str, Meta] = field(default_factory=dict)
    """Entries by article file name."""


def is_sidecar(name: str) -> bool:
    """Tell whether a file name is a sidecar metadata file."""
    return name == FOLDER_SIDECAR or name.endswith(FILE_SIDECAR_SUFFIX)


def file_sidecar(article: Path) -> Path:
    """Return where the per-file sidecar of an article is: ``NAME.meta.yaml`` beside it."""
    return article.with_name(article.stem + FILE_SIDECAR_SUFFIX)


def read_folder_sidecar(
    path: Path, shown: str, names: Collection[str]
) -> tuple[FolderMeta, list[Problem]]:
    """Read a ``sources.yaml``; ``names`` are the article file names of its folder."""
    node = parse_mapping(_read_text(path, shown), Source(shown, 1, "metadata"))
    if node is None:
        return FolderMeta(), []
    problems: list[Problem] = []
    found: dict[str, Meta] = {}
    for name, line, value in entries(node, Source(shown, 1, "metadata")):
        source = Source(shown, line, "metadata")
        sub = parse_mapping_node(value, source, name)
        meta, warnings = read_meta(sub, Source(shown, 1, "metadata"))
        problems += warnings
        if name != DEFAULTS_KEY and name not in names:
            problems.append(_no_such_article(name, names, shown, line))
        found[name] = meta
    defaults = found.pop(DEFAULTS_KEY, Meta())
    return FolderMeta(defaults, dict(sorted(found.items()))), problems


def read_file_sidecar(path: Path, shown: str) -> tuple[Meta, list[Problem]]:
    """Read a ``NAME.meta.yaml``."""
    source = Source(shown, 1, "metadata")
    node = parse_mapping(_read_text(path, shown), source)
    if node is None:
        return Meta(), []
    meta, problems = read_meta(node, source)
    return meta, problems


def parse_mapping_node(value: Node, source: Source, name: str) -> MappingNode:
    """Check that an entry of ``sources.yaml`` is a mapping of metadata keys."""
    if not isinstance(value, MappingNode):
        raise ContentError(
            f"The entry for '{name}' must be a mapping of metadata keys.",
            path=source.path,
            line=source.first_line,
            hint="Indent the keys under the file name, e.g. '  outlet: Reuters'.",
        )
    return value


def _read_text(path: Path, shown: str) -> str:
    data = read_input(path, shown)
    if not data.strip():
        return ""
    return decode(data, shown)


def _no_such_article(name: str, names: Collection[str], shown: str, line: int) -> Problem:
    guess = suggest(name, sorted(names))
    hint = f"Did you mean '{guess}'?" if guess else "Keys are article file names in this folder."
    return Problem(
        Severity.WARNING, f"No article named '{name}' in this folder (entry ignored).",
        shown, line, hint,
    )  # fmt: skip
