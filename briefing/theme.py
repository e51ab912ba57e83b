"""Theme lookup and the Jinja environment: site templates, then the theme, then the default."""

from __future__ import annotations

import dataclasses
import difflib
import functools
import logging
import re
import traceback
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import jinja2

from briefing import context
from briefing.config import Config
from briefing.config_checks import find_theme
from briefing.content.files import shown_path
from briefing.errors import ThemeError
from briefing.typography import printable

log = logging.getLogger(__name__)

_PACKAGE = Path(__file__).resolve().parent
DOCS_HINT = (
    "Template variables are documented in the README, section 'Themes and template context'."
)


def default_theme_dir() -> Path:
    """Return the default theme: inside the installed package, else in the source checkout."""
    installed = _PACKAGE / "themes" / "default"
    return installed if installed.is_dir() else _PACKAGE.parent / "themes" / "default"


def configured_theme_dir(config: Config) -> Path:
    """Return the configured theme's folder: ``<root>/themes/<name>``, a path, or the default."""
    if config.theme == "default":
        return default_theme_dir()
    found = find_theme(config.root, config.theme)
    if found is not None:
        return found
    raise ThemeError(  # load_config reports this with its line; a Config made in code gets here
        f"Theme '{config.theme}' not found.",
        path=config.root / "themes" / config.theme,
        hint="Set `theme` to a folder in themes/ or to the path of a theme folder.",
    )


def theme_dirs(config: Config) -> tuple[Path, ...]:
    """List the site templates folder, the configured theme and the default theme, in order."""
    dirs = (config.templates_dir, configured_theme_dir(config), default_theme_dir())
    return tuple(dict.fromkeys(dirs))


def template_dirs(config: Config) -> tuple[Path, ...]:
    """List the folders templates are looked up in, most specific first."""
    first, *themes = theme_dirs(config)
    return (first, *(theme / "templates" for theme in themes))


def static_dirs(config: Config) -> tuple[Path, ...]:
    """List the folders static files are copied from, most specific first."""
    return (config.static_dir, *(theme / "static" for theme in theme_dirs(config)[1:]))


def static_files(config: Config) -> dict[str, Path]:
    """Map each static file's relative path to the most specific folder's copy of it."""
    found: dict[str, Path] = {}
    for folder in static_dirs(config):
        for path in sorted(_files(folder)):
            found.setdefault(path.relative_to(folder).as_posix(), path)
    return dict(sorted(found.items()))


