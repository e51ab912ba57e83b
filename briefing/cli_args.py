"""The command line's parser: commands, options and the checks of their values."""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing import __version__

Runners = Mapping[str, Callable[[argparse.Namespace], int]]
"""The function that runs each command, by command name."""


def parse(argv: Sequence[str] | None, runners: Runners) -> argparse.Namespace:
    """Parse the command line; an unknown option is a usage error of the command it was given to.

    argparse would report it as the top level's ("briefing: error: unrecognized arguments") with
    the top level's usage; the command's own usage and the closest option are what help.
    """
    top = parser(runners)
    args, extras = top.parse_known_args(argv)
    if extras:
        command: argparse.ArgumentParser = getattr(args, "command_parser", top)
        suggestion = _closest_option(extras, command, getattr(args, "commands", {}))
        command.error(f"unrecognized arguments: {' '.join(extras)}{suggestion}")
    return args


_COMMANDS = {
    "build": (
        "build the site once",
        "Build the site once: read the articles, group them into stories, summarise them and "
        "write the site into the output folder. A failed build leaves the last site.",
    ),
    "serve": (
        "build, serve on 127.0.0.1 and rebuild on change",
        "Build, serve the site at http://127.0.0.1:8000/ and rebuild on every change of content, "
        "config or theme; open pages reload by themselves and show a failed build's error. "
        "Ctrl-C stops.",
    ),
    "watch": (
        "rebuild the output folder on change, no server",
        "Build, then rebuild the output folder on every change of content, config or theme, for "
        "a server of your own. Ctrl-C stops.",
    ),
    "inspect": (
        "show what briefing understood of articles",
        "Show what briefing understood of each article: headline, outlet, author, date, body, "
        "sentences and quotes with their speakers.",
    ),
    "init": (
        "start a new site: config and sample articles",
        "Start a new site: a commented briefing.yaml, a .gitignore and two sample articles in "
        "content/. Never overwrites a file.",
    ),
}
"""Each command's line in ``briefing --help`` and the opening of its own help."""


def parser(runners: Runners) -> argparse.ArgumentParser:
    """Return the command line's parser; each command's ``run`` default is taken from runners."""
    top = argparse.ArgumentParser(
        prog="briefing", description="Turn a folder of news articles into a static briefing site."
    )
    top.add_argument("--version", action="version", version=f"briefing {__version__}")
    top.add_argument("-v", "--verbose", action="store_true", help="log debugging detail")
    # -v also after the command, as in `mkdocs build -v`; SUPPRESS keeps an earlier -v.
    verbose = argparse.ArgumentParser(add_help=False)
    verbose.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log debugging detail",
    )
    commands = top.add_subparsers(
        title="commands", required=True, metavar="COMMAND", parser_class=_command_parser(verbose)
    )
    made = {
        name: commands.add_parser(name, help=short, description=long)
        for name, (short, long) in _COMMANDS.items()
    }
    _add_site_options(made["build"])
    _add_serve(made["serve"])
    _add_site_options(made["watch"])
    made["watch"].set_defaults(serve=False, host="127.0.0.1", port=0, open=False)
    _add_inspect(made["inspect"])
    _add_init(made["init"])
    for name, command in made.items():
        command.set_defaults(run=runners[name], command_parser=command, commands=made)
    return top


def _add_serve(serve: argparse.ArgumentParser) -> None:
    _add_site_options(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument(
        "--port", type=_port, help="port (default 8000, or the next free one; 0 picks any)"
    )
    serve.add_argument("--open", action="store_true", help="open the site in a browser")
    serve.set_defaults(serve=True)


def _add_inspect(inspect: argparse.ArgumentParser) -> None:
    inspect.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="article files (.md, .txt)"
    )
    inspect.add_argument("--json", action="store_true", help="print JSON for machines")


def _add_init(init: argparse.ArgumentParser) -> None:
    init.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=Path(),
        metavar="FOLDER",
        help="where to start it (default: the current folder)",
    )
    init.add_argument("--title", help="site title (default: Briefing)")


def _command_parser(*parents: argparse.ArgumentParser) -> type[argparse.ArgumentParser]:
    """Make the class of the commands' parsers: every command also takes ``parents``' options."""

    class Command(argparse.ArgumentParser):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs, parents=list(parents))

    return Command


def _closest_option(
    extras: Sequence[str],
    command: argparse.ArgumentParser,
    commands: Mapping[str, argparse.ArgumentParser],
) -> str:
    """Name the known option closest to the first unknown one, or the command that takes it."""
    given = next((extra.split("=", 1)[0] for extra in extras if extra.startswith("--")), None)
    if given is None:
        return ""
    own = [option for option in command._option_string_actions if option.startswith("--")]
    close = difflib.get_close_matches(given, own, n=1)
    if close:
        return f" (did you mean {close[0]}?)"
    others = [name for name, sub in commands.items() if given in sub._option_string_actions]
    return f" ({given} is an option of 'briefing {others[0]}')" if others else ""


def _add_site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-c", "--config", type=Path, help="config file (default: ./briefing.yaml if any)"
    )
    parser.add_argument("-o", "--output", type=Path, help="output folder (default: site)")
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="absolute URL the site is published at, for feeds and the sitemap "
        "(default: base_url in the config)",
    )
    parser.add_argument(
        "--strict", action="store_true", default=None, help="fail on any problem with an article"
    )
    parser.add_argument(
        "--drafts",
        action="store_true",
        default=None,
        help="build the articles marked 'draft: true' too",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="processes to summarise and group on (default: one per CPU core; 1 to stay in one)",
    )
    parser.add_argument(
        "--build-time",
        type=_timestamp,
        metavar="WHEN",
        help="build time as ISO 8601 or Unix seconds (default: SOURCE_DATE_EPOCH, "
        "else the latest article's time)",
    )
    parser.add_argument(
        "content",
        nargs="*",
        type=Path,
        metavar="CONTENT_DIR",
        help="content folders (replace the configured ones)",
    )


def _jobs(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, got {value!r}")
    return int(value)


def _port(value: str) -> int:
    if not value.isdigit() or int(value) > 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {value!r}")
    return int(value)


def _timestamp(value: str) -> datetime:
    try:
        if value.isdigit():
            return datetime.fromtimestamp(int(value), tz=UTC)
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            f"expected ISO 8601 (2024-05-01T12:00:00Z) or Unix seconds, got {value!r}"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
