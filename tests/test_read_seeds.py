"""The two seed texts read end to end: headline, byline, date, outlet, and no page furniture."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefing.content import read_article, read_articles
from briefing.content.plaintext import parse_text
from briefing.models import Article

REPO = Path(__file__).parent.parent
SEEDS = REPO / "seeds"
FURNITURE = ("MRC Store", "Discuss as", "Str / AP", "Getty Images", "(AP Photo)", "contributed",
             "( –", "Al Qaeda fighters take over parts of two Iraq cities")  # fmt: skip


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, problems = read_articles([SEEDS], base=REPO)
    assert problems == ()
    return {a.id: a for a in articles}


def test_both_seeds_are_read_with_ids_and_paths(seeds: dict[str, Article]) -> None:
    assert {i: a.path for i, a in seeds.items()} == {
        "seeds/000-9ead32255a22a434": "seeds/000_9ead32255a22a434.txt",
        "seeds/004-9f85caa909a0c951": "seeds/004_9f85caa909a0c951.txt",
    }


def test_cnsnews_seed(seeds: dict[str, Article]) -> None:
    article = seeds["seeds/000-9ead32255a22a434"]
    assert article.title == "Kerry: We’ll Help Iraq Fight al-Qaeda, But No ‘Boots on The Ground’"
    assert (article.outlet, article.author) == ("CNSNews.com", "Patrick Goodenough")
    assert article.published == datetime(2014, 1, 5, 17, 13, tzinfo=timezone(timedelta(hours=-5)))
    assert article.paragraphs[0].startswith("Secretary of State John Kerry said Sunday")
    assert article.paragraphs[-1].startswith("Scheduled to begin on January 22")
    assert not any("Gunmen patrol" in p for p in article.paragraphs)


def test_nbc_seed(seeds: dict[str, Article]) -> None:
    article = seeds["seeds/004-9f85caa909a0c951"]
    assert article.title.startswith("'This is a fight that belongs to the Iraqis': Kerry says")
    assert (article.outlet, article.author) == ("NBC News", None)
    assert article.published is not None and article.published.date().isoformat() == "2014-01-05"
    assert article.paragraphs[0].startswith("The United States will help Iraq fight")
    assert article.paragraphs[-1].startswith("In a separate incident, gunmen set up")
    assert not any(p.startswith(("Mourners", "A vehicle set on fire")) for p in article.paragraphs)


def test_no_furniture_in_any_seed_paragraph(seeds: dict[str, Article]) -> None:
    for article in seeds.values():
        for paragraph in article.paragraphs:
            assert not any(mark in paragraph for mark in FURNITURE), paragraph
        assert "this is a fight that belongs to the iraqis" in article.text.lower()


def test_the_texts_alone_give_headline_byline_and_date() -> None:
    """Without the sidecar, the texts still yield what they state (and no guessed outlet)."""
    cns = parse_text((SEEDS / "000_9ead32255a22a434.txt").read_text(encoding="utf-8")).meta
    nbc = parse_text((SEEDS / "004_9f85caa909a0c951.txt").read_text(encoding="utf-8")).meta
    assert (cns.author, cns.outlet, cns.published) == (
        "Patrick Goodenough",
        None,
        datetime(2014, 1, 5, 17, 13, tzinfo=timezone(timedelta(hours=-5))),
    )
    assert cns.title is not None and cns.title.startswith("Kerry: We’ll Help Iraq")
    assert (nbc.author, nbc.outlet, nbc.published) == (None, None, None)
    assert nbc.title is not None and nbc.title.endswith("help Iraq fight al Qaeda")


def test_read_article_on_a_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    article = read_article(Path("seeds/004_9f85caa909a0c951.txt"), base=Path.cwd())
    assert (article.id, article.outlet) == ("seeds/004-9f85caa909a0c951", "NBC News")
