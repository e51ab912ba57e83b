"""Articles kept between builds, so that a rebuild in watch mode parses only changed files."""

from __future__ import annotations

import hashlib

from briefing.errors import Problem
from briefing.models import Article

Outcome = tuple[Article | None, tuple[Problem, ...]]
"""What reading one file gave: the article (None when it failed) and its problems."""
Key = tuple[str, str, str]
"""(shown path, article id, sha256 of the file's bytes and of its sidecar metadata)."""


def cache_key(shown: str, article_id: str, data: bytes, metadata: str) -> Key:
    """Key an outcome by where the file is and what it and its sidecar metadata contain."""
    digest = hashlib.sha256(data)
    digest.update(b"\x00")
    digest.update(metadata.encode("utf-8"))
    return shown, article_id, digest.hexdigest()


class ReadCache:
    """Parsed articles keyed by path and content digest.

    This is the only mutable object of the reader: watch mode keeps one across builds. Each
    read keeps the entries it used and drops the rest, so it holds no more than one content
    tree's worth of articles.
    """

    def __init__(self) -> None:
        self._entries: dict[Key, Outcome] = {}
        self._used: dict[Key, Outcome] = {}
        self.hits = 0
        """Lookups answered from the cache in the current read."""

    def get(self, key: Key) -> Outcome | None:
        """Return the outcome stored under key, or None."""
        outcome = self._entries.get(key)
        if outcome is not None:
            self.hits += 1
            self._used[key] = outcome
        return outcome

    def put(self, key: Key, outcome: Outcome) -> None:
        """Store an outcome."""
        self._used[key] = outcome

    def start(self) -> None:
        """Begin a read: entries not used since the previous start are forgotten."""
        self._entries, self._used = self._used, {}
        self.hits = 0

    def __len__(self) -> int:
        """Count the entries the latest read used, which the next read can reuse."""
        return len(self._used)
