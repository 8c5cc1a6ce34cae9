"""The project file's event records as msgspec types: the reader's fast path and the writer's form.

A file as this version writes it is decoded by msgspec straight into these records: the
JSON types, the keys each record must have, the bounds of :mod:`limits` and the known
kinds, statuses and origins are checked by msgspec, in C. :func:`read_records` makes
the checks a type cannot state (a possible date, a quote that matches its article, an
id not used before) and builds the events. A record that fails any check, or a file
that msgspec does not decode into these types, goes to the repairing path of
project_reader, which reads plain JSON values and warns; what both paths read, they
read the same way (tests/core/io/test_project_reader_fast checks it).

The writer encodes the same records (:func:`event_record`), so what is read fast is
exactly what is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Annotated, Any

import msgspec

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.limits import (
    MAX_ALTERNATIVES,
    MAX_DESCRIPTION,
    MAX_NAMES,
    MAX_ROLES,
    MAX_SOURCES,
    MAX_TITLE,
)
from timeline_app.core.io.project_dates import read_when
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status

__all__ = [
    "DateRecord",
    "Declined",
    "EventRecord",
    "ProjectRecord",
    "ReadCaches",
    "WhenRecord",
    "event_record",
    "plain_values",
    "read_record",
    "record_json",
]

_CERTAIN = 1.0  # the default confidence, the object itself: msgspec omits a default it finds by identity
_Names = Annotated[tuple[str, ...], msgspec.Meta(max_length=MAX_NAMES)]


class DateRecord(msgspec.Struct, frozen=True, omit_defaults=True, forbid_unknown_fields=True):
    """A date as the file keeps it (see project_writer.when_to_json): an event's
    alternative dates are written so."""

    start: str
    end: str | None
    precision: str
    approximate: bool
    end_precision: str | None = None  # written when a range ends at another precision


class WhenRecord(DateRecord, frozen=True, omit_defaults=True, forbid_unknown_fields=True):
    """An event's ``when``: its date and the text it was read from."""

    expression: str = ""


class EventRecord(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True, gc=False):
    """An event record; the first eleven keys are always written, the others only when set."""

    id: Annotated[str, msgspec.Meta(min_length=1)]
    title: Annotated[str, msgspec.Meta(max_length=MAX_TITLE)]
    description: Annotated[str, msgspec.Meta(max_length=MAX_DESCRIPTION)]
    when: WhenRecord | None
    actors: _Names
    places: _Names
    kind: Kind
    status: Status
    sources: Annotated[tuple[Source, ...], msgspec.Meta(max_length=MAX_SOURCES)]
    origin: Origin
    reviewed: bool
    confidence: Annotated[float, msgspec.Meta(ge=0.0, le=1.0)] = _CERTAIN  # written for extracted events
    confidence_reason: str = ""
    expression: str = ""  # of an undated event; a dated one keeps it in ``when``
    explanation: str = ""
    notes: str = ""
    roles: Annotated[dict[str, str], msgspec.Meta(max_length=MAX_ROLES)] = {}
    alternatives: Annotated[tuple[DateRecord, ...], msgspec.Meta(max_length=MAX_ALTERNATIVES)] = ()


class ProjectRecord(msgspec.Struct, forbid_unknown_fields=True):
    """A project file whose event records are all as written; the rest is checked by
    project_reader as for any file."""

    format: Any = None
    version: Any = None
    title: Any = None
    articles: Any = None
    events: list[EventRecord] | None = None


@dataclass(slots=True)
class ReadCaches:
    """What one read has already checked, by value: dates by the key of the repairing
    path's _Reader.when (shared with it) and by their record, and actors and places lists
    (equal ones are then one tuple, which also saves memory)."""

    dates: dict[tuple[Any, ...], FuzzyDate] = field(default_factory=dict)
    records: dict[DateRecord, FuzzyDate] = field(default_factory=dict)
    lists: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)


class Declined(Exception):
    """A record for the repairing path."""


