"""Live reload: the build state pages wait on, and what is injected into served HTML."""

from __future__ import annotations

import html
import secrets
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from briefing.errors import BriefingError, Problem, Severity

EVENTS_PATH = "/__briefing/events"
"""The long-poll endpoint: answers once the site's state differs from the page's."""

POLL_SECONDS = 25.0
"""How long a poll is held open before the server answers "nothing new"."""


@dataclass(frozen=True, slots=True)
class Failure:
    """A failed build, as the overlay shows it."""

    message: str
    """What went wrong."""
    path: str | None = None
    """The file at fault, where known."""
    line: int | None = None
    """The 1-based line in that file, where known."""
    hint: str | None = None
    """What to do about it."""
    details: tuple[str, ...] = ()
    """Further problems behind the failure, one line each."""
    partial: bool = False
    """True when the site was rebuilt without the files at fault; False when it was not."""

    @property
    def count(self) -> int:
        """How many problems the overlay lists."""
        return 1 + len(self.details)


def failure_from(error: BaseException) -> Failure:
    """Describe a failed build's exception for the overlay."""
    if isinstance(error, BriefingError):
        problems = getattr(error, "problems", ())
        details = tuple(str(p) for p in problems) if isinstance(problems, tuple) else ()
        return Failure(error.message, error.path, error.line, error.hint, details)
    return Failure(f"Internal error: {type(error).__name__}: {error}")


def problems_failure(problems: Iterable[object]) -> Failure | None:
    """Describe the errors a finished build went past (files left out), or None for none."""
    errors = [p for p in problems if isinstance(p, Problem) and p.severity is Severity.ERROR]
    if not errors:
        return None
    first, rest = errors[0], errors[1:]
    details = tuple(str(p).removeprefix("error: ") for p in rest)
    return Failure(first.message, first.path, first.line, first.hint, details, partial=True)


class SiteState:
    """The site's version, the last build failure, and a readers-writer lock on the files."""

    def __init__(self) -> None:
        self.instance = secrets.token_hex(4)
        self.version = 0
        self.failure: Failure | None = None
        self.closed = False
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @property
    def token(self) -> str:
        """Name the state a page was served in; it changes when the page should reload."""
        return f"{self.instance}.{self.version}"

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Hold off builds while a response reads the site (waits for a running build)."""
        with self._cond:
            self._cond.wait_for(lambda: self.closed or not (self._writing or self._writers_waiting))
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def building(self) -> Iterator[None]:
        """Hold off requests while a build writes the site (waits for running responses)."""
        with self._cond:
            self._writers_waiting += 1
            self._cond.wait_for(lambda: not (self._writing or self._readers))
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()

    def publish(self, failure: Failure | None, *, rebuilt: bool = True) -> bool:
        """Record a build's outcome; return whether open pages should reload."""
        with self._cond:
            changed = rebuilt or failure != self.failure
            self.failure = failure
            if changed:
                self.version += 1
                self._cond.notify_all()
            return changed

    def wait_for_change(self, token: str, timeout: float = POLL_SECONDS) -> str:
        """Wait until the state's token differs from ``token`` (or timeout); return it."""
        with self._cond:
            self._cond.wait_for(lambda: self.closed or self.token != token, timeout)
            return self.token

    def close(self) -> None:
        """Release every waiting poll, so the server can stop at once."""
        with self._cond:
            self.closed = True
            self._cond.notify_all()


SCRIPT_PATH = "/__briefing/livereload.js"
"""Where the server serves ``LIVERELOAD_JS`` (same origin: allowed by a ``script-src 'self'``)."""

LIVERELOAD_JS = """\
(function () {
  "use strict";
  var script = document.currentScript;
  var token = script.getAttribute("data-token");
  var hide = document.getElementById("briefing-error-hide");
  if (hide) {
    hide.addEventListener("click", function () { hide.parentNode.remove(); });
  }
  function poll() {
    fetch(script.getAttribute("data-events") + "?since=" + encodeURIComponent(token),
          {cache: "no-store"})
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (d) { if (d.token !== token) { location.reload(); } else { poll(); } })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
"""
"""Long-poll the events endpoint; reload the page when the site's state token changes."""

STYLE_PATH = "/__briefing/overlay.css"
"""Where the server serves ``OVERLAY_CSS`` (a stylesheet, so no inline style is needed)."""

OVERLAY_CSS = """\
#briefing-error { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; margin: 0;
  padding: 2rem; background: rgba(20, 20, 20, .94); color: #fff;
  font: 16px/1.5 system-ui, sans-serif; text-align: left; }
#briefing-error h2 { color: #ff8080; margin: 0 0 1rem; font-size: 1.5rem; }
#briefing-error pre { white-space: pre-wrap; font-size: 1.1rem; margin: 0 0 1rem; }
#briefing-error code { color: #ffd479; }
#briefing-error li { white-space: pre-wrap; }
#briefing-error-hide { float: right; font: inherit; padding: .25rem 1rem; cursor: pointer; }
"""
"""The error overlay's look."""

ASSETS = {SCRIPT_PATH: LIVERELOAD_JS, STYLE_PATH: OVERLAY_CSS}
"""The preview's own files, served at these paths and never written into the site."""


def overlay_html(failure: Failure) -> str:
    """Render the error overlay for a failed build (every value escaped)."""
    where = ""
    if failure.path is not None:
        line = f", line {failure.line}" if failure.line is not None else ""
        where = f'<p class="briefing-where"><code>{html.escape(failure.path)}</code>{line}</p>'
    hint = f'<p class="briefing-hint">{html.escape(failure.hint)}</p>' if failure.hint else ""
    details = "".join(f"<li>{html.escape(d)}</li>" for d in failure.details)
    listing = f'<ul class="briefing-details">{details}</ul>' if details else ""
    if failure.partial:
        title = "Build problem" if failure.count == 1 else f"{failure.count} build problems"
        shown = "The site was rebuilt without the files at fault."
    else:
        title, shown = "Build failed", "The site was left as it was."
    return (
        f'<link rel="stylesheet" href="{STYLE_PATH}">'
        '<div id="briefing-error" role="alert">'
        '<button type="button" id="briefing-error-hide">Hide</button>'
        f"<h2>{title}</h2>"
        '<pre class="briefing-message">'
        f"{html.escape(failure.message)}</pre>{where}{hint}{listing}"
        f"<p><small>{shown} Fix the file and save: this page reloads by itself.</small></p></div>"
    )


def inject(page: bytes, token: str, failure: Failure | None) -> bytes:
    """Add the reload script, and the overlay if the last build failed, before ``</body>``."""
    script = (
        f'<script id="briefing-livereload" src="{SCRIPT_PATH}" '
        f'data-token="{html.escape(token)}" data-events="{EVENTS_PATH}"></script>'
    )
    extra = (overlay_html(failure) if failure else "") + script
    end = page.lower().rfind(b"</body>")
    at = end if end >= 0 else len(page)
    return page[:at] + extra.encode() + page[at:]
