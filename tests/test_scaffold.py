"""`briefing init`: a commented config that matches the options, sample articles, no overwrites."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.config import SETTABLE, load_config
from briefing.errors import BriefingError
from briefing.scaffold import NewFile, config_text, create, site_files


def test_the_config_lists_every_option_commented_out_but_the_title(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = config_text("Harbour Briefing")
    set_lines = [line for line in text.splitlines() if re.match(r"\w+:", line)]
    assert set_lines == ["title: Harbour Briefing"]
    commented = [m[1] for m in re.finditer(r"^# (\w+): ", text, re.MULTILINE)]
    assert commented == [name for name in SETTABLE if name != "title"]
    path = tmp_path / "briefing.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_config(path)
    assert loaded == replace(load_config(None), title="Harbour Briefing", root=tmp_path)


def test_every_default_in_the_config_reads_back_as_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "briefing.yaml"
    path.write_text(re.sub(r"^# (\w+: )", r"\1", config_text(), flags=re.MULTILINE))
    assert load_config(path) == replace(load_config(None), root=tmp_path)


def test_a_title_that_yaml_would_misread_is_quoted(tmp_path: Path) -> None:
    path = tmp_path / "briefing.yaml"
    path.write_text(config_text("Lowmoor's Briefing: #1"), encoding="utf-8")
    assert load_config(path).title == "Lowmoor's Briefing: #1"


def test_create_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "briefing.yaml").write_text("title: Mine\n")
    written, kept = create(tmp_path, [NewFile("briefing.yaml", "x"), NewFile("content/a.md", "y")])
    assert (written, kept) == (["content/a.md"], ["briefing.yaml"])
    assert (tmp_path / "briefing.yaml").read_text() == "title: Mine\n"
    assert (tmp_path / "content" / "a.md").read_text() == "y"


def test_create_refuses_a_file_for_a_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(BriefingError) as error:
        create(tmp_path / "notes.txt", site_files())
    assert str(error.value) == (
        f"{tmp_path / 'notes.txt'}: The path exists and is not a folder.\n"
        "  hint: Give a new or existing folder to start the site in."
    )


def test_init_then_build_makes_one_story_of_the_two_samples(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["init", "news", "--title", "Harbour Briefing"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "created news/briefing.yaml",
        "created news/.gitignore",
        "created news/content/night-ferry-lowmoor-echo.md",
        "created news/content/night-ferry-harbour-daily.txt",
        "Next: cd news && briefing serve   (then replace the sample articles in content/)",
    ]
    monkeypatch.chdir(tmp_path / "news")
    assert main(["build", "--quiet"]) == 0
    built = capsys.readouterr()
    assert built.err == ""
    index = (tmp_path / "news" / "site" / "index.html").read_text()
    assert "<title>Harbour Briefing</title>" in index
    assert len(list((tmp_path / "news" / "site" / "stories").glob("*.html"))) == 1
    assert main(["init"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "kept    briefing.yaml (it exists)"
