"""The preview server: real HTTP on a free port, content types, 404s, traversal refused."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from http import HTTPStatus
from pathlib import Path

import pytest

from briefing.build import BuildFailed
from briefing.errors import Problem, Severity
from briefing.livereload import (
    EVENTS_PATH,
    LIVERELOAD_JS,
    OVERLAY_CSS,
    SCRIPT_PATH,
    STYLE_PATH,
    Failure,
    SiteState,
    failure_from,
    inject,
    overlay_html,
    problems_failure,
)
from briefing.serve import PreviewServer, resolve

SECRET = "TOP SECRET, OUTSIDE THE SITE"

# Helpers shared with the preview tests.


class _Elements(HTMLParser):
    """Collect each element's attributes and all the text inside it, nested elements included."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str], list[str]]] = []
        self._open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}, []))
        if tag not in ("meta", "link", "br", "img", "input", "hr"):
            self._open.append(len(self.found) - 1)

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self.found[self._open.pop()][0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for index in self._open:
            self.found[index][2].append(data)


def elements(page: str) -> list[tuple[str, dict[str, str], str]]:
    """Parse HTML into (tag, attributes, text inside) for every element, in document order."""
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return [(tag, attrs, "".join(text)) for tag, attrs, text in parser.found]


def by_id(page: str, element_id: str) -> tuple[str, dict[str, str], str] | None:
    """Return the element with this id, or None."""
    return next((e for e in elements(page) if e[1].get("id") == element_id), None)


def fetch(url: str, method: str = "GET") -> tuple[int, dict[str, str], str]:
    """Request ``url`` without following redirects; return status, headers and text."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, method=method), timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        body = error.read().decode()
        return error.code, dict(error.headers), body


def raw_request(port: int, target: bytes) -> tuple[int, bytes]:
    """Send ``GET target`` byte for byte (no client-side normalising); return status and all."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"GET " + target + b" HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    response = b"".join(chunks)
    return int(response.split(b" ", 2)[1]), response


# The site and the server.


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "stories").mkdir(parents=True)
    (root / "static").mkdir()
    (root / "empty").mkdir()
    (root / "index.html").write_text("<html><body><h1>Front page</h1></body></html>")
    (root / "404.html").write_text("<html><body><h1>Lost at sea</h1></body></html>")
    (root / "stories/index.html").write_text("<html><body><h1>All stories</h1></body></html>")
    (root / "stories/ferry.html").write_text("<HTML><BODY><p>Ferry</p></BODY></HTML>")
    (root / "static/style.css").write_text("body { margin: 0 }")
    (root / "static/app.js").write_text("console.log(1)")
    (root / "static/logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (root / "feed.xml").write_text("<rss/>")
    (root / "feed.json").write_text("{}")
    (root / "robots.txt").write_text("User-agent: *")
    (root / "static/font.woff2").write_bytes(b"wOF2")
    (root / "data.unknownext").write_bytes(b"\0\1")
    (root / ".hidden").write_text("hidden")
    (tmp_path / "secret.txt").write_text(SECRET)
    (root / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (root / "leakdir").symlink_to(tmp_path)
    (root / "alias.html").symlink_to(root / "stories/ferry.html")
    return root


@pytest.fixture
def server(site: Path) -> Iterator[PreviewServer]:
    running = PreviewServer(("127.0.0.1", 0), site, SiteState())
    thread = threading.Thread(target=running.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield running
    running.stop()
    thread.join(timeout=5)
    assert not thread.is_alive()


def _port(server: PreviewServer) -> int:
    return int(server.server_address[1])


def test_binds_loopback_and_reports_its_url(server: PreviewServer) -> None:
    assert server.url == f"http://127.0.0.1:{_port(server)}/"


def test_serves_index_html_with_the_reload_script_injected(
    site: Path, server: PreviewServer
) -> None:
    status, headers, page = fetch(server.url)
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert by_id(page, "briefing-livereload") is not None
    assert [text for tag, _, text in elements(page) if tag == "h1"] == ["Front page"]
    assert "briefing-livereload" not in (site / "index.html").read_text()  # never on disk
    assert by_id(page, "briefing-error") is None


def test_script_goes_before_an_upper_case_body_end(server: PreviewServer) -> None:
    _, _, page = fetch(server.url + "stories/ferry.html")
    assert page.index('id="briefing-livereload"') < page.index("</BODY>")


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("static/style.css", "text/css; charset=utf-8"),
        ("static/app.js", "text/javascript; charset=utf-8"),
        ("static/logo.svg", "image/svg+xml"),
        ("static/font.woff2", "font/woff2"),
        ("feed.xml", "application/xml"),
        ("feed.json", "application/json"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("data.unknownext", "application/octet-stream"),
    ],
)
def test_content_types(server: PreviewServer, site: Path, path: str, content_type: str) -> None:
    status, headers, body = fetch(server.url + path)
    assert (status, headers["Content-Type"]) == (200, content_type)
    assert body == (site / path).read_text()  # non-HTML is sent byte for byte
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_head_sends_headers_only(server: PreviewServer, site: Path) -> None:
    status, headers, body = fetch(server.url + "static/style.css", method="HEAD")
    assert (status, body) == (200, "")
    assert headers["Content-Length"] == str((site / "static/style.css").stat().st_size)


def test_folder_without_slash_redirects_and_with_slash_serves_its_index(
    server: PreviewServer,
) -> None:
    status, headers, _ = fetch(server.url + "stories?page=2")
    assert (status, headers["Location"]) == (301, "/stories/?page=2")
    status, _, page = fetch(server.url + "stories/")
    assert status == 200
    assert [text for tag, _, text in elements(page) if tag == "h1"] == ["All stories"]


def test_missing_page_gets_the_sites_404_page(server: PreviewServer) -> None:
    for path in ("nothing-here.html", "empty/", "stories/nothing/"):
        status, headers, page = fetch(server.url + path)
        assert status == 404
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert [text for tag, _, text in elements(page) if tag == "h1"] == ["Lost at sea"]
        assert by_id(page, "briefing-livereload") is not None


def test_missing_page_without_a_404_page_gets_a_plain_one(
    site: Path, server: PreviewServer
) -> None:
    (site / "404.html").unlink()
    status, _, page = fetch(server.url + "nothing-here.html")
    assert status == 404
    assert [text for tag, _, text in elements(page) if tag == "h1"] == ["Not found"]


def test_symlink_inside_the_site_is_served(server: PreviewServer) -> None:
    status, _, page = fetch(server.url + "alias.html")
    assert status == 200
    assert [text for tag, _, text in elements(page) if tag == "p"] == ["Ferry"]


TRAVERSALS = [
    b"/../secret.txt",
    b"/../../../../../../etc/passwd",
    b"/stories/../../secret.txt",
    b"/%2e%2e/secret.txt",
    b"/%2E%2E/secret.txt",
    b"/.%2e/secret.txt",
    b"/%2e%2e%2fsecret.txt",
    b"/..%2fsecret.txt",
    b"/..%2Fsecret.txt",
    b"/stories/%2e%2e/%2e%2e/secret.txt",
    b"/%252e%252e/secret.txt",
    b"/%252e%252e%252fsecret.txt",
    b"/..\\secret.txt",
    b"/..%5csecret.txt",
    b"/..%5Csecret.txt",
    b"/%c0%ae%c0%ae/secret.txt",
    b"/%00/../secret.txt",
    b"/index.html%00.txt",
    b"//etc/passwd",
    b"/%2fetc%2fpasswd",
    b"../secret.txt",
    b"http://127.0.0.1/../secret.txt",
    b"/C:%5cWindows%5cwin.ini",
    b"/leak.txt",
    b"/leakdir/secret.txt",
    b"/.hidden",
]


@pytest.mark.parametrize("target", TRAVERSALS, ids=[t.decode() for t in TRAVERSALS])
def test_path_traversal_is_refused(server: PreviewServer, target: bytes) -> None:
    status, response = raw_request(_port(server), target)
    assert status in (HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND, HTTPStatus.BAD_REQUEST)
    assert SECRET.encode() not in response
    assert b"root:" not in response


def test_resolve_refuses_symlinks_out_of_the_site_with_403(site: Path) -> None:
    assert resolve(site, "/leak.txt").status is HTTPStatus.FORBIDDEN
    assert resolve(site, "/leakdir/secret.txt").status is HTTPStatus.FORBIDDEN
    assert resolve(site, "/%2e%2e/secret.txt").status is HTTPStatus.NOT_FOUND


def test_redirect_never_points_to_another_host(site: Path) -> None:
    (site / "evil.example").mkdir()
    found = resolve(site, "//evil.example")
    assert (found.status, found.location) == (HTTPStatus.MOVED_PERMANENTLY, "/evil.example/")


# Live reload state and the error overlay.


def test_poll_answers_at_once_when_the_page_is_out_of_date(server: PreviewServer) -> None:
    status, _, body = fetch(server.url + EVENTS_PATH.lstrip("/") + "?since=old")
    assert status == 200
    assert json.loads(body) == {"token": server.state.token}


def test_poll_waits_for_the_next_build(server: PreviewServer) -> None:
    token = server.state.token
    answers: list[str] = []
    url = server.url + EVENTS_PATH.lstrip("/") + f"?since={token}"
    poll = threading.Thread(target=lambda: answers.append(fetch(url)[2]))
    poll.start()
    time.sleep(0.3)
    assert answers == []
    server.state.publish(None)
    poll.join(timeout=5)
    assert json.loads(answers[0])["token"] == server.state.token != token


def test_requests_wait_while_a_build_writes(site: Path, server: PreviewServer) -> None:
    answers: list[str] = []
    with server.state.building():
        request = threading.Thread(target=lambda: answers.append(fetch(server.url)[2]))
        request.start()
        (site / "index.html").write_text("<html><body><h1>Half")
        time.sleep(0.3)
        assert answers == []
        (site / "index.html").write_text("<html><body><h1>Second edition</h1></body></html>")
    request.join(timeout=5)
    assert [text for tag, _, text in elements(answers[0]) if tag == "h1"] == ["Second edition"]


def test_failed_build_shows_an_escaped_overlay_on_every_page(server: PreviewServer) -> None:
    failure = Failure(
        "Invalid YAML: <script>alert('x')</script> & more.",
        path="content/<b>ferry</b>.md",
        line=3,
        hint="Check the quoting.",
        details=("content/a.md:2: bad date",),
    )
    server.state.publish(failure, rebuilt=False)
    for path in ("", "stories/ferry.html", "no-such-page.html"):
        page = fetch(server.url + path)[2]
        overlay = by_id(page, "briefing-error")
        assert overlay is not None
        text = overlay[2]
        assert "Invalid YAML: <script>alert('x')</script> & more." in text
        assert "content/<b>ferry</b>.md, line 3" in text
        assert "Check the quoting." in text
        assert "content/a.md:2: bad date" in text
        assert [tag for tag, _, _ in elements(page)].count("script") == 1
    server.state.publish(None)
    assert by_id(fetch(server.url)[2], "briefing-error") is None


def test_a_repeated_failure_does_not_reload_pages_but_a_new_one_does() -> None:
    state = SiteState()
    assert state.publish(Failure("broken", "a.md", 1), rebuilt=False)
    assert not state.publish(Failure("broken", "a.md", 1), rebuilt=False)
    assert state.publish(Failure("broken", "a.md", 2), rebuilt=False)
    assert state.publish(None)
    assert state.publish(None)
    # A build that went past a bad file changed the site: pages reload even if it is the same.
    assert state.publish(Failure("left out", "b.md", 1, partial=True))
    assert state.publish(Failure("left out", "b.md", 1, partial=True))


def test_inject_appends_when_there_is_no_body_end() -> None:
    page = inject(b"<p>fragment", "tok.1", None)
    assert page.startswith(b"<p>fragment<script")
    assert b'data-token="tok.1"' in page


def test_token_is_escaped_in_its_attribute() -> None:
    page = inject(b"<body></body>", '"></script><b>', None).decode()
    assert page.count("</script>") == 1
    script = by_id(page, "briefing-livereload")
    assert script is not None and script[1]["data-token"] == '"></script><b>'


def test_the_reload_script_is_served_from_the_preview_itself(server: PreviewServer) -> None:
    page = fetch(server.url)[2]
    script = by_id(page, "briefing-livereload")
    assert script is not None
    assert script[1]["src"] == SCRIPT_PATH
    assert script[1]["data-events"] == EVENTS_PATH
    status, headers, code = fetch(server.url + SCRIPT_PATH.lstrip("/"))
    assert (status, headers["Content-Type"]) == (200, "text/javascript; charset=utf-8")
    assert code == LIVERELOAD_JS
    assert "http" not in code  # nothing from outside
    status, headers, css = fetch(server.url + STYLE_PATH.lstrip("/"))
    assert (status, headers["Content-Type"]) == (200, "text/css; charset=utf-8")
    assert css == OVERLAY_CSS


def test_overlay_without_a_file_has_no_location_line() -> None:
    found = by_id(overlay_html(Failure("Build crashed.")), "briefing-error")
    assert found is not None
    assert "line" not in found[2]
    # True whether or not an earlier build succeeded: a failed build never touches the site.
    assert "The site was left as it was." in found[2]


def test_a_request_for_another_host_is_refused(server: PreviewServer) -> None:
    # What a page of another site sees after rebinding its own name to 127.0.0.1.
    with socket.create_connection(("127.0.0.1", _port(server)), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.0\r\nHost: attacker.example:8000\r\n\r\n")
        response = sock.makefile("rb").read()
    assert response.startswith(b"HTTP/1.0 403 ")
    assert b"Front page" not in response
    for host in (b"localhost", b"127.0.0.1:1234", b"[::1]:8000"):
        with socket.create_connection(("127.0.0.1", _port(server)), timeout=10) as sock:
            sock.sendall(b"GET / HTTP/1.0\r\nHost: " + host + b"\r\n\r\n")
            assert sock.makefile("rb").read().startswith(b"HTTP/1.0 200 ")


def test_serves_on_ipv6_loopback(site: Path) -> None:
    try:
        running = PreviewServer(("::1", 0), site, SiteState())
    except OSError as error:
        pytest.skip(f"no IPv6 loopback here: {error}")
    thread = threading.Thread(target=running.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        assert running.url.startswith("http://[::1]:")
        assert fetch(running.url)[0] == 200
    finally:
        running.stop()
        thread.join(timeout=5)


def test_a_strict_build_failure_lists_every_problem() -> None:
    problems = (
        Problem(Severity.WARNING, "Content folder not found.", "seeds", hint="Create it."),
        Problem(Severity.ERROR, "Invalid front matter YAML.", "content/a.md", 3),
    )
    failure = failure_from(BuildFailed("Build failed: 2 problem(s).", problems, hint="Fix them."))
    assert failure == Failure(
        "Build failed: 2 problem(s).",
        hint="Fix them.",
        details=(
            "warning: seeds: Content folder not found.\n  hint: Create it.",
            "error: content/a.md:3: Invalid front matter YAML.",
        ),
    )


def test_errors_a_build_went_past_become_a_partial_failure() -> None:
    problems = [
        Problem(Severity.WARNING, "Unknown key 'colour'.", "content/a.md", 2),
        Problem(Severity.ERROR, "Not UTF-8.", "content/b.txt", hint="Save it as UTF-8."),
        Problem(Severity.ERROR, "Empty file.", "content/c.md"),
    ]
    assert problems_failure(problems[:1]) is None
    assert problems_failure(problems) == Failure(
        "Not UTF-8.",
        "content/b.txt",
        hint="Save it as UTF-8.",
        details=("content/c.md: Empty file.",),
        partial=True,
    )


def test_a_crash_is_an_internal_error() -> None:
    assert failure_from(KeyError("x")) == Failure("Internal error: KeyError: 'x'")
