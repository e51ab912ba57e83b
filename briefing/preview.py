"""Preview: build once, then rebuild on every quiet batch of changes and serve the result."""

from __future__ import annotations

import errno
import logging
import os
import socket
import threading
import time
import webbrowser
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from briefing.errors import BriefingError
from briefing.livereload import Failure, SiteState, failure_from, problems_failure
from briefing.serve import PreviewServer
from briefing.watch import Action, Change, Debouncer, Roots, Watcher, watch_roots

log = logging.getLogger(__name__)

DEFAULT_PORT = 8000
"""The port served on when none is given; the next free one after it when it is taken."""
_PORTS_TRIED = 10
"""How many ports from ``DEFAULT_PORT`` on are tried before giving up."""

Say = Callable[[str], None]
WatchPaths = Sequence[Path] | Callable[[], Sequence[Path]]
"""Paths to watch, or a function giving them anew after each build (they follow the config)."""


class Preview:
    """A watcher, a rebuild loop and (optionally) a live-reload server around one site folder."""

    def __init__(
        self,
        rebuild: Callable[[], object],
        *,
        site_dir: Path,
        watch_paths: WatchPaths,
        ignore: Sequence[Path],
        host: str = "127.0.0.1",
        port: int | None = None,
        serve: bool = True,
        on_event: Say | None = None,
        debouncer: Debouncer | None = None,
        site_url: Callable[[], str] = str,
    ) -> None:
        self.rebuild = rebuild
        self.site_url = site_url
        self.site_dir = site_dir
        self.say: Say = on_event or (lambda line: None)
        self.state = SiteState()
        self.watch_paths = watch_paths
        self.ignore = (site_dir, *ignore)
        self.watcher = Watcher(self._roots(), debouncer)
        # A port of None is DEFAULT_PORT or the next free one, as Hugo does.
        self.address = (host, port) if serve else None
        self.server: PreviewServer | None = None
        self._serving: threading.Thread | None = None

    @property
    def url(self) -> str | None:
        """The address the site is served at, once started (None without a server)."""
        return self.server.url if self.server is not None else None

    def start(self) -> None:
        """Start watching and serving, then build once (pages wait for that build)."""
        try:
            self.watcher.start()
            if self.address is not None:
                self._start_server(self.address)
            self.build(())
        except BaseException:
            self.close()
            raise
        where = (
            f"Serving {self.site_dir} at {self.url}"
            if self.url
            else f"Watching for changes, rebuilding {self.site_dir}"
        )
        if self.server is not None and self.server.wildcard:
            where += f", bound to {self.server.wildcard}: every network this machine is on"
        self.say(f"{where} (Ctrl-C to stop)")

    def run(self, stop: threading.Event | None = None) -> None:
        """Rebuild after each quiet batch of changes until ``stop`` is set or Ctrl-C."""
        while stop is None or not stop.is_set():
            batch = self.watcher.next_batch(timeout=0.25)
            if batch:
                self.build(batch)

    def build(self, changes: Sequence[Change]) -> Failure | None:
        """Rebuild while requests wait, publish the outcome and say what happened."""
        began = time.perf_counter()
        with self.state.building():
            failure, rebuilt = self._try_rebuild()
            previous = self.state.failure
            self.state.publish(failure, rebuilt=rebuilt)
        millis = round((time.perf_counter() - began) * 1000)
        if rebuilt and callable(self.watch_paths):
            self._follow_watch_paths()
        if rebuilt:
            verb = "Rebuilt" if changes else "Built"
            problems = f" with {_plural(failure.count, 'problem')}" if failure else ""
            self.say(f"{verb} in {millis} ms{problems}{_cause(changes)}")
        elif failure == previous:
            self.say("Build still failing (the same error as above).")
        elif failure is not None:
            self.say(_failure_text(failure))
        return failure

    def close(self) -> None:
        """Stop the watcher and the server and wait for their threads."""
        self.watcher.stop()
        if self.server is not None:
            if self._serving is not None:
                self.server.stop()
                self._serving.join()
            else:
                self.server.server_close()
            self.server = None

    def __enter__(self) -> Preview:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _start_server(self, address: tuple[str, int | None]) -> None:
        host, given = address
        server = self._bind(host, given)
        port = server.server_address[1]
        if given is None and port != DEFAULT_PORT:
            self.say(f"Port {DEFAULT_PORT} is in use: serving on port {port} instead.")
        self.server = server
        self._serving = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="briefing-serve"
        )
        self._serving.start()

    def _bind(self, host: str, given: int | None) -> PreviewServer:
        """Bind the given port, or the first free one from ``DEFAULT_PORT`` on."""
        ports = [given] if given is not None else range(DEFAULT_PORT, DEFAULT_PORT + _PORTS_TRIED)
        for port in ports:
            try:
                return PreviewServer((host, port), self.site_dir, self.state, self.site_url)
            except OSError as error:
                if error.errno == errno.EADDRINUSE and port != ports[-1]:
                    continue
                raise BriefingError(
                    f"Cannot serve on {host}:{port}: {error.strerror or error}.",
                    hint=_bind_hint(error),
                ) from None
        raise AssertionError("unreachable: the last port returns or raises")

    def _roots(self) -> Roots:
        paths = self.watch_paths() if callable(self.watch_paths) else self.watch_paths
        return watch_roots(paths, self.ignore)

    def _follow_watch_paths(self) -> None:
        """Watch what the build now reads (the config may name other folders or a theme)."""
        try:
            roots = self._roots()
        except BriefingError as error:
            log.warning("Cannot update the watched paths: %s", error)
            return
        if roots != self.watcher.roots:
            log.info("Now watching %s", ", ".join(map(str, (*roots.dirs, *roots.files))))
            self.watcher.set_roots(roots)

    def _try_rebuild(self) -> tuple[Failure | None, bool]:
        """Run the build; return what went wrong (if anything) and whether the site changed."""
        try:
            result = self.rebuild()
        except BriefingError as error:
            return failure_from(error), False
        except Exception as error:  # a bug in the build must not stop the preview
            failure = failure_from(error)
            if failure != self.state.failure:  # one traceback per bug, not one per save
                log.exception("The build crashed.")
            return failure, False
        problems = getattr(result, "problems", ())  # reported by a build that went past them
        return problems_failure(problems if isinstance(problems, (tuple, list)) else ()), True


