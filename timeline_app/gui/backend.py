"""The core functions the window calls, looked up when they are called.

The article loader, the project file and the extractor are written in parallel
with the window; looking them up lazily lets the window run (with plain
stand-ins) before they land, and use the real ones as soon as they do, without
an import error at start-up. The stand-ins are deliberately small: they only
keep the window usable, they are not a second implementation.
"""

from __future__ import annotations

import hashlib
import importlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.model import Article, Event, Timeline, new_id


def _core(module: str, name: str) -> Any | None:
    try:
        return getattr(importlib.import_module(f"timeline_app.core.{module}"), name)
    except (ImportError, AttributeError):
        return None


def load_article(path: str | Path, published: FuzzyDate | None = None) -> Article:
    """Read an article file (raises InputError with a one-line message)."""
    real = _core("io.articles", "load_article")
    if real is not None:
        return real(path, published=published)
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise InputError(f"cannot read {Path(path).name}: {error.strerror}") from None
    return _plain_article(text, None, published, str(path))


def article_from_text(text: str, title: str | None = None, published: FuzzyDate | None = None) -> Article:
    real = _core("io.articles", "article_from_text")
    if real is not None:
        return real(text, title=title, published=published)
    return _plain_article(text, title, published, "")


def article_from_html(html: str, published: FuzzyDate | None = None) -> Article:
    real = _core("io.articles", "article_from_html")
    if real is not None:
        return real(html, published=published)
    import re

    text = re.sub(r"<[^>]+>", " ", html)
    return _plain_article(" ".join(text.split()), None, published, "")


def _plain_article(text: str, title: str | None, published: FuzzyDate | None, path: str) -> Article:
    if not text.strip():
        raise InputError("the article is empty")
    first = text.strip().splitlines()[0].strip()
    return Article(
        id=new_id("a"),
        title=title or first[:120],
        text=text,
        published=published,
        path=path,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
    )


