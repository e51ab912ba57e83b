"""Time watch mode on a 1,000-article site: from saving an article to its new page being served.

    python benchmarks/bench_watch.py CORPUS_DIR [--articles 1000] [--edits 20] [--seed 0] [--body]
    python benchmarks/bench_watch.py CORPUS_DIR --grouping [--articles 3000] [--edits 40]

Writes the articles with ``benchmarks/corpus.py`` into a temporary site, times a cold build, then
runs the real preview (watcher, debouncer, server on 127.0.0.1, the build with a kept cache, as
``briefing serve`` does). Each edit changes one article's title and polls the served story page
over HTTP until the new title is there; with ``--body`` each edit also appends a sentence of
everyday words to the body, which changes the document frequency of words many articles share
(the costlier kind of edit for grouping). Prints the latency table and the rebuild's stages.
Targets (issue 5): median under 300 ms, worst under 1 s.

``--grouping`` checks and times watch mode's grouping alone, in process: over random retitles,
body edits, deletions, additions and wire copies, the grouping with a kept cache must equal a
cold grouping (it stops at the first difference), and the table gives both times per kind.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from briefing.build import BuildCache, BuildReport, build  # noqa: E402
from briefing.config import load_config  # noqa: E402
from briefing.grouping import group_stories  # noqa: E402
from briefing.grouping_cache import GroupingCache  # noqa: E402
from briefing.livereload import EVENTS_PATH  # noqa: E402
from briefing.models import Article  # noqa: E402
from briefing.preview import Preview  # noqa: E402

BUILD_TIME = datetime(2024, 1, 1, tzinfo=UTC)
EVENTS = EVENTS_PATH.lstrip("/")
TARGET_MEDIAN_MS, TARGET_WORST_MS = 300.0, 1000.0
STAGES = ("read", "group", "summarise", "render", "write")
BODY_SENTENCE = "\nOfficials said on Monday that more details would follow later this week.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="the corpus folder (../shared/corpus)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0, help="which random sample of the corpus")
    parser.add_argument("--body", action="store_true", help="also add a sentence to the body")
    parser.add_argument("--grouping", action="store_true", help="check the grouping cache alone")
    args = parser.parse_args()
    args.corpus = args.corpus.resolve()
    from corpus import sample_articles, write_markdown

    if args.grouping:
        _check_grouping(sample_articles(args.corpus, args.articles, args.seed), args.edits)
        return

    with tempfile.TemporaryDirectory(prefix="bench-watch-") as folder:
        os.chdir(folder)
        try:
            write_markdown(sample_articles(args.corpus, args.articles, args.seed), Path("content"))
            Path("briefing.yaml").write_text("content_dirs: [content]\noutput_dir: site\n")
            cold = build(load_config(None), build_time=BUILD_TIME, cache=BuildCache())
            _print_cold(cold)
            share = _preview_share(args.edits)
            _measure_edits(args.edits, share, BODY_SENTENCE if args.body else "")
        finally:
            os.chdir(HERE)


def _check_grouping(articles: list[Article], edits: int) -> None:
    """Edit the articles at random; after each edit compare the cached grouping with a cold one."""
    rng = random.Random(len(articles))
    cache = GroupingCache()
    group_stories(articles, cache)
    times: dict[str, list[tuple[float, float]]] = {}
    for number in range(edits):
        kind = rng.choice(("retitle", "body", "delete", "add", "copy"))
        articles = _edited(articles, kind, number, rng)
        began = time.perf_counter()
        kept = group_stories(articles, cache)
        middle = time.perf_counter()
        if kept != group_stories(articles):
            raise SystemExit(f"edit {number} ({kind}): the cached grouping differs from a cold one")
        done = time.perf_counter()
        times.setdefault(kind, []).append(((middle - began) * 1000, (done - middle) * 1000))
    print(f"{len(articles)} articles, {edits} edits: every cached grouping equals the cold one\n")
    print("| edit | edits | cached median ms | cached worst ms | cold median ms |")
    print("|---|---:|---:|---:|---:|")
    for kind, pairs in sorted(times.items()):
        cached, cold = [c for c, _ in pairs], [c for _, c in pairs]
        print(
            f"| {kind} | {len(pairs)} | {statistics.median(cached):.0f} | {max(cached):.0f} "
            f"| {statistics.median(cold):.0f} |"
        )


def _edited(articles: list[Article], kind: str, number: int, rng: random.Random) -> list[Article]:
    """Return the articles after one edit of the given kind to a random one."""
    position = rng.randrange(len(articles))
    chosen, rest = articles[position], articles[:position] + articles[position + 1 :]
    mark = f"Zqxedit{number:02d}"
    if kind == "retitle":
        return [*rest, replace(chosen, title=f"{chosen.title} {mark}")]
    if kind == "body":
        return [*rest, replace(chosen, paragraphs=(*chosen.paragraphs, BODY_SENTENCE.strip()))]
    if kind == "add":
        return [*articles, replace(chosen, id=f"{chosen.id}-{mark}", title=f"{mark} report")]
    if kind == "copy":
        return [*articles, replace(chosen, id=f"{chosen.id}-{mark}", outlet="Wire copy")]
    return rest


def _print_cold(report: BuildReport) -> None:
    print(f"site: {report.articles} articles, {report.stories} stories, {report.pages} files")
    print()
    print("| build | " + " | ".join(STAGES) + " | total ms |")
    print("|---|" + "---:|" * (len(STAGES) + 1))
    stages = dict(report.stage_seconds)
    cells = [f"{stages.get(s, 0.0) * 1000:.0f}" for s in STAGES]
    print(f"| cold (empty cache, empty site) | {' | '.join(cells)} | {report.seconds * 1000:.0f} |")


def _preview_share(edits: int) -> list[float]:
    """Time save-to-served with a build that copies one file: the preview's own latency."""
    note, site = Path("share/note.txt"), Path("share/site")
    note.parent.mkdir()
    note.write_text("first")

    def rebuild() -> None:
        site.mkdir(exist_ok=True)
        (site / "index.html").write_text(f"<html><body>{note.read_text()}</body></html>")

    session = Preview(rebuild, site_dir=site, watch_paths=[note.parent], ignore=[], port=0)
    stop = threading.Event()
    latencies = []
    with session:
        loop = threading.Thread(target=session.run, args=(stop,))
        loop.start()
        try:
            assert session.url is not None
            for number in range(edits):
                time.sleep(0.1)
                token = _poll(session.url, "")
                began = time.perf_counter()
                note.write_text(f"Zqxnote{number:02d}")
                while f"Zqxnote{number:02d}" not in _get(session.url)[1]:
                    token = _poll(session.url, token)
                latencies.append((time.perf_counter() - began) * 1000)
        finally:
            stop.set()
            loop.join()
    return latencies


