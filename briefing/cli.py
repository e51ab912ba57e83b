"""The command line: parse, call, print. The only module that prints."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from briefing.build import BuildCache, BuildFailed, BuildReport, StageEvent, build
from briefing.cli_args import parse
from briefing.config import Config, load_config
from briefing.errors import BriefingError, Problem
from briefing.theme import plural


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 ok, 1 user error, 130 interrupted)."""
    args = parse(argv, _RUNNERS)
    _tune_collector()
    handler = logging.StreamHandler()
    handler.setFormatter(_LogFormatter(verbose=args.verbose))
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, handlers=[handler]
    )
    try:
        return int(args.run(args))
    except BuildFailed as error:
        _print_problems(error.problems, sys.stderr)
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BriefingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nstopped", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`briefing inspect x | head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _config(args: argparse.Namespace) -> Config:
    # Paths typed on the command line are relative to where it runs, as a shell completes them;
    # only the config file's own paths are relative to its folder.
    here = Path.cwd()
    overrides: dict[str, Any] = {
        "output_dir": here / args.output if args.output is not None else None,
        "base_url": args.base_url,
        "strict": args.strict,
        "drafts": args.drafts,
        "jobs": args.jobs,
        "content_dirs": [here / folder for folder in args.content] or None,
    }
    return load_config(args.config, overrides)


def _tune_collector() -> None:
    """Leave what is loaded at start (modules, the parser) out of every look for cycles.

    It lives for the whole run; frozen, collections skip it and forked workers do not copy the
    pages a collection would touch. (The build itself collects less often: see ``build``.)
    """
    gc.freeze()


def _run_build(args: argparse.Namespace) -> int:
    config = _config(args)
    progress = None if args.quiet else _StageLines(sys.stderr)
    report = build(config, build_time=args.build_time, progress=progress)
    _print_problems(report.problems, sys.stderr)
    if not args.quiet:
        print(_summary_line(report, config), file=sys.stderr)
    return 0


def _summary_line(report: BuildReport, config: Config) -> str:
    out = _display(config.output_dir)
    drafts = f" ({plural(report.drafts, 'draft')} left out)" if report.drafts else ""
    return (
        f"Built {plural(report.articles, 'article')} into "
        f"{plural(report.stories, 'story', 'stories')}{drafts}: "
        f"{report.pages} files in {out}/ ({report.written} written) in {report.seconds:.2f} s."
    )


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix() or "."
    except ValueError:
        return str(path)


def _print_problems(problems: Sequence[Problem], stream: TextIO) -> None:
    for problem in problems:
        print(problem, file=stream)


class _StageLines:
    """Print build progress: a live line per stage on a terminal, plain lines otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()

    def __call__(self, event: StageEvent) -> None:
        if event.seconds is None:
            if self.live:
                self.stream.write(f"  {event.stage:<10} ...\r")
                self.stream.flush()
            return
        self.stream.write(f"  {event.stage:<10} {event.detail} ({event.seconds:.2f} s)\n")
        self.stream.flush()


def _run_preview(args: argparse.Namespace) -> int:
    from briefing.preview import preview  # imported late: watchdog is only needed here

    config = _config(args)
    cache = BuildCache()
    said: list[tuple[Problem, ...]] = [()]
    built = [config]  # the config of the last build, whose base_url the 404 page links to
    moved: set[Path] = set()  # output folders the config named since, each told once

    def rebuild() -> BuildReport:
        # The server keeps serving the folder it started with, whatever the config says now.
        now = _config(args)
        if now.output_dir not in moved and now.output_dir != config.output_dir:
            moved.add(now.output_dir)
            say(_output_moved(now.output_dir, config.output_dir, serving=args.serve))
        fresh = replace(now, output_dir=config.output_dir)
        report = build(fresh, build_time=args.build_time, cache=cache)
        built[0] = fresh
        if not args.quiet and report.problems != said[0]:
            _print_problems(report.problems, sys.stderr)
        said[0] = report.problems
        return report

    def say(line: str) -> None:
        if not args.quiet:
            print(line, file=sys.stderr, flush=True)

    preview(
        rebuild,
        site_dir=config.output_dir,
        watch_paths=lambda: _watched(args, _config(args)),
        ignore=[config.output_dir],
        host=args.host,
        port=args.port,
        serve=args.serve,
        open_browser=args.open,
        on_event=say,
        site_url=lambda: built[0].base_url,
    )
    return 0


def _output_moved(now: Path, kept: Path, *, serving: bool) -> str:
    """Say that a new output_dir takes effect only on restart (the server holds the old one)."""
    command = "serve" if serving else "watch"
    return (
        f"warning: output_dir is now '{_display(now)}', but this preview keeps writing "
        f"'{_display(kept)}/'.\n  hint: Stop it (Ctrl-C) and run `briefing {command}` again to "
        "use the new folder."
    )


def _watched(args: argparse.Namespace, config: Config) -> list[Path]:
    """Everything a build reads: content, site templates and static files, theme, config."""
    from briefing.theme import theme_dirs

    paths = [*config.content_dirs, *theme_dirs(config), config.static_dir]
    config_file = args.config or Path("briefing.yaml")
    paths.append(config_file.resolve())
    return list(dict.fromkeys(paths))


def _run_inspect(args: argparse.Namespace) -> int:
    from briefing.content import read_article
    from briefing.inspect import check_article_path, format_report, inspect_article, report_json

    reports, failed = [], False
    plain = _plain_warnings("briefing.content") if not args.verbose else nullcontext()
    with plain:
        for path in args.files:
            try:
                check_article_path(path)
                report = inspect_article(read_article(path, base=Path.cwd()))
            except BriefingError as error:  # report it and go on with the other files
                print(f"error: {error}", file=sys.stderr, flush=True)
                failed = True
                continue
            if args.json:
                reports.append(report)
            else:
                print(format_report(report), flush=True)
    if args.json and reports:
        print(report_json(reports[0] if len(args.files) == 1 else reports), end="")
    return 1 if failed else 0


def _run_init(args: argparse.Namespace) -> int:
    from briefing.scaffold import create, report, site_files

    written, kept = create(args.folder, site_files(args.title))
    print("\n".join(report(args.folder, written, kept)))
    return 0


class _LogFormatter(logging.Formatter):
    """Log lines as the build prints its problems ("warning: Cannot watch ..."); with -v, the
    level and the logger too ("DEBUG briefing.watch: ...")."""

    def __init__(self, *, verbose: bool) -> None:
        super().__init__("%(levelname)s %(name)s: %(message)s" if verbose else "%(message)s")
        self.verbose = verbose

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if self.verbose else f"{record.levelname.lower()}: {text}"


@contextmanager
def _plain_warnings(logger_name: str) -> Iterator[None]:
    """Print the reader's warnings as a build does ('warning: FILE:LINE: ...'), not as log lines."""
    logger = logging.getLogger(logger_name)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.setLevel(logging.WARNING)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = True


_RUNNERS = {
    "build": _run_build,
    "serve": _run_preview,
    "watch": _run_preview,
    "inspect": _run_inspect,
    "init": _run_init,
}
