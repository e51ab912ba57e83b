"""Read the content folders into Articles; collect problems instead of stopping at the first."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import time
from pathlib import Path, PurePath

from briefing.content.cache import Outcome, ReadCache, cache_key
from briefing.content.decode import decode_article, read_input
from briefing.content.files import (
    ARTICLE_SUFFIXES,
    MARKDOWN_SUFFIXES,
    UNSUPPORTED_SUFFIXES,
    InputFile,
    article_id,
    input_files,
    is_content_file,
    linked_out,
    shown_path,
)
from briefing.content.markdown import optional_front_matter, parse_markdown
from briefing.content.meta import Meta
from briefing.content.notes import without_biography
from briefing.content.outlets import outlet_from_url
from briefing.content.plaintext import markdown_body, parse_text
from briefing.content.sidecar import (
    FILE_SIDECAR_SUFFIX,
    FOLDER_SIDECAR,
    FolderMeta,
    file_sidecar,
    is_sidecar,
    read_file_sidecar,
    read_folder_sidecar,
)
from briefing.errors import ContentError, Problem, Severity
from briefing.models import Article

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Layers:
    """Sidecar metadata for one article, lowest precedence first."""

    defaults: Meta
    """The folder's ``"*"`` entry."""
    entry: Meta
    """The article's entry in its folder's ``sources.yaml``."""
    own: Meta
    """The article's ``NAME.meta.yaml``."""


