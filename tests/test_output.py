"""The writer: safe paths, changed bytes only, stale files removed, foreign folders refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.errors import OutputError
from briefing.models import Page
from briefing.output import MARKER, write_site


def pages(**files: str) -> list[Page]:
    return [Page(name.replace("__", "/"), text.encode()) for name, text in files.items()]


def test_writes_pages_and_marks_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    report = write_site(pages(index_html="home", stories__a_html="story"), out)
    assert (out / "index_html").read_text() == "home"
    assert (out / "stories" / "a_html").read_text() == "story"
    assert (out / MARKER).is_file()
    assert report.written == ("index_html", "stories/a_html")


def test_rewrites_only_changed_files(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(pages(a="1", b="2"), out)
    before = (out / "a").stat().st_mtime_ns
    report = write_site(pages(a="1", b="3"), out)
    assert report.written == ("b",)
    assert report.unchanged == 1
    assert (out / "a").stat().st_mtime_ns == before


def test_removes_stale_files_and_empty_folders(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(pages(a="1", old__b="2"), out)
    report = write_site(pages(a="1"), out)
    assert report.removed == ("old/b",)
    assert not (out / "old").exists()


@pytest.mark.parametrize(
    "bad", ["../escape", "/etc/passwd", "a/../../x", "a\\b", "", "a//b", "./a"]
)
def test_refuses_paths_outside_the_folder(tmp_path: Path, bad: str) -> None:
    with pytest.raises(OutputError) as error:
        write_site([Page(bad, b"x")], tmp_path / "site")
    assert error.value.message == f"Refusing to write '{bad}': it is outside the output folder."
    assert not (tmp_path / "escape").exists()


def test_refuses_a_symlink_that_leads_out(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(pages(a="1"), out)
    (tmp_path / "elsewhere").mkdir()
    (out / "link").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OutputError):
        write_site(pages(a="1", link__x="evil"), out)
    assert not (tmp_path / "elsewhere" / "x").exists()


def test_refuses_a_folder_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "precious.txt").write_text("keep me")
    with pytest.raises(OutputError) as error:
        write_site(pages(a="1"), tmp_path)
    assert str(error.value) == (
        f"{tmp_path}: The output folder is not empty and was not made by briefing; "
        "refusing to overwrite it.\n"
        "  hint: Choose an empty or new folder with --output, or delete this one first."
    )
    assert (tmp_path / "precious.txt").read_text() == "keep me"


def test_refuses_two_pages_with_one_path(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="Two outputs want the same file 'a'"):
        write_site(pages(a="1") + pages(a="2"), tmp_path / "site")
    assert not (tmp_path / "site").exists()


def test_refuses_a_file_symlink_that_leads_out(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(pages(a="1"), out)
    (tmp_path / "secret").write_text("keep me")
    (out / "b").symlink_to(tmp_path / "secret")
    with pytest.raises(OutputError, match="Refusing to write 'b'"):
        write_site(pages(a="1", b="evil"), out)
    assert (tmp_path / "secret").read_text() == "keep me"


def test_a_file_replaces_a_folder_of_an_earlier_build(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(pages(a__b="1", a__c__d="2"), out)
    report = write_site(pages(a="now a file"), out)
    assert (out / "a").read_text() == "now a file"
    assert report.written == ("a",)


def test_a_stale_symlink_is_removed_not_followed(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site(pages(a="1"), out)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "keep").write_text("keep me")
    (out / "link").symlink_to(tmp_path / "elsewhere")
    report = write_site(pages(a="1"), out)
    assert report.removed == ("link",)
    assert (tmp_path / "elsewhere" / "keep").read_text() == "keep me"


def test_an_output_folder_that_cannot_be_made_is_named_relative_to_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    with pytest.raises(OutputError) as error:
        write_site(pages(a="1"), tmp_path / "notes.txt" / "site")
    assert str(error.value) == (
        "notes.txt/site: Cannot create the output folder: Not a directory.\n"
        "  hint: Check that the folder can be written to and the disk is not full, or choose "
        "another folder with --output."
    )
    assert (tmp_path / "notes.txt").read_text() == "a file, not a folder"


def test_a_foreign_folder_is_named_relative_to_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "precious.txt").write_text("keep me")
    with pytest.raises(OutputError) as error:
        write_site(pages(a="1"), tmp_path / "docs")
    assert error.value.path == "docs"