def _measure_edits(edits: int, share: list[float], sentence: str) -> None:
    cache = BuildCache()
    reports: list[BuildReport] = []

    def rebuild() -> BuildReport:
        report = build(load_config(None), build_time=BUILD_TIME, cache=cache)
        reports.append(report)
        return report

    config = load_config(None)
    session = Preview(
        rebuild,
        site_dir=config.output_dir,
        watch_paths=[Path("content"), Path("briefing.yaml")],
        ignore=[config.output_dir],
        port=0,
    )
    stop = threading.Event()
    with session:
        loop = threading.Thread(target=session.run, args=(stop,))
        loop.start()
        try:
            assert session.url is not None
            latencies = [
                _one_edit(session.url, path, n, sentence) for n, path in enumerate(_targets(edits))
            ]
        finally:
            stop.set()
            loop.join()
    kind = "retitle + body sentence" if sentence else "retitle"
    _print_edits(latencies, reports[1:], share, kind)


def _targets(edits: int) -> list[str]:
    """Pick articles spread over the site whose title is not their story's headline."""
    stories = json.loads(Path("site/briefing.json").read_text(encoding="utf-8"))["stories"]
    candidates = [
        article["path"]
        for story in stories
        for article in story["articles"]
        if article["title"] != story["title"]
    ]
    step = max(1, len(candidates) // edits)
    return candidates[::step][:edits]


def _one_edit(base: str, path: str, number: int, sentence: str) -> float:
    """Retitle one article (and add ``sentence`` to its body); return milliseconds until its
    story page is served with the new title.

    The client waits as the reload script in an open page does: a long poll that answers when
    a build has finished, then a fetch of the page. It uses no CPU while the build runs.
    """
    url = _story_url(base, path)
    mark = f"Zqxedit{number:02d}"
    text = Path(path).read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    meta["title"] = f"{meta['title']} {mark}"
    new = "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000)
    time.sleep(0.3)  # let the previous edit settle
    token = _poll(base, "")
    began = time.perf_counter()
    Path(path).write_text(new + "---\n" + body + sentence, encoding="utf-8")
    while time.perf_counter() - began < 30:
        token = _poll(base, token)
        if mark in _get(base + url)[1]:
            return (time.perf_counter() - began) * 1000
        url = _story_url(base, path)  # the edit may have moved the article to another story
        if mark in _get(base + url)[1]:
            return (time.perf_counter() - began) * 1000
    raise SystemExit(f"edit {number} of {path} never showed")


def _story_url(base: str, path: str) -> str:
    stories = json.loads(_get(base + "briefing.json")[1])["stories"]
    return str(next(s["url"] for s in stories if any(a["path"] == path for a in s["articles"])))


def _poll(base: str, token: str) -> str:
    """Wait, as an open page does, until the site's state differs from ``token``; return it."""
    return str(json.loads(_get(f"{base}{EVENTS}?since={token}")[1])["token"])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


def _print_edits(
    latencies: list[float], reports: list[BuildReport], share: list[float], kind: str
) -> None:
    median, worst = statistics.median(latencies), max(latencies)
    builds = [r.seconds * 1000 for r in reports]
    print()
    print("| edit -> new page served | edits | median ms | worst ms | target | met |")
    print("|---|---:|---:|---:|---|---|")
    met = "yes" if median < TARGET_MEDIAN_MS and worst < TARGET_WORST_MS else "NO"
    target = f"median < {TARGET_MEDIAN_MS:.0f}, worst < {TARGET_WORST_MS:.0f}"
    print(
        f"| save to served page ({kind}) | {len(latencies)} | {median:.0f} | {worst:.0f} "
        f"| {target} | {met} |"
    )
    print(
        f"| rebuild alone | {len(builds)} | {statistics.median(builds):.0f} | {max(builds):.0f} "
        "| | |"
    )
    print(
        f"| preview's own share (one-file build) | {len(share)} | {statistics.median(share):.0f} "
        f"| {max(share):.0f} | | |"
    )
    print()
    print("| incremental rebuild stage | median ms | worst ms |")
    print("|---|---:|---:|")
    for stage in STAGES:
        times = [dict(r.stage_seconds).get(stage, 0.0) * 1000 for r in reports]
        print(f"| {stage} | {statistics.median(times):.0f} | {max(times):.0f} |")
    written = [r.written for r in reports]
    print(f"\nfiles rewritten per rebuild: median {statistics.median(written):.0f}")


if __name__ == "__main__":
    main()
