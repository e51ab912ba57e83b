"""The command line's parser: commands, options and the checks of their values."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from briefing import __version__

Runners = Mapping[str, Callable[[argparse.Namespace], int]]
"""The function that runs each command, by command name."""


def parser(runners: Runners) -> argparse.ArgumentParser:
    """Return the command line's parser; each command's ``run`` default is taken from runners."""
    top = argparse.ArgumentParser(
        prog="briefing", description="Turn a folder of news articles into a static briefing site."
    )
    top.add_argument("--version", action="version", version=f"briefing {__version__}")
    top.add_argument("-v", "--verbose", action="store_true", help="log debugging detail")
    commands = top.add_subparsers(title="commands", required=True, metavar="COMMAND")
    _add_build(commands.add_parser("build", help="build the site once"), runners)
    serve = commands.add_parser("serve", help="build, serve on 127.0.0.1 and rebuild on change")
    _add_site_options(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port (default 8000; 0 picks one)")
    serve.add_argument("--open", action="store_true", help="open the site in a browser")
    serve.set_defaults(run=runners["serve"], serve=True)
    watch = commands.add_parser("watch", help="rebuild the output folder on change, no server")
    _add_site_options(watch)
    watch.set_defaults(run=runners["watch"], serve=False, host="127.0.0.1", port=0, open=False)
    inspect = commands.add_parser("inspect", help="show what briefing understood of articles")
    inspect.add_argument("files", nargs="+", type=Path, metavar="FILE")
    inspect.add_argument("--json", action="store_true", help="print JSON for machines")
    inspect.set_defaults(run=runners["inspect"])
    init = commands.add_parser("init", help="start a new site: config and sample articles")
    init.add_argument("folder", nargs="?", type=Path, default=Path(), metavar="FOLDER")
    init.add_argument("--title", help="site title (default: Briefing)")
    init.set_defaults(run=runners["init"])
    return top


def _add_site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-c", "--config", type=Path, help="config file (default: ./briefing.yaml if any)"
    )
    parser.add_argument("-o", "--output", type=Path, help="output folder (default: site)")
    parser.add_argument(
        "--strict", action="store_true", default=None, help="fail on any problem with an article"
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


def _add_build(parser: argparse.ArgumentParser, runners: Runners) -> None:
    _add_site_options(parser)
    parser.set_defaults(run=runners["build"])


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