def read_record(
    record: EventRecord, articles: dict[str, Article], events: dict[str, Event], caches: ReadCaches
) -> Event:
    """The event of a decoded record. Written for speed, as it runs for every event of a
    file: what repeats (dates, lists of names) is checked once and then found by value.

    Raises:
        Declined: an impossible date, a source that does not match its article, or an id
            already in ``events``: the repairing path reads the record, and says why.
    """
    if record.id in events:
        raise Declined
    when, expression, actors, places, sources = (
        record.when, record.expression, record.actors, record.places, record.sources
    )  # fmt: skip
    date = None
    if when is not None:
        date = caches.records.get(when)
        if date is None:
            date = _date(when, caches)
        expression = when.expression or expression
    if actors:
        actors = caches.lists.setdefault(actors, actors)
    if places:
        places = caches.lists.setdefault(places, places)
    if sources:
        for source in sources:
            article = articles.get(source.article)
            if article is None:
                raise Declined
            start, end, quote, text = source.start, source.end, source.quote, article.text
            # text.startswith(quote, start): text[start:end] == quote, without copying the slice
            if not (
                0 <= start <= end <= len(text) and end - start == len(quote) and text.startswith(quote, start)
            ):
                raise Declined
    return Event(
        record.id, record.title, date, record.description, actors, places, record.kind, record.status,
        sources, record.origin, record.reviewed, expression, record.explanation, record.notes,
        tuple(record.roles.items()) if record.roles else (),
        tuple(_date(d, caches) for d in record.alternatives) if record.alternatives else (),
        record.confidence, record.confidence_reason,
    )  # fmt: skip


def _date(record: DateRecord, caches: ReadCaches) -> FuzzyDate:
    key = (record.start, record.end, record.precision, record.end_precision, record.approximate)
    found = caches.dates.get(key)
    if found is None:
        try:
            found = caches.dates[key] = read_when(*key)
        except ValueError:
            raise Declined from None
    caches.records[record] = found
    return found


def date_record(when: FuzzyDate) -> DateRecord:
    """The record of a date (see project_writer.when_to_json)."""
    return DateRecord(*_date_values(when))


def when_record(when: FuzzyDate, expression: str) -> WhenRecord:
    """The ``when`` of an event: its date, and the text it was read from."""
    return WhenRecord(*_date_values(when), expression)


def _date_values(when: FuzzyDate) -> tuple[str, str | None, str, bool, str | None]:
    data = when.to_json()
    end_precision = None
    if when.end is not None and when.end.precision is not when.precision:
        end_precision = when.end.precision.value
    return data["start"], data["end"], data["precision"], data["approximate"], end_precision


def event_record(event: Event, whens: dict[tuple[int, str], WhenRecord]) -> EventRecord:
    """The record an event is written as. ``whens`` (one per save) keeps the record of
    each date and expression the events share, by the date's id() (the dates outlive the save)."""
    when = None
    if event.when is not None:
        key = (id(event.when), event.expression)
        when = whens.get(key)
        if when is None:
            when = whens[key] = when_record(event.when, event.expression)
    return EventRecord(
        event.id, event.title, event.description, when, event.actors, event.places, event.kind,
        event.status, event.sources, event.origin, bool(event.reviewed),
        float(event.confidence) if event.confidence != 1.0 or event.confidence_reason else _CERTAIN,
        event.confidence_reason, event.expression if when is None else "", event.explanation, event.notes,
        dict(event.roles) if event.roles else {},
        tuple(map(date_record, event.alternatives)) if event.alternatives else (),
    )  # fmt: skip


_encoder = msgspec.json.Encoder()


def record_json(record: Any) -> bytes:
    """A record (or any JSON value) as JSON; a lone surrogate, which UTF-8 cannot hold,
    as its JSON escape."""
    try:
        return _encoder.encode(record)
    except UnicodeEncodeError:
        text = json.dumps(msgspec.to_builtins(record), ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8", errors="backslashreplace")


def plain_values(record: Any) -> Any:
    """A record as the plain JSON values (dicts, lists...) the file has."""
    return json.loads(record_json(record))
