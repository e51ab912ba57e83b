"""Theme lookup: site templates, then the theme, then the default; errors name file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_render_support import config, parse, render_site, sample_briefing

from briefing.errors import ThemeError
from briefing.theme import default_theme_dir, static_files, theme_dirs

FIXTURE = Path(__file__).parent / "fixtures" / "site"
STORY = "stories/ferry-terminal.html"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A site folder with its own templates and static files and a theme named ``plain``."""
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    return tmp_path


def write_template(root: Path, name: str, text: str) -> Path:
    path = root / "templates" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_default_theme_ships_templates_and_static_files() -> None:
    theme = default_theme_dir()
    assert (theme / "templates" / "story.html").is_file()
    assert (theme / "static" / "style.css").is_file()


def test_theme_dirs_are_site_then_theme_then_default(site: Path) -> None:
    assert theme_dirs(config(site, theme="plain")) == (
        site / "templates",
        site / "themes" / "plain",
        default_theme_dir(),
    )
    assert theme_dirs(config(site)) == (site / "templates", default_theme_dir())
    by_path = config(site, theme=str(site / "themes" / "plain"))
    assert theme_dirs(by_path)[1] == site / "themes" / "plain"


def test_a_missing_theme_is_an_error_with_a_hint(site: Path) -> None:
    with pytest.raises(ThemeError) as caught:
        theme_dirs(config(site, theme="nope"))
    assert str(caught.value) == (
        f"{site / 'themes' / 'nope'}: Theme 'nope' not found.\n"
        "  hint: Set `theme` to a folder in themes/ or to the path of a theme folder."
    )


def test_a_site_template_extends_the_default_version_of_itself(site: Path) -> None:
    page = parse(render_site(sample_briefing(), config(site, theme="plain"))[STORY])
    main = page.find("main")
    assert main.find("p", "site-note").text() == "Corrections: write to the desk."
    assert main.find("h1").text() == "Ferry terminal approved"
    assert main.find_all("section")


def test_theme_prefix_falls_back_to_the_default_theme(site: Path) -> None:
    page = parse(render_site(sample_briefing(), config(site, theme="plain"))["index.html"])
    assert page.find("p", "site-note").text() == "Front page note."
    assert len(page.find_all("section", "day")) == 3


def test_the_configured_theme_overrides_the_default(site: Path) -> None:
    files = render_site(sample_briefing(), config(site, theme="plain"))
    assert (
        parse(files["404.html"]).find("p", "plain-404").text() == "The plain theme's own 404 page."
    )
    assert (
        parse(render_site(sample_briefing(), config(site))["404.html"]).find_all("p", "plain-404")
        == []
    )


def test_static_files_follow_the_same_precedence(site: Path) -> None:
    files = render_site(sample_briefing(), config(site, theme="plain"))
    assert files["static/style.css"] == (site / "static" / "style.css").read_bytes()
    assert (
        files["static/extra.css"]
        == (site / "themes" / "plain" / "static" / "extra.css").read_bytes()
    )
    assert files["static/search.js"] == (default_theme_dir() / "static" / "search.js").read_bytes()
    assert list(static_files(config(site, theme="plain"))) == [
        "extra.css",
        "favicon.svg",
        "search.js",
        "style.css",
    ]


def test_a_syntax_error_names_file_line_and_hint(tmp_path: Path) -> None:
    path = write_template(
        tmp_path,
        "story.html",
        '{% extends "base.html" %}\n{% block main %}\n{% if %}\n{% endblock %}\n',
    )
    with pytest.raises(ThemeError) as caught:
        render_site(sample_briefing(), config(tmp_path))
    assert (caught.value.path, caught.value.line) == (str(path), 3)
    assert str(caught.value) == (
        f"{path}:3: Template syntax error: Expected an expression, got 'end of statement block'.\n"
        "    {% if %}\n"
        "  hint: Check the tag or expression on that line."
    )


def test_an_undefined_field_names_file_line_and_the_close_match(tmp_path: Path) -> None:
    path = write_template(
        tmp_path,
        "story.html",
        '{% extends "base.html" %}\n{% block main %}\n<h1>{{ story.headlin }}</h1>\n'
        "{% endblock %}\n",
    )
    with pytest.raises(ThemeError) as caught:
        render_site(sample_briefing(), config(tmp_path))
    assert str(caught.value) == (
        f"{path}:3: Undefined template variable: StoryCard has no field 'headlin'. "
        "Did you mean 'headline'?\n"
        "  hint: Template variables are documented in the README, "
        "section 'Themes and template context'."
    )


