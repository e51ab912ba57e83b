"""Articles marked ``draft: true``: left out of the site, and the build says so, unless drafts
are built (``--drafts`` or ``drafts: true``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import run

DRAFT = (
    "---\ntitle: Lowmoor ferry fares to double\nsource: Harbour Daily\ndraft: true\n---\n"
    "Ferry fares between Lowmoor and the islands will double in April, the operator said.\n"
)


def titles(site: Path) -> set[str]:
    data = json.loads((site / "briefing.json").read_text(encoding="utf-8"))
    return {article["title"] for story in data["stories"] for article in story["articles"]}


def test_a_draft_is_left_out_and_the_build_says_so(
    mini_site: Path, write_article: Callable[[str, str], Path]
) -> None:
    write_article("fares.md", DRAFT)
    result = run("build", "--build-time", "2031-03-05T12:00:00Z")
    assert result.returncode == 0, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Built 3 articles into 2 stories (1 draft left out): ")
    assert "Lowmoor ferry fares to double" not in titles(mini_site / "site")


def test_drafts_are_built_on_request(
    mini_site: Path, write_article: Callable[[str, str], Path]
) -> None:
    write_article("fares.md", DRAFT)
    result = run("build", "--drafts", "--build-time", "2031-03-05T12:00:00Z")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Built 4 articles into ")
    assert "Lowmoor ferry fares to double" in titles(mini_site / "site")
    (mini_site / "briefing.yaml").write_text("drafts: true\n", encoding="utf-8")
    again = run("build", "-o", "again", "--build-time", "2031-03-05T12:00:00Z")
    assert again.returncode == 0, again.stderr
    assert "Lowmoor ferry fares to double" in titles(mini_site / "again")


def test_a_site_of_drafts_alone_is_not_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "fares.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("build", "content")
    assert result.returncode == 1
    assert "  read       0 articles, 1 draft left out, 0 problems" in result.stderr
    assert result.stderr.endswith(
        "error: Nothing to build: every article in content/ is a draft (1 draft left out).\n"
        "  hint: Build them with --drafts (or 'drafts: true' in briefing.yaml), or remove "
        "'draft: true' from the ones to publish. Nothing was written.\n"
    )
    assert not (tmp_path / "site").exists()


def test_draft_takes_true_or_false(
    mini_site: Path, write_article: Callable[[str, str], Path]
) -> None:
    write_article("fares.md", DRAFT.replace("draft: true", "draft: maybe"))
    result = run("build", "--build-time", "2031-03-05T12:00:00Z")
    assert result.returncode == 0, result.stderr
    assert (
        "warning: content/fares.md:4: Front matter 'draft' must be true or false, got 'maybe' "
        "(ignored)." in result.stderr
    )
    assert "Lowmoor ferry fares to double" in titles(mini_site / "site")


def test_inspect_says_an_article_is_a_draft(
    mini_site: Path, write_article: Callable[[str, str], Path]
) -> None:
    write_article("fares.md", DRAFT)
    result = run("inspect", "content/fares.md")
    assert result.returncode == 0, result.stderr
    assert "Draft:      yes: left out unless drafts are built\n" in result.stdout
