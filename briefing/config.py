"""The configuration: one declared option per key, from `briefing.yaml` and the command line."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from briefing.config_checks import CHECKS, missing_theme, output_clash
from briefing.errors import ConfigError, format_error, yaml_problem

CONFIG_NAME = "briefing.yaml"


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@dataclass(frozen=True, slots=True)
class Config:
    """Every option briefing knows, with its default. Paths are absolute once loaded."""

    title: str = field(default="Briefing", metadata=_doc("Site title, shown on every page."))
    description: str = field(
        default="Today's news, merged across outlets.",
        metadata=_doc("One-line description for the front page and feeds."),
    )
    base_url: str = field(
        default="",
        metadata=_doc(
            "Absolute URL the site is published at; used in feeds, the sitemap, the 404 page "
            "and `briefing.json` (other pages link relatively)."
        ),
    )
    content_dirs: tuple[Path, ...] = field(
        default=(Path("content"), Path("seeds")),
        metadata=_doc(
            "Folders read for articles (Markdown and plain text), in order; by default those of "
            "`content/` and `seeds/` that exist."
        ),
    )
    output_dir: Path = field(default=Path("site"), metadata=_doc("Folder the site is written to."))
    theme: str = field(
        default="default", metadata=_doc("Theme name (a folder in `themes/`) or a path to one.")
    )
    templates_dir: Path = field(
        default=Path("templates"),
        metadata=_doc("Site templates that override the theme's, file by file."),
    )
    static_dir: Path = field(
        default=Path("static"),
        metadata=_doc("Site static files that override the theme's, file by file."),
    )
    summary_words: int = field(default=120, metadata=_doc("Word budget of each story summary."))
    quotes_per_story: int = field(default=3, metadata=_doc("Key quotes shown per story."))
    stories_per_page: int = field(
        default=20, metadata=_doc("Stories on the front page before it paginates.")
    )
    feed_items: int = field(
        default=50,
        metadata=_doc("Stories in each feed, in front-page order (newest first); `0` means all."),
    )
    timezone: str = field(
        default="UTC",
        metadata=_doc("IANA time zone for dates shown on pages, e.g. `Europe/London`."),
    )
    language: str = field(default="en", metadata=_doc("Language of the site (HTML `lang`)."))
    strict: bool = field(
        default=False, metadata=_doc("Fail the build on any problem with an article.")
    )
    drafts: bool = field(
        default=False,
        metadata=_doc("Build the articles marked `draft: true` too (left out by default)."),
    )
    jobs: int = field(
        default=0,
        metadata=_doc(
            "Processes a build summarises on (and groups on, from 4,000 articles); "
            "`0`: one per CPU core."
        ),
    )
    root: Path = field(
        default=Path(),
        metadata=_doc("Folder relative paths are resolved against (not settable: the config's)."),
    )


SETTABLE = tuple(f.name for f in fields(Config) if f.name != "root")


def load_config(path: Path | None, overrides: Mapping[str, Any] | None = None) -> Config:
    """Load ``path`` (or ``briefing.yaml`` here, if present), then apply the overrides."""
    if path is None and Path(CONFIG_NAME).is_file():
        path = Path(CONFIG_NAME)
    raw, lines = _read_yaml(path) if path is not None else ({}, {})
    root = path.resolve().parent if path is not None else Path.cwd()
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    raw.update(given)
    where = {key: (str(path), lines.get(key)) for key in raw if key not in given}
    return _validate(raw, root, where)


Lines = dict[str, list[int]]
"""The lines each top-level key of the file is set on (more than one when it is set twice)."""


def _read_yaml(path: Path) -> tuple[dict[str, Any], Lines]:
    if path.is_dir():
        raise ConfigError(
            "The config path is a folder, not a file.",
            path=path,
            hint=f"Give the YAML file itself, e.g. --config {path / CONFIG_NAME}.",
        )
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            "Config file not found.", path=path, hint="Check the --config path."
        ) from None
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"The config file is not UTF-8: byte {error.object[error.start]:#04x} is not text.",
            path=path,
            line=error.object[: error.start].count(b"\n") + 1,
            hint="Save it as UTF-8: most editors offer this under 'Save with encoding'.",
        ) from None
    except OSError as error:
        raise ConfigError(
            f"Cannot read the config file: {error.strerror or error}.",
            path=path,
            hint="Check that the file can be read, or give another one with --config.",
        ) from None
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        problem, line = yaml_problem(error)
        raise ConfigError(
            f"Invalid YAML: {problem}.",
            path=path,
            line=line,
            hint="Check indentation and quoting.",
        ) from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ConfigError(
            f"The config must be a mapping of options, got {type(data).__name__}.",
            path=path,
            hint="Write one `key: value` per line.",
        )
    return data, _key_lines(text)


def _key_lines(text: str) -> Lines:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    lines: Lines = {}
    if isinstance(node, yaml.MappingNode):
        for key, _ in node.value:
            lines.setdefault(str(key.value), []).append(key.start_mark.line + 1)
    return lines


def _validate(
    raw: Mapping[str, Any], root: Path, where: Mapping[str, tuple[str, list[int] | None]]
) -> Config:
    values: dict[str, Any] = {}
    problems: list[tuple[str, int | None, str]] = []
    for key, value in raw.items():
        path, lines = where.get(key, ("command line", None))
        line = lines[-1] if lines else None  # YAML keeps the last of a key set twice
        if lines and len(lines) > 1:
            shown = ", ".join(map(str, lines))
            problems.append(
                (path, line, f"Config key '{key}' is set more than once (lines {shown}).")
            )
        if key not in SETTABLE:
            close = difflib.get_close_matches(str(key), SETTABLE, n=1)
            suggestion = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append((path, line, f"Unknown config key '{key}'{suggestion}."))
            continue
        try:
            values[key] = CHECKS[key](value)
        except ValueError as error:
            problems.append((path, line, f"Config value '{key}': expected {error}, got {value!r}."))
    if problems:
        raise _config_error(problems, unknown=any(key not in SETTABLE for key in raw))
    config = _absolute(replace(Config(root=root), **values))
    if "content_dirs" not in values:
        config = replace(config, content_dirs=_present(config.content_dirs))
    _check_output(config, raw, where)
    _check_theme(config, where)
    return config


def _check_theme(config: Config, where: Mapping[str, tuple[str, list[int] | None]]) -> None:
    """Refuse a theme that is not there, naming the line that sets it."""
    missing = missing_theme(config.root, config.theme)
    if missing is not None:
        path, lines = where.get("theme", ("command line", None))
        message, hint = missing
        raise ConfigError(message, path=path, line=lines[-1] if lines else None, hint=hint)


def _check_output(
    config: Config, raw: Mapping[str, Any], where: Mapping[str, tuple[str, list[int] | None]]
) -> None:
    """Refuse an output folder that would wipe or swallow a folder the build reads."""
    read = [("content_dirs", folder) for folder in config.content_dirs]
    read += [("templates_dir", config.templates_dir), ("static_dir", config.static_dir)]
    clash = output_clash(config.output_dir, read)
    if clash is None:
        return
    other, message = clash
    key = "output_dir" if "output_dir" in raw or other not in raw else other
    path, lines = where.get(key, ("command line", None))
    raise ConfigError(
        message,
        path=path,
        line=lines[-1] if lines else None,
        hint="Give the site a folder of its own, away from the folders briefing reads, with "
        "--output or 'output_dir' in briefing.yaml (the default is 'site').",
    )


def _config_error(problems: list[tuple[str, int | None, str]], *, unknown: bool) -> ConfigError:
    """One error for every problem: the first names its file and line, the others follow."""
    problems = sorted(problems, key=lambda p: (p[0] == "command line", p[1] or 0))
    path, line, first = problems[0]
    rest = [format_error(text, where, at, None) for where, at, text in problems[1:]]
    hint = (
        f"Valid keys: {', '.join(SETTABLE)}; each is documented in the README, section "
        "'Configuration'."
        if unknown
        else "Every option is documented in the README, section 'Configuration'."
    )
    return ConfigError("\n".join([first, *rest]), path=path, line=line, hint=hint)


def _present(defaults: tuple[Path, ...]) -> tuple[Path, ...]:
    """Keep the default content folders that exist (a site may have only one); all if none does."""
    return tuple(folder for folder in defaults if folder.is_dir()) or defaults


def _absolute(config: Config) -> Config:
    def resolve(p: Path) -> Path:
        return p if p.is_absolute() else (config.root / p)

    return replace(
        config,
        content_dirs=tuple(resolve(p) for p in config.content_dirs),
        output_dir=resolve(config.output_dir),
        templates_dir=resolve(config.templates_dir),
        static_dir=resolve(config.static_dir),
    )
