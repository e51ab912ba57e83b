"""Every page of the hand-made briefings is valid HTML for the Nu HTML Checker (pagination, undated
stories, unknown values and hostile text included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_render_escaping import hostile_briefing
from test_render_support import config, render_site, sample_briefing
from validators import nu_check

from briefing.models import Briefing


def write(files: dict[str, bytes], folder: Path) -> Path:
    for path, content in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return folder


@pytest.mark.validator
def test_every_page_of_the_sample_and_hostile_briefings_is_valid(tmp_path: Path) -> None:
    sites = {
        "sample": render_site(sample_briefing(), config(tmp_path, stories_per_page=2)),
        "hostile": render_site(hostile_briefing(), config(tmp_path, base_url="https://x.example/")),
        "empty": render_site(
            Briefing("Empty", sample_briefing().built_at, (), ()), config(tmp_path)
        ),
    }
    for name, files in sites.items():
        write(files, tmp_path / "out" / name)
    messages = nu_check(tmp_path / "out")
    assert len(list((tmp_path / "out").rglob("*.html"))) > 30
    assert [str(m) for m in messages if m.is_error or m.kind == "warning"] == []
