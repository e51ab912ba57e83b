"""Time briefing's whole build of 1,000 corpus articles against Pelican building the same articles.

    python benchmarks/bench_pelican.py CORPUS_DIR [--articles 1000] [--repeat 3]

Both tools run as their own command line in a fresh process, from a cold start (no output folder, no
cache; one untimed run of each first compiles both tools' Python bytecode, which an installed
package has and a source checkout under PYTHONDONTWRITEBYTECODE lacks), on the same articles drawn
by ``benchmarks/corpus.py``: briefing reads them as Markdown with YAML front matter and does its
whole job (grouping, summaries, quotes, every page, feeds, search index); Pelican (a benchmark-only
dependency) renders them as plain Markdown posts with its default theme, and again as plain Markdown
pages (no index, tags, archives or feeds), with and without Pelican's default menu of all pages.
briefing runs as users run it (summaries on one process per core) and again in one process (``--jobs
1``). Prints one table: median wall and CPU seconds, peak memory, and briefing's time as a ratio of
each; then the wall-time ratio of briefing to the fastest Pelican run, and the CPU-time ratio of
briefing in one process to the fastest Pelican run (the like-for-like work comparison, and the
steadier figure on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import headline, sample_articles, write_markdown  # noqa: E402

from briefing.models import Article  # noqa: E402

BUILD_TIME = "2024-01-01T00:00:00Z"
_NO_MENU = "DISPLAY_PAGES_ON_MENU=false"
"""Pelican lists every page in every page's menu by default (quadratic); one run drops it."""
PELICAN_CONF = """\
AUTHOR = "bench"
SITENAME = "bench"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE = (2024, 1, 1)
RELATIVE_URLS = True
"""


@dataclass(frozen=True, slots=True)
class Run:
    """One timed command."""

    seconds: float
    """Wall time of the whole command, interpreter start included."""
    cpu: float
    """User plus system CPU seconds of the command (steadier than wall time on a busy machine)."""
    peak_mib: float
    """Peak resident memory of the command's process."""


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table: a tool, its timed runs and what it wrote."""

    name: str
    """What ran."""
    runs: tuple[Run, ...]
    """Each repetition."""
    files: int
    """Files in the output folder after the last run."""

    @property
    def median(self) -> float:
        """Median wall seconds over the repetitions."""
        return statistics.median(run.seconds for run in self.runs)

    @property
    def median_cpu(self) -> float:
        """Median CPU seconds over the repetitions."""
        return statistics.median(run.cpu for run in self.runs)


def main() -> None:
    if sys.argv[1:2] == ["--measure"]:  # internal: the measuring child of _timed()
        print(json.dumps(_measure_here(sys.argv[2:])))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("corpus", type=Path, help="the corpus folder (../shared/corpus)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = sample_articles(args.corpus, args.articles)
    with tempfile.TemporaryDirectory(prefix="bench-pelican-") as tmp:
        rows = _compare(articles, Path(tmp), args.repeat)
    _print_table(rows, len(articles))


def _compare(articles: Sequence[Article], tmp: Path, repeat: int) -> list[Row]:
    """Write both inputs, then time the tools in turn, ``repeat`` rounds, each from cold."""
    briefing_dir, posts_dir, pages_dir = (
        tmp / "briefing",
        tmp / "pelican-posts",
        tmp / "pelican-pages",
    )
    write_markdown(articles, briefing_dir / "content")
    _write_pelican(articles, posts_dir / "content")
    _write_pelican(articles, pages_dir / "content" / "pages")
    for folder in (posts_dir, pages_dir):
        (folder / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    commands = {
        "briefing build": (briefing_dir, "site", _briefing_command()),
        "briefing build -j 1": (briefing_dir, "site", [*_briefing_command(), "--jobs", "1"]),
        "pelican, as posts": (posts_dir, "output", _pelican_command()),
        "pelican, as pages (default menu)": (pages_dir, "output", _pelican_command()),
        "pelican, as pages (no menu)": (pages_dir, "output", [*_pelican_command(), "-e", _NO_MENU]),
    }
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    pycache = tmp / "pycache"
    for folder, output, command in commands.values():  # untimed: compiles the bytecode
        _clean(folder, output)
        _timed(command, folder, pycache)
    for _ in range(repeat):
        for name, (folder, output, command) in commands.items():
            _clean(folder, output)
            runs[name].append(_timed(command, folder, pycache))
    return [
        Row(name, tuple(runs[name]), _count_files(folder / output))
        for name, (folder, output, _) in commands.items()
    ]


def _briefing_command() -> list[str]:
    # The default output, `site`, under the run's cwd; the articles are all in `content`.
    build = [sys.executable, "-m", "briefing", "build", "--quiet", "--build-time", BUILD_TIME]
    return [*build, "content"]


def _pelican_command() -> list[str]:
    return [
        sys.executable,
        "-m",
        "pelican",
        "content",
        "-o",
        "output",
        "-s",
        "pelicanconf.py",
        "-q",
    ]


def _write_pelican(articles: Sequence[Article], folder: Path) -> None:
    """Write each article as a Pelican Markdown file (``Key: value`` metadata, then the body)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, article in enumerate(articles):
        meta = {"Title": " ".join(headline(article).split()), "Slug": f"a{number:05d}"}
        if article.published:
            meta["Date"] = article.published.strftime("%Y-%m-%d %H:%M")
        if article.outlet:
            meta["Category"] = " ".join(article.outlet.split())
        head = "".join(f"{key}: {value}\n" for key, value in meta.items())
        body = "\n\n".join(article.paragraphs)
        (folder / f"{number:05d}.md").write_text(f"{head}\n{body}\n", encoding="utf-8")


