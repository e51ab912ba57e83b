"""The watcher: pure event classification, the debouncer, and the real watchdog observer."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing.watch import (
    Action,
    Change,
    Debouncer,
    Kind,
    Roots,
    Watcher,
    classify,
    classify_event,
    is_temp_name,
    watch_roots,
)

SITE = Path("/home/ana/news")
ROOTS = Roots(
    dirs=(SITE / "content", SITE / "seeds", SITE / "templates", SITE / "themes/dark"),
    files=(SITE / "briefing.yaml",),
    ignore=(SITE / "site",),
)


@pytest.mark.parametrize(
    "name",
    [
        ".article.md.swp",
        ".article.md.swx",
        "article.md.swo",
        "article.md~",
        "#article.md#",
        ".#article.md",
        "4913",
        "article.md.tmp",
        "article.md___jb_tmp___",
        "article.md___jb_old___",
        "hello.html.__jb_bak___",
        "smtp.md0HlVyu.bck",
        ".goutputstream-XYZ12",
        ".~lock.article.md#",
        "~$article.docx",
        "article.md.kate-swp",
        "article.md.part",
        ".DS_Store",
        "__pycache__",
    ],
)
def test_editor_temporary_files_are_recognised(name: str) -> None:
    assert is_temp_name(name)


@pytest.mark.parametrize("name", ["article.md", "2031-03-04-ferry.md", "style.css", "v2.txt"])
def test_ordinary_names_are_not_temporary(name: str) -> None:
    assert not is_temp_name(name)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("content/ferry.md", Kind.CONTENT),
        ("content/2031/march/ferry.markdown", Kind.CONTENT),
        ("seeds/first.txt", Kind.CONTENT),
        ("seeds/meta.yaml", Kind.SIDECAR),
        ("content/sources.yaml", Kind.SIDECAR),
        ("content/ferry.meta.yml", Kind.SIDECAR),
        ("templates/story.html", Kind.TEMPLATE),
        ("themes/dark/templates/base.html", Kind.TEMPLATE),
        ("themes/dark/templates/partials/nav.txt", Kind.TEMPLATE),
        ("themes/dark/static/site.css", Kind.STATIC),
        ("themes/dark/static/logo.svg", Kind.STATIC),
        ("briefing.yaml", Kind.CONFIG),
        ("content/.ferry.md.swp", Kind.IGNORED),
        ("content/ferry.md~", Kind.IGNORED),
        ("content/.git/index", Kind.IGNORED),
        ("site/index.html", Kind.IGNORED),
        ("site/stories/ferry.html", Kind.IGNORED),
        ("other.yaml", Kind.IGNORED),
        ("README.md", Kind.IGNORED),
        ("content-old/ferry.md", Kind.IGNORED),
    ],
)
def test_classify_sorts_paths_into_kinds(path: str, kind: Kind) -> None:
    assert classify(SITE / path, ROOTS) is kind


def test_output_folder_inside_a_watched_folder_is_ignored() -> None:
    roots = Roots(dirs=(SITE,), ignore=(SITE / "site",))
    assert classify(SITE / "site/index.html", roots) is Kind.IGNORED
    assert classify(SITE / "site", roots, is_dir=True) is Kind.IGNORED
    assert classify(SITE / "site2/index.md", roots) is Kind.CONTENT


def test_a_new_folder_of_articles_is_content() -> None:
    assert classify(SITE / "content/2031", ROOTS, is_dir=True) is Kind.CONTENT


def _events(kind: str, src: str, dest: str = "", is_dir: bool = False) -> tuple[Change, ...]:
    return classify_event(kind, str(SITE / src), str(SITE / dest) if dest else "", is_dir, ROOTS)


def test_write_close_and_delete_events_become_changes() -> None:
    path = SITE / "content/ferry.md"
    assert _events("modified", "content/ferry.md") == (Change(Kind.CONTENT, Action.WRITING, path),)
    assert _events("closed", "content/ferry.md") == (Change(Kind.CONTENT, Action.WRITTEN, path),)
    assert _events("deleted", "content/ferry.md") == (Change(Kind.CONTENT, Action.DELETED, path),)


@pytest.mark.parametrize("kind", ["opened", "closed_no_write", "attrib"])
def test_reads_and_metadata_events_are_noise(kind: str) -> None:
    # The build itself opens and reads every article: that must never trigger a build.
    assert _events(kind, "content/ferry.md") == ()


def test_folder_modified_events_are_noise() -> None:
    assert _events("modified", "content", is_dir=True) == ()


def test_atomic_save_through_a_temporary_file_is_one_written_change() -> None:
    changes = _events("moved", "content/.ferry.md.tmp1234", "content/ferry.md")
    assert changes == (Change(Kind.CONTENT, Action.WRITTEN, SITE / "content/ferry.md"),)


def test_moving_an_article_out_deletes_it_and_moving_in_writes_it() -> None:
    assert _events("moved", "content/ferry.md", "archive/ferry.md") == (
        Change(Kind.CONTENT, Action.DELETED, SITE / "content/ferry.md"),
    )
    assert _events("moved", "content/a.md", "seeds/a.md") == (
        Change(Kind.CONTENT, Action.DELETED, SITE / "content/a.md"),
        Change(Kind.CONTENT, Action.WRITTEN, SITE / "seeds/a.md"),
    )


def test_events_in_the_output_folder_are_dropped() -> None:
    assert _events("closed", "site/index.html") == ()
    assert _events("created", "site/stories", is_dir=True) == ()


def _change(name: str, action: Action = Action.WRITTEN) -> Change:
    return Change(Kind.CONTENT, action, SITE / "content" / name)


def test_debouncer_waits_for_quiet_then_releases_one_batch() -> None:
    debouncer = Debouncer(quiet=0.05, track_open=True)
    assert debouncer.wait_time(0.0) is None
    debouncer.add([_change("a.md")], now=10.0)
    assert debouncer.wait_time(10.01) == pytest.approx(0.04)
    debouncer.add([_change("b.md")], now=10.04)
    assert debouncer.wait_time(10.05) == pytest.approx(0.04)
    assert debouncer.wait_time(10.09) == 0.0
    assert [c.path.name for c in debouncer.take()] == ["a.md", "b.md"]
    assert debouncer.wait_time(10.1) is None


def test_debouncer_keeps_the_last_change_per_path() -> None:
    debouncer = Debouncer()
    debouncer.add([_change("a.md", Action.WRITING), _change("a.md", Action.DELETED)], now=1.0)
    assert debouncer.take() == (_change("a.md", Action.DELETED),)


def test_debouncer_waits_for_a_file_still_open_for_writing() -> None:
    debouncer = Debouncer(quiet=0.05, open_wait=1.5, track_open=True)
    debouncer.add([_change("a.md", Action.WRITING)], now=0.0)
    assert debouncer.wait_time(0.2) == pytest.approx(1.3)
    debouncer.add([_change("a.md", Action.WRITTEN)], now=0.3)
    assert debouncer.wait_time(0.3) == pytest.approx(0.05)


def test_debouncer_without_close_events_relies_on_quiet_alone() -> None:
    debouncer = Debouncer(quiet=0.05, track_open=False)
    debouncer.add([_change("a.md", Action.WRITING)], now=0.0)
    assert debouncer.wait_time(0.05) == 0.0


def test_debouncer_releases_a_never_quiet_stream_after_max_wait() -> None:
    debouncer = Debouncer(quiet=0.05, max_wait=3.0)
    for tick in range(100):
        debouncer.add([_change("log.md")], now=tick * 0.04)
    assert debouncer.wait_time(3.96) == 0.0


def test_watch_roots_splits_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "briefing.yaml").write_text("title: x\n")
    roots = watch_roots(
        [tmp_path / "content", tmp_path / "briefing.yaml", tmp_path / "templates"],
        [tmp_path / "site"],
    )
    assert roots.dirs == (tmp_path / "content", tmp_path / "templates")
    assert roots.files == (tmp_path / "briefing.yaml",)
    assert roots.ignore == (tmp_path / "site",)


# The real watchdog observer, on real files.


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("content", "templates", "site"):
        (tmp_path / name).mkdir()
    (tmp_path / "content/a.md").write_text("first\n")
    return tmp_path


@pytest.fixture
def watcher(tree: Path) -> Iterator[Watcher]:
    roots = watch_roots(
        [tree / "content", tree / "templates", tree / "static", tree / "briefing.yaml"],
        [tree / "site"],
    )
    watching = Watcher(roots)
    watching.start()
    yield watching
    watching.stop()
    assert not watching.observer.is_alive()


def _batches(watcher: Watcher, settle: float = 0.6) -> list[tuple[Change, ...]]:
    """Collect every batch until nothing has come for ``settle`` seconds."""
    batches = []
    while batch := watcher.next_batch(timeout=settle):
        batches.append(batch)
    return batches


def test_native_observer_reports_closes(watcher: Watcher) -> None:
    assert type(watcher.observer).__name__ == "InotifyObserver"
    assert watcher.debouncer.track_open


def test_an_edit_is_one_batch(tree: Path, watcher: Watcher) -> None:
    (tree / "content/a.md").write_text("second\n")
    batches = _batches(watcher)
    assert [[(c.path.name, c.action) for c in b] for b in batches] == [[("a.md", Action.WRITTEN)]]


def test_a_burst_of_writes_is_one_batch(tree: Path, watcher: Watcher) -> None:
    watcher.debouncer.quiet = 0.25  # see test_preview: a loaded machine may pause between writes
    for round_ in range(3):
        for n in range(30):
            (tree / f"content/n{n:02}.md").write_text(f"article {n} version {round_}\n")
    (tree / "content/a.md").unlink()
    batches = _batches(watcher)
    assert len(batches) == 1
    names = {c.path.name: c.action for c in batches[0]}
    assert len(names) == 31
    assert names["a.md"] is Action.DELETED


def test_a_file_written_in_chunks_is_one_batch_after_it_is_closed(
    tree: Path, watcher: Watcher
) -> None:
    with (tree / "content/long.md").open("w") as out:
        for n in range(4):
            out.write(f"paragraph {n}\n" * 100)
            out.flush()
            time.sleep(0.15)  # slower than the quiet window
    batches = _batches(watcher)
    assert len(batches) == 1
    assert (tree / "content/long.md").read_text().count("paragraph 3") == 100


def test_temporary_files_and_the_output_folder_are_ignored(tree: Path, watcher: Watcher) -> None:
    (tree / "content/.a.md.swp").write_text("swap")
    (tree / "content/a.md~").write_text("backup")
    (tree / "content/4913").write_text("")
    (tree / "content/.#a.md").write_text("lock")
    (tree / "site/index.html").write_text("<p>built</p>")
    (tree / "site/stories").mkdir()
    (tree / "site/stories/x.html").write_text("<p>built</p>")
    (tree / "README.md").write_text("not watched")
    os.utime(tree / "content/a.md")
    (tree / "content/a.md").read_text()
    assert _batches(watcher) == []


def test_a_folder_copied_in_is_one_quick_batch(tree: Path, watcher: Watcher) -> None:
    other = tree / "elsewhere/2031"
    other.mkdir(parents=True)
    for n in range(10):
        (other / f"n{n}.md").write_text(f"article {n}\n")
    began = time.monotonic()
    shutil.copytree(other, tree / "content/2031")
    batch = watcher.next_batch(timeout=5)
    assert time.monotonic() - began < 1.0  # no wait for files that are already closed
    assert tree / "content/2031/n9.md" in {c.path for c in batch} | {
        c.path for c in _batches(watcher)
    }


def test_editor_atomic_save_is_seen(tree: Path, watcher: Watcher) -> None:
    temporary = tree / "content/.a.md.tmp42"
    temporary.write_text("saved atomically\n")
    temporary.replace(tree / "content/a.md")
    batches = _batches(watcher)
    assert [[(c.path.name, c.action) for c in b] for b in batches] == [[("a.md", Action.WRITTEN)]]


def test_config_file_and_missing_folders_are_watched(tree: Path, watcher: Watcher) -> None:
    (tree / "briefing.yaml").write_text("title: News\n")
    assert [c.kind for b in _batches(watcher) for c in b] == [Kind.CONFIG]
    (tree / "static").mkdir()
    time.sleep(0.2)
    (tree / "static/site.css").write_text("body { color: red }\n")
    kinds = {(c.path.name, c.kind) for b in _batches(watcher) for c in b}
    assert ("site.css", Kind.STATIC) in kinds


def test_a_watched_folder_deleted_and_restored_is_watched_again(
    tree: Path, watcher: Watcher
) -> None:
    shutil.rmtree(tree / "templates")
    assert _batches(watcher)
    (tree / "templates").mkdir()
    assert _batches(watcher)
    (tree / "templates/story.html").write_text("<p>{{ story }}</p>")
    batches = _batches(watcher)
    assert [(c.path.name, c.kind) for b in batches for c in b] == [("story.html", Kind.TEMPLATE)]


def test_polling_observer_works_where_native_watching_does_not(tree: Path) -> None:
    watching = Watcher(watch_roots([tree / "content"], [tree / "site"]), polling=True)
    watching.start()
    try:
        assert not watching.debouncer.track_open
        (tree / "content/a.md").write_text("polled\n")
        batches = _batches(watching)
        assert [[c.path.name for c in b] for b in batches] == [["a.md"]]
    finally:
        watching.stop()


def test_a_watched_folder_moved_away_and_back_is_watched_again(
    tree: Path, watcher: Watcher
) -> None:
    (tree / "templates").rename(tree / "templates-old")
    assert _batches(watcher)
    (tree / "templates-old").rename(tree / "templates")
    assert _batches(watcher)
    (tree / "templates/base.html").write_text("<main></main>")
    batches = _batches(watcher)
    assert [(c.path, c.kind) for b in batches for c in b] == [
        (tree / "templates/base.html", Kind.TEMPLATE)
    ]
