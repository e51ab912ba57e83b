"""The whole pipeline on small sites: determinism, stable URLs, briefing.json, the seeds."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import BUILD_TIME

from briefing import build as build_module
from briefing.build import build
from briefing.config import load_config
from briefing.models import Story, Summary

REPO = Path(__file__).parent.parent


def build_into(site: Path, out: str, *content: str) -> dict[str, Any]:
    config = load_config(None, {"output_dir": Path(out), "content_dirs": list(content)})
    build(config, build_time=BUILD_TIME)
    data: dict[str, Any] = json.loads((site / out / "briefing.json").read_text(encoding="utf-8"))
    return data


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_same_input_gives_byte_identical_sites(mini_site: Path) -> None:
    build_into(mini_site, "one", "content")
    build_into(mini_site, "two", "content")
    assert tree(mini_site / "one") == tree(mini_site / "two")


def test_briefing_json_lists_stories_articles_summary_and_quotes(mini_site: Path) -> None:
    data = build_into(mini_site, "site", "content")
    assert data["version"] == 1
    ferry = next(s for s in data["stories"] if len(s["articles"]) == 2)
    assert {a["outlet"] for a in ferry["articles"]} == {"Harbour Daily", "Coastal Times"}
    assert {a["path"] for a in ferry["articles"]} == {
        "content/harbour-daily.md",
        "content/coastal-times.md",
    }
    assert (mini_site / "site" / ferry["url"]).is_file()
    ids = {a["id"] for a in ferry["articles"]}
    assert ferry["summary"] and all(set(s["articles"]) <= ids for s in ferry["summary"])
    # Both outlets carry the quotation; the summary shows it, credited to both, so it is not
    # repeated among the key quotes.
    carried = next(s for s in ferry["summary"] if "four thousand cars" in s["text"])
    assert set(carried["articles"]) == ids
    assert not any("four thousand cars" in q["text"] for q in ferry["quotes"])
    quote = next(q for q in ferry["quotes"] if "every objection" in q["text"])
    assert quote["speaker"] == "Tomas Reyes"
    first = ferry["articles"][0]
    assert set(first) >= {"id", "path", "title", "outlet", "url", "published", "quotes"}


def test_story_url_survives_a_new_article_and_other_stories(mini_site: Path) -> None:
    before = build_into(mini_site, "site", "content")
    url = next(s["url"] for s in before["stories"] if len(s["articles"]) == 2)
    (mini_site / "content" / "late.md").write_text(
        "---\ntitle: Ferry terminal vote divides Lowmoor\nsource: Lowmoor Echo\n"
        "published: 2031-03-05T07:00:00Z\n---\n"
        "The Lowmoor Port Authority's 7 to 2 vote approving a 48 million euro ferry terminal on "
        "the east quay divided residents on Wednesday. Chair Tomas Reyes said the terminal would "
        "take four thousand cars off the bridge every day.\n",
        encoding="utf-8",
    )
    (mini_site / "content" / "valley-post.md").unlink()
    after = build_into(mini_site, "site", "content")
    ferry = next(s for s in after["stories"] if s["url"] == url)
    assert len(ferry["articles"]) == 3


def test_no_file_is_written_outside_the_output_folder(mini_site: Path) -> None:
    before = {p for p in mini_site.rglob("*") if "site" not in p.parts}
    build_into(mini_site, "site", "content")
    after = {p for p in mini_site.rglob("*") if "site" not in p.parts}
    assert after == before


@pytest.fixture
def seeds_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_seeds_become_one_story_with_both_outlets_and_the_kerry_quote(seeds_site: Path) -> None:
    data = build_into(seeds_site, "site", "seeds")
    assert len(data["stories"]) == 1
    story = data["stories"][0]
    assert len({a["outlet"] for a in story["articles"]}) == 2
    summary = " ".join(s["text"] for s in story["summary"])
    for furniture in ("MRC Store", "Discuss as", "Str / AP", "Getty Images", "AP Photo"):
        assert furniture not in summary
    line = "this is a fight that belongs to the iraqis"
    kerry = [q for q in story["quotes"] if line in q["text"].lower()]
    assert kerry, story["quotes"]
    assert kerry[0]["speaker"] == "John Kerry"
    assert set(kerry[0]["articles"]) == {a["id"] for a in story["articles"]}


def test_a_story_that_fails_to_summarise_is_reported_and_the_rest_built(
    mini_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = build_module.summarize

    def fail_on_the_ferry(story: Story, *, words: int, quotes: int) -> Summary:
        if any("ferry" in article.title.lower() for article in story.articles):
            raise ValueError("boom")
        return real(story, words=words, quotes=quotes)

    monkeypatch.setattr(build_module, "summarize", fail_on_the_ferry)
    config = load_config(None, {"output_dir": Path("site"), "content_dirs": ["content"]})
    report = build(config, build_time=BUILD_TIME)
    assert [str(problem) for problem in report.problems] == [
        "error: content/harbour-daily.md: briefing failed to summarise the story of this "
        "article: ValueError: boom\n"
        "  hint: This is a bug in briefing: please report it with the story's files attached. "
        "The story is shown with its sources but no summary."
    ]
    stories = json.loads((mini_site / "site/briefing.json").read_text(encoding="utf-8"))["stories"]
    assert sorted(bool(story["summary"]) for story in stories) == [False, True]


def test_a_build_collects_cycles_less_often_and_restores_the_setting(mini_site: Path) -> None:
    before = gc.get_threshold()
    during: list[int] = []
    config = load_config(None, {"output_dir": Path("site"), "content_dirs": ["content"]})
    build(config, build_time=BUILD_TIME, progress=lambda _: during.append(gc.get_threshold()[0]))
    assert set(during) == {build_module.COLLECT_EVERY}
    assert gc.get_threshold() == before


def test_an_output_folder_inside_the_content_folder_is_not_read_back(mini_site: Path) -> None:
    config = load_config(None, {"output_dir": Path("content/site"), "content_dirs": ["content"]})
    first = build(config, build_time=BUILD_TIME)
    again = build(config, build_time=BUILD_TIME)
    assert (first.articles, first.stories, first.problems) == (3, 2, ())
    assert (again.articles, again.stories, again.problems, again.written) == (3, 2, (), 0)


def test_the_same_article_saved_twice_is_one_source_with_a_warning(mini_site: Path) -> None:
    first = sorted((mini_site / "content").glob("*.md"))[0]
    shutil.copy(first, first.with_name("zz-" + first.name))
    config = load_config(None, {"output_dir": Path("site"), "content_dirs": ["content"]})
    report = build(config, build_time=BUILD_TIME)
    assert (report.articles, report.stories) == (3, 2)
    assert [str(p) for p in report.problems] == [
        f"warning: content/zz-{first.name}: Same article as content/{first.name}: same outlet,"
        " headline and text (left out).\n"
        "  hint: Delete one of the two files; if two outlets ran the same copy, name each outlet."
    ]
    # Another outlet's run of the same copy is another source.
    lines = first.read_text(encoding="utf-8").splitlines(keepends=True)
    text = "".join("source: Other Gazette\n" if x.startswith("source:") else x for x in lines)
    first.with_name("zz-" + first.name).write_text(text, encoding="utf-8")
    again = build(config, build_time=BUILD_TIME)
    assert (again.articles, again.problems) == (4, ())


def test_a_symlink_to_a_file_outside_the_content_folders_is_left_out(mini_site: Path) -> None:
    private = mini_site / "private"
    private.mkdir()
    (private / "notes.md").write_text(
        "---\ntitle: My private notes\nsource: Me\n---\nNot for publishing, ever.\n"
    )
    (mini_site / "content" / "notes.md").symlink_to(private / "notes.md")
    report = build(load_config(None), build_time=BUILD_TIME)
    data = json.loads((mini_site / "site" / "briefing.json").read_text(encoding="utf-8"))
    paths = [a["path"] for story in data["stories"] for a in story["articles"]]
    assert "content/notes.md" not in paths and len(paths) == 3
    assert [str(problem) for problem in report.problems] == [
        "warning: content/notes.md: Left out: a symlink to a file outside the content folders "
        f"({private / 'notes.md'}).\n"
        "  hint: Copy the file into a content folder, or add its folder to 'content_dirs' in "
        "briefing.yaml."
    ]
