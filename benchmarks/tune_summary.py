"""Score briefing's summaries on tuning stories that eval_summary's confirmation sample leaves out.

Usage: python benchmarks/tune_summary.py CORPUS_DIR [--stories N] [--seed S] [--baselines]
       [--min-articles K]

Tuning sets: N Multi-News validation stories drawn with ``--seed`` from those outside
eval_summary's ``--stories 500 --seed 0`` sample, and N NeuS training stories (the NeuS
validation file is eval_summary's). Prints briefing's ROUGE-1/2 F1 and mean words at each budget;
``--baselines`` also scores lead, LexRank and TextRank (slow, budget independent of briefing) and
prints briefing's margin over the best of them by the story's article count, with the paired
standard error: a subgroup of 80 stories moves by about 0.5 from one draw to the next.
``--min-articles K`` draws only stories of at least K articles (a set without any is skipped).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from rouge_score import rouge_scorer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import eval_summary as ev
from benchmarks import summary_baselines as base
from benchmarks.corpus import load_stories
from briefing.models import Story
from briefing.summary import summarize

CONFIRMATION = (500, 0)
"""eval_summary's Multi-News sample (stories, seed), never used for tuning."""
SETS = {"multinews_val": (100, 230), "neus_allsides_train": (66, 100)}
BASELINES = ("lead", "lexrank", "textrank")


def main(argv: Sequence[str] | None = None) -> int:
    """Score every tuning set and print one line per budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--stories", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--baselines", action="store_true")
    parser.add_argument("--min-articles", type=int, default=1)
    args = parser.parse_args(argv)
    for name, budgets in SETS.items():
        cases = _cases(args.corpus, name, args.stories, args.seed, args.min_articles)
        if cases:
            _score(name, cases, budgets, baselines=args.baselines)
    return 0


def _cases(corpus: Path, name: str, count: int, seed: int, least: int = 1) -> list[ev.Case]:
    """Multi-News stories outside the confirmation sample, or NeuS training stories."""
    if name.startswith("multinews"):
        stories = load_stories(corpus / f"{name}.jsonl", dates=False)
        held = random.Random(CONFIRMATION[1]).sample(stories, CONFIRMATION[0])
        taken = {s.cluster_id for s in held}
        rest = [s for s in stories if s.cluster_id not in taken and len(s.articles) >= least]
        chosen = random.Random(seed).sample(rest, min(count, len(rest)))
        return [ev.Case(Story(s.cluster_id, s.articles), ev._lines(s.summary)) for s in chosen]
    cases = [c for c in ev._cases(corpus, name, 0, seed) if len(c.story.articles) >= least]
    return random.Random(seed).sample(cases, min(count, len(cases)))


def _score(name: str, cases: list[ev.Case], budgets: Sequence[int], *, baselines: bool) -> None:
    """Print R1, R2 and words per system and budget."""
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    lower = name.startswith("multinews")
    totals: dict[tuple[str, int, str], float] = defaultdict(float)
    per_story: dict[tuple[str, int, str], list[float]] = defaultdict(list)
    seconds = 0.0
    for case in cases:
        ref = case.reference.lower() if lower else case.reference
        outputs: dict[tuple[str, int], str] = {}
        for budget in budgets:
            start = time.perf_counter()
            summary = summarize(case.story, words=budget, quotes=0)
            seconds += time.perf_counter() - start
            outputs["briefing", budget] = "\n".join(s.text for s in summary.sentences)
        if baselines:
            outputs.update(_baselines(case, budgets))
        for (system, budget), text in outputs.items():
            totals[system, budget, "words"] += len(text.split())
            got = text.lower() if lower else text
            for metric, score in scorer.score(ref, got).items():
                totals[system, budget, metric] += score.fmeasure
                per_story[system, budget, metric].append(score.fmeasure)
    count = len(cases)
    systems = sorted({key[0] for key in totals})
    for budget in budgets:
        for system in systems:
            r1, r2, w = (totals[system, budget, m] for m in ("rouge1", "rouge2", "words"))
            print(
                f"{name}@{budget} {system:<9} R1 {100 * r1 / count:5.2f}  "
                f"R2 {100 * r2 / count:5.2f}  words {w / count:5.1f}"
            )
    print(f"{name}: {count} stories, briefing {seconds:.2f} s")
    if baselines:
        _print_groups(name, cases, budgets, per_story)


def _print_groups(
    name: str,
    cases: Sequence[ev.Case],
    budgets: Sequence[int],
    per_story: dict[tuple[str, int, str], list[float]],
) -> None:
    """Print briefing's margin over the best baseline per article-count group, +- paired SE."""
    labels = [_group(len(case.story.articles)) for case in cases]
    for budget in budgets:
        for label in dict.fromkeys(sorted(labels)):
            members = [n for n, own in enumerate(labels) if own == label]
            cells = [_margin(per_story, budget, metric, members) for metric in ("rouge1", "rouge2")]
            print(f"{name}@{budget} {label} ({len(members)}): " + "; ".join(cells))


def _group(articles: int) -> str:
    """The margin report's subgroup of a story: 2 articles (or fewer), 3, or 4 and more."""
    return "4+ articles" if articles >= 4 else f"{max(2, articles)} articles"


def _margin(
    per_story: dict[tuple[str, int, str], list[float]],
    budget: int,
    metric: str,
    members: Sequence[int],
) -> str:
    """Briefing minus the group's best baseline, x 100, with the paired standard error."""
    best = max(BASELINES, key=lambda s: sum(per_story[s, budget, metric][n] for n in members))
    mine, theirs = per_story["briefing", budget, metric], per_story[best, budget, metric]
    differences = [100 * (mine[n] - theirs[n]) for n in members]
    error = statistics.stdev(differences) / len(differences) ** 0.5 if len(members) > 1 else 0.0
    return f"{metric} {statistics.fmean(differences):+.2f} +- {error:.2f} vs {best}"


def _baselines(case: ev.Case, budgets: Sequence[int]) -> dict[tuple[str, int], str]:
    """Every baseline's summary at every budget."""
    split = ev._split(case.story)
    ranked = {"lead": base.lead(split.sources, split.positions)}
    for system, rank in (("lexrank", base.lexrank), ("textrank", base.textrank)):
        scores, _ = rank(split.texts)
        ranked[system] = base.by_score(scores, split.positions, split.sources)
    outputs = {}
    for budget in budgets:
        for system, order in ranked.items():
            chosen = sorted(base.fit(order, split.lengths, budget))
            outputs[system, budget] = "\n".join(split.texts[i] for i in chosen)
    return outputs


if __name__ == "__main__":
    sys.exit(main())