def test_an_undefined_variable_is_an_error_not_empty_text(tmp_path: Path) -> None:
    path = write_template(
        tmp_path,
        "tag.html",
        '{% extends "base.html" %}\n{% block main %}\n\n<h1>{{ subjet.name }}</h1>\n'
        "{% endblock %}\n",
    )
    with pytest.raises(ThemeError) as caught:
        render_site(sample_briefing(), config(tmp_path))
    assert (caught.value.path, caught.value.line) == (str(path), 4)
    assert (
        caught.value.message
        == "Undefined template variable: 'subjet' is undefined. Did you mean 'subject'?"
    )


def test_a_missing_parent_template_lists_the_folders_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # folders inside it are shown from here
    write_template(tmp_path, "story.html", '{% extends "nothere.html" %}\n')
    with pytest.raises(ThemeError) as caught:
        render_site(sample_briefing(), config(tmp_path))
    assert (caught.value.path, caught.value.line) == ("templates/story.html", 1)
    assert caught.value.message == "Template 'nothere.html' not found."
    assert caught.value.hint == f"Looked in: templates/, {default_theme_dir() / 'templates'}/."


def test_a_missing_include_names_the_line_that_asks_for_it_and_the_close_name(
    tmp_path: Path,
) -> None:
    path = write_template(
        tmp_path,
        "story.html",
        '{% extends "default:story.html" %}\n{% block main %}\n'
        '{% include "macro.html" %}\n{% endblock %}\n',
    )
    with pytest.raises(ThemeError) as caught:
        render_site(sample_briefing(), config(tmp_path))
    assert (caught.value.path, caught.value.line) == (str(path), 3)
    assert caught.value.message == "Template 'macro.html' not found. Did you mean 'macros.html'?"


def test_autoescape_is_on_in_site_templates(tmp_path: Path) -> None:
    write_template(
        tmp_path,
        "story.html",
        '{% extends "base.html" %}\n{% block main %}<h1>{{ "<b>x</b>" }}</h1>{% endblock %}\n',
    )
    page = parse(render_site(sample_briefing(), config(tmp_path))[STORY])
    assert page.find("h1").text() == "<b>x</b>" and page.find_all("b") == []


def test_a_template_edited_between_builds_is_used_at_once(tmp_path: Path) -> None:
    base = '{% extends "default:story.html" %}{% block description %}NOTE{% endblock %}\n'
    path = write_template(tmp_path, "story.html", base.replace("NOTE", "first"))
    first = parse(render_site(sample_briefing(), config(tmp_path))[STORY])
    path.write_text(base.replace("NOTE", "second, longer"), encoding="utf-8")
    second = parse(render_site(sample_briefing(), config(tmp_path))[STORY])
    described = [
        [m.get("content") for m in page.find_all("meta") if m.attrs.get("name") == "description"]
        for page in (first, second)
    ]
    assert described == [["first"], ["second, longer"]]
    write_template(
        tmp_path,
        "404.html",
        '{% extends "default:404.html" %}{% block main %}<h1>Added later</h1>{% endblock %}\n',
    )
    assert parse(render_site(sample_briefing(), config(tmp_path))["404.html"]).find(
        "h1"
    ).text() == ("Added later")


def test_extra_head_reaches_every_page_even_those_that_replace_head(site: Path) -> None:
    write_template(
        site,
        "base.html",
        '{% extends "default:base.html" %}\n'
        '{% block extra_head %}<link rel="stylesheet" href="{{ root }}static/brand.css">'
        "{% endblock %}\n",
    )
    pages = render_site(sample_briefing(), config(site))
    for path in ("index.html", STORY, "archive.html"):
        links = [link.get("href") for link in parse(pages[path]).find("head").find_all("link")]
        depth = "../" * path.count("/")
        assert f"{depth}static/brand.css" in links, path


def test_a_failing_expression_names_its_line_the_error_and_what_to_check(tmp_path: Path) -> None:
    path = write_template(
        tmp_path,
        "story.html",
        '{% extends "default:story.html" %}\n{% block main %}\n'
        "{{ story.article_count + story.headline }}\n{% endblock %}\n",
    )
    with pytest.raises(ThemeError) as caught:
        render_site(sample_briefing(), config(tmp_path))
    assert (caught.value.path, caught.value.line) == (str(path), 3)
    assert caught.value.message == (
        "Template error: TypeError: unsupported operand type(s) for +: 'int' and 'str'."
    )
    assert caught.value.hint is not None
    assert caught.value.hint.startswith("Check the expression on that line: a value used as ")
