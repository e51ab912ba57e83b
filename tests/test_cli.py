"""The command line: exit codes, messages without tracebacks, progress and the closing line."""

from __future__ import annotations

import gc
import json
import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FIXTURES

from briefing.cli import main

BUILD = ["build", "--build-time", "2031-03-05T12:00:00Z", "content"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, check=False
    )


def test_build_succeeds_and_ends_with_one_summary_line(mini_site: Path) -> None:
    result = run(*BUILD)
    assert result.returncode == 0, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Built 3 articles into 2 stories: ")
    assert last.endswith(" s.")
    for stage in ("read", "group", "summarise", "render", "write"):
        assert f"  {stage} " in result.stderr
    assert (mini_site / "site" / "index.html").is_file()
    assert (mini_site / "site" / "briefing.json").is_file()


@pytest.mark.parametrize("flag", ["--quiet", "-q"])
def test_quiet_prints_nothing(mini_site: Path, flag: str) -> None:
    result = run(*BUILD[:-1], flag, "content")
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout == ""


def test_an_output_folder_that_cannot_be_made_is_an_error_not_a_traceback(
    mini_site: Path,
) -> None:
    (mini_site / "notes.txt").write_text("a file, not a folder")
    result = run(*BUILD[:-1], "--quiet", "--output", "notes.txt/site", "content")
    assert result.returncode == 1
    assert result.stderr == (
        "error: notes.txt/site: Cannot create the output folder: Not a directory.\n"
        "  hint: Check that the folder can be written to and the disk is not full, or choose "
        "another folder with --output.\n"
    )


def test_user_error_exits_1_without_traceback(mini_site: Path) -> None:
    (mini_site / "briefing.yaml").write_text("summary_words: lots\n", encoding="utf-8")
    result = run(*BUILD)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(
        "error: briefing.yaml:1: Config value 'summary_words': expected a positive whole number, "
        "got 'lots'."
    )


def test_bad_article_is_reported_and_the_rest_built(
    mini_site: Path, write_article: Callable[[str, str], Path]
) -> None:
    write_article("broken.md", "---\ntitle: a: b\n---\nBody.\n")
    result = run(*BUILD)
    assert result.returncode == 0
    assert "content/broken.md:2:" in result.stderr
    assert "Traceback" not in result.stderr
    stories = json.loads((mini_site / "site" / "briefing.json").read_text())["stories"]
    assert sum(len(s["articles"]) for s in stories) == 3


def test_strict_fails_after_reporting_every_problem(
    mini_site: Path, write_article: Callable[[str, str], Path]
) -> None:
    write_article("broken.md", "---\ntitle: a: b\n---\nBody.\n")
    (mini_site / "content" / "empty.txt").write_bytes(b"")
    result = run("build", "--strict", "content")
    assert result.returncode == 1
    assert "content/broken.md:2:" in result.stderr
    assert "content/empty.txt" in result.stderr
    assert "error: Build failed: 2 problem(s) with the input and --strict is on." in result.stderr
    assert not (mini_site / "site").exists()


def test_failed_build_keeps_the_previous_site(
    mini_site: Path, write_article: Callable[[str, str], Path]
) -> None:
    assert run(*BUILD).returncode == 0
    before = (mini_site / "site" / "index.html").read_bytes()
    (mini_site / "templates").mkdir()
    (mini_site / "templates" / "index.html").write_text("{% if %}", encoding="utf-8")
    write_article("new.md", "---\ntitle: A new story about lighthouses\n---\nLighthouse news.\n")
    result = run(*BUILD)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "templates/index.html" in result.stderr
    assert (mini_site / "site" / "index.html").read_bytes() == before


def test_a_mistyped_content_folder_fails_and_keeps_the_site(mini_site: Path) -> None:
    assert run(*BUILD).returncode == 0
    before = {p: p.read_bytes() for p in (mini_site / "site").rglob("*") if p.is_file()}
    result = run(*BUILD[:-1], "contnet")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith(
        "warning: contnet: Content folder not found.\n"
        "  hint: Create it, or fix 'content_dirs' in briefing.yaml or the command line.\n"
        "error: Nothing to build: no article could be read from contnet/.\n"
        "  hint: Add Markdown (.md) or text (.txt) articles there, or name the folders that hold "
        "them on the command line or in 'content_dirs' in briefing.yaml. Nothing was written.\n"
    )
    after = {p: p.read_bytes() for p in (mini_site / "site").rglob("*") if p.is_file()}
    assert after == before


