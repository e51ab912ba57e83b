"""briefing: turn a folder of news articles into a static briefing website."""

from __future__ import annotations

__version__ = "0.1.0"
