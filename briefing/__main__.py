"""Allow ``python -m briefing``."""

from __future__ import annotations

from briefing.cli import main

raise SystemExit(main())
