"""Score briefing's merged summaries against human references, beside baselines, in one run.

Usage: python benchmarks/eval_summary.py CORPUS_DIR [--stories N] [--seed S]

For a seeded sample of Multi-News validation stories (README filters applied) and all NeuS
validation stories, print ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (rouge-score, stemmed) at two word
budgets for briefing, lead (round-robin), LexRank, TextRank and a greedy ROUGE oracle, with the mean
words per summary. Every system is cut to the budget the same way: whole sentences, best first,
skipping any that would overflow.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from rouge_score import rouge_scorer
from rouge_score.tokenizers import DefaultTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import summary_baselines as base
from benchmarks.corpus import load_stories
from briefing.models import Article, Story
from briefing.summary import summarize
from briefing.text import sentences

SYSTEMS = ("briefing", "lead", "lexrank", "textrank", "oracle")
METRICS = ("rouge1", "rouge2", "rougeLsum")
BASELINES = ("lead", "lexrank", "textrank")
BOOTSTRAP_ROUNDS = 1000
"""Resamples of the stories for the paired bootstrap interval of briefing's margin."""
BUDGETS = {"multinews_val": (100, 230), "neus_allsides_val": (66, 100)}


@dataclass(frozen=True, slots=True)
class Case:
    """One story to summarise and its reference."""

    story: Story
    """The articles as briefing receives them."""
    reference: str
    """The human summary, one sentence per line for ROUGE-Lsum."""


@dataclass(frozen=True, slots=True)
class Split:
    """A story's sentences as the baselines see them."""

    texts: list[str]
    """Every sentence, article by article."""
    sources: list[int]
    """Article index of each sentence."""
    positions: list[int]
    """Position of each sentence in its article."""
    lengths: list[int]
    """Whitespace words per sentence."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and print one table per corpus file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--stories", type=int, default=500, help="Multi-News sample size")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", choices=sorted(BUDGETS), help="evaluate one file only")
    args = parser.parse_args(argv)
    for name, budgets in BUDGETS.items():
        if args.only and name != args.only:
            continue
        cases = _cases(args.corpus, name, args.stories, args.seed)
        _report(name, cases, budgets, lower=name.startswith("multinews"))
    return 0


def _cases(corpus: Path, name: str, count: int, seed: int) -> list[Case]:
    """Load a seeded Multi-News sample (filtered) or every NeuS story."""
    path = corpus / f"{name}.jsonl"
    if name.startswith("multinews"):
        stories = load_stories(path, dates=False)
        stories = random.Random(seed).sample(stories, min(count, len(stories)))
        return [Case(Story(s.cluster_id, s.articles), _lines(s.summary)) for s in stories]
    cases = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            record = json.loads(line)
            articles = tuple(
                _article(item, f"{name}/{number:05d}-{index}")
                for index, item in enumerate(record["articles"])
            )
            cases.append(
                Case(Story(str(record["cluster_id"]), articles), _lines(record["summary"]))
            )
    return cases


def _article(item: dict[str, str], ident: str) -> Article:
    """Make an Article from a NeuS record (all articles kept: they are short excerpts)."""
    text = item.get("text", "")
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    return Article(
        ident,
        ident,
        item.get("title") or "",
        item.get("source"),
        None,
        None,
        None,
        (),
        None,
        paragraphs,
    )


def _lines(summary: str) -> str:
    """Put each reference sentence on its own line (ROUGE-Lsum splits on newlines)."""
    return "\n".join(s for _, s in sentences([summary]))


def _split(story: Story) -> Split:
    """Split a story's articles into sentences for the baselines."""
    split = Split([], [], [], [])
    for index, article in enumerate(story.articles):
        for position, (_, text) in enumerate(sentences(article.paragraphs)):
            split.texts.append(text)
            split.sources.append(index)
            split.positions.append(position)
            split.lengths.append(len(text.split()))
    return split


