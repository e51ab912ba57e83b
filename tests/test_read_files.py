"""Finding, decoding and identifying input files; problems collected; the read cache."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from briefing.content import ReadCache, input_files, is_content_file, read_articles
from briefing.content.decode import _hint, read_input
from briefing.errors import ContentError
from briefing.models import Article

TEXT = "Dock strike ends\n\nThe strike ended on Friday.\n"


def put(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def read(tmp_path: Path, *dirs: str) -> tuple[tuple[Article, ...], list[str]]:
    articles, problems = read_articles([tmp_path / d for d in dirs or ("news",)], base=tmp_path)
    return articles, [str(p) for p in problems]


def test_order_is_sorted_by_path_recursively(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.md", "a/b/c.txt", "A.txt"):
        put(tmp_path / "news", name, TEXT)
    articles, problems = read(tmp_path)
    assert problems == []
    assert [a.path for a in articles] == [
        "news/A.txt",
        "news/a/b/c.txt",
        "news/a/z.md",
        "news/b.txt",
    ]
    assert [a.id for a in articles] == ["news/a", "news/a/b/c", "news/a/z", "news/b"]


def test_ids_are_slugs_of_the_path_without_suffix(tmp_path: Path) -> None:
    put(tmp_path / "seeds", "000_9ead32255a22a434.txt", TEXT)
    put(tmp_path / "seeds", "Élan Vital/Kerry’s Trip.md", TEXT)
    articles, _ = read(tmp_path, "seeds")
    assert [(a.id, a.path) for a in articles] == [
        ("seeds/000-9ead32255a22a434", "seeds/000_9ead32255a22a434.txt"),
        ("seeds/elan-vital/kerrys-trip", "seeds/Élan Vital/Kerry’s Trip.md"),
    ]


def test_two_files_with_one_id_are_a_problem(tmp_path: Path) -> None:
    put(tmp_path / "news", "strike.md", TEXT)
    put(tmp_path / "news", "strike.txt", TEXT)
    put(tmp_path / "news", "Strike!.txt", TEXT)
    articles, problems = read(tmp_path)
    assert [a.path for a in articles] == ["news/Strike!.txt"]
    assert problems == [
        "error: news/strike.md: Article id 'news/strike' is already used by news/Strike!.txt "
        "(file skipped).\n  hint: Rename one of the two files: ids come from file paths without "
        "their suffix.",
        "error: news/strike.txt: Article id 'news/strike' is already used by news/Strike!.txt "
        "(file skipped).\n  hint: Rename one of the two files: ids come from file paths without "
        "their suffix.",
    ]


def test_paths_outside_the_base_are_absolute_and_ids_start_at_the_folder(tmp_path: Path) -> None:
    put(tmp_path / "elsewhere" / "news", "a.txt", TEXT)
    base = tmp_path / "site"
    base.mkdir()
    articles, _ = read_articles([tmp_path / "elsewhere" / "news"], base=base)
    assert articles[0].path == (tmp_path / "elsewhere" / "news" / "a.txt").resolve().as_posix()
    assert articles[0].id == "news/a"


def test_relative_folders_are_relative_to_the_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    put(tmp_path / "news", "a.txt", TEXT)
    monkeypatch.chdir(tmp_path)
    articles, _ = read_articles([Path("news")], base=Path.cwd())
    assert (articles[0].path, articles[0].id) == ("news/a.txt", "news/a")


def test_a_file_may_be_given_instead_of_a_folder(tmp_path: Path) -> None:
    put(tmp_path / "news", "a.txt", TEXT)
    articles, _ = read(tmp_path, "news/a.txt", "news")
    assert [a.path for a in articles] == ["news/a.txt"]


def test_missing_folder_is_a_warning_and_the_rest_is_read(tmp_path: Path) -> None:
    put(tmp_path / "news", "a.txt", TEXT)
    articles, problems = read(tmp_path, "missing", "news")
    assert len(articles) == 1
    assert problems == [
        "warning: missing: Content folder not found.\n"
        "  hint: Create it, or fix 'content_dirs' in briefing.yaml or the command line."
    ]


def test_hidden_temporary_and_other_files_are_skipped(tmp_path: Path) -> None:
    news = tmp_path / "news"
    for name in (".hidden.txt", ".git/x.txt", ".#a.md", "a.md~", ".a.md.swp", "#a.md#",
                 "a.txt.tmp", "photo.jpg", "data.csv", "a.md"):  # fmt: skip
        put(news, name, TEXT)
    articles, problems = read(tmp_path)
    assert ([a.path for a in articles], problems) == (["news/a.md"], [])
    assert [f.path.name for f in input_files([news])] == ["a.md", "data.csv", "photo.jpg"]
    assert [is_content_file(news / n) for n in ("a.md", "sources.yaml", "a.md~", "x.jpg")] == [
        True,
        True,
        False,
        False,
    ]


def test_other_article_formats_are_reported(tmp_path: Path) -> None:
    put(tmp_path / "news", "page.html", "<p>x</p>")
    _, problems = read(tmp_path)
    assert problems == [
        "warning: news/page.html: Not read: briefing reads Markdown (.md, .markdown) and plain "
        "text (.txt) articles.\n  hint: Convert it to Markdown or plain text, or move it out of "
        "the content folder."
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "news/bad.txt: Empty file: there is no article text.\n"
              "  hint: Write the article in it, or delete the file."),
        (b" \n\t\n", "news/bad.txt: Empty file: there is no article text.\n"
                     "  hint: Write the article in it, or delete the file."),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "news/bad.txt: Binary file (it contains NUL bytes), not an "
         "article.\n  hint: Only .md, .markdown and .txt text files are articles; move it out of "
         "the folder."),
        ("Title\n".encode("utf-16"), "news/bad.txt: The file is UTF-16 or UTF-32 encoded; "
         "briefing reads UTF-8.\n  hint: Re-save it as UTF-8 (most editors offer this under "
         "'Save with encoding')."),
    ],
)  # fmt: skip
def test_unreadable_content_is_an_error_and_the_rest_goes_on(
    tmp_path: Path, data: bytes, message: str
) -> None:
    put(tmp_path / "news", "bad.txt", data)
    put(tmp_path / "news", "good.txt", TEXT)
    articles, problems = read(tmp_path)
    assert [a.path for a in articles] == ["news/good.txt"]
    assert problems == [f"error: {message}"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_an_article_not_in_utf8_is_read_as_windows_1252_with_a_warning(
    tmp_path: Path, encoding: str
) -> None:
    quoted = "\u201cWe won,\u201d she said." if encoding == "cp1252" else "We won, she said."
    text = f"Valpara\u00edso deal\n\nThe strike in Valpara\u00edso ended. {quoted}\n"
    put(tmp_path / "news", "a.txt", text.encode(encoding))
    articles, problems = read(tmp_path)
    assert articles[0].title == "Valpara\u00edso deal"
    assert articles[0].paragraphs == (f"The strike in Valpara\u00edso ended. {quoted}",)
    assert problems == [
        "warning: news/a.txt:1: Not valid UTF-8: read as Windows-1252 (cp1252).\n"
        "  hint: If accented letters or quote marks look wrong, re-save the file as UTF-8."
    ]


def test_c1_controls_from_a_cp1252_mis_decoding_are_its_punctuation(tmp_path: Path) -> None:
    put(tmp_path / "news", "a.txt", "Deal\n\n\u0093We won,\u0094 she said \u0096 twice.\n")
    articles, problems = read(tmp_path)
    assert problems == []
    assert articles[0].paragraphs == ("\u201cWe won,\u201d she said \u2013 twice.",)


def test_utf8_with_bom_is_fine(tmp_path: Path) -> None:
    put(tmp_path / "news", "a.md", b"\xef\xbb\xbf---\ntitle: Caf\xc3\xa9\n---\nText.\n")
    articles, problems = read(tmp_path)
    assert problems == [] and articles[0].title == "Café"


def test_a_symlink_to_a_file_outside_the_content_folders_is_not_read(tmp_path: Path) -> None:
    put(tmp_path / "news", "good.txt", TEXT)
    secret = put(tmp_path / "private", "notes.txt", TEXT)
    (tmp_path / "news" / "notes.txt").symlink_to(secret)
    (tmp_path / "news" / "also.txt").symlink_to(tmp_path / "news" / "good.txt")  # inside: read
    articles, problems = read(tmp_path)
    assert [a.path for a in articles] == ["news/also.txt", "news/good.txt"]
    assert problems == [
        "warning: news/notes.txt: Left out: a symlink to a file outside the content folders "
        f"({secret}).\n"
        "  hint: Copy the file into a content folder, or add its folder to 'content_dirs' in "
        "briefing.yaml."
    ]


def test_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    put(tmp_path / "news", "good.txt", TEXT)
    (tmp_path / "news" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    articles, problems = read(tmp_path)
    assert [a.path for a in articles] == ["news/good.txt"]
    assert problems == [
        "error: news/gone.txt: Cannot read the file: No such file or directory.\n"
        f"  hint: It is a symbolic link to '{(tmp_path / 'nowhere.txt').as_posix()}', which leads "
        "nowhere; fix or remove it."
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_a_file_without_read_permission(tmp_path: Path) -> None:
    locked = put(tmp_path / "news", "locked.txt", TEXT)
    locked.chmod(0)
    try:
        _, problems = read(tmp_path)
    finally:
        locked.chmod(0o644)
    assert problems == [
        "error: news/locked.txt: Cannot read the file: Permission denied.\n"
        "  hint: Give yourself read permission (chmod u+r), or move the file out of the content "
        "folder."
    ]


def test_cache_reuses_unchanged_articles_and_rereads_changes(tmp_path: Path) -> None:
    news = tmp_path / "news"
    put(news, "a.txt", TEXT)
    put(news, "b.txt", TEXT)
    cache = ReadCache()
    first, _ = read_articles([news], base=tmp_path, cache=cache)
    assert cache.hits == 0
    second, _ = read_articles([news], base=tmp_path, cache=cache)
    assert cache.hits == 2 and second == first and second[0] is first[0]
    put(news, "b.txt", TEXT.replace("Friday", "Monday"))
    third, _ = read_articles([news], base=tmp_path, cache=cache)
    assert cache.hits == 1 and third[0] is first[0] and "Monday" in third[1].text
    put(news, "sources.yaml", "a.txt:\n  source: Harbour Daily\n")
    fourth, _ = read_articles([news], base=tmp_path, cache=cache)
    assert cache.hits == 1 and fourth[0].outlet == "Harbour Daily" and fourth[1] is third[1]
    (news / "a.txt").unlink()
    read_articles([news], base=tmp_path, cache=cache)
    assert len(cache) == 1


def test_cache_replays_problems(tmp_path: Path) -> None:
    put(tmp_path / "news", "a.md", "---\ncolour: red\n---\nText.\n")
    cache = ReadCache()
    _, first = read_articles([tmp_path / "news"], base=tmp_path, cache=cache)
    _, second = read_articles([tmp_path / "news"], base=tmp_path, cache=cache)
    assert cache.hits == 1 and first == second and len(first) == 1


def test_a_crash_on_one_file_is_reported_and_the_rest_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No real input crashes the reader today; a stand-in fault checks the safety net."""
    from briefing.content import reader
    from briefing.content.plaintext import TextArticle, parse_text

    def fragile(text: str) -> TextArticle:
        if "explode" in text:
            raise RuntimeError("unexpected shape")
        return parse_text(text)

    monkeypatch.setattr(reader, "parse_text", fragile)
    put(tmp_path / "news", "a.txt", "Headline\n\nexplode here.\n")
    put(tmp_path / "news", "b.txt", TEXT)
    articles, problems = read(tmp_path)
    assert [a.path for a in articles] == ["news/b.txt"]
    assert problems == [
        "error: news/a.txt: briefing failed on this file: RuntimeError: unexpected shape\n"
        "  hint: This is a bug in briefing: please report it with the file attached."
    ]


def test_unreadable_files_get_a_hint_for_their_cause(tmp_path: Path) -> None:
    (tmp_path / "folder.md").mkdir()
    with pytest.raises(ContentError) as error:
        read_input(tmp_path / "folder.md", "folder.md")
    assert str(error.value) == (
        "folder.md: Cannot read the file: Is a directory.\n"
        "  hint: Check the file, or move it out of the content folder."
    )
    # Root reads anything, so the refusal itself cannot be staged here: its hint is checked.
    denied = PermissionError(errno.EACCES, "Permission denied")
    assert _hint(tmp_path / "locked.txt", denied) == (
        "Give yourself read permission (chmod u+r), or move the file out of the content folder."
    )
