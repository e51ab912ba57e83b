"""Serve a folder over HTTP for preview, with live reload; never a file from outside it."""

from __future__ import annotations

import contextlib
import html
import json
import logging
import mimetypes
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from briefing.livereload import ASSETS, EVENTS_PATH, SiteState, inject

log = logging.getLogger(__name__)

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".pdf": "application/pdf",
    ".webmanifest": "application/manifest+json",
    ".map": "application/json",
    ".wasm": "application/wasm",
}


def content_type(path: Path) -> str:
    """Give the Content-Type of a file by its suffix (the same on every machine)."""
    known = CONTENT_TYPES.get(path.suffix.lower())
    if known is not None:
        return known
    guess, _ = mimetypes.guess_type(path.name, strict=False)
    return guess or "application/octet-stream"


@dataclass(frozen=True, slots=True)
class Resolved:
    """Where a request path leads inside the site."""

    status: HTTPStatus
    """OK, MOVED_PERMANENTLY (folder without a slash), NOT_FOUND or FORBIDDEN."""
    file: Path | None = None
    """The file to send, for OK."""
    location: str | None = None
    """Where to redirect, for MOVED_PERMANENTLY."""


LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
"""Host names that only this machine can reach."""


def _is_loopback(host_header: str) -> bool:
    """Tell whether a Host header names this machine (any port)."""
    try:
        return urlsplit("//" + host_header.strip()).hostname in LOOPBACK_NAMES
    except ValueError:
        return False


_LOOPBACK_OF = {"0.0.0.0": "127.0.0.1", "::": "::1"}
"""The wildcard addresses, and the address of this machine that reaches a server bound to each."""

_NOT_FOUND = Resolved(HTTPStatus.NOT_FOUND)
_FORBIDDEN = Resolved(HTTPStatus.FORBIDDEN)


def resolve(root: Path, url_path: str) -> Resolved:
    """Map a URL path (still percent-encoded) to a file inside ``root``, refusing the rest."""
    try:
        decoded = unquote(url_path, errors="strict")
    except UnicodeDecodeError:
        return _NOT_FOUND
    if not decoded.startswith("/") or "\\" in decoded or "\0" in decoded:
        return _NOT_FOUND
    parts = [p for p in decoded.split("/") if p]
    if any(p in (".", "..") or p.startswith(".") or ":" in p for p in parts):
        return _NOT_FOUND
    base = root.resolve()
    candidate = base.joinpath(*parts)
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return _NOT_FOUND
    if not real.is_relative_to(base):
        return _FORBIDDEN  # a symlink leading out of the site
    if real.is_dir():
        if not decoded.endswith("/"):
            # Rebuilt from the checked parts: the raw path could read as another host ("//x").
            location = "/" + "".join(quote(p) + "/" for p in parts)
            return Resolved(HTTPStatus.MOVED_PERMANENTLY, location=location)
        return resolve(root, url_path + "index.html")
    return Resolved(HTTPStatus.OK, real) if real.is_file() else _NOT_FOUND


_FALLBACK_404 = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title>'
    b"</head><body><h1>Not found</h1><p>No page at this address.</p></body></html>"
)


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server for one site folder; it closes idle connections on stop."""

    daemon_threads = False
    block_on_close = True

    def __init__(
        self,
        address: tuple[str, int],
        root: Path,
        state: SiteState,
        site_url: Callable[[], str] = str,
    ) -> None:
        self.root = root
        self.state = state
        self.site_url = site_url  # the configured base_url (or ""), which the 404 page links to
        self._sockets: set[socket.socket] = set()
        self._sockets_lock = threading.Lock()
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.loopback_only = address[0] in LOOPBACK_NAMES
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        """The address to open the site at (this machine's, when bound to every network)."""
        host, port = self.server_address[:2]
        host = _LOOPBACK_OF.get(str(host), str(host))  # a browser cannot open 0.0.0.0
        shown = f"[{host}]" if ":" in host else host
        return f"http://{shown}:{port}/"

    @property
    def wildcard(self) -> str | None:
        """The address bound when it is every network of the machine (0.0.0.0 or ::), else None."""
        host = str(self.server_address[0])
        return host if host in _LOOPBACK_OF else None

    def process_request(self, request: Any, client_address: Any) -> None:
        """Remember each open connection, so that stopping can cut it."""
        with self._sockets_lock:
            self._sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        """Forget a finished connection."""
        with self._sockets_lock:
            self._sockets.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log a failed request (a browser closing a connection early is routine)."""
        log.debug("Request from %s failed.", client_address, exc_info=True)

    def stop(self) -> None:
        """Stop serving, cut open connections and wait for every request thread."""
        self.state.close()
        self.shutdown()
        with self._sockets_lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        self.server_close()


@dataclass(frozen=True, slots=True)
class _Reply:
    """A response, made while the site is locked and sent after."""

    status: HTTPStatus
    """The HTTP status."""
    body: bytes
    """The bytes to send (live reload already injected into HTML)."""
    kind: str
    """The Content-Type."""
    location: str | None = None
    """Where a redirect points."""


class _Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    timeout = 30  # an idle connection may not hold a thread for ever
    server_version = "briefing"

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, *, send_body: bool) -> None:
        url = urlsplit(self.path)
        if self.server.loopback_only and not _is_loopback(self.headers.get("Host", "")):
            # Another site's page, reaching us through DNS rebinding, must not read the preview.
            reply = _Reply(HTTPStatus.FORBIDDEN, b"Forbidden host.", "text/plain")
        elif url.path == EVENTS_PATH:
            token = self.server.state.wait_for_change(parse_qs(url.query).get("since", [""])[0])
            reply = _Reply(HTTPStatus.OK, json.dumps({"token": token}).encode(), "application/json")
        elif url.path in ASSETS:
            kind = content_type(Path(url.path))
            reply = _Reply(HTTPStatus.OK, ASSETS[url.path].encode(), kind)
        else:
            with self.server.state.reading():  # a build cannot start while the site is read
                reply = self._reply(url.path, url.query)
        self._send(reply, send_body)  # sent after the lock: a slow client holds off no build

    def _reply(self, path: str, query: str) -> _Reply:
        found = resolve(self.server.root, path)
        if found.location is not None:
            location = found.location + (f"?{query}" if query else "")
            return _Reply(found.status, b"", "text/plain", location)
        if found.file is None:
            return self._not_found(found.status)
        try:
            body = found.file.read_bytes()
        except OSError:
            return self._not_found(HTTPStatus.NOT_FOUND)
        kind = content_type(found.file)
        if kind.startswith("text/html"):
            body = inject(body, self.server.state.token, self.server.state.failure)
        return _Reply(HTTPStatus.OK, body, kind)

    def _not_found(self, status: HTTPStatus) -> _Reply:
        page = resolve(self.server.root, "/404.html")
        try:
            body = page.file.read_bytes() if page.file is not None else _FALLBACK_404
        except OSError:
            body = _FALLBACK_404
        site_url = self.server.site_url()
        if site_url:
            # The 404 page links through base_url (it is served at any depth); in the preview
            # those links must lead into the preview, not to the published site.
            body = body.replace(html.escape(site_url).encode(), b"/")
        state = self.server.state
        return _Reply(status, inject(body, state.token, state.failure), CONTENT_TYPES[".html"])

    def _send(self, reply: _Reply, send_body: bool) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.kind)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        if reply.location is not None:
            self.send_header("Location", reply.location)
        self.end_headers()
        if send_body:
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)