def read_articles(
    dirs: Sequence[Path], *, base: Path, cache: ReadCache | None = None
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Read every article under dirs (recursively, sorted, hidden files skipped)."""
    cache = cache if cache is not None else ReadCache()
    base = base.resolve()
    cache.start()
    problems = [_missing(d, base) for d in dirs if not Path(d).exists()]
    files, linked = linked_out(input_files([d for d in dirs if Path(d).exists()]), base)
    problems += linked
    layers, sidecar_problems = _sidecars(files, base)
    problems += sidecar_problems
    articles: dict[str, Article] = {}
    for file in files:
        outcome = _read_cached(file, base, layers, cache)
        if outcome is None:
            continue
        article, found = outcome
        problems += found
        if article is not None and article.id in articles:
            problems.append(_duplicate(article, articles[article.id]))
        elif article is not None:
            articles[article.id] = article
    ordered = tuple(sorted(articles.values(), key=lambda a: (a.path, a.id)))
    log.debug("read %d articles (%d from cache)", len(ordered), cache.hits)
    return ordered, tuple(problems)


def read_article(path: Path, *, base: Path) -> Article:
    """Read one article with its sidecar metadata; raise ContentError if it cannot be read."""
    base = base.resolve()
    path = path.resolve()
    file = InputFile(path, path.parent)
    neighbours = [InputFile(p, path.parent) for p in path.parent.iterdir() if is_content_file(p)]
    layers, problems = _sidecars([file, *neighbours], base)
    shown = shown_path(path, base)
    for problem in problems:
        if problem.severity is Severity.ERROR:
            raise ContentError(problem.message, path=problem.path, line=problem.line,
                               hint=problem.hint)  # fmt: skip
        log.warning("%s", problem)
    article, warnings = _parse(
        path, read_input(path, shown), shown, article_id(shown, file), layers.get(path, _NO_LAYERS)
    )
    for warning in warnings:
        log.warning("%s", warning)
    return article


_NONE = Meta()
_NO_LAYERS = Layers(_NONE, _NONE, _NONE)
_LABEL = re.compile(r"[-_]+")


def _read_cached(
    file: InputFile, base: Path, layers: dict[Path, Layers], cache: ReadCache
) -> Outcome | None:
    """Read one input file through the cache; None for files that are not articles."""
    shown = shown_path(file.path, base)
    suffix = file.path.suffix.lower()
    if is_sidecar(file.path.name) or suffix not in ARTICLE_SUFFIXES:
        return (None, (_unsupported(shown),)) if suffix in UNSUPPORTED_SUFFIXES else None
    try:
        data = read_input(file.path, shown)
    except ContentError as error:
        return None, (Problem.from_error(error),)
    layer = layers.get(file.path, _NO_LAYERS)
    key = cache_key(
        shown, article_id(shown, file), data, "" if layer is _NO_LAYERS else repr(layer)
    )
    outcome = cache.get(key)
    if outcome is None:
        try:
            article, warnings = _parse(file.path, data, shown, key[1], layer)
            outcome = article, tuple(warnings)
        except ContentError as error:
            outcome = None, (Problem.from_error(error),)
        except Exception as error:  # one odd file must not stop the build; the bug is reported
            log.exception("reading %s failed", shown)
            outcome = None, (_crashed(shown, error),)
        cache.put(key, outcome)
    return outcome


def _parse(
    path: Path, data: bytes, shown: str, identifier: str, layers: Layers
) -> tuple[Article, list[Problem]]:
    """Parse one file's bytes and apply its sidecar metadata."""
    text, decoded = decode_article(data, shown)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        parsed = parse_markdown(text, shown)
        titled = any(m.title is not None for m in (parsed.meta, layers.own, layers.entry))
        cleaned = markdown_body(parsed.paragraphs, titled=titled)
        meta = parsed.meta.over(layers.defaults.over(cleaned.meta))
        # A body that is all furniture by these rules is kept as its writer set it down.
        paragraphs = cleaned.paragraphs or parsed.paragraphs
        standfirst = cleaned.standfirst if cleaned.paragraphs else 0
        problems = decoded + list(parsed.problems)
    else:
        front, text, found = optional_front_matter(text, shown)
        problems = decoded + list(found)
        plain = parse_text(text)
        meta = front.over(layers.defaults.over(plain.meta))
        paragraphs, standfirst = plain.paragraphs, plain.standfirst
        if not paragraphs:
            raise ContentError("No article text: only a headline or page furniture.", path=shown)
    meta = layers.own.over(layers.entry.over(meta))
    paragraphs = without_biography(paragraphs, meta.author)  # the byline may come from metadata
    if meta.outlet is None and meta.url is not None:
        meta = replace(meta, outlet=outlet_from_url(meta.url))
    title = meta.title or _LABEL.sub(" ", path.stem).strip() or path.name
    meta = _dated(meta)
    article = Article(
        identifier, shown, title, meta.outlet, meta.url, meta.author, meta.published,
        meta.tags or (), meta.story, paragraphs, meta.timed, standfirst, bool(meta.draft),
        meta.updated,
    )  # fmt: skip
    return article, problems


def _dated(meta: Meta) -> Meta:
    """Keep an update time only when it is later than the publication time; an update time
    alone is the best date there is, so it stands as the publication time."""
    if meta.updated is None:
        return meta
    if meta.published is None:
        # A date alone ("updated: 2031-03-04") reads as its midnight: no time of day given.
        timed = meta.updated.timetz() != time(0, tzinfo=meta.updated.tzinfo)
        return replace(meta, published=meta.updated, timed=timed, updated=None)
    return meta if meta.updated > meta.published else replace(meta, updated=None)


def _sidecars(files: Sequence[InputFile], base: Path) -> tuple[dict[Path, Layers], list[Problem]]:
    """Read the sidecars among files; map each article that has sidecar metadata to its layers."""
    folders: dict[Path, dict[str, Path]] = defaultdict(dict)
    for file in files:
        folders[file.path.parent][file.path.name] = file.path
    layers: dict[Path, Layers] = {}
    problems: list[Problem] = []
    for _, names in sorted(folders.items()):
        articles = sorted(p for n, p in names.items() if _is_article(n))
        folder_meta = FolderMeta()
        if FOLDER_SIDECAR in names:
            folder_meta = _folder_meta(names[FOLDER_SIDECAR], {p.name for p in articles}, base,
                                       problems)  # fmt: skip
        stems = {p.stem for p in articles}
        own = {
            name: _own_meta(path, base, problems)
            for name, path in sorted(names.items())
            if name.endswith(FILE_SIDECAR_SUFFIX) and _has_article(path, stems, base, problems)
        }
        for article in articles:
            entry = folder_meta.files.get(article.name, _NONE)
            mine = own.get(file_sidecar(article).name, _NONE)
            if (folder_meta.defaults, entry, mine) != (_NONE, _NONE, _NONE):
                layers[article] = Layers(folder_meta.defaults, entry, mine)
    return layers, problems


def _is_article(name: str) -> bool:
    return not is_sidecar(name) and Path(name).suffix.lower() in ARTICLE_SUFFIXES


def _folder_meta(path: Path, names: set[str], base: Path, problems: list[Problem]) -> FolderMeta:
    try:
        meta, found = read_folder_sidecar(path, shown_path(path, base), names)
    except ContentError as error:
        problems.append(Problem.from_error(error))
        return FolderMeta()
    problems += found
    return meta


def _own_meta(path: Path, base: Path, problems: list[Problem]) -> Meta:
    try:
        meta, found = read_file_sidecar(path, shown_path(path, base))
    except ContentError as error:
        problems.append(Problem.from_error(error))
        return _NONE
    problems += found
    return meta


def _has_article(sidecar: Path, stems: set[str], base: Path, problems: list[Problem]) -> bool:
    """Tell whether a ``NAME.meta.yaml`` has its article; warn when it has none."""
    stem = sidecar.name.removesuffix(FILE_SIDECAR_SUFFIX)
    if stem in stems:
        return True
    problems.append(
        Problem(
            Severity.WARNING,
            f"No article named '{stem}.md' or '{stem}.txt' beside this metadata file (ignored).",
            shown_path(sidecar, base),
            hint="Name it after its article: notes.txt takes notes.meta.yaml.",
        )
    )
    return False


def _missing(folder: Path, base: Path) -> Problem:
    return Problem(
        Severity.WARNING,
        "Content folder not found.",
        shown_path(folder, base),
        hint="Create it, or fix 'content_dirs' in briefing.yaml or the command line.",
    )


def _duplicate(article: Article, first: Article) -> Problem:
    return Problem(
        Severity.ERROR,
        f"Article id '{article.id}' is already used by {first.path} (file skipped).",
        article.path,
        hint="Rename one of the two files: ids come from file paths without their suffix.",
    )


def _crashed(shown: str, error: Exception) -> Problem:
    return Problem(
        Severity.ERROR,
        f"briefing failed on this file: {type(error).__name__}: {error}",
        shown,
        hint="This is a bug in briefing: please report it with the file attached.",
    )


def _unsupported(shown: str) -> Problem:
    # "NAME.meta.json", "NAME.meta.yml": metadata meant for an article, under another name.
    stem = re.sub(r"\.meta\.(?:json|yml)$", "", shown, flags=re.IGNORECASE)
    hint = (
        "Convert it to Markdown or plain text, or move it out of the content folder."
        if stem == shown
        else f"Sidecar metadata is read from '{PurePath(stem).name}{FILE_SIDECAR_SUFFIX}'"
        " (YAML; JSON is valid YAML): rename it."
    )
    return Problem(
        Severity.WARNING,
        "Not read: briefing reads Markdown (.md, .markdown) and plain text (.txt) articles.",
        shown,
        hint=hint,
    )
