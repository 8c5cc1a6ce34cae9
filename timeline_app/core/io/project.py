"""The project file: versioned JSON, written atomically, read defensively.

Reading never touches the file. What cannot be read at all (not JSON, truncated,
another format, a newer version) raises :class:`InputError` with one line; what
can be repaired (duplicate ids, sources pointing to missing articles, a quote
that no longer matches its article, an unknown kind) is repaired and reported
as warnings, so a user never loses a project to one bad record.

Events and articles are written in a canonical order (by date, then id), so the
same content always gives the same bytes: an edit followed by its undo restores
the file exactly.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.io.atomic import atomic_write_bytes, describe_os_error
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status, Timeline, new_id

FORMAT = "timeline-app"
VERSION = 1
MAX_PROJECT_BYTES = 2 * 1024**3


# -- writing -----------------------------------------------------------------


def _event_order(event: Event) -> tuple[int, tuple[float, float, int, bool, int], str]:
    if event.when is None:
        return (1, (0.0, 0.0, 0, False, 0), event.id)
    return (0, event.when.sort_key(), event.id)


def _article_order(article: Article) -> tuple[float, str]:
    return (article.published.start_days if article.published else float("inf"), article.id)


def event_to_json(event: Event) -> dict[str, Any]:
    when: dict[str, Any] | None = None
    if event.when is not None:
        when = event.when.to_json()
        when["expression"] = event.expression
    data: dict[str, Any] = {
        "id": event.id,
        "title": event.title,
        "description": event.description,
        "when": when,
        "actors": list(event.actors),
        "places": list(event.places),
        "kind": event.kind.value,
        "status": event.status.value,
        "sources": [{"article": s.article, "start": s.start, "end": s.end, "quote": s.quote} for s in event.sources],
        "origin": event.origin.value,
        "reviewed": event.reviewed,
    }
    if event.expression and when is None:
        data["expression"] = event.expression
    if event.explanation:
        data["explanation"] = event.explanation
    if event.notes:
        data["notes"] = event.notes
    if event.roles:
        data["roles"] = {actor: role for actor, role in event.roles}
    if event.alternatives:
        data["alternatives"] = [d.to_json() for d in event.alternatives]
    return data


def article_to_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.iso() if article.published else None,
        "source": article.source,
        "path": article.path,
        "sha256": article.sha256,
        "language": article.language,
        "text": article.text,
    }


def dump_project(timeline: Timeline) -> dict[str, Any]:
    """The project as a JSON-ready dict, in canonical order."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": timeline.title,
        "articles": [article_to_json(a) for a in sorted(timeline.articles, key=_article_order)],
        "events": [event_to_json(e) for e in sorted(timeline.iter_events(), key=_event_order)],
    }


