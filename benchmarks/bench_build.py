"""Time whole builds of N corpus articles, stage by stage, with peak memory.

    python benchmarks/bench_build.py CORPUS_DIR [--sizes 1000,5000,20000]

Each size is built in a fresh process (so peak memory is its own) from Markdown files written
by ``benchmarks/corpus.py``; prints one table row per size and the growth relative to the smallest.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

STAGES = ("read", "group", "summarise", "render", "write")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(_build_once(args.one)))
        return
    rows = [_measure(args.corpus, int(size)) for size in args.sizes.split(",")]
    _print_table(rows)


def _measure(corpus: Path, size: int) -> dict[str, float]:
    from corpus import sample_articles, write_markdown

    articles = sample_articles(corpus, size)
    with tempfile.TemporaryDirectory() as folder:
        write_markdown(_widen(articles, size), Path(folder) / "content")
        done = subprocess.run(
            [sys.executable, __file__, str(corpus), "--one", folder],
            capture_output=True,
            text=True,
            check=True,
        )
    row: dict[str, float] = json.loads(done.stdout)
    row["size"] = size
    return row


def _widen(articles: list, size: int) -> list:  # type: ignore[type-arg]
    """Repeat the sample (as new files) when the corpus holds fewer articles than asked for."""
    return [articles[i % len(articles)] for i in range(size)]


def _build_once(folder: Path) -> dict[str, float]:
    import os

    from briefing.build import build
    from briefing.config import load_config

    os.chdir(folder)
    config = load_config(None, {"content_dirs": ["content"], "output_dir": "site"})
    report = build(config, build_time=datetime(2024, 1, 1, tzinfo=UTC))
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    row = dict(report.stage_seconds)
    row.update(
        total=report.seconds,
        stories=report.stories,
        articles=report.articles,
        pages=report.pages,
        peak_mib=peak_kib / 1024,
    )
    return row


def _print_table(rows: list[dict[str, float]]) -> None:
    head = ["articles", "stories", *STAGES, "total s", "x smallest", "peak MiB"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---:|" * len(head))
    base = rows[0]["total"]
    for row in rows:
        cells = [f"{row['articles']:.0f}", f"{row['stories']:.0f}"]
        cells += [f"{row.get(stage, 0.0):.2f}" for stage in STAGES]
        cells += [f"{row['total']:.2f}", f"{row['total'] / base:.1f}", f"{row['peak_mib']:.0f}"]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
