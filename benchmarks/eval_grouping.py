"""Evaluate briefing's story grouping on the shared corpus, next to a tuned TF-IDF baseline.

Usage: python benchmarks/eval_grouping.py CORPUS_DIR [--pools 100,1000,all] [--seed N]
       [--files a,b] [--scale N] [--no-baseline] [--no-dates] [--errors N]

For every corpus file and pool size, stories are drawn at random (seeded), their articles are
shuffled and given anonymous ids, and ``briefing.grouping.group_stories`` groups them. The table
shows B-cubed precision/recall/F1, ARI, stories found against true stories, and seconds, next to
TF-IDF + average-linkage clustering whose distance threshold is the best one for that very pool
(an oracle-tuned baseline, measured in the same run). AllSides roundup articles carry their
story's date, as a feed would; the other files have no dates. ``--scale N`` instead pools whole
stories from all files until N articles and reports briefing's time and peak memory.
``--errors N`` also prints, per pool, the N clusters that cost the most precision (worst merges)
and the N true stories that cost the most recall (worst splits), with each article's opening.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import CorpusStory, load_corpus
from briefing.grouping import group_stories
from briefing.models import Article

BASELINE_THRESHOLDS = [step / 100 for step in range(5, 100)]
"""Cosine distances at which the baseline dendrogram is cut; the best one is reported."""


@dataclass(frozen=True, slots=True)
class Score:
    """Quality of one clustering against the truth."""

    precision: float
    """B-cubed precision."""
    recall: float
    """B-cubed recall."""
    f1: float
    """Harmonic mean of the two."""
    ari: float
    """Adjusted Rand index."""
    found: int
    """Number of clusters produced."""


def bcubed(truth: Sequence[int], predicted: Sequence[int]) -> tuple[float, float, float]:
    """Return B-cubed precision, recall and F1 of a labelling."""
    pairs = Counter(zip(truth, predicted, strict=True))
    true_sizes, predicted_sizes = Counter(truth), Counter(predicted)
    precision = sum(n * n / predicted_sizes[p] for (_, p), n in pairs.items()) / len(truth)
    recall = sum(n * n / true_sizes[t] for (t, _), n in pairs.items()) / len(truth)
    return precision, recall, 2 * precision * recall / (precision + recall)


def adjusted_rand(truth: Sequence[int], predicted: Sequence[int]) -> float:
    """Return the adjusted Rand index of a labelling."""

    def pairs(count: int) -> float:
        return count * (count - 1) / 2

    both = sum(pairs(n) for n in Counter(zip(truth, predicted, strict=True)).values())
    rows = sum(pairs(n) for n in Counter(truth).values())
    columns = sum(pairs(n) for n in Counter(predicted).values())
    expected = rows * columns / pairs(len(truth)) if len(truth) > 1 else 0.0
    maximum = (rows + columns) / 2
    return 1.0 if maximum == expected else (both - expected) / (maximum - expected)


def score(truth: Sequence[int], predicted: Sequence[int]) -> Score:
    """Score a labelling against the truth."""
    precision, recall, f1 = bcubed(truth, predicted)
    return Score(precision, recall, f1, adjusted_rand(truth, predicted), len(set(predicted)))


def make_pool(
    stories: Sequence[CorpusStory], size: int | None, seed: int
) -> tuple[list[Article], list[int]]:
    """Draw stories, shuffle their articles and hide ids; return articles and true labels."""
    rng = random.Random(seed)
    chosen = list(stories) if size is None else rng.sample(list(stories), size)
    items = [(label, article) for label, story in enumerate(chosen) for article in story.articles]
    rng.shuffle(items)
    articles = [
        replace(article, id=f"pool/{index:06d}", path=f"pool/{index:06d}.md")
        for index, (_, article) in enumerate(items)
    ]
    return articles, [label for label, _ in items]


def run_briefing(articles: Sequence[Article]) -> tuple[list[int], float]:
    """Group with briefing; return a label per article and the seconds it took."""
    start = time.perf_counter()
    stories = group_stories(articles)
    seconds = time.perf_counter() - start
    label = {
        article.id: number for number, story in enumerate(stories) for article in story.articles
    }
    return [label[article.id] for article in articles], seconds


def b3_losses(
    groups: Sequence[Sequence[int]], other: Sequence[int]
) -> list[tuple[float, list[int]]]:
    """Return each group's B-cubed loss (summed over its items) against the other labelling."""
    losses = []
    for members in groups:
        counts = Counter(other[index] for index in members)
        loss = sum(n * (1 - n / len(members)) for n in counts.values())
        if loss:
            losses.append((loss, sorted(members, key=lambda index: (other[index], index))))
    return sorted(losses, key=lambda item: (-item[0], item[1]))


