"""Time briefing's whole build of 1,000 corpus articles against Pelican building the same articles.

    python benchmarks/bench_pelican.py CORPUS_DIR [--articles 1000] [--repeat 3]

Both tools run as their own command line in a fresh process, from a cold start (no output folder,
no cache), on the same articles drawn by ``benchmarks/corpus.py``: briefing reads them as Markdown
with YAML front matter and does its whole job (grouping, summaries, quotes, every page, feeds,
search index); Pelican (a benchmark-only dependency) renders them as plain Markdown posts with its
default theme, and again as plain Markdown pages (no index, tags, archives, feeds or page menu).
Prints one table: median wall seconds, peak memory, and briefing's time as a ratio of each.
"""

from __future__ import annotations

import argparse
import json
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
    (posts_dir / "pelicanconf.py").write_text(PELICAN_CONF, encoding="utf-8")
    # Pelican lists every page in every page's menu by default, which is quadratic: turn it off
    # so that the pages run measures rendering, not that menu.
    pages_conf = PELICAN_CONF + "DISPLAY_PAGES_ON_MENU = False\n"
    (pages_dir / "pelicanconf.py").write_text(pages_conf, encoding="utf-8")
    commands = {
        "briefing build": (briefing_dir, "site", _briefing_command()),
        "pelican, as posts": (posts_dir, "output", _pelican_command()),
        "pelican, as pages": (pages_dir, "output", _pelican_command()),
    }
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, (folder, output, command) in commands.items():
            _clean(folder, output)
            runs[name].append(_timed(command, folder))
    return [
        Row(name, tuple(runs[name]), _count_files(folder / output))
        for name, (folder, output, _) in commands.items()
    ]


def _briefing_command() -> list[str]:
    # No arguments for folders: the defaults, `content` in and `site` out, under the run's cwd.
    return [sys.executable, "-m", "briefing", "build", "--quiet", "--build-time", BUILD_TIME]


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


def _timed(command: list[str], folder: Path) -> Run:
    """Run ``command`` in ``folder`` through a measuring child; return its time and peak memory."""
    wrapper = [sys.executable, __file__, "--measure", *command]
    done = subprocess.run(wrapper, cwd=folder, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return Run(data["seconds"], data["peak_mib"])


def _measure_here(command: list[str]) -> dict[str, float]:
    """Run ``command`` once as this process's only child; its peak RSS is then ours to read."""
    began = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(done.returncode)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mib": peak}


def _count_files(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*") if path.is_file())


def _print_table(rows: Sequence[Row], articles: int) -> None:
    briefing = rows[0].median
    print(f"{articles} corpus articles, {len(rows[0].runs)} cold runs each (median wall time)\n")
    print("| tool | seconds | runs | peak MiB | files written | briefing / tool |")
    print("|---|---:|---|---:|---:|---:|")
    for row in rows:
        runs = ", ".join(f"{run.seconds:.2f}" for run in row.runs)
        peak = max(run.peak_mib for run in row.runs)
        ratio = briefing / row.median
        print(
            f"| {row.name} | {row.median:.2f} | {runs} | {peak:.0f} | {row.files} | {ratio:.2f} |"
        )
    slowest = min(rows[1:], key=lambda row: row.median)
    verdict = "faster" if briefing < slowest.median else "SLOWER"
    print(
        f"\nbriefing is {verdict} than the faster Pelican run ({slowest.name}): "
        f"ratio {briefing / slowest.median:.2f} (below 1 means briefing takes less time)"
    )


if __name__ == "__main__":
    main()
