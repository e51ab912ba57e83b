"""The reader: turn content folders of Markdown and plain-text news into Articles.

``read_articles`` is the first stage of the build; ``read_article`` reads one file for
``briefing inspect``. Sidecar metadata (``sources.yaml``, ``NAME.meta.yaml``) is described in
``briefing.content.sidecar``.
"""

from __future__ import annotations

from briefing.content.cache import ReadCache
from briefing.content.files import input_files, is_content_file
from briefing.content.reader import read_article, read_articles

__all__ = ["ReadCache", "input_files", "is_content_file", "read_article", "read_articles"]
