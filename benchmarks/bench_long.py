"""Time one article's summary and key quotes as the article grows, to catch quadratic stages.

    python benchmarks/bench_long.py [--words 10000,20000,40000,80000]

A transcript pasted without line breaks is one paragraph of tens of thousands of words, and a
debate's transcript quotes one speaker thousands of times. Each row is one synthetic article:
sentences drawn at random (fixed seed) from the repository's sample articles, in one paragraph,
with a quotation and its attribution every fourth sentence. The last column is the time per
1,000 words relative to the smallest article: near 1 when the cost grows linearly.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from briefing.models import Article, Story  # noqa: E402
from briefing.summary import summarize  # noqa: E402
from briefing.text import split_sentences  # noqa: E402

QUOTE = '"We will answer every question about the {n} claims," said Dana Hollis.'


def sample_sentences() -> list[str]:
    """Every sentence of the repository's sample articles, front matter left out."""
    found: list[str] = []
    for path in sorted((HERE.parent / "content").glob("*.md")):
        body = path.read_text(encoding="utf-8").split("---", 2)[-1]
        for paragraph in body.split("\n\n"):
            found.extend(split_sentences(" ".join(paragraph.split())))
    return [sentence for sentence in found if len(sentence.split()) >= 6]


def long_article(words: int, sentences: list[str], seed: int = 0) -> Article:
    """One paragraph of about ``words`` words, a quotation every fourth sentence."""
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    while count < words:
        text = QUOTE.format(n=count) if len(parts) % 4 == 3 else rng.choice(sentences)
        parts.append(text)
        count += len(text.split())
    return Article(
        id="long",
        path="content/long.txt",
        title="A long transcript",
        outlet="Bench",
        url=None,
        author=None,
        published=None,
        tags=(),
        story_key=None,
        paragraphs=(" ".join(parts),),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", default="10000,20000,40000,80000")
    args = parser.parse_args()
    sentences = sample_sentences()
    rows = []
    for words in (int(size) for size in args.words.split(",")):
        article = long_article(words, sentences)
        start = time.perf_counter()
        summary = summarize(Story("long", (article,)), words=120, quotes=3)
        seconds = time.perf_counter() - start
        rows.append((words, seconds, len(summary.sentences), len(summary.quotes)))
    base = rows[0][1] / rows[0][0]
    print("| words | seconds | per 1,000 words | vs smallest | sentences | quotes |")
    print("|---:|---:|---:|---:|---:|---:|")
    for words, seconds, picked, quotes in rows:
        per = seconds / words
        print(
            f"| {words:,} | {seconds:.2f} | {per * 1000:.3f} | {per / base:.2f}x "
            f"| {picked} | {quotes} |"
        )


if __name__ == "__main__":
    main()
