"""The README's "Themes and template context" documents what each template receives, exactly."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import jinja2
import pytest
from test_render_support import config, render_site, sample_briefing

from briefing import context, context_pages, render, theme

REPO = Path(__file__).resolve().parent.parent
DOC = REPO / "README.md"
SECTION = re.compile(r"^#### `([^`]+)`(?: \(`(\w+)`\))?$")
ROW = re.compile(r"^\| `(\w+)` \| `(.+?)` \| (.*) \|$")

Rows = list[tuple[str, str, str]]
MODULES = (context, context_pages)


def documented() -> dict[str, tuple[str | None, Rows]]:
    """Read every ``### `name``` section of the doc: its class (for templates) and table rows."""
    sections: dict[str, tuple[str | None, Rows]] = {}
    current: str | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = SECTION.match(line)
        if heading:
            current = heading.group(1)
            sections[current] = (heading.group(2), [])
        elif line.startswith(("## ", "### ")):
            current = None
        elif current and (row := ROW.match(line)):
            name, kind, meaning = (part.replace("\\|", "|") for part in row.groups())
            sections[current][1].append((name, kind, meaning))
    return sections


def declared() -> dict[str, Rows]:
    """Read every dataclass of the context modules: field, annotation and field docstring."""
    classes: dict[str, Rows] = {}
    for module in MODULES:
        classes.update(_declared_in(module.__name__.rsplit(".", 1)[1] + ".py"))
    return classes


def _declared_in(filename: str) -> dict[str, Rows]:
    tree = ast.parse((REPO / "briefing" / filename).read_text(encoding="utf-8"))
    classes: dict[str, Rows] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            body = node.body
            classes[node.name] = [
                (item.target.id, ast.unparse(item.annotation), _docstring(body, index))
                for index, item in enumerate(body)
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            ]
    return classes


def _docstring(body: list[ast.stmt], index: int) -> str:
    following = body[index + 1] if index + 1 < len(body) else None
    if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
        return str(following.value.value)
    return ""


def test_every_template_is_documented_with_its_context_class() -> None:
    docs = documented()
    for name, cls in render.TEMPLATES.items():
        assert name in docs, f"README.md has no section for {name}"
        assert docs[name][0] == cls.__name__, name


def test_every_documented_table_matches_the_dataclass_field_by_field() -> None:
    docs, source = documented(), declared()
    for section, (cls_name, rows) in docs.items():
        cls = cls_name or section
        assert cls in source, f"README.md documents unknown type {cls}"
        assert rows == source[cls], f"README.md section {section} differs from {cls}"


def test_every_context_type_is_documented() -> None:
    docs = documented()
    named = {cls for cls, _ in docs.values() if cls} | {s for s, (c, _) in docs.items() if not c}
    types = {
        name
        for module in MODULES
        for name, value in vars(module).items()
        if is_dataclass(value) and value.__module__ == module.__name__
    }
    assert types == named


def test_rendered_variables_are_exactly_the_documented_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, set[str]] = {}
    original = theme.render

    def recording(env: jinja2.Environment, name: str, variables: Mapping[str, Any]) -> str:
        seen.setdefault(name, set()).update(variables)
        return original(env, name, variables)

    monkeypatch.setattr(render, "render", recording)
    render_site(sample_briefing(), config(tmp_path, stories_per_page=2))
    docs = documented()
    assert set(seen) == set(render.TEMPLATES)
    for name, keys in seen.items():
        assert keys == {row[0] for row in docs[name][1]}, name


def test_context_values_are_frozen_dataclasses_all_the_way_down() -> None:
    for value in [v for module in MODULES for v in vars(module).values()]:
        if is_dataclass(value) and isinstance(value, type):
            params = getattr(value, "__dataclass_params__", None)
            assert params is not None and params.frozen, value
            assert hasattr(value, "__slots__"), value
            assert all(f.name for f in fields(value))


def test_every_macro_and_base_block_of_the_default_theme_is_named_in_the_readme() -> None:
    text = DOC.read_text(encoding="utf-8")
    frame = re.search(r"`base\.html` \(the page frame, with blocks ([^)]*)\)", text)
    macros = re.search(r"`macros\.html` \(([^)]*)\)", text)
    assert frame is not None and macros is not None
    templates = theme.default_theme_dir() / "templates"
    blocks = re.findall(r"{%-? block (\w+)", (templates / "base.html").read_text())
    defined = re.findall(r"{%-? macro (\w+)", (templates / "macros.html").read_text())
    assert set(re.findall(r"`(\w+)`", frame.group(1))) == set(blocks)
    assert set(re.findall(r"`(\w+)`", macros.group(1))) == set(defined)
