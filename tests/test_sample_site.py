"""The repository's own sample site: the stories an editor expects from content/ and seeds/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import BUILD_TIME

from briefing.build import build
from briefing.config import load_config

REPO = Path(__file__).parent.parent

# Written with the sample articles: which files tell one event. The trawler rescue and the lifeboat
# station share a town and an outlet but are different events; the orchid story has one outlet.
EXPECTED = [
    {"riverside-gazette-flood", "northern-ledger-flood", "meridian-wire-flood"},
    {"brackenford-courier-tram", "meridian-wire-tram", "northern-ledger-tram"},
    {"coastline-radio-trawler", "harwick-herald-trawler"},
    {"harwick-herald-lifeboat-station"},
    {"riverside-gazette-nurses", "northern-ledger-nurses"},
    {"meridian-wire-breach", "techline-daily-breach"},
    {"riverside-gazette-orchid"},
    {"000_9ead32255a22a434", "004_9f85caa909a0c951"},
]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    site = tmp_path_factory.mktemp("sample")
    for folder in ("content", "seeds"):
        shutil.copytree(REPO / folder, site / folder)
    config = load_config(
        None, {"content_dirs": [site / "content", site / "seeds"], "output_dir": site / "site"}
    )
    build(config, build_time=BUILD_TIME)
    data: dict[str, object] = json.loads((site / "site" / "briefing.json").read_text("utf-8"))
    return data


def test_sample_articles_group_into_the_expected_stories(sample: dict[str, object]) -> None:
    stories = sample["stories"]
    assert isinstance(stories, list)
    found = [{Path(a["path"]).stem for a in story["articles"]} for story in stories]
    assert sorted(map(sorted, found)) == sorted(map(sorted, EXPECTED))


def test_every_sample_story_has_a_summary_and_sources(sample: dict[str, object]) -> None:
    stories = sample["stories"]
    assert isinstance(stories, list)
    for story in stories:
        assert story["summary"], story["id"]
        words = sum(len(s["text"].split()) for s in story["summary"])
        assert words <= 120, (story["id"], words)
        ids = {a["id"] for a in story["articles"]}
        for sentence in story["summary"]:
            assert sentence["articles"] and set(sentence["articles"]) <= ids