def _clean(folder: Path, output: str) -> None:
    """Remove the output and any cache so that every run starts cold."""
    for name in (output, ".briefing-cache", "cache", "__pycache__"):
        shutil.rmtree(folder / name, ignore_errors=True)


def _timed(command: list[str], folder: Path, pycache: Path) -> Run:
    """Run ``command`` in ``folder`` through a measuring child; return its time and peak memory."""
    wrapper = [sys.executable, __file__, "--measure", *command]
    # The briefing measured is the one beside this script, not whichever the venv points at.
    env = {**os.environ, "PYTHONPATH": str(HERE.parent), "PYTHONPYCACHEPREFIX": str(pycache)}
    # Both tools run with compiled bytecode, as an installed package does (pip compiles it);
    # a shell that turns bytecode off would otherwise charge briefing, run from source, alone.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(wrapper, cwd=folder, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return Run(data["seconds"], data["cpu"], data["peak_mib"])


def _measure_here(command: list[str]) -> dict[str, float]:
    """Run ``command`` once as this process's only child; its peak RSS is then ours to read."""
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(done.returncode)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mib": usage.ru_maxrss / 1024,
    }


def _count_files(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file())


def _print_table(rows: Sequence[Row], articles: int) -> None:
    first = rows[0]
    print(f"{articles} corpus articles, {len(first.runs)} cold runs each, medians\n")
    print(
        "| tool | wall s | CPU s | wall s of runs | peak MiB | files | briefing / tool: wall, CPU |"
    )
    print("|---|---:|---:|---|---:|---:|---:|")
    for row in rows:
        runs = ", ".join(f"{run.seconds:.2f}" for run in row.runs)
        peak = max(run.peak_mib for run in row.runs)
        ratios = f"{first.median / row.median:.2f}, {first.median_cpu / row.median_cpu:.2f}"
        print(
            f"| {row.name} | {row.median:.2f} | {row.median_cpu:.2f} | {runs} | {peak:.0f} "
            f"| {row.files} | {ratios} |"
        )
    pelican = [row for row in rows if row.name.startswith("pelican")]
    fastest = min(pelican, key=lambda row: row.median)
    ratio = first.median / fastest.median
    print(
        f"\nbriefing takes {'less' if ratio < 1 else 'MORE'} time than the fastest Pelican run "
        f"({fastest.name}): wall-time ratio {ratio:.2f} (below 1: briefing is faster)"
    )
    single = next(row for row in rows if row.name.endswith("-j 1"))
    fastest = min(pelican, key=lambda row: row.median_cpu)
    ratio = single.median_cpu / fastest.median_cpu
    print(
        f"briefing in one process takes {'less' if ratio < 1 else 'MORE'} CPU time than the "
        f"fastest Pelican run ({fastest.name}): CPU-time ratio {ratio:.2f}"
    )


if __name__ == "__main__":
    main()