def print_errors(
    articles: Sequence[Article], truth: Sequence[int], predicted: Sequence[int], count: int
) -> None:
    """Print the worst merges (precision loss) and splits (recall loss) of one clustering."""
    for kind, labels, other in (("merge", predicted, truth), ("split", truth, predicted)):
        groups: dict[int, list[int]] = {}
        for index, label in enumerate(labels):
            groups.setdefault(label, []).append(index)
        losses = b3_losses(list(groups.values()), other)
        total = sum(loss for loss, _ in losses) / len(articles)
        print(f"\nworst {kind}s (all {kind}s cost {total:.3f} of B3 {kind_name(kind)}):")
        for loss, members in losses[:count]:
            print(f"- loss {loss:.1f}, {len(members)} articles")
            for index in members:
                article = articles[index]
                opening = " ".join(f"{article.title} | {article.text}".split())[:110]
                print(f"    story {truth[index]} cluster {predicted[index]}: {opening}")
    print()


def kind_name(kind: str) -> str:
    """Name the B-cubed measure an error kind costs."""
    return "precision" if kind == "merge" else "recall"


def run_baseline(articles: Sequence[Article], truth: Sequence[int]) -> tuple[Score, float, float]:
    """TF-IDF + average linkage, cut at the threshold best for this pool; score, cut, seconds."""
    from scipy.cluster.hierarchy import fcluster, linkage  # type: ignore[import-untyped]
    from scipy.spatial.distance import squareform  # type: ignore[import-untyped]
    from sklearn.feature_extraction.text import TfidfVectorizer  # type: ignore[import-untyped]
    from sklearn.metrics.pairwise import cosine_similarity  # type: ignore[import-untyped]

    start = time.perf_counter()
    texts = [f"{article.title}\n{article.text}" for article in articles]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    distances = 1.0 - cosine_similarity(matrix)
    distances[distances < 0] = 0.0
    condensed = squareform(distances, checks=False)
    del distances
    tree = linkage(condensed, method="average")
    seconds = time.perf_counter() - start
    best: tuple[Score, float] | None = None
    for cut in BASELINE_THRESHOLDS:
        labels = [int(label) for label in fcluster(tree, cut, criterion="distance")]
        result = score(truth, labels)
        if best is None or result.f1 > best[0].f1:
            best = (result, cut)
    assert best is not None
    return best[0], best[1], seconds


def parse_pools(text: str) -> list[int | None]:
    """Parse ``100,1000,all`` into sizes (None meaning every story)."""
    return [None if part.strip() == "all" else int(part) for part in text.split(",")]


def row(name: str, system: str, result: Score, true: int, seconds: float, note: str = "") -> str:
    """Format one table row."""
    return (
        f"| {name} | {system} | {result.precision:.3f} | {result.recall:.3f} | {result.f1:.3f} "
        f"| {result.ari:.3f} | {result.found} / {true} | {seconds:.1f} | {note} |"
    )


HEADER = (
    "| pool | system | B3 P | B3 R | B3 F1 | ARI | stories found / true | seconds | note |\n"
    "|---|---|---:|---:|---:|---:|---:|---:|---|"
)


def evaluate_file(
    name: str, stories: Sequence[CorpusStory], pools: Sequence[int | None], args: argparse.Namespace
) -> None:
    """Print the rows of one corpus file for every pool size."""
    sizes = sorted(
        {None if size is None or size >= len(stories) else size for size in pools},
        key=lambda size: len(stories) if size is None else size,
    )
    for size in sizes:
        articles, truth = make_pool(stories, size, args.seed)
        label = f"{name} {size or 'all'} ({len(articles)} art.)"
        predicted, seconds = run_briefing(articles)
        true = len(set(truth))
        print(row(label, "briefing", score(truth, predicted), true, seconds), flush=True)
        if args.errors:
            print_errors(articles, truth, predicted, args.errors)
        if not args.no_baseline:
            result, cut, base_seconds = run_baseline(articles, truth)
            note = f"best cut: cosine distance {cut:.2f}"
            print(row(label, "tf-idf+avg", result, true, base_seconds, note), flush=True)


def evaluate_scale(corpus: dict[str, list[CorpusStory]], count: int, seed: int) -> None:
    """Group about ``count`` articles pooled from all files; print quality, time and memory."""
    everything = [story for stories in corpus.values() for story in stories]
    random.Random(seed).shuffle(everything)
    chosen, total = [], 0
    for story in everything:
        if total >= count:
            break
        chosen.append(story)
        total += len(story.articles)
    articles, truth = make_pool(chosen, None, seed)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    predicted, seconds = run_briefing(articles)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    note = f"peak RSS {after:.0f} MB (was {before:.0f} MB before grouping)"
    print(HEADER)
    print(
        row(
            f"all files {len(articles)} art.",
            "briefing",
            score(truth, predicted),
            len(chosen),
            seconds,
            note,
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir", type=Path)
    parser.add_argument("--pools", default="100,1000,all")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--files", default="", help="comma-separated file stems (default: all)")
    parser.add_argument("--scale", type=int, default=0, help="pool N articles from all files")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--no-dates", action="store_true", help="hide AllSides story dates too")
    parser.add_argument("--errors", type=int, default=0, help="print the N worst merges/splits")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus_dir, dates=not args.no_dates)
    if args.scale:
        evaluate_scale(corpus, args.scale, args.seed)
        return 0
    wanted = [name for name in args.files.split(",") if name] or list(corpus)
    print(HEADER)
    for name in wanted:
        evaluate_file(name, corpus[name], parse_pools(args.pools), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