def _bind_hint(error: OSError) -> str:
    """Say whether the port or the host is what to change."""
    if isinstance(error, socket.gaierror) or error.errno == errno.EADDRNOTAVAIL:
        return (
            "Give --host an address of this machine: 127.0.0.1 (the default) serves this "
            "machine only, 0.0.0.0 every network it is on."
        )
    if error.errno == errno.EACCES:
        return "Ports below 1024 need special rights: pick another port with --port."
    return "Pick another port with --port (0 picks a free one)."


def _cause(changes: Sequence[Change]) -> str:
    if not changes:
        return ""
    if len(changes) > 1:
        return f" ({len(changes)} files changed)"
    change = changes[0]
    try:
        shown = os.path.relpath(change.path)
    except ValueError:  # another drive, on Windows
        shown = str(change.path)
    verb = "deleted" if change.action is Action.DELETED else "changed"
    return f" ({shown} {verb})"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _failure_text(failure: Failure) -> str:
    error = BriefingError(failure.message, path=failure.path, line=failure.line, hint=failure.hint)
    lines = [f"Build failed: {error}", *(f"  {d}" for d in failure.details)]
    return "\n".join(lines)


def preview(
    rebuild: Callable[[], object],
    *,
    site_dir: Path,
    watch_paths: WatchPaths,
    ignore: Sequence[Path],
    host: str = "127.0.0.1",
    port: int | None = None,
    serve: bool = True,
    open_browser: bool = False,
    on_event: Say | None = None,
    site_url: Callable[[], str] = str,
) -> None:
    """Build once, then watch, rebuild on change, serve site_dir with live reload, until Ctrl-C."""
    session = Preview(
        rebuild,
        site_dir=site_dir,
        watch_paths=watch_paths,
        ignore=ignore,
        host=host,
        port=port,
        serve=serve,
        on_event=on_event,
        site_url=site_url,
    )
    with session:
        if open_browser and session.url:
            webbrowser.open(session.url)
        session.run()