def test_a_folder_without_articles_writes_no_site(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "build", "content"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "error: Nothing to build: no article could be read from content/." in result.stderr
    assert "content/notes.pdf: Not read" in result.stderr
    assert not (tmp_path / "site").exists()


def test_bad_build_time_is_a_usage_error(mini_site: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", "--build-time", "yesterday"])
    assert stop.value.code == 2


def test_a_port_out_of_range_is_a_usage_error(mini_site: Path) -> None:
    result = run("serve", "--port", "99999")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith(
        "briefing serve: error: argument --port: expected a port number from 0 to 65535, "
        "got '99999'\n"
    )


def test_missing_subcommand_shows_usage() -> None:
    result = run()
    assert result.returncode == 2
    assert "usage: briefing" in result.stderr


def test_inspect_into_a_closed_pipe_is_not_an_error(mini_site: Path) -> None:
    inspect = subprocess.Popen(
        [sys.executable, "-m", "briefing", "inspect", *(["content/coastal-times.md"] * 200)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert inspect.stdout is not None and inspect.stderr is not None
    inspect.stdout.readline()
    inspect.stdout.close()
    assert inspect.wait(timeout=30) == 0
    assert b"Traceback" not in inspect.stderr.read()


def test_inspect_reports_a_missing_file(mini_site: Path) -> None:
    result = run("inspect", "content/nope.md")
    assert result.returncode == 1
    assert result.stderr == (
        "error: content/nope.md: No such file.\n  hint: Give the path of an article file.\n"
    )


def test_a_build_freezes_what_was_loaded_at_start(mini_site: Path) -> None:
    gc.unfreeze()
    try:
        assert main([*BUILD[:1], "--quiet", *BUILD[1:]]) == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


@pytest.mark.parametrize(("config", "output"), [("--config", "--output"), ("-c", "-o")])
def test_command_line_paths_are_relative_to_where_it_runs(
    tmp_path: Path, config: str, output: str
) -> None:
    shutil.copytree(FIXTURES / "mini" / "content", tmp_path / "articles")
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "briefing.yaml").write_text("title: Elsewhere\n", encoding="utf-8")
    options = ["--quiet", config, "conf/briefing.yaml", output, "out", "articles"]
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "build", *options],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "index.html").is_file()
    assert "Elsewhere" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert not (tmp_path / "conf" / "out").exists()


def test_inspect_prints_warnings_as_a_build_does(
    mini_site: Path, write_article: Callable[[str, str], Path]
) -> None:
    write_article("typo.md", "---\ntitle: Ferry news\nsoruce: Harbour Daily\n---\nFerry news.\n")
    result = run("inspect", "content/typo.md")
    assert result.returncode == 0
    assert result.stdout.startswith("File:       content/typo.md\n")
    assert result.stderr == (
        "warning: content/typo.md:3: Unknown front matter key 'soruce' (ignored).\n"
        "  hint: Did you mean 'source'? Known keys: author, draft, published, source, story, tags, "
        "title, updated, url.\n"
    )


def test_inspect_says_what_is_not_an_article_and_goes_on(mini_site: Path) -> None:
    (mini_site / "content" / "sources.yaml").write_text("{}\n", encoding="utf-8")
    (mini_site / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = run(
        "inspect", "content", "content/sources.yaml", "notes.pdf", "content/coastal-times.md"
    )
    assert result.returncode == 1
    assert result.stderr == (
        "error: content: This is a folder, not an article file.\n"
        "  hint: Give the path of an article in it, e.g. content/*.md, or build the folder "
        "with `briefing build`.\n"
        "error: content/sources.yaml: This is sidecar metadata, not an article.\n"
        "  hint: Inspect an article it describes: its metadata is shown there.\n"
        "error: notes.pdf: Not an article file: briefing reads Markdown (.md, .markdown) and "
        "plain text (.txt).\n"
        "  hint: Convert it to Markdown or plain text, or give another file.\n"
    )
    assert result.stdout.startswith("File:       content/coastal-times.md\n")


def test_inspect_json_of_several_files_is_one_array(mini_site: Path) -> None:
    one = json.loads(run("inspect", "--json", "content/coastal-times.md").stdout)
    both = json.loads(
        run("inspect", "--json", "content/coastal-times.md", "content/harbour-daily.md").stdout
    )
    assert one["path"] == "content/coastal-times.md"
    assert [report["path"] for report in both] == [
        "content/coastal-times.md",
        "content/harbour-daily.md",
    ]


def test_one_article_is_counted_in_the_singular(mini_site: Path) -> None:
    (mini_site / "content" / "coastal-times.md").unlink()
    (mini_site / "content" / "valley-post.md").unlink()
    (mini_site / "content" / "notes.html").write_text("<p>x</p>", encoding="utf-8")
    result = run(*BUILD)
    assert result.returncode == 0, result.stderr
    assert "  read       1 article, 1 problem (" in result.stderr
    assert "  group      1 story (" in result.stderr
    assert "  summarise  1 summary (" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Built 1 article into 1 story: ")


def test_an_output_path_that_is_a_file_is_a_clear_error(mini_site: Path) -> None:
    (mini_site / "public").write_text("not a folder", encoding="utf-8")
    result = run(*BUILD[:-1], "--output", "public", "content")
    assert result.returncode == 1
    assert result.stderr.endswith(
        "error: public: The output path exists and is not a folder.\n"
        "  hint: Choose a folder with --output (or output_dir in briefing.yaml), or move the "
        "file away.\n"
    )


def test_a_template_error_names_the_file_from_the_current_folder(mini_site: Path) -> None:
    (mini_site / "templates").mkdir()
    (mini_site / "templates" / "story.html").write_text(
        '{% extends "default:story.html" %}\n{% block main %}\n{{ story.headlin }}\n'
        "{% endblock %}\n",
        encoding="utf-8",
    )
    result = run(*BUILD)
    assert result.returncode == 1
    assert result.stderr.endswith(
        "error: templates/story.html:3: Undefined template variable: StoryCard has no field "
        "'headlin'. Did you mean 'headline'?\n"
        "  hint: Template variables are documented in the README, section 'Themes and template "
        "context'.\n"
    )


def test_the_content_folder_as_output_is_refused_and_left_alone(mini_site: Path) -> None:
    before = {p: p.read_bytes() for p in (mini_site / "content").rglob("*") if p.is_file()}
    result = run("build", "--output", "content")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "error: command line: The output folder 'content' is also the content folder: the site "
        "would be written over its files."
    )
    after = {p: p.read_bytes() for p in (mini_site / "content").rglob("*") if p.is_file()}
    assert after == before


@pytest.mark.parametrize("where", ["before", "after"])
def test_verbose_goes_before_or_after_the_command(mini_site: Path, where: str) -> None:
    args = ["-v", *BUILD] if where == "before" else [*BUILD[:1], "-v", *BUILD[1:]]
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert "DEBUG briefing.build: read: " in result.stderr


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (
            ["build", "--port", "8001"],
            "briefing build: error: unrecognized arguments: --port "
            "(--port is an option of 'briefing serve')",
        ),
        (
            ["serve", "--prot", "8001"],
            "briefing serve: error: unrecognized arguments: --prot (did you mean --port?)",
        ),
        (["init", "--force"], "briefing init: error: unrecognized arguments: --force"),
    ],
)
def test_an_unknown_option_is_the_commands_usage_error(
    mini_site: Path, args: list[str], error: str
) -> None:
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"usage: briefing {args[0]} [-h]")
    assert lines[-1] == error
    assert not (mini_site / "site").exists()


