"""TimelineJS3 JSON (Knight Lab): publish a timeline on the web, and read one back.

A TimelineJS date object holds ``year``, ``month``, ``day``, ``hour``, ``minute``;
we write them only down to the event's precision, so "November 2025" stays a
month. Periods TimelineJS has no word for (a quarter, a season, a week, a decade)
become a start and an end date plus a ``display_date`` with our label; an
approximate date gets a ``display_date`` with "c.".

TimelineJS ignores keys it does not know, so every slide also carries a
``timeline_app`` object with the event exactly as we hold it (precision, actors,
places, kind, claim status, sources); an import prefers it and falls back on the
standard fields for files made by other tools.
"""

from __future__ import annotations

import html
import io
import json
import math
import re
from collections.abc import Callable, Iterator
from typing import Any

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.errors import InputError
from timeline_app.core.io.exchange.records import (
    ImportResult,
    articles_of,
    dated_events,
    event_from_extension,
    event_to_extension,
    import_records,
    lane_namer,
    source_citation,
)
from timeline_app.core.io.xml_text import encodable_text
from timeline_app.core.model import Article, Event, Origin, Timeline, new_id

EXTENSION = "timeline_app"

_FIELDS = ("year", "month", "day", "hour", "minute")
_DEPTH = {Precision.MINUTE: 5, Precision.HOUR: 4, Precision.DAY: 3, Precision.WEEK: 3, Precision.MONTH: 2}
_BY_DEPTH = (Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.HOUR, Precision.MINUTE)
_PERIOD_YEARS = {Precision.DECADE: 10, Precision.CENTURY: 100, Precision.MILLENNIUM: 1000}
_PERIOD_MONTHS = {Precision.QUARTER: 3, Precision.SEASON: 3}


def export_timelinejs(timeline: Timeline, lanes: str = "none", subtitle: str = "") -> dict[str, Any]:
    """The timeline as a TimelineJS3 document (dated events only; TimelineJS needs a start date)."""
    return {"title": _title_slide(timeline, subtitle), "events": list(_slides(timeline, lanes))}


def timelinejs_bytes(timeline: Timeline, lanes: str = "none", subtitle: str = "") -> tuple[bytes, int]:
    """:func:`export_timelinejs` as UTF-8 JSON text, one slide a line, and the number of slides.

    Each slide is encoded as soon as it is made: the whole document as Python objects took
    8 KB an event (2.4 GB for 300,000), and json's indenting encoder, in Python, 54 s.
    """
    out = io.BytesIO()  # one growing buffer: a list of lines, joined, then encoded, was four copies
    title = json.dumps(_title_slide(timeline, subtitle), ensure_ascii=False)
    out.write(b'{"title": ' + encodable_text(title).encode())
    out.write(b', "events": [')
    slides = 0
    for slide in _slides(timeline, lanes):
        out.write(b"\n  " if not slides else b",\n  ")
        out.write(encodable_text(json.dumps(slide, ensure_ascii=False)).encode("utf-8"))
        slides += 1
    out.write(b"\n ]}\n" if slides else b"]}\n")
    return out.getvalue(), slides


def _title_slide(timeline: Timeline, subtitle: str) -> dict[str, Any]:
    return {"text": {"headline": html.escape(timeline.title), "text": html.escape(subtitle)}}


def _slides(timeline: Timeline, lanes: str) -> Iterator[dict[str, Any]]:
    articles = articles_of(timeline)
    lane = lane_namer(lanes, articles)
    return (_slide(e, lane, articles) for e in dated_events(timeline) if e.when is not None)


def _slide(event: Event, lane: Callable[[Event], str], articles: dict[str, Article]) -> dict[str, Any]:
    when = event.when
    assert when is not None
    start, end = _span(when)
    slide: dict[str, Any] = {"start_date": start}
    if end is not None:
        slide["end_date"] = end
    if when.approximate or end is not None or when.precision is Precision.WEEK:
        slide["display_date"] = when.label()
    group = lane(event)
    if group:
        slide["group"] = group
    slide["text"] = {"headline": html.escape(event.title), "text": _body(event, articles)}
    slide["unique_id"] = event.id
    slide[EXTENSION] = event_to_extension(event, articles)
    return slide


def _date_object(when: FuzzyDate, depth: int) -> dict[str, int]:
    values = (when.year, when.month, when.day, when.hour, when.minute)
    return {
        name: value for name, value in zip(_FIELDS[:depth], values[:depth], strict=True) if value is not None
    }


def _span(when: FuzzyDate) -> tuple[dict[str, int], dict[str, int] | None]:
    """Start and (inclusive) end date objects, each only as deep as its precision."""
    start = _single(when, last=False)
    if when.end is not None:
        return start, _single(when.end, last=True)
    last = _single(when, last=True)
    return start, (last if last != start else None)


