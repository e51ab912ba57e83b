"""Drive Debian's headless Chromium with Playwright for the browser tests; never download a browser.

Usage from a test::

    with serve_folder(site) as base, chromium() as browser, open_page(browser, base) as page:
        events = watch(page)
        ...

Without Chromium (or Playwright) a browser test is skipped with the reason, except when ``CI`` is
set: there a missing browser is an install bug, so the test fails instead of passing silently.
"""

from __future__ import annotations

import functools
import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlsplit

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, Page, Playwright, Route

log = logging.getLogger(__name__)

CHROMIUM = Path(os.environ.get("BRIEFING_CHROMIUM", "/usr/bin/chromium"))
"""Debian's Chromium (package ``chromium``); override with ``BRIEFING_CHROMIUM``."""

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps dialling Google's hosts, which this machine's closed network
    # refuses many times a second.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
"""The flags the environment documents for running Chromium headless as root here."""

INSTALL_HINT = "run `bash .ci/install-system` and `pip install -e '.[test]'`"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
LOCAL_SCHEMES = frozenset({"file", "data", "blob", "about"})


def in_ci() -> bool:
    """Tell whether the tests run under CI (``CI`` set to anything but empty, 0 or false)."""
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def unavailable(reason: str) -> NoReturn:
    """Skip the test with ``reason`` locally; fail it under CI, where the tool must be there."""
    if in_ci():
        pytest.fail(f"{reason} (CI is set, so this fails instead of skipping)", pytrace=False)
    pytest.skip(reason)


def require_chromium() -> Path:
    """Return Chromium's path, or skip/fail the test when it or Playwright is missing."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        unavailable(f"Chromium not found at {CHROMIUM}: {INSTALL_HINT}")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        unavailable(f"Playwright for Python is not installed: {INSTALL_HINT}")
    return CHROMIUM


@contextmanager
def chromium(
    *, width: int = 1280, height: int = 800, javascript: bool = True
) -> Iterator[BrowserContext]:
    """Start headless Chromium with a fresh, empty profile; yield its browser context."""
    executable = require_chromium()
    with (
        tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile,
        _playwright() as playwright,
    ):
        # A persistent context is the one Playwright API that takes our own --user-data-dir.
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(executable),
            headless=True,
            args=list(CHROMIUM_FLAGS[1:]),
            viewport={"width": width, "height": height},
            device_scale_factor=1,
            locale="en-GB",
            timezone_id="UTC",
            java_script_enabled=javascript,
        )
        try:
            yield context
        finally:
            context.close()


_running: list[Playwright] = []
"""The one Playwright driver of this thread while any browser is open (its sync API allows one)."""


@contextmanager
def _playwright() -> Iterator[Playwright]:
    """Share one Playwright driver among nested ``chromium()`` calls; stop it with the last."""
    if _running:
        _running.append(_running[-1])
        try:
            yield _running[-1]
        finally:
            _running.pop()
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        _running.append(playwright)
        try:
            yield playwright
        finally:
            _running.pop()


@dataclass(slots=True)
class PageEvents:
    """What a page did that a test may want to forbid: dialogs, script errors, outside requests."""

    dialogs: list[str] = field(default_factory=list)
    """Text of every alert/confirm/prompt the page opened (each dismissed at once)."""
    errors: list[str] = field(default_factory=list)
    """Uncaught script errors."""
    console_errors: list[str] = field(default_factory=list)
    """Console messages of type error (failed loads, CSP reports...)."""
    outside_requests: list[str] = field(default_factory=list)
    """Requests to anything but this machine; all are blocked, none leaves the machine."""


def watch(page: Page) -> PageEvents:
    """Record the page's dialogs, errors and outside requests from now on; block the requests."""
    events = PageEvents()

    def on_dialog(dialog: Any) -> None:
        events.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(message: Any) -> None:
        if message.type == "error":
            events.console_errors.append(message.text)

    def on_route(route: Route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            events.outside_requests.append(route.request.url)
            route.abort("blockedbyclient")

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: events.errors.append(str(error)))
    page.on("console", on_console)
    page.route("**/*", on_route)
    return events


def is_local(url: str) -> bool:
    """Tell whether ``url`` stays on this machine (loopback HTTP, file:, data:, blob:, about:)."""
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.scheme in {"http", "https", "ws"} and (parts.hostname or "") in LOCAL_HOSTS


@contextmanager
def open_page(
    context: BrowserContext, url: str | None = None, *, width: int = 1280, height: int = 800
) -> Iterator[Page]:
    """Open a tab of ``width`` x ``height`` CSS pixels (at ``url`` if given); close it after."""
    page = context.new_page()
    try:
        page.set_viewport_size({"width": width, "height": height})
        if url is not None:
            page.goto(url, wait_until="load")
        yield page
    finally:
        page.close()


def horizontal_overflow(page: Page) -> int:
    """Return by how many CSS pixels the page is wider than the window (0: no horizontal scroll)."""
    width: int = page.evaluate(
        "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - document.documentElement.clientWidth"
    )
    return max(width, 0)


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serve files without logging every request to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on a free loopback port in a thread; yield its base URL (ending in /)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="serve-folder", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def screenshot_dir() -> Path:
    """Return ``benchmarks/out/screenshots/`` (git-ignored), created if needed."""
    folder = Path(__file__).resolve().parent.parent / "benchmarks" / "out" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
