"""Configuration: defaults, paths relative to the config file, all problems reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import Config, load_config
from briefing.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "briefing.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    config = load_config(None)
    assert config.summary_words == 120
    assert config.quotes_per_story == 3
    assert config.output_dir == tmp_path / "site"
    assert config.content_dirs == (tmp_path / "content", tmp_path / "seeds")


def test_default_content_folders_are_those_that_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    assert load_config(None).content_dirs == (tmp_path / "content",)
    (tmp_path / "seeds").mkdir()
    assert load_config(None).content_dirs == (tmp_path / "content", tmp_path / "seeds")


def test_a_named_content_folder_is_kept_even_when_missing(tmp_path: Path) -> None:
    path = write(tmp_path, "content_dirs: [content, seeds]\n")
    (tmp_path / "content").mkdir()
    assert load_config(path).content_dirs == (tmp_path / "content", tmp_path / "seeds")


def test_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    path = write(tmp_path, "content_dirs: [news]\noutput_dir: public\nsummary_words: 80\n")
    config = load_config(path)
    assert config.content_dirs == (tmp_path / "news",)
    assert config.output_dir == tmp_path / "public"
    assert config.summary_words == 80


def test_overrides_beat_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "output_dir: public\nstrict: false\n")
    config = load_config(path, {"output_dir": Path("/tmp/elsewhere"), "strict": True})
    assert config.output_dir == Path("/tmp/elsewhere")
    assert config.strict is True


def test_reports_every_problem_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, "sumary_words: 100\nquotes_per_story: -1\nbase_url: example.org\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == (
        f"{path}:1: Unknown config key 'sumary_words' (did you mean 'summary_words'?).\n"
        f"{path}:2: Config value 'quotes_per_story': expected a whole number, 0 or more, got -1.\n"
        f"{path}:3: Config value 'base_url': expected an absolute http(s) URL such as "
        "'https://news.example.org/', got 'example.org'.\n"
        "  hint: Valid keys: title, description, base_url, content_dirs, output_dir, theme, "
        "templates_dir, static_dir, summary_words, quotes_per_story, stories_per_page, "
        "feed_items, timezone, language, strict, drafts, jobs; each is documented in the README, "
        "section 'Configuration'."
    )
    assert (error.value.path, error.value.line) == (str(path), 1)


def test_yaml_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "title: ok\nsummary_words: [1, 2\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert error.value.line == 2  # where the '[' opens, not the end of the file where YAML saw it
    assert str(error.value) == (
        f"{path}:2: Invalid YAML: the '[' list that opens here does not close properly "
        "(expected ',' or ']', but got '<stream end>' on line 3).\n"
        "  hint: Check indentation and quoting."
    )


def test_an_unclosed_quote_is_shown_where_it_opens(tmp_path: Path) -> None:
    path = write(tmp_path, 'title: "Lowmoor briefing\nsummary_words: 100\n')
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert error.value.line == 1
    assert "the quoted value that opens here is not closed" in str(error.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_config(tmp_path / "nope.yaml")
    assert str(error.value) == (
        f"{tmp_path / 'nope.yaml'}: Config file not found.\n  hint: Check the --config path."
    )


def test_bad_timezone(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="expected an IANA time zone name"):
        load_config(write(tmp_path, "timezone: Mars/Olympus\n"))


def test_base_url_gets_a_trailing_slash(tmp_path: Path) -> None:
    assert load_config(write(tmp_path, "base_url: https://x.org/news\n")).base_url == (
        "https://x.org/news/"
    )


def test_every_option_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name in Config.__dataclass_fields__:
        if name != "root":
            assert f"`{name}`" in readme, f"option {name} is not documented in README.md"


def test_feed_items_and_jobs_must_be_whole_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "feed_items: -5\njobs: two\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == (
        f"{path}:1: Config value 'feed_items': expected a whole number, 0 or more, got -5.\n"
        f"{path}:2: Config value 'jobs': expected a whole number, 0 or more, got 'two'.\n"
        "  hint: Every option is documented in the README, section 'Configuration'."
    )


def test_a_key_set_twice_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "title: Morning\nsummary_words: 80\ntitle: Evening\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == (
        f"{path}:3: Config key 'title' is set more than once (lines 1, 3).\n"
        "  hint: Every option is documented in the README, section 'Configuration'."
    )


def test_a_bad_value_on_the_command_line_is_not_blamed_on_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "title: Morning\njobs: 2\n")
    with pytest.raises(ConfigError) as error:
        load_config(path, {"jobs": -1})
    assert str(error.value) == (
        "command line: Config value 'jobs': expected a whole number, 0 or more, got -1.\n"
        "  hint: Every option is documented in the README, section 'Configuration'."
    )


def test_a_folder_given_as_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as error:
        load_config(tmp_path)
    assert str(error.value) == (
        f"{tmp_path}: The config path is a folder, not a file.\n"
        f"  hint: Give the YAML file itself, e.g. --config {tmp_path / 'briefing.yaml'}."
    )


HINT_OWN_FOLDER = (
    "  hint: Give the site a folder of its own, away from the folders briefing reads, with "
    "--output or 'output_dir' in briefing.yaml (the default is 'site')."
)


def test_an_output_folder_that_is_the_content_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "title: Morning\ncontent_dirs: [news]\noutput_dir: news\n")
    with pytest.raises(ConfigError) as error:
        load_config(Path("briefing.yaml"))
    assert str(error.value) == (
        "briefing.yaml:3: The output folder 'news' is also the content folder: the site would "
        f"be written over its files.\n{HINT_OWN_FOLDER}"
    )


def test_an_output_folder_holding_a_content_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    with pytest.raises(ConfigError) as error:
        load_config(None, {"output_dir": tmp_path})
    assert str(error.value) == (
        "command line: The output folder '.' holds the content folder 'content': a build would "
        f"delete its files as stale.\n{HINT_OWN_FOLDER}"
    )


def test_an_output_folder_inside_the_static_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "static_dir: assets\noutput_dir: assets/site\n")
    with pytest.raises(ConfigError) as error:
        load_config(Path("briefing.yaml"))
    assert str(error.value) == (
        "briefing.yaml:2: The output folder 'assets/site' is inside the static folder 'assets': "
        f"each build would copy the site into it.\n{HINT_OWN_FOLDER}"
    )


def test_an_output_folder_inside_a_content_folder_is_allowed(tmp_path: Path) -> None:
    path = write(tmp_path, "content_dirs: [.]\noutput_dir: site\n")
    assert load_config(path).output_dir == tmp_path / "site"


def test_a_misspelt_theme_names_its_line_and_the_closest_theme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("dark", "light"):
        (tmp_path / "themes" / name / "templates").mkdir(parents=True)
    write(tmp_path, "title: Morning\ntheme: darkk\n")
    with pytest.raises(ConfigError) as error:
        load_config(Path("briefing.yaml"))
    assert str(error.value) == (
        "briefing.yaml:2: Theme 'darkk' not found (did you mean 'dark'?).\n"
        "  hint: Set `theme` to 'default', to the name of a folder in themes/ beside the config "
        "file (themes/ holds dark, light), or to the path of a theme folder."
    )
    write(tmp_path, "title: Morning\ntheme: dark\n")
    assert load_config(Path("briefing.yaml")).theme == "dark"


def test_a_theme_without_a_themes_folder_says_there_is_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "theme: fancy\n")
    with pytest.raises(ConfigError) as error:
        load_config(Path("briefing.yaml"))
    assert str(error.value) == (
        "briefing.yaml:1: Theme 'fancy' not found.\n"
        "  hint: Set `theme` to 'default', to the name of a folder in themes/ beside the config "
        "file (there is no themes/ folder), or to the path of a theme folder."
    )


def test_a_config_file_not_in_utf8_names_its_line_and_says_how_to_fix_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefing.yaml").write_bytes(
        "title: Morning\nlanguage: fr\ndescription: Café\n".encode("cp1252")
    )
    with pytest.raises(ConfigError) as error:
        load_config(Path("briefing.yaml"))
    assert str(error.value) == (
        "briefing.yaml:3: The config file is not UTF-8: byte 0xe9 is not text.\n"
        "  hint: Save it as UTF-8: most editors offer this under 'Save with encoding'."
    )


def test_a_folder_under_the_home_folder_is_written_as_in_a_shell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    path = write(tmp_path, "output_dir: ~/public\ncontent_dirs: [~/news, content]\n")
    config = load_config(path)
    assert config.output_dir == home / "public"
    assert config.content_dirs == (home / "news", tmp_path / "content")


def test_a_theme_pointing_at_its_templates_folder_says_to_point_above_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "themes" / "dark" / "templates").mkdir(parents=True)
    write(tmp_path, "theme: themes/dark/templates\n")
    with pytest.raises(ConfigError) as error:
        load_config(Path("briefing.yaml"))
    assert str(error.value) == (
        "briefing.yaml:1: Theme 'themes/dark/templates' has neither templates/ nor static/ in it "
        "(its parent holds one).\n"
        "  hint: Point `theme` at the theme's own folder, the one that holds templates/ and "
        "static/."
    )