def extract_events(article: Article) -> list[Event]:
    """Events of an article; none while the extractor has not landed."""
    real = _core("extract", "extract_events")
    if real is None:
        return []
    return list(real(article))


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A time expression as the article view needs it."""

    start: int
    end: int
    value: str
    date: FuzzyDate | None
    explanation: str


def extract_item(
    item: str | Path | Article, published: FuzzyDate | None
) -> tuple[Article, list[Event], list[TimeSpan]] | str:
    """Load (if a path), extract and tag one article; a one-line error text instead of raising.

    Runs in the extraction process, so it must stay free of Qt and picklable in and out.
    The time expressions come along so that the window never tags (and never compiles
    the tagger's grammar) on the GUI thread while an import finishes.
    """
    title = str(item) if not isinstance(item, Article) else item.title
    try:
        article = item if isinstance(item, Article) else load_article(item, published)
        title = article.title
        return article, extract_events(article), time_expressions(article)
    except InputError as error:
        return str(error)
    except Exception as error:  # an extractor bug skips one article, not the import
        return f"{title}: extraction failed ({type(error).__name__}: {error})"


def merge_new_events(existing: list[Event], new: list[Event]) -> tuple[list[Event], list[Event]]:
    """Fold ``new`` events into ``existing`` ones that tell the same thing (the extractor's
    merge; events a person edited are never touched). Returns (changed existing, added)."""
    merge = _core("extract", "merge_events")
    if merge is None:
        return [], list(new)
    merged = list(merge(existing, new))
    n = len(existing)
    changed = [m for old, m in zip(existing, merged[:n], strict=True) if m != old]
    return changed, merged[n:]


def warm_up() -> None:
    """Import the extractor and the tagger (in the extraction process, before any import)."""
    for module in ("extract", "temporal"):
        _core(module, "__name__")
    extract_item(Article(id="warm-up", title="", text="Talks were held on Monday."), None)


def time_expressions(article: Article) -> list[TimeSpan]:
    """Every time expression of the article, resolved against its publication date
    ([] while the tagger has not landed, or if it fails on this text)."""
    tag = _core("temporal", "tag")
    if tag is None:
        return []
    try:
        found = tag(article.text, article.published)
    except Exception:  # a tagger bug must not take the article view down
        return []
    return [
        TimeSpan(t.start, t.end, str(t.value), getattr(t, "date", None), getattr(t, "explanation", ""))
        for t in found
    ]


def project_bytes(timeline: Timeline) -> bytes:
    real = _core("io.project", "project_bytes")
    if real is not None:
        return bytes(real(timeline))
    return _fallback_dump(timeline)


def parse_project(data: bytes) -> tuple[Timeline, list[str]]:
    real = _core("io.project", "parse_project")
    if real is not None:
        timeline, warnings = real(data)
        return timeline, [str(w) for w in warnings]
    return _fallback_parse(data), []


def load_project(path: str | Path) -> tuple[Timeline, list[str]]:
    real = _core("io.project", "load_project")
    if real is not None:
        timeline, warnings = real(path)
        return timeline, [str(w) for w in warnings]
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"cannot open {Path(path).name}: {error.strerror}") from None
    return parse_project(data)


def is_project_file(path: str | Path) -> bool:
    """A project rather than an article or an exchange file: .tlproj, or JSON that says so.

    Our project files begin with ``{"format": "timeline-app"``, so a peek at the head
    tells them from TimelineJS3 JSON without reading a big file twice.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".tlproj":
        return True
    if suffix != ".json":
        return False
    try:
        with p.open("rb") as head:
            start = head.read(4096)
    except OSError:
        return True  # let opening it report why it cannot be read
    # A JSON file is a project unless its head shows TimelineJS3's "events" and no "timeline-app"
    # (so a broken project is still opened as one, and its error shown as such).
    return b'"timeline-app"' in start or b'"events"' not in start


def is_exchange_file(path: str | Path) -> bool:
    """CSV, iCalendar or TimelineJS3 events to import (see core.io.exchange.import_file)."""
    suffix = Path(path).suffix.lower()
    return suffix in (".csv", ".ics") or (suffix == ".json" and not is_project_file(path))


# -- stand-in project format (only until core.io.project lands) ---------------


def _fallback_dump(timeline: Timeline) -> bytes:
    def event(e: Event) -> dict[str, Any]:
        return {
            "id": e.id,
            "title": e.title,
            "when": e.when.to_json() if e.when else None,
            "description": e.description,
            "actors": list(e.actors),
            "places": list(e.places),
            "kind": e.kind.value,
            "status": e.status.value,
            "origin": e.origin.value,
            "reviewed": e.reviewed,
            "notes": e.notes,
            "expression": e.expression,
            "explanation": e.explanation,
            "sources": [[s.article, s.start, s.end, s.quote] for s in e.sources],
        }

    def article(a: Article) -> dict[str, Any]:
        return {
            "id": a.id,
            "title": a.title,
            "text": a.text,
            "source": a.source,
            "path": a.path,
            "published": a.published.to_json() if a.published else None,
            "sha256": a.sha256,
        }

    data = {
        "format": "timeline-app-project-standin",
        "title": timeline.title,
        "articles": [article(a) for a in timeline.articles],
        "events": [event(e) for e in timeline.events],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode()


def _fallback_parse(data: bytes) -> Timeline:
    from timeline_app.core.model import Source

    try:
        raw = json.loads(data)
        articles = [
            Article(
                a["id"],
                a["title"],
                a["text"],
                FuzzyDate.from_json(a["published"]) if a.get("published") else None,
                a.get("source", ""),
                a.get("path", ""),
                a.get("sha256", ""),
            )
            for a in raw["articles"]
        ]
        events = [
            Event(
                id=e["id"],
                title=e["title"],
                when=FuzzyDate.from_json(e["when"]) if e["when"] else None,
                description=e["description"],
                actors=e["actors"],
                places=e["places"],
                kind=e["kind"],
                status=e["status"],
                origin=e["origin"],
                reviewed=e["reviewed"],
                notes=e["notes"],
                expression=e["expression"],
                explanation=e["explanation"],
                sources=[Source(*s) for s in e["sources"]],
            )
            for e in raw["events"]
        ]
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(f"not a timeline project ({error})") from None
    timeline = Timeline(title=raw.get("title", "Untitled timeline"))
    timeline.replace_all(timeline.title, articles, events)
    return timeline
