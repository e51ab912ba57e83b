"""One exception family for what a user can get wrong, and problems that do not stop a build."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


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
