"""What every exchange format shares: lanes, list cells, sources, and the article stubs.

The exchange formats (CSV, TimelineJS3, iCalendar) carry events without the
articles' full text, so each source travels with the little that a reader needs
(the article's title, publication and publication date) and an import rebuilds
*stub* articles from it: an id, a title, a publication and a date, no text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.limits import MAX_NAMES, MAX_SOURCES, cap_event, cut_note
from timeline_app.core.lanes import LaneKeys, LaneMode
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status, Timeline, new_id

LANE_MODES = tuple(mode.value for mode in LaneMode)
"""How events are grouped into lanes, as the CLI's ``--lanes`` names them."""


def lane_namer(mode: str, articles: dict[str, Article] | None = None) -> Callable[[Event], str]:
    """A function giving the lane an event is exported under, as the timeline view names it.

    The view may show an event in several lanes (two actors); a data format has one
    ``group`` per event, so the first lane wins. With no lanes the name is empty.
    """
    keys = LaneKeys(LaneMode(mode), list((articles or {}).values()))
    if keys.mode is LaneMode.NONE:
        return lambda event: ""
    return lambda event: keys.title(keys.keys(event)[0])


def join_list(items: Iterable[str]) -> str:
    """``a; b`` with a literal ``;`` in an item written ``\\;`` so the list splits back."""
    return "; ".join(item.replace("\\", "\\\\").replace(";", "\\;") for item in items)


def split_list(text: str) -> tuple[str, ...]:
    """Inverse of :func:`join_list`; blank items are dropped."""
    items: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == ";":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return tuple(item.strip() for item in items if item.strip())


def sources_to_json(sources: Iterable[Source], articles: dict[str, Article]) -> list[dict[str, Any]]:
    """Each source with the article metadata a reader of the exported file needs."""
    out: list[dict[str, Any]] = []
    for source in sources:
        item: dict[str, Any] = {
            "article": source.article,
            "start": source.start,
            "end": source.end,
            "quote": source.quote,
        }
        article = articles.get(source.article)
        if article is not None:
            item["title"] = article.title
            item["publication"] = article.source
            item["published"] = article.published.iso() if article.published else None
        out.append(item)
    return out


def sources_from_json(data: Any) -> tuple[tuple[Source, ...], list[Article]]:
    """Sources and the stub articles they name.

    Raises:
        ValueError: the data is not a list of source objects.
    """
    if not isinstance(data, list):
        raise ValueError("sources must be a list")
    sources: list[Source] = []
    stubs: list[Article] = []
    for item in data:
        if not isinstance(item, dict) or not isinstance(item.get("article"), str):
            raise ValueError("each source needs an 'article' id")
        start, end = item.get("start", 0), item.get("end", 0)
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end:
            raise ValueError(f"source of {item['article']!r} has a bad span")
        sources.append(Source(item["article"], start, end, str(item.get("quote", ""))))
        published = item.get("published")
        stubs.append(
            Article(
                id=item["article"],
                title=str(item.get("title") or ""),
                text="",
                published=FuzzyDate.parse(published) if isinstance(published, str) and published else None,
                source=str(item.get("publication") or ""),
            )
        )
    return tuple(sources), stubs


def encode_sources(sources: Iterable[Source], articles: dict[str, Article]) -> str:
    """Sources as one compact JSON text (a CSV cell, an iCalendar property)."""
    return json.dumps(sources_to_json(sources, articles), ensure_ascii=False, separators=(",", ":"))


def decode_sources(text: str) -> tuple[tuple[Source, ...], list[Article]]:
    """Inverse of :func:`encode_sources`; an empty text is no sources.

    Raises:
        ValueError: the text is not the JSON that :func:`encode_sources` writes.
    """
    if not text.strip():
        return (), []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"sources are not valid JSON ({error.msg})") from None
    return sources_from_json(data)


def source_citation(source: Source, articles: dict[str, Article]) -> str:
    """ "Publication, 2 Dec 2025" (or the article's title or id when that is all we know)."""
    return article_citation(source.article, articles)


def article_citation(article_id: str, articles: dict[str, Article]) -> str:
    """ "Publication, 2 Dec 2025" for an article id."""
    article = articles.get(article_id)
    if article is None:
        return article_id
    name = article.source or article.title or article.id
    return f"{name}, {article.published.label()}" if article.published else name


def article_note(article_id: str, articles: dict[str, Article]) -> str:
    """A source footnote: "Publication, 2 Dec 2025: “Title”" (the title left out when the citation
    already names it)."""
    cite = article_citation(article_id, articles)
    article = articles.get(article_id)
    if article is not None and article.title and article.title not in cite:
        return f"{cite}: “{article.title}”"
    return cite


@dataclass(slots=True)
class ImportResult:
    """What an import gives back: a timeline, and what had to be skipped or repaired."""

    timeline: Timeline
    warnings: list[str]