def _single(when: FuzzyDate, last: bool) -> dict[str, int]:
    p = when.precision
    if p in _DEPTH:
        return _date_object(when, _DEPTH[p])
    if p in _PERIOD_MONTHS:
        assert when.month is not None
        months = when.year * 12 + when.month - 1 + (_PERIOD_MONTHS[p] - 1 if last else 0)
        return {"year": months // 12, "month": months % 12 + 1}
    return {"year": when.year + (_PERIOD_YEARS.get(p, 1) - 1 if last else 0)}


def _body(event: Event, articles: dict[str, Article]) -> str:
    """The slide's HTML text: description, who and where, claim status, numbered sources."""
    parts: list[str] = []
    if event.description:
        parts.append(f"<p>{html.escape(event.description)}</p>")
    facts = []
    if event.actors:
        facts.append("Actors: " + html.escape(", ".join(event.actors)))
    if event.places:
        facts.append("Places: " + html.escape(", ".join(event.places)))
    facts.append(f"Status: {event.status.value}")
    parts.append("<p>" + " · ".join(facts) + "</p>")
    if event.sources:
        items = "".join(
            f"<li>{html.escape(source_citation(s, articles))}: “{html.escape(s.quote)}”</li>"
            for s in event.sources
        )
        parts.append(f"<ol>{items}</ol>")
    return "".join(parts)


# -- import ---------------------------------------------------------------------------------------


def import_timelinejs(data: Any, title: str | None = None) -> ImportResult:
    """Events from a TimelineJS3 document; slides that cannot be read are skipped with a warning.

    Raises:
        InputError: the data is not a TimelineJS3 document (no ``events`` list).
    """
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise InputError("this is not a TimelineJS3 file (no 'events' list)")
    if title is None:
        title = _plain(_get(data, "title", "text", "headline")) or "Imported timeline"
    return import_records(title, data["events"], _event_from_slide)


def _event_from_slide(slide: Any, cuts: list[str]) -> tuple[Event, list[Article]]:
    if not isinstance(slide, dict):
        raise ValueError("not an object")
    headline = _plain(_get(slide, "text", "headline"))
    event_id = str(slide.get("unique_id") or "") or new_id()
    ours = slide.get(EXTENSION)
    if isinstance(ours, dict):
        return event_from_extension(event_id, headline, ours, cuts)
    when = _when_from_slide(slide)
    text = _plain(_get(slide, "text", "text"))
    return Event(id=event_id, title=headline or text[:80] or "Untitled", when=when, description=text,
                 origin=Origin.MANUAL), []  # fmt: skip


def _when_from_slide(slide: dict[str, Any]) -> FuzzyDate:
    start = _read_date(slide.get("start_date"))
    display = str(slide.get("display_date") or "")
    approximate = bool(re.match(r"\s*(c\.|ca\.|circa|about|around|~)", display, re.IGNORECASE))
    end_data = slide.get("end_date")
    end = _read_date(end_data) if end_data else None
    if end is not None and end != start:
        start = FuzzyDate(start.year, start.month, start.day, start.hour, start.minute, start.precision,
                          end=end)  # fmt: skip
    if approximate:
        start = FuzzyDate(start.year, start.month, start.day, start.hour, start.minute, start.precision,
                          True, start.end)  # fmt: skip
    return start


def _read_date(data: Any) -> FuzzyDate:
    """A TimelineJS date object; its deepest field gives the precision. Numbers may be text."""
    if not isinstance(data, dict) or data.get("year") in (None, ""):
        raise ValueError("a slide needs a start_date with a year")
    values = []
    for name in _FIELDS:
        value = data.get(name)
        if value is None or value == "":
            break
        values.append(_whole_number(name, value))
    precisions = (Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.HOUR, Precision.MINUTE)
    fields: dict[str, int] = dict(zip(_FIELDS, values, strict=False))
    return FuzzyDate(**fields, precision=precisions[len(values) - 1])  # type: ignore[arg-type]


def _whole_number(name: str, value: Any) -> int:
    """A date field as a number: JSON may hold Infinity, NaN, true or a list there.

    Raises:
        ValueError: not a finite number, nor the text of one.
    """
    if isinstance(value, bool) or (isinstance(value, float) and not math.isfinite(value)):
        raise ValueError(f"{name} {value!r} is not a number")
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(f"{name} {str(value)[:40]!r} is not a whole number") from None


def _get(data: Any, *keys: str) -> str:
    for key in keys:
        if not isinstance(data, dict):
            return ""
        data = data.get(key)
    return data if isinstance(data, str) else ""


def _plain(text: str) -> str:
    """HTML text as plain text (TimelineJS headlines and texts may hold markup)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())