@pytest.mark.parametrize("command", ["build", "serve", "watch", "inspect", "init"])
def test_each_commands_help_says_what_it_does_and_what_each_argument_is(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    paragraphs = result.stdout.split("\n\n")
    assert paragraphs[0].startswith(f"usage: briefing {command} ")
    description = paragraphs[1]  # argparse puts it between the usage and the arguments
    assert description[0].isupper() and description.rstrip().endswith("."), description
    assert not description.startswith(("positional arguments:", "options:"))
    positional = next(p for p in paragraphs if p.startswith("positional arguments:"))
    for entry in positional.splitlines()[1:]:
        name, _, meaning = entry.strip().partition("  ")
        assert meaning.strip(), f"{command}: {name} has no help"


def test_base_url_on_the_command_line_beats_the_config(mini_site: Path) -> None:
    (mini_site / "briefing.yaml").write_text("base_url: https://staging.example.org/\n")
    result = run(*BUILD[:1], "--base-url", "https://news.example.org/briefing", *BUILD[1:])
    assert result.returncode == 0, result.stderr
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(mini_site / "site" / "feed.xml").getroot()
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{atom}link")}
    assert links["self"] == "https://news.example.org/briefing/feed.xml"
    sitemap = ET.parse(mini_site / "site" / "sitemap.xml").getroot()
    locs = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs and all(str(loc).startswith("https://news.example.org/briefing/") for loc in locs)


def test_a_bad_base_url_on_the_command_line_is_blamed_on_it(mini_site: Path) -> None:
    result = run("build", "--base-url", "news.example.org", "content")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        "error: command line: Config value 'base_url': expected an absolute http(s) URL such as "
        "'https://news.example.org/', got 'news.example.org'."
    )


def test_log_lines_read_like_the_builds_own_problems() -> None:
    from briefing.cli import _LogFormatter

    record = logging.LogRecord(
        "briefing.watch",
        logging.WARNING,
        __file__,
        1,
        "Cannot watch %s: %s",
        ("content", "gone"),
        None,
    )
    assert _LogFormatter(verbose=False).format(record) == "warning: Cannot watch content: gone"
    assert (
        _LogFormatter(verbose=True).format(record)
        == "WARNING briefing.watch: Cannot watch content: gone"
    )