def _report(name: str, cases: list[Case], budgets: Sequence[int], *, lower: bool) -> None:
    """Score every system at every budget and print the table."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    totals: dict[tuple[str, int, str], float] = defaultdict(float)
    per_story: dict[tuple[str, int, str], list[float]] = defaultdict(list)
    seconds: dict[str, float] = defaultdict(float)
    uniform = Counter[str]()
    for case in cases:
        split = _split(case.story)
        rankings = _rankings(split, uniform, seconds)
        for budget in budgets:
            outputs = _outputs(case, split, rankings, budget, seconds)
            for system, text in outputs.items():
                totals[system, budget, "words"] += len(text.split())
                ref = case.reference.lower() if lower else case.reference
                got = text.lower() if lower else text
                for metric, score in scorer.score(ref, got).items():
                    totals[system, budget, metric] += score.fmeasure
                    per_story[system, budget, metric].append(score.fmeasure)
    _print(name, len(cases), budgets, totals, seconds, uniform)
    _print_margins(budgets, per_story)


def _rankings(
    split: Split, uniform: Counter[str], seconds: dict[str, float]
) -> dict[str, list[int]]:
    """Rank the sentences by each baseline (budget independent)."""
    ranked = {"lead": base.lead(split.sources, split.positions)}
    for system, rank in (("lexrank", base.lexrank), ("textrank", base.textrank)):
        start = time.perf_counter()
        scores, flat = rank(split.texts)
        uniform[system] += flat
        ranked[system] = base.by_score(scores, split.positions, split.sources)
        seconds[system] += time.perf_counter() - start
    return ranked


def _outputs(
    case: Case, split: Split, rankings: dict[str, list[int]], budget: int, seconds: dict[str, float]
) -> dict[str, str]:
    """Produce every system's summary of one story at one budget, one sentence per line."""
    start = time.perf_counter()
    summary = summarize(case.story, words=budget, quotes=0)
    seconds["briefing"] += time.perf_counter() - start
    outputs = {"briefing": "\n".join(s.text for s in summary.sentences)}
    for system, ranked in rankings.items():
        chosen = sorted(base.fit(ranked, split.lengths, budget))
        outputs[system] = "\n".join(split.texts[i] for i in chosen)
    outputs["oracle"] = _oracle(case, split, budget)
    return outputs


def _oracle(case: Case, split: Split, budget: int) -> str:
    """The greedy ROUGE oracle's summary (an upper bound for extractive systems)."""
    tokenizer = DefaultTokenizer(use_stemmer=True)
    grams = [_grams(tokenizer.tokenize(text)) for text in split.texts]
    reference = _grams(tokenizer.tokenize(case.reference))
    chosen = base.oracle(grams, reference, split.lengths, budget)
    return "\n".join(split.texts[i] for i in sorted(chosen))


def _grams(words: list[str]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Unigram and bigram counts of a tokenised text."""
    return Counter(words), Counter(pairwise(words))


def _print(
    name: str,
    count: int,
    budgets: Sequence[int],
    totals: dict[tuple[str, int, str], float],
    seconds: dict[str, float],
    uniform: Counter[str],
) -> None:
    """Print one table: rows are systems, columns are metrics at each budget."""
    print(f"\n{name}: {count} stories (F1 x 100, rouge-score, stemmed)")
    header = "".join(f"  {'R1':>5} {'R2':>5} {'RLs':>5} {'words':>5} @{b:<3}" for b in budgets)
    print(f"{'system':<10}{header}")
    for system in SYSTEMS:
        cells = "".join(
            "  "
            + " ".join(f"{100 * totals[system, b, m] / count:5.1f}" for m in METRICS)
            + f" {totals[system, b, 'words'] / count:5.1f}     "
            for b in budgets
        )
        print(f"{system:<10}{cells}")
    print(
        f"lexrank: thresholded graph scored every sentence the same in {uniform['lexrank']} of "
        f"{count} stories (continuous LexRank used for those)"
    )
    print(f"textrank: every sentence scored the same in {uniform['textrank']} of {count} stories")
    print(f"briefing summarize: {seconds['briefing']:.2f} s for {count * len(budgets)} summaries")


def _print_margins(
    budgets: Sequence[int], per_story: dict[tuple[str, int, str], list[float]]
) -> None:
    """Print briefing's margin over the best baseline per metric, with a paired bootstrap CI."""
    for budget in budgets:
        cells = []
        for metric in METRICS[:2]:
            best = max(BASELINES, key=lambda system: sum(per_story[system, budget, metric]))
            low, mean, high = _bootstrap(
                per_story["briefing", budget, metric], per_story[best, budget, metric]
            )
            cells.append(f"{metric} {mean:+.1f} [{low:+.1f}, {high:+.1f}] vs {best}")
        print(f"@{budget}: briefing minus best baseline, 95% CI: " + "; ".join(cells))


def _bootstrap(
    mine: Sequence[float], theirs: Sequence[float], rounds: int = BOOTSTRAP_ROUNDS
) -> tuple[float, float, float]:
    """Mean paired difference x 100 and its 95 % percentile interval over resampled stories."""
    differences = [a - b for a, b in zip(mine, theirs, strict=True)]
    count = len(differences)
    draw = random.Random(0)
    means = sorted(
        sum(differences[draw.randrange(count)] for _ in range(count)) / count for _ in range(rounds)
    )
    low, high = means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]
    return 100 * low, 100 * sum(differences) / count, 100 * high


if __name__ == "__main__":
    sys.exit(main())
