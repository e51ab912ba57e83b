"""Golden output: the mini site built at a fixed time must match the committed files byte for byte.

After a deliberate change to the output, regenerate with::

    BRIEFING_REGEN_GOLDEN=1 python -m pytest tests/test_golden.py

and review the diff of ``tests/golden/`` like any other change.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from conftest import BUILD_TIME

from briefing.build import build
from briefing.config import load_config

GOLDEN = Path(__file__).parent / "golden" / "mini"


def test_mini_site_matches_golden_output(mini_site: Path) -> None:
    config = load_config(None, {"content_dirs": ["content"], "output_dir": Path("site")})
    build(config, build_time=BUILD_TIME)
    built = _files(mini_site / "site")
    if os.environ.get("BRIEFING_REGEN_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, content in built.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_bytes(content)
    expected = _files(GOLDEN)
    assert sorted(built) == sorted(expected)
    for name in expected:
        assert built[name] == expected[name], f"{name} differs from tests/golden/mini/{name}"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
