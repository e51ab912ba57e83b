"""The preview loop with the real watcher and server, driving a small fake build."""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from conftest import Lines
from test_serve import by_id, elements, fetch

from briefing import preview as preview_module
from briefing.errors import BriefingError, ContentError, Problem, Severity
from briefing.livereload import EVENTS_PATH, SiteState
from briefing.preview import Preview, preview


def wait_until(check: Callable[[], bool], timeout: float = 5.0) -> None:
    """Poll ``check`` until it holds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {check.__name__}")
        time.sleep(0.02)


class FakeBuild:
    """Turn each ``content/*.md`` into ``site/<name>.html``; fail on the word BROKEN."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1
        sources = sorted((self.root / "content").glob("*.md"))
        for source in sources:
            lines = source.read_text().splitlines()
            if "BROKEN" in lines:
                raise ContentError(
                    "Invalid front matter: <expected> a mapping.",
                    path=f"content/{source.name}",
                    line=lines.index("BROKEN") + 1,
                    hint="Write one `key: value` per line.",
                )
        site = self.root / "site"
        site.mkdir(exist_ok=True)
        for old in site.glob("*.html"):
            if not (self.root / "content" / f"{old.stem}.md").exists():
                old.unlink()
        for source in sources:
            body = "".join(f"<p>{line}</p>" for line in source.read_text().splitlines())
            (site / f"{source.stem}.html").write_text(f"<html><body>{body}</body></html>")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content/ferry.md").write_text("Ferry approved\n")
    return tmp_path


@pytest.fixture
def lines() -> list[str]:
    return []


@pytest.fixture
def fake(root: Path) -> FakeBuild:
    return FakeBuild(root)


@pytest.fixture
def running(root: Path, fake: FakeBuild, lines: list[str]) -> Iterator[Preview]:
    session = Preview(
        fake,
        site_dir=root / "site",
        watch_paths=[root / "content", root / "briefing.yaml"],
        ignore=[],
        port=0,
        on_event=lines.append,
    )
    stop = threading.Event()
    session.start()
    loop = threading.Thread(target=session.run, args=(stop,), name="preview-loop")
    loop.start()
    yield session
    stop.set()
    loop.join(timeout=5)
    session.close()
    assert not loop.is_alive()
    assert not session.watcher.observer.is_alive()
    assert [t.name for t in threading.enumerate()] == ["MainThread"]


def base(session: Preview) -> str:
    """Return the session's URL (it has a server)."""
    assert session.url is not None
    return session.url


def _paragraphs(session: Preview, path: str) -> list[str]:
    return [text for tag, _, text in elements(fetch(base(session) + path)[2]) if tag == "p"]


def test_first_build_then_serving_is_announced(running: Preview, lines: list[str]) -> None:
    assert lines[0].startswith("Built in ")
    assert lines[1] == f"Serving {running.site_dir} at {running.url} (Ctrl-C to stop)"
    assert running.url is not None and running.url.startswith("http://127.0.0.1:")


def test_editing_an_article_changes_the_served_page(
    root: Path, running: Preview, fake: FakeBuild, lines: list[str]
) -> None:
    assert _paragraphs(running, "ferry.html") == ["Ferry approved"]
    (root / "content/ferry.md").write_text("Ferry approved 7-2\n")

    def page_changed() -> bool:
        return _paragraphs(running, "ferry.html") == ["Ferry approved 7-2"]

    wait_until(page_changed)
    assert fake.calls == 2
    wait_until(lambda: len(lines) == 3)
    assert lines[2].startswith("Rebuilt in ")
    assert lines[2].endswith(f"({os.path.relpath(root / 'content/ferry.md')} changed)")


def test_a_new_article_appears_and_a_deleted_one_gives_404(root: Path, running: Preview) -> None:
    (root / "content/library.md").write_text("Library reopens\n")
    wait_until(lambda: fetch(base(running) + "library.html")[0] == 200)
    (root / "content/library.md").unlink()
    wait_until(lambda: fetch(base(running) + "library.html")[0] == 404)


def test_failed_build_shows_the_overlay_until_fixed(
    root: Path, running: Preview, lines: list[str]
) -> None:
    (root / "content/ferry.md").write_text("title: Ferry\nBROKEN\n")

    def overlay_shown() -> bool:
        return by_id(fetch(base(running) + "ferry.html")[2], "briefing-error") is not None

    wait_until(overlay_shown)
    page = fetch(base(running) + "ferry.html")[2]
    overlay = by_id(page, "briefing-error")
    assert overlay is not None
    assert "Invalid front matter: <expected> a mapping." in overlay[2]
    assert "content/ferry.md, line 2" in overlay[2]
    assert _paragraphs(running, "ferry.html")[0] == "Ferry approved"  # the last good page
    assert lines[2:] == [
        "Build failed: content/ferry.md:2: Invalid front matter: <expected> a mapping.\n"
        "  hint: Write one `key: value` per line."
    ]
    (root / "content/ferry.md").write_text("title: Ferry\nBROKEN\nstill\n")
    wait_until(lambda: len(lines) == 4)
    assert lines[3] == "Build still failing (the same error as above)."
    (root / "content/ferry.md").write_text("Ferry fixed\n")
    wait_until(lambda: not overlay_shown())
    assert _paragraphs(running, "ferry.html") == ["Ferry fixed"]


def test_a_crashing_build_is_reported_and_the_preview_lives_on(
    root: Path, running: Preview, fake: FakeBuild, caplog: pytest.LogCaptureFixture
) -> None:
    (root / "content/ferry.md").write_text("crash\n")
    fake.root = root / "missing"  # the fake build now fails with FileNotFoundError
    wait_until(lambda: by_id(fetch(base(running) + "ferry.html")[2], "briefing-error") is not None)
    overlay = by_id(fetch(base(running) + "ferry.html")[2], "briefing-error")
    assert overlay is not None and "Internal error: FileNotFoundError" in overlay[2]
    assert "The build crashed." in caplog.text
    fake.root = root
    (root / "content/ferry.md").write_text("recovered\n")
    wait_until(lambda: _paragraphs(running, "ferry.html") == ["recovered"])


def test_a_burst_of_writes_is_one_rebuild(root: Path, running: Preview, fake: FakeBuild) -> None:
    # A wider quiet window than the default, so that a loaded test machine pausing between
    # two writes cannot split the burst: what is tested is the coalescing, not the machine.
    running.watcher.debouncer.quiet = 0.25
    for version in range(5):
        for n in range(20):
            (root / f"content/n{n:02}.md").write_text(f"article {n} version {version}\n")
    wait_until(lambda: fake.calls == 2)
    time.sleep(0.5)
    assert fake.calls == 2
    assert _paragraphs(running, "n19.html") == ["article 19 version 4"]


def test_a_file_written_in_slow_chunks_is_built_once_complete(
    root: Path, running: Preview, fake: FakeBuild
) -> None:
    with (root / "content/ferry.md").open("w") as out:
        for chunk in ("Ferry ", "terminal ", "approved"):
            out.write(chunk)
            out.flush()
            time.sleep(0.3)  # far longer than the quiet window
        out.write("\n")
    wait_until(lambda: _paragraphs(running, "ferry.html") == ["Ferry terminal approved"])
    time.sleep(0.3)
    assert fake.calls == 2  # no build of a half-written file


def test_temporary_files_and_the_output_folder_never_trigger_builds(
    root: Path, running: Preview, fake: FakeBuild
) -> None:
    (root / "content/.ferry.md.swp").write_text("swap")
    (root / "content/ferry.md~").write_text("backup")
    (root / "content/#ferry.md#").write_text("autosave")
    (root / "site/extra.html").write_text("<p>written by hand</p>")
    (root / "content/ferry.md").read_text()  # the build's own reads
    time.sleep(0.6)
    assert fake.calls == 1


def test_the_output_folder_deleted_while_serving_is_built_again(
    root: Path, running: Preview, fake: FakeBuild, lines: list[str]
) -> None:
    calls = fake.calls
    shutil.rmtree(root / "site")
    wait_until(lambda: (root / "site/ferry.html").is_file())
    assert fake.calls == calls + 1
    status, _, body = fetch(base(running) + "ferry.html")
    assert status == 200 and "Ferry approved" in body
    wait_until(lambda: lines[-1].endswith("site deleted)"))  # the path as seen from here
    assert lines[-1].startswith("Rebuilt in ")


def test_config_file_change_rebuilds(root: Path, running: Preview, fake: FakeBuild) -> None:
    (root / "briefing.yaml").write_text("title: Harbour news\n")
    wait_until(lambda: fake.calls == 2)


def test_open_pages_are_told_to_reload_after_a_rebuild(root: Path, running: Preview) -> None:
    page = fetch(base(running) + "ferry.html")[2]
    script = by_id(page, "briefing-livereload")
    assert script is not None
    token = running.state.token
    assert script[1]["data-token"] == token
    answers: list[str] = []
    poll_url = base(running) + EVENTS_PATH.lstrip("/") + f"?since={token}"
    poll = threading.Thread(target=lambda: answers.append(fetch(poll_url)[2]))
    poll.start()
    (root / "content/ferry.md").write_text("Ferry again\n")
    poll.join(timeout=5)
    assert json.loads(answers[0])["token"] != token


def test_watch_only_mode_rebuilds_without_a_server(root: Path, fake: FakeBuild) -> None:
    lines: list[str] = []
    session = Preview(
        fake,
        site_dir=root / "site",
        watch_paths=[root / "content"],
        ignore=[],
        serve=False,
        on_event=lines.append,
    )
    stop = threading.Event()
    with session:
        loop = threading.Thread(target=session.run, args=(stop,))
        loop.start()
        (root / "content/ferry.md").write_text("Edited offline\n")
        wait_until(lambda: "Edited offline" in (root / "site/ferry.html").read_text())
        stop.set()
        loop.join()
    assert session.url is None
    assert lines[1] == f"Watching for changes, rebuilding {root / 'site'} (Ctrl-C to stop)"


def test_a_port_in_use_is_a_clear_error(root: Path, fake: FakeBuild) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        session = Preview(
            fake, site_dir=root / "site", watch_paths=[root / "content"], ignore=[], port=port
        )
        with pytest.raises(BriefingError) as raised:
            session.start()
    assert str(raised.value) == (
        f"Cannot serve on 127.0.0.1:{port}: Address already in use.\n"
        "  hint: Pick another port with --port (0 picks a free one)."
    )
    assert not session.watcher.observer.is_alive()


def test_the_default_port_in_use_moves_to_the_next_free_one(
    root: Path, fake: FakeBuild, lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        monkeypatch.setattr(preview_module, "DEFAULT_PORT", port)  # as if it were 8000
        session = Preview(
            fake, site_dir=root / "site", watch_paths=[root / "content"], ignore=[],
            on_event=lines.append,
        )  # fmt: skip
        with session:
            served = urlsplit(base(session)).port
            assert served is not None and port < served < port + 10
            status, _, body = fetch(base(session) + "ferry.html")
    assert status == 200 and "Ferry approved" in body
    assert lines[0] == f"Port {port} is in use: serving on port {served} instead."
    assert lines[-1] == f"Serving {root / 'site'} at http://127.0.0.1:{served}/ (Ctrl-C to stop)"


def test_an_address_not_of_this_machine_is_a_clear_error(root: Path, fake: FakeBuild) -> None:
    session = Preview(
        fake,
        site_dir=root / "site",
        watch_paths=[root / "content"],
        ignore=[],
        host="briefing-test.invalid",  # RFC 2606: a name that never resolves
        port=0,
    )
    with pytest.raises(BriefingError) as raised:
        session.start()
    assert raised.value.message.startswith("Cannot serve on briefing-test.invalid:0: ")
    assert raised.value.hint == (
        "Give --host an address of this machine: 127.0.0.1 (the default) serves this "
        "machine only, 0.0.0.0 every network it is on."
    )
    assert not session.watcher.observer.is_alive()


def test_files_a_build_went_past_are_shown_while_the_site_updates(
    root: Path, fake: FakeBuild, lines: list[str]
) -> None:
    def rebuild_with_problems() -> object:
        fake()
        bad = root / "content/bad.md"
        found = [Problem(Severity.ERROR, "Invalid front matter YAML.", "content/bad.md", 4)]
        found += [Problem(Severity.WARNING, "Unknown key 'colour'.", "content/ferry.md", 2)]
        return SimpleNamespace(problems=tuple(found) if bad.exists() else ())

    session = Preview(
        rebuild_with_problems,
        site_dir=root / "site",
        watch_paths=[root / "content"],
        ignore=[],
        port=0,
        on_event=lines.append,
    )
    stop = threading.Event()
    with session:
        loop = threading.Thread(target=session.run, args=(stop,))
        loop.start()
        (root / "content/bad.md").write_text("left out\n")
        wait_until(lambda: fetch(base(session) + "bad.html")[0] == 200)
        overlay = by_id(fetch(base(session) + "ferry.html")[2], "briefing-error")
        assert overlay is not None
        assert "Build problem" in overlay[2]
        assert "Invalid front matter YAML." in overlay[2]
        assert "content/bad.md, line 4" in overlay[2]
        assert "colour" not in overlay[2]  # warnings are for the terminal
        (root / "content/bad.md").unlink()
        wait_until(lambda: by_id(fetch(base(session))[2], "briefing-error") is None)
        stop.set()
        loop.join()
    assert lines[2].startswith("Rebuilt in ")
    assert " ms with 1 problem (" in lines[2]


def test_a_build_waits_for_running_responses_and_new_ones_wait_for_it() -> None:
    state = SiteState()
    order: list[str] = []
    reading = threading.Event()

    def respond() -> None:
        with state.reading():
            reading.set()
            time.sleep(0.2)
            order.append("first response done")

    def rebuild() -> None:
        with state.building():
            order.append("build")
            time.sleep(0.2)

    def late_response() -> None:
        with state.reading():
            order.append("late response")

    first = threading.Thread(target=respond)
    first.start()
    reading.wait()
    builder = threading.Thread(target=rebuild)
    builder.start()
    time.sleep(0.05)  # the build is now waiting for the first response
    late = threading.Thread(target=late_response)
    late.start()
    for thread in (first, builder, late):
        thread.join(timeout=5)
    assert order == ["first response done", "build", "late response"]


def test_ctrl_c_during_a_build_stops_everything(root: Path, fake: FakeBuild) -> None:
    def rebuild() -> None:
        if fake.calls == 1:
            fake.calls += 1
            raise KeyboardInterrupt  # what Ctrl-C does to the main thread mid-build
        fake()

    edit = threading.Timer(0.5, lambda: (root / "content/ferry.md").write_text("edited\n"))
    edit.start()
    with pytest.raises(KeyboardInterrupt):
        preview(rebuild, site_dir=root / "site", watch_paths=[root / "content"], ignore=[], port=0)
    edit.join()
    assert [t.name for t in threading.enumerate()] == ["MainThread"]
    assert sorted(p.name for p in root.iterdir()) == ["content", "site"]  # no stray files


STOP_SCRIPT = """
import sys, threading, time
from pathlib import Path
from briefing.preview import preview

root = Path(sys.argv[1])
calls = []

def rebuild():
    calls.append(1)
    if len(calls) > 1:
        print("building", flush=True)
        time.sleep(30)  # a long build, interrupted

try:
    preview(rebuild, site_dir=root / "site", watch_paths=[root / "content"], ignore=[], port=0,
            on_event=lambda line: print(line, flush=True))
except KeyboardInterrupt:
    print("threads:", [t.name for t in threading.enumerate()], flush=True)
"""


def test_sigint_during_a_long_build_exits_at_once(root: Path) -> None:
    command = [sys.executable, "-c", STOP_SCRIPT, str(root)]
    restore = functools.partial(signal.signal, signal.SIGINT, signal.SIG_DFL)
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=restore
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        lines = Lines(process.stdout)
        lines.until("Serving ")
        (root / "content/ferry.md").write_text("edited\n")
        assert lines.until("") == "building\n"
        began = time.monotonic()
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
        out, err = lines.rest(), process.stderr.read()
    assert time.monotonic() - began < 2.0
    assert out == "threads: ['MainThread']\n"
    assert err == ""


def test_watched_paths_follow_the_config(root: Path, lines: list[str]) -> None:
    config = root / "folders.txt"
    config.write_text("content\n")
    built: list[tuple[str, ...]] = []

    def folders() -> list[Path]:
        return [*(root / name for name in config.read_text().split()), config]

    def rebuild() -> None:
        built.append(tuple(p.name for p in folders()[:-1] for p in sorted(p.glob("*.md"))))

    session = Preview(rebuild, site_dir=root / "site", watch_paths=folders, ignore=[], port=0)
    stop = threading.Event()
    with session:
        loop = threading.Thread(target=session.run, args=(stop,))
        loop.start()
        try:
            (root / "more").mkdir()
            (root / "more/library.md").write_text("Library\n")
            time.sleep(0.4)
            assert len(built) == 1  # "more" is not watched yet
            config.write_text("content\nmore\n")
            wait_until(lambda: len(built) == 2)
            assert built[1] == ("ferry.md", "library.md")
            (root / "more/museum.md").write_text("Museum\n")
            wait_until(lambda: len(built) == 3)
            assert built[2] == ("ferry.md", "library.md", "museum.md")
        finally:
            stop.set()
            loop.join()


def test_bound_to_every_network_it_gives_an_address_a_browser_can_open(
    root: Path, fake: FakeBuild, lines: list[str]
) -> None:
    session = Preview(
        fake, site_dir=root / "site", watch_paths=[root / "content"], ignore=[],
        host="0.0.0.0", port=0, on_event=lines.append,
    )  # fmt: skip
    with session:
        url = base(session)
        status, _, body = fetch(url + "ferry.html")
    assert urlsplit(url).hostname == "127.0.0.1"
    assert status == 200 and "Ferry approved" in body
    assert lines[-1] == (
        f"Serving {root / 'site'} at {url}, bound to 0.0.0.0: every network this machine is on "
        "(Ctrl-C to stop)"
    )
