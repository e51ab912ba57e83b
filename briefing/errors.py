"""One exception family for what a user can get wrong, and problems that do not stop a build."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import yaml


class BriefingError(Exception):
    """A user-facing error: a message, where it happened and what to do about it."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        return format_error(self.message, self.path, self.line, self.hint)


class ConfigError(BriefingError):
    """The configuration file or a command-line option is wrong."""


class ContentError(BriefingError):
    """An article cannot be read or understood."""


class ThemeError(BriefingError):
    """A template is missing or broken."""


class OutputError(BriefingError):
    """The output folder cannot be written safely."""


class Severity(Enum):
    """How bad a problem is."""

    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input that the build reported and went past."""

    severity: Severity
    """Under --strict any problem, warning or error, fails the build; otherwise none does."""
    message: str
    """What is wrong, in one sentence."""
    path: str | None = None
    """The file it concerns, as given by the user."""
    line: int | None = None
    """The 1-based line in that file, where there is one."""
    hint: str | None = None
    """What to do about it."""

    def __str__(self) -> str:
        return f"{self.severity.value}: " + format_error(
            self.message, self.path, self.line, self.hint
        )

    @classmethod
    def from_error(cls, error: BriefingError, severity: Severity = Severity.ERROR) -> Problem:
        """Turn a raised error into a recorded problem."""
        return cls(severity, error.message, error.path, error.line, error.hint)


def format_error(message: str, path: str | None, line: int | None, hint: str | None) -> str:
    """Format a message as ``path:line: message`` followed by an indented hint."""
    where = ""
    if path is not None:
        where = f"{path}:{line}: " if line is not None else f"{path}: "
    text = f"{where}{message}"
    if hint:
        text += f"\n  hint: {hint}"
    return text


def yaml_problem(error: yaml.MarkedYAMLError, first_line: int = 1) -> tuple[str, int | None]:
    """Describe a YAML syntax error, and the line to show: where the broken part opens.

    PyYAML notices an unclosed bracket or quote where the text ends or the next key starts
    (the problem mark), lines after the mistake (the context mark, where it opens): that line
    is the one to fix. ``first_line`` is the file line of the YAML text's first line.
    """
    problem = error.problem or error.context or "unreadable YAML"
    noticed, opened = error.problem_mark, error.context_mark
    earlier = opened is not None and (noticed is None or opened.line < noticed.line)
    if error.problem and error.context and opened is not None and earlier:
        what = _OPENED.get(error.context, error.context)
        where = f" on line {first_line + noticed.line}" if noticed else ""
        return f"{what} ({problem}{where})", first_line + opened.line
    mark = noticed or opened
    return problem, first_line + mark.line if mark else None


# PyYAML's words for what was left open, in a user's words.
_OPENED = {
    "while parsing a flow sequence": "the '[' list that opens here does not close properly",
    "while parsing a flow mapping": "the '{' mapping that opens here does not close properly",
    "while scanning a quoted scalar": "the quoted value that opens here is not closed",
}
