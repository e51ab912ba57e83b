"""Article metadata as front matter and sidecar files state it: keys, values, line numbers."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import datetime

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode

from briefing.content.dates import coerce_when
from briefing.content.outlets import outlet_from_url
from briefing.errors import ContentError, Problem, Severity, yaml_problem

try:  # libyaml is much faster; PyYAML falls back to pure Python when it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Key as written -> field of Meta. ``source`` and ``published`` are the documented names.
KEYS = {
    "title": "title",
    "source": "outlet",
    "outlet": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "url": "url",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "published": "published",
    "date": "published",
    "updated": "updated",
    "modified": "updated",
    "lastmod": "updated",
    "last_modified": "updated",
    "date_modified": "updated",
    "tags": "tags",
    "story": "story",
    "draft": "draft",
}
_ALIASES = frozenset(
    {"outlet", "publication", "publisher", "date", "authors", "byline"}
    | {"modified", "lastmod", "last_modified", "date_modified"}
)
"""Other names of the documented keys, left out of the list a warning gives."""
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata fields of one article; None where the source of the metadata is silent."""

    title: str | None = None
    """The headline."""
    outlet: str | None = None
    """The publication."""
    url: str | None = None
    """Where it was published."""
    author: str | None = None
    """The byline, names only."""
    published: datetime | None = None
    """Publication time, timezone-aware."""
    tags: tuple[str, ...] | None = None
    """Tags in the order given."""
    story: str | None = None
    """An explicit story key."""
    timed: bool = True
    """False when ``published`` gives the day only, not the time of day."""
    updated: datetime | None = None
    """When the source says it was last updated, timezone-aware."""
    draft: bool | None = None
    """Whether it is a draft, to leave out of the site."""

    def over(self, base: Meta) -> Meta:
        """Return base with every field this one states replaced by this one's value."""
        return Meta(
            base.title if self.title is None else self.title,
            base.outlet if self.outlet is None else self.outlet,
            base.url if self.url is None else self.url,
            base.author if self.author is None else self.author,
            base.published if self.published is None else self.published,
            base.tags if self.tags is None else self.tags,
            base.story if self.story is None else self.story,
            base.timed if self.published is None else self.timed,
            base.updated if self.updated is None else self.updated,
            base.draft if self.draft is None else self.draft,
        )


@dataclass(frozen=True, slots=True)
class Source:
    """Where YAML text came from, for messages."""

    path: str
    """The file, as shown to the user."""
    first_line: int
    """The file line of the YAML text's first line (1-based)."""
    what: str
    """What the YAML is, e.g. ``front matter`` or ``metadata``."""


def parse_mapping(text: str, source: Source) -> MappingNode | None:
    """Parse YAML text into a mapping node; None when it is empty; ContentError when broken."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        problem, line = yaml_problem(error, source.first_line)
        raise ContentError(
            f"Invalid {source.what} YAML: {problem}.",
            path=source.path,
            line=line or source.first_line,
            hint="Check the indentation and quote values that contain ': ' or start with a symbol.",
        ) from None
    except yaml.YAMLError as error:
        raise ContentError(f"Invalid {source.what} YAML: {error}.", path=source.path) from None
    if node is None or (isinstance(node, ScalarNode) and node.value == ""):
        return None
    if not isinstance(node, MappingNode):
        raise ContentError(
            f"The {source.what} must be a mapping of keys to values, not {_kind(node)}.",
            path=source.path,
            line=source.first_line + node.start_mark.line,
            hint="Write one 'key: value' per line, e.g. 'title: Kerry visits Jerusalem'.",
        )
    return node


def entries(node: MappingNode, source: Source) -> list[tuple[str, int, Node]]:
    """List a mapping's ``(key, file line, value node)``; non-text keys are ContentErrors."""
    found = []
    for key_node, value_node in node.value:
        line = source.first_line + key_node.start_mark.line
        if not isinstance(key_node, ScalarNode):
            raise ContentError(f"A {source.what} key must be text.", path=source.path, line=line)
        found.append((str(key_node.value), line, value_node))
    return found