def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from (p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def environment(config: Config) -> jinja2.Environment:
    """Return the Jinja environment for the configured theme, reused while no template changes."""
    dirs = template_dirs(config)
    return _environment(dirs, default_theme_dir() / "templates", _fingerprint(dirs))


def _fingerprint(dirs: tuple[Path, ...]) -> tuple[tuple[str, int, int], ...]:
    """Identify the exact template files in ``dirs``, so that any edit gives a fresh environment."""
    found = []
    for path in (p for d in dirs for p in _files(d)):
        stat = path.stat()
        found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(sorted(found))


@functools.lru_cache(maxsize=4)
def _environment(
    dirs: tuple[Path, ...], default: Path, fingerprint: tuple[tuple[str, int, int], ...]
) -> jinja2.Environment:
    """Make the environment: autoescape, StrictUndefined, ``theme:`` and ``default:`` prefixes."""
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader([str(d) for d in dirs]),
            jinja2.PrefixLoader(
                {
                    "theme": jinja2.FileSystemLoader([str(d) for d in dirs[1:]]),
                    "default": jinja2.FileSystemLoader(str(default)),
                },
                delimiter=":",
            ),
        ]
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # The fingerprint already tells a changed template apart; no per-page mtime checks.
        auto_reload=False,
    )
    env.filters["plural"] = plural
    return env


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """Write ``1 outlet`` or ``3 outlets``."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"


def render(env: jinja2.Environment, name: str, variables: Mapping[str, Any]) -> str:
    """Render one template, turning every template failure into a ThemeError with file and line."""
    try:
        return printable(env.get_template(name).render(variables))
    except jinja2.TemplateNotFound as error:
        message = f"Template '{error.name}' not found.{_close_template(env, str(error.name))}"
        found = _runtime_error(error, name, message)  # the extends or include that asked for it
        hint = f"Looked in: {', '.join(_searched(env))}."
        raise ThemeError(found.message, path=found.path, line=found.line, hint=hint) from None
    except jinja2.TemplateSyntaxError as error:
        raise ThemeError(
            f"Template syntax error: {(error.message or '').rstrip('.')}.{_source_line(error)}",
            path=_shown(error.filename) if error.filename else (error.name or name),
            line=error.lineno,
            hint="Check the tag or expression on that line.",
        ) from None
    except jinja2.UndefinedError as error:
        message = f"Undefined template variable: {_plain(error.message or '')}."
        message += _suggest(error, variables)
        raise _runtime_error(error, name, message) from None
    except Exception as error:  # any failure inside a template is the theme's to fix
        message = f"Template error: {type(error).__name__}: {error}."
        raise _runtime_error(error, name, message, _EXPRESSION_HINT) from None


_EXPRESSION_HINT = (
    "Check the expression on that line: a value used as the wrong type (text as a number, a "
    "field called as a function) or an operation that cannot be done. " + DOCS_HINT
)


def _runtime_error(error: Exception, name: str, message: str, hint: str = DOCS_HINT) -> ThemeError:
    """Find the innermost template frame of a failure for its file and line."""
    path, line = name, None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename.endswith((".html", ".xml", ".txt", ".js")):
            path, line = _shown(frame.filename), frame.lineno
    return ThemeError(message, path=path, line=line, hint=hint)


def _shown(filename: str) -> str:
    """A template's path as the user would type it: from the current folder when inside it."""
    return shown_path(Path(filename), Path.cwd())


def _plain(message: str) -> str:
    """Name a context type as the README does: 'StoryCard has no field ...', not its module."""
    return re.sub(
        r"^'(?:[\w.]+\.)?(\w+) object' has no attribute ('[^']+')$", r"\1 has no field \2", message
    )


def _suggest(error: jinja2.UndefinedError, variables: Mapping[str, Any]) -> str:
    """Offer the closest documented name for a misspelt variable or field."""
    text = error.message or ""
    missing = re.search(r"has no attribute '([^']+)'", text)
    if missing:
        owner = re.match(r"'(?:[\w.]+\.)?(\w+) object'", text)
        cls = getattr(context, owner.group(1), None) if owner else None
        names = [f.name for f in dataclasses.fields(cls)] if dataclasses.is_dataclass(cls) else []
        wrong = missing.group(1)
    else:
        top = re.match(r"'([^']+)' is undefined", text)
        names, wrong = list(variables), top.group(1) if top else ""
    close = difflib.get_close_matches(wrong, names, n=1)
    return f" Did you mean '{close[0]}'?" if close else ""


def _close_template(env: jinja2.Environment, wanted: str) -> str:
    """Offer the template whose name is closest to a missing one ('base.htm': 'base.html')."""
    close = difflib.get_close_matches(wanted, env.list_templates(), n=1, cutoff=0.8)
    return f" Did you mean '{close[0]}'?" if close else ""


def _searched(env: jinja2.Environment) -> list[str]:
    loader = env.loader
    if isinstance(loader, jinja2.ChoiceLoader):
        first = loader.loaders[0]
        if isinstance(first, jinja2.FileSystemLoader):
            return [_shown(str(p)) + "/" for p in first.searchpath]
    return []


def _source_line(error: jinja2.TemplateSyntaxError) -> str:
    """Quote the offending line of the template, as Jinja's own traceback does."""
    lines = (error.source or "").splitlines()
    if not error.lineno or error.lineno > len(lines):
        return ""
    return "\n    " + lines[error.lineno - 1].strip()
