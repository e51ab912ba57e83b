"""Score quote extraction and speaker attribution against hand labels; time it on 10,000 articles.

Usage: python benchmarks/eval_quotes.py CORPUS_DIR [--show-errors]

The labels (benchmarks/quote_labels/*.jsonl) hold offsets and speakers only, never corpus text: each
line names its source (a corpus file in CORPUS_DIR, or a file in this repository), the story key and
article index, and the labelled quotes as ``{start, end, speaker}`` offsets into the article text as
built here (paragraphs split on blank lines and joined by one blank line, as the reader does).
A predicted quote counts as found when the overlap covers at least 90 % of both spans.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.models import Article, QuoteMention  # noqa: E402
from briefing.quotes import extract_quotes  # noqa: E402

LABELS = ROOT / "benchmarks" / "quote_labels"
OVERLAP = 0.9
TIMED_ARTICLES = 10_000
TIMING_FILES = (
    "allsides_roundups_2021.jsonl",
    "neus_allsides_train.jsonl",
    "neus_allsides_val.jsonl",
    "multinews_val.jsonl",
)


@dataclass
class Tally:
    """Counts for precision, recall and speaker accuracy."""

    articles: int = 0
    predicted: int = 0
    labelled: int = 0
    matched: int = 0
    named: int = 0
    named_found: int = 0
    named_right: int = 0
    named_none: int = 0


def paragraphs(text: str) -> tuple[str, ...]:
    """Split a text into paragraphs on blank lines, as the reader does."""
    return tuple(part.strip() for part in re.split(r"\n\s*\n", text) if part.strip())


def load_corpus(corpus: Path, name: str) -> dict[str, list[str]]:
    """Map each story key of a corpus file to its article texts."""
    stories: dict[str, list[str]] = {}
    with (corpus / name).open(encoding="utf-8") as lines:
        for line in lines:
            story = json.loads(line)
            stories[story["cluster_id"]] = [article["text"] for article in story["articles"]]
    return stories


def labelled_articles(
    corpus: Path, files: list[Path]
) -> Iterator[tuple[Article, list[dict[str, object]]]]:
    """Yield every labelled article, built from its source, with its labelled quotes."""
    cache: dict[str, dict[str, list[str]]] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            source, key, index = row["source"], row["key"], row["article"]
            if source.endswith(".jsonl"):
                if source not in cache:
                    cache[source] = load_corpus(corpus, source)
                parts = paragraphs(cache[source][key][index])
            else:
                parts = paragraphs((ROOT / source).read_text(encoding="utf-8"))
            skip = row.get("skip_paragraphs", 0)
            title = parts[skip - 1] if skip else ""
            article = Article(
                f"{key}#{index}", source, title, None, None, None, None, (), None, parts[skip:]
            )
            yield article, row["quotes"]


def overlaps(start: int, end: int, mention: QuoteMention) -> bool:
    """Tell whether a predicted span covers a labelled span almost wholly, and vice versa."""
    shared = min(end, mention.end) - max(start, mention.start)
    return shared >= OVERLAP * (end - start) and shared >= OVERLAP * (mention.end - mention.start)


def score(corpus: Path, files: list[Path], show_errors: bool) -> Tally:
    """Compare the extractor with the labels."""
    tally = Tally()
    for article, labels in labelled_articles(corpus, files):
        tally.articles += 1
        found = list(extract_quotes(article))
        tally.predicted += len(found)
        tally.labelled += len(labels)
        unmatched = list(found)
        for label in labels:
            start, end = int(label["start"]), int(label["end"])  # type: ignore[call-overload]
            speaker = label["speaker"]
            named = isinstance(speaker, str) and bool(label.get("named", speaker[:1].isupper()))
            tally.named += named
            hit = next((m for m in unmatched if overlaps(start, end, m)), None)
            if hit is None:
                if show_errors:
                    print(f"MISSED  {article.id}: {article.text[start:end]!r}")
                continue
            unmatched.remove(hit)
            tally.matched += 1
            if named:
                tally.named_found += 1
                tally.named_right += hit.speaker == speaker
                tally.named_none += hit.speaker is None
                if show_errors and hit.speaker != speaker:
                    print(
                        f"SPEAKER {article.id}: {hit.speaker!r} != {speaker!r}: {hit.text[:60]!r}"
                    )
        if show_errors:
            for mention in unmatched:
                print(f"EXTRA   {article.id}: {article.text[mention.start : mention.end]!r}")
    return tally


def timing(corpus: Path) -> tuple[int, float]:
    """Time extraction over the first 10,000 articles of the corpus files."""
    articles: list[Article] = []
    for name in TIMING_FILES:
        for key, texts in load_corpus(corpus, name).items():
            for index, text in enumerate(texts):
                articles.append(
                    Article(
                        f"{key}#{index}",
                        name,
                        "",
                        None,
                        None,
                        None,
                        None,
                        (),
                        None,
                        paragraphs(text),
                    )
                )
                if len(articles) == TIMED_ARTICLES:
                    break
            if len(articles) == TIMED_ARTICLES:
                break
    started = time.perf_counter()
    for article in articles:
        extract_quotes(article)
    return len(articles), time.perf_counter() - started


def rows_for(name: str, tally: Tally) -> list[tuple[str, str]]:
    """Format one label set's figures as table rows."""
    precision = tally.matched / tally.predicted if tally.predicted else 0.0
    recall = tally.matched / tally.labelled if tally.labelled else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [
        (f"{name}: articles / labelled quotes", f"{tally.articles} / {tally.labelled}"),
        (f"{name}: predicted / matched", f"{tally.predicted} / {tally.matched}"),
        (f"{name}: quote precision / recall", f"{precision:.3f} / {recall:.3f}"),
        (f"{name}: quote F1 (overlap >= 0.9 of both)", f"{f1:.3f}"),
        (
            f"{name}: speaker accuracy, named, found quotes",
            f"{tally.named_right / max(tally.named_found, 1):.3f} "
            f"({tally.named_right}/{tally.named_found})",
        ),
        (
            f"{name}: named speakers wrong / not found",
            f"{tally.named_found - tally.named_right - tally.named_none} / {tally.named_none}",
        ),
        (
            f"{name}: speaker accuracy, all named labels",
            f"{tally.named_right / max(tally.named, 1):.3f} ({tally.named_right}/{tally.named})",
        ),
    ]


def main() -> None:
    """Print the evaluation table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder holding the corpus .jsonl files")
    parser.add_argument("--show-errors", action="store_true", help="list every miss and error")
    args = parser.parse_args()
    files = sorted(LABELS.glob("*.jsonl"))
    held_out = [path for path in files if path.name.startswith("heldout")]
    development = [path for path in files if path not in held_out]
    rows: list[tuple[str, str]] = []
    for name, chosen in (("development", development), ("held-out", held_out), ("all", files)):
        if chosen:
            rows += rows_for(name, score(args.corpus, chosen, args.show_errors and name != "all"))
    count, seconds = timing(args.corpus)
    rows.append(
        (
            f"extraction time, {count:,} corpus articles",
            f"{seconds:.2f} s ({1000 * seconds / max(count, 1):.2f} ms/article)",
        )
    )
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