def read_meta(node: MappingNode, source: Source) -> tuple[Meta, list[Problem]]:
    """Read the metadata keys of a mapping; unknown keys and bad values become warnings."""
    values: dict[str, object] = {}
    problems: list[Problem] = []
    constructor = SafeConstructor()
    seen: dict[str, str] = {}
    for key, line, value_node in entries(node, source):
        name = KEYS.get(key.lower())
        if name is None:
            problems.append(_unknown_key(key, line, source))
            continue
        if name in seen:
            problems.append(_warning(f"'{key}' repeats '{seen[name]}'; the last one is used.",
                                     source, line))  # fmt: skip
        seen[name] = key
        value, problem = _field_value(constructor, name, key, value_node, (source, line))
        if problem:
            problems.append(problem)
        values[name] = value
    published = values.get("published")
    if isinstance(published, tuple):  # (datetime, whether it gave a time of day)
        values["published"], values["timed"] = published
    updated = values.get("updated")
    if isinstance(updated, tuple):
        values["updated"] = updated[0]
    _outlet_address(values)
    return Meta(**values), problems  # type: ignore[arg-type]


def _outlet_address(values: dict[str, object]) -> None:
    """Read an outlet given as a web address (``source: https://...``) as the article's address
    and name the outlet by its host, as when only ``url`` is given."""
    outlet = values.get("outlet")
    if isinstance(outlet, str) and _URL.match(outlet):
        if values.get("url") is None:
            values["url"] = outlet
        values["outlet"] = outlet_from_url(outlet)


def suggest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """Return the choice closest to word, if one is close enough to be a likely typo."""
    close = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.7)
    return close[0] if close else None


def _unknown_key(key: str, line: int, source: Source) -> Problem:
    known = ", ".join(sorted(k for k in KEYS if k not in _ALIASES))
    guess = suggest(key, list(KEYS))
    hint = f"Did you mean '{guess}'? " if guess else ""
    return Problem(
        Severity.WARNING,
        f"Unknown {source.what} key '{key}' (ignored).",
        source.path,
        line,
        f"{hint}Known keys: {known}.",
    )


def _field_value(
    constructor: SafeConstructor, name: str, key: str, node: Node, where: tuple[Source, int]
) -> tuple[object, Problem | None]:
    """Convert one value; on a bad value return None and a warning saying what was expected."""
    source, line = where
    try:
        raw = constructor.construct_object(node, deep=True)
    except ConstructorError as error:
        return None, _warning(f"'{key}' has an unreadable value: {error.problem}.", source, line)
    if raw is None:
        return None, None
    value, expected = _CONVERTERS[name](raw)
    if expected is not None:
        return None, _warning(f"'{key}' must be {expected}, got {_shown(raw)} (ignored).",
                              source, line)  # fmt: skip
    return value, None


def _text(raw: object) -> tuple[object, str | None]:
    if isinstance(raw, (str, int, float)) and not isinstance(raw, bool):
        cleaned = " ".join(str(raw).split())
        return (cleaned or None), None
    return None, "text"


def _names(raw: object) -> tuple[object, str | None]:
    """A byline, or a list of names as Hugo's ``authors: [A, B]`` ("A and B", "A, B and C")."""
    if isinstance(raw, list):
        names = [" ".join(str(name).split()) for name in raw if isinstance(name, (str, int))]
        if len(names) != len(raw) or not all(names):
            return None, "a name or a list of names"
        return (
            " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]
        ), None
    return _text(raw)


def _url(raw: object) -> tuple[object, str | None]:
    if isinstance(raw, str) and _URL.match(raw.strip()):
        return raw.strip(), None
    return None, "an absolute URL such as https://example.org/news/1"


def _published(raw: object) -> tuple[object, str | None]:
    value = coerce_when(raw)
    if value is None:
        return None, "a date such as 2014-01-05 or 2014-01-05T17:13:00-05:00"
    return value, None


def _flag(raw: object) -> tuple[object, str | None]:
    if isinstance(raw, bool):
        return raw, None
    return None, "true or false"


def _tags(raw: object) -> tuple[object, str | None]:
    items = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(i, (str, int)) for i in items):
        return None, "a list of tags or a comma-separated string"
    tags = (" ".join(str(i).split()) for i in items)
    return tuple(dict.fromkeys(t for t in tags if t)), None


_CONVERTERS = {
    "title": _text,
    "outlet": _text,
    "author": _names,
    "story": _text,
    "url": _url,
    "published": _published,
    "updated": _published,
    "tags": _tags,
    "draft": _flag,
}


def _warning(message: str, source: Source, line: int) -> Problem:
    return Problem(Severity.WARNING, f"{source.what.capitalize()} {message}", source.path, line)


def _shown(raw: object) -> str:
    text = repr(raw) if isinstance(raw, str) else f"{type(raw).__name__} {raw!r}"
    return text if len(text) <= 60 else text[:57] + "..."


def _kind(node: Node) -> str:
    return "a list" if isinstance(node, yaml.SequenceNode) else f"the text {node.value!r}"