def import_records(
    title: str, records: Iterable[Any], read: Callable[[Any, list[str]], tuple[Event, list[Article]]]
) -> ImportResult:
    """Events read one record at a time by ``read`` (which returns an event and the article
    stubs it cites, and adds to its second argument what it had to cut to the bounds of
    :mod:`~timeline_app.core.io.limits`). A record that cannot be read is skipped with a
    warning naming its number; an id used twice is given a new one."""
    events: list[Event] = []
    stubs: list[Article] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for number, record in enumerate(records, start=1):
        cuts: list[str] = []
        try:
            event, record_stubs = read(record, cuts)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
            # A record of another shape than its format says (a list for an object, Infinity
            # for a year) is one bad record, not a bad file.
            warnings.append(f"event {number}: skipped ({error})")
            continue
        event = cap_event(event, f"event {number}", warnings, cuts)
        if event.id in seen:
            warnings.append(f"event {number}: id {event.id} is used twice; given a new id")
            event = event.with_changes(id=new_id())
        seen.add(event.id)
        events.append(event)
        stubs.extend(record_stubs)
    return ImportResult(build_timeline(title, events, stubs), warnings)


def build_timeline(title: str, events: list[Event], stubs: Iterable[Article]) -> Timeline:
    """A timeline of imported events and the first stub seen for each article id."""
    articles: dict[str, Article] = {}
    for stub in stubs:
        articles.setdefault(stub.id, stub)
    timeline = Timeline(title=title)
    timeline.replace_all(title, articles.values(), events)
    return timeline


def articles_of(timeline: Timeline) -> dict[str, Article]:
    return {a.id: a for a in timeline.articles}


def dated_events(timeline: Timeline) -> list[Event]:
    """Events in date order (undated ones last, in their own order)."""
    events = timeline.events
    dated = sorted((e for e in events if e.when is not None), key=lambda e: e.when.sort_key())  # type: ignore[union-attr]
    return dated + [e for e in events if e.when is None]


def event_to_extension(event: Event, articles: dict[str, Article]) -> dict[str, Any]:
    """The event as we hold it, for formats that cannot say it all in their own words.

    TimelineJS slides and iCalendar events carry this beside their standard fields
    so that an export read back gives the same event (precision, claim status, sources).
    """
    return {
        "title": event.title,
        "when": event.when.to_json() if event.when else None,
        "description": event.description,
        "actors": list(event.actors),
        "places": list(event.places),
        "kind": event.kind.value,
        "status": event.status.value,
        "origin": event.origin.value,
        "reviewed": event.reviewed,
        "expression": event.expression,
        "notes": event.notes,
        "sources": sources_to_json(event.sources, articles),
        **(
            {"confidence": event.confidence, "confidence_reason": event.confidence_reason}
            if event.confidence != 1.0 or event.confidence_reason
            else {}
        ),
    }


def event_from_extension(
    event_id: str, title: str, data: dict[str, Any], cuts: list[str] | None = None
) -> tuple[Event, list[Article]]:
    """Inverse of :func:`event_to_extension`; ``title`` is used when the data has none.

    Lists longer than the bounds of :mod:`~timeline_app.core.io.limits` are cut before
    they are read (a million sources would be a million article stubs), and what was cut
    is added to ``cuts``.

    Raises:
        ValueError: a field has the wrong type or an unknown value.
    """
    data = dict(data)
    for key, limit in (("sources", MAX_SOURCES), ("actors", MAX_NAMES), ("places", MAX_NAMES)):
        value = data.get(key)
        if isinstance(value, list) and len(value) > limit:
            data[key] = value[:limit]
            if cuts is not None:
                cuts.append(cut_note(key, len(value), limit))
    sources, stubs = sources_from_json(data.get("sources", []))
    when = data.get("when")
    event = Event(
        id=event_id,
        title=str(data.get("title") or title),
        when=FuzzyDate.from_json(when) if when is not None else None,
        description=str(data.get("description", "")),
        actors=tuple(str(a) for a in data.get("actors", [])),
        places=tuple(str(p) for p in data.get("places", [])),
        kind=Kind(data.get("kind", Kind.OTHER)),
        status=Status(data.get("status", Status.REPORTED)),
        origin=Origin(data.get("origin", Origin.MANUAL)),
        reviewed=bool(data.get("reviewed", False)),
        expression=str(data.get("expression", "")),
        notes=str(data.get("notes", "")),
        sources=sources,
        confidence=_unit(data.get("confidence", 1.0)),
        confidence_reason=str(data.get("confidence_reason", "")),
    )
    return event, stubs


def _unit(value: Any) -> float:
    """A confidence read back: a number from 0 to 1.

    Raises:
        ValueError: anything else.
    """
    if type(value) not in (int, float) or not 0 <= value <= 1:
        raise ValueError(f"confidence {value!r} is not a number from 0 to 1")
    return float(value)