def project_bytes(timeline: Timeline) -> bytes:
    """The bytes of the project file (UTF-8 JSON, one event per few lines, final newline)."""
    return (json.dumps(dump_project(timeline), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def save_project(timeline: Timeline, path: str | os.PathLike[str]) -> None:
    """Write the project atomically: a crash mid-save leaves the previous file intact.

    Raises:
        InputError: the file could not be written (read-only folder, full disk...).
    """
    atomic_write_bytes(path, project_bytes(timeline))


# -- reading -----------------------------------------------------------------


def load_project(path: str | os.PathLike[str]) -> tuple[Timeline, list[str]]:
    """Read a project file; returns the timeline and warnings about repairs.

    Raises:
        InputError: the file cannot be read as a project (one line saying why).
    """
    path = Path(path)
    name = path.name
    try:
        if path.stat().st_size > MAX_PROJECT_BYTES:
            raise InputError("is too large to be a project file (over 2 GB)", path=name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot read it: {describe_os_error(error)}", path=name) from None
    if not data.strip():
        raise InputError("is empty, not a project file", path=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("is not a project file (not UTF-8 text)", path=name) from None
    try:
        obj = json.loads(text)
    except RecursionError:
        raise InputError("is not a project file (nested too deeply)", path=name) from None
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) - 1:
            raise InputError("is truncated (the JSON ends too early); it may have been cut by a crash",
                             path=name) from None
        raise InputError(f"is not a project file (invalid JSON at line {error.lineno})", path=name) from None
    try:
        return parse_project(obj, folder=path.parent)
    except InputError as error:
        raise InputError(str(error), path=name) from None


def looks_like_project(data: Any) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT


def parse_project(data: Any, *, folder: Path | None = None) -> tuple[Timeline, list[str]]:
    """Build a Timeline from a parsed project object, repairing what can be repaired.

    Raises:
        InputError: not a timeline-app project, or of a newer version.
    """
    if not isinstance(data, dict):
        raise InputError("is not a timeline-app project (the top level is not an object)")
    if data.get("format") != FORMAT:
        raise InputError("is not a timeline-app project (no \"format\": \"timeline-app\")")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(f"has an invalid format version {version!r}")
    if version > VERSION:
        raise InputError(
            f"was written by a newer timeline-app (format version {version}); this one reads version {VERSION}"
        )
    warnings: list[str] = []
    articles = _read_articles(data.get("articles", []), warnings)
    by_id = {a.id: a for a in articles}
    events = _read_events(data.get("events", []), by_id, warnings)
    title = data.get("title")
    if not isinstance(title, str):
        title = "Untitled timeline"
    timeline = Timeline(title=title)
    timeline.replace_all(title, articles, events)
    return timeline, warnings


def _read_articles(items: Any, warnings: list[str]) -> list[Article]:
    if not isinstance(items, list):
        raise InputError("has \"articles\" that is not a list")
    articles: dict[str, Article] = {}
    for n, item in enumerate(items, 1):
        try:
            article = _article_from_json(item)
        except (ValueError, TypeError, KeyError) as error:
            warnings.append(f"article {n} was skipped: {error}")
            continue
        if article.id in articles:
            warnings.append(f"article {n} repeats the id {article.id!r}; the first one was kept")
            continue
        if Path(article.path).is_absolute() or ".." in Path(article.path).parts:
            warnings.append(f"article {article.id!r} had a path outside the project folder; only its name was kept")
            article = Article(**{**_article_fields(article), "path": Path(article.path).name})
        articles[article.id] = article
    return list(articles.values())


def _article_fields(article: Article) -> dict[str, Any]:
    return {f: getattr(article, f) for f in Article.__slots__}


def _text(item: dict[str, Any], key: str, default: str = "") -> str:
    value = item.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise TypeError(f"{key!r} must be text")
    return value


def _article_from_json(item: Any) -> Article:
    if not isinstance(item, dict):
        raise TypeError("not an object")
    aid = _text(item, "id")
    if not aid:
        raise ValueError("it has no id")
    published = item.get("published")
    return Article(
        id=aid,
        title=_text(item, "title"),
        text=_text(item, "text"),
        published=FuzzyDate.parse(published) if isinstance(published, str) and published else None,
        source=_text(item, "source"),
        path=_text(item, "path"),
        sha256=_text(item, "sha256"),
        language=_text(item, "language"),
    )


def _read_events(items: Any, articles: dict[str, Article], warnings: list[str]) -> list[Event]:
    if not isinstance(items, list):
        raise InputError("has \"events\" that is not a list")
    events: dict[str, Event] = {}
    for n, item in enumerate(items, 1):
        try:
            event = _event_from_json(item, articles, warnings)
        except (ValueError, TypeError, KeyError) as error:
            warnings.append(f"event {n} was skipped: {error}")
            continue
        if event.id in events:
            fresh = new_id()
            warnings.append(f"event {n} repeats the id {event.id!r}; it was given the new id {fresh!r}")
            event = event.with_changes(id=fresh)
        events[event.id] = event
    return list(events.values())


def _event_from_json(item: Any, articles: dict[str, Article], warnings: list[str]) -> Event:
    if not isinstance(item, dict):
        raise TypeError("not an object")
    eid = _text(item, "id") or new_id()
    label = f"event {eid!r}"
    when_data = item.get("when")
    when: FuzzyDate | None = None
    expression = _text(item, "expression")
    notes = _text(item, "notes")
    if when_data is not None:
        if not isinstance(when_data, dict):
            raise TypeError("'when' must be an object or null")
        expression = _text(when_data, "expression") or expression
        try:
            when = FuzzyDate.from_json(when_data)
        except ValueError as error:
            warnings.append(f"{label} had an impossible date ({error}); it is now undated")
            notes = (notes + "\n" if notes else "") + f"Unreadable date in the file: {when_data.get('start')!r}"
    kind = _enum(Kind, item.get("kind", "OTHER"), Kind.OTHER, label, warnings)
    status = _enum(Status, item.get("status", "reported"), Status.REPORTED, label, warnings)
    origin = _enum(Origin, item.get("origin", "extracted"), Origin.EXTRACTED, label, warnings)
    sources = _read_sources(item.get("sources", []), articles, label, warnings)
    roles = item.get("roles") or {}
    alternatives = []
    for alt in item.get("alternatives") or []:
        try:
            alternatives.append(FuzzyDate.from_json(alt))
        except ValueError as error:
            warnings.append(f"{label}: an alternative date was dropped ({error})")
    return Event(
        id=eid,
        title=_text(item, "title"),
        when=when,
        description=_text(item, "description"),
        actors=tuple(_strings(item.get("actors"), "actors")),
        places=tuple(_strings(item.get("places"), "places")),
        kind=kind,
        status=status,
        sources=tuple(sources),
        origin=origin,
        reviewed=bool(item.get("reviewed", False)),
        expression=expression,
        explanation=_text(item, "explanation"),
        notes=notes,
        roles=tuple((str(k), str(v)) for k, v in roles.items()) if isinstance(roles, dict) else (),
        alternatives=tuple(alternatives),
    )


def _strings(value: Any, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{key!r} must be a list of text")
    return value


def _enum(cls: Any, value: Any, default: Any, label: str, warnings: list[str]) -> Any:
    try:
        return cls(value)
    except ValueError:
        warnings.append(f"{label} had an unknown {cls.__name__.lower()} {value!r}; it became {default.value!r}")
        return default


def _read_sources(items: Any, articles: dict[str, Article], label: str, warnings: list[str]) -> list[Source]:
    if not isinstance(items, list):
        raise TypeError("'sources' must be a list")
    sources: list[Source] = []
    for item in items:
        if not isinstance(item, dict):
            raise TypeError("a source must be an object")
        aid = _text(item, "article")
        start, end = item.get("start"), item.get("end")
        quote = _text(item, "quote")
        article = articles.get(aid)
        if article is None:
            warnings.append(f"{label} cited a missing article {aid!r}; that source was dropped")
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(article.text)):
            start, end = -1, -1
        if article.text[start:end] != quote or start < 0:
            found = article.text.find(quote) if quote else -1
            if found < 0:
                warnings.append(f"{label}: a quote is no longer in its article; that source was dropped")
                continue
            warnings.append(f"{label}: a source's offsets did not match its quote; they were re-anchored")
            start, end = found, found + len(quote)
        sources.append(Source(aid, start, end, quote))
    return sources
