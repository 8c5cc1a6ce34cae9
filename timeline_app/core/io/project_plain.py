"""The reader's fast path: event records exactly as this version writes them.

Opening 100,000 events spends most of its time here, on checks of values that are
almost always right. :func:`read_plain` reads a list of records in one loop until
it meets one that is in any way unusual (a missing or extra key, a value of another
type, an impossible date, a quote that does not match its article, a repeated id, a
list or a text past the bounds of :mod:`limits`)
and hands that one back to the repairing path of project_reader, which reads it,
repairs it and warns; then the fast path goes on. It never warns itself, so what it
builds is exactly what the repairing path would (tests/core/io/test_project_reader_fast
checks that record by record and file by file).

What makes it fast: the values of a record are fetched in one call by key, values
shared between events (a date with its expression, a list of actors) are checked
once and then found in a cache by value, and events and sources are built without
the dataclass ``__init__`` (see :mod:`builders`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.builders import new_event, new_source
from timeline_app.core.io.limits import MAX_DESCRIPTION, MAX_NAMES, MAX_SOURCES, MAX_TITLE
from timeline_app.core.io.project_dates import read_when
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status

__all__ = ["PlainCaches", "read_plain"]

# The keys of the records this version writes (project.event_line).
EVENT_KEYS: tuple[str, ...] = ("id", "title", "description", "when", "actors", "places", "kind", "status")
EVENT_KEYS += ("sources", "origin", "reviewed")
TEXT_EXTRAS = frozenset(("expression", "explanation", "notes"))  # written only when set
CONFIDENCE_KEYS = frozenset(("confidence", "confidence_reason"))  # written for extracted events
_ALLOWED_KEYS = frozenset(EVENT_KEYS) | TEXT_EXTRAS | CONFIDENCE_KEYS
_event_values = itemgetter(*EVENT_KEYS)
_when_values = itemgetter("start", "end", "precision", "approximate", "expression")
_source_values = itemgetter("article", "start", "end", "quote")

KINDS = {k.value: k for k in Kind}
STATUSES = {s.value: s for s in Status}
ORIGINS = {o.value: o for o in Origin}


@dataclass(slots=True)
class PlainCaches:
    """What one read has already checked, by value.

    ``dates``: the key of _Reader.when (start, end, precision, end_precision,
    approximate) to its date, shared with the repairing path. ``whens``: the five values
    of a plain ``when`` object to its date. ``lists``: actors and places lists, whose
    equal tuples are then shared (which also saves memory).
    """

    dates: dict[tuple[Any, ...], FuzzyDate] = field(default_factory=dict)
    whens: dict[tuple[Any, ...], FuzzyDate] = field(default_factory=dict)
    lists: dict[tuple[Any, ...], tuple[str, ...]] = field(default_factory=dict)


class _NotPlain(Exception):
    """A record for the repairing path."""


def read_plain(
    records: list[Any],
    start: int,
    articles: dict[str, Article],
    events: dict[str, Event],
    caches: PlainCaches,
) -> int:
    """Build the events of ``records[start:]`` into ``events`` (by id) while they are plain.

    Returns the index of the first record that is not (``len(records)`` if all were);
    nothing of that record has been stored.
    """
    kinds, statuses, origins = KINDS, STATUSES, ORIGINS
    whens, lists = caches.whens, caches.lists
    event_values, when_values, source_values = _event_values, _when_values, _source_values
    i = start
    try:
        for i in range(start, len(records)):  # i: the answer when a record is declined
            item = records[i]
            if type(item) is not dict:
                return i
            # Missing keys raise KeyError; the length check leaves no room for other keys.
            eid, title, description, when_data, actors, places, kind, status, sources, origin, reviewed = (
                event_values(item)
            )
            if len(item) == 11:
                expression = explanation = notes = reason = ""
                confidence = 1.0
            else:
                expression, explanation, notes, confidence, reason = _text_extras(item)
            if (
                type(eid) is not str
                or not eid
                or eid in events
                or type(title) is not str
                or type(description) is not str
                or type(reviewed) is not bool
                or len(title) > MAX_TITLE
                or len(description) > MAX_DESCRIPTION
            ):
                return i
            kind, status, origin = kinds[kind], statuses[status], origins[origin]
            if when_data is None:
                when = None
            else:
                if type(when_data) is not dict or len(when_data) != 5:
                    return i
                values = when_values(when_data)
                # A hit is a value checked before: equal keys are of the same JSON types, but
                # for 0/1 against false/true, which the repairing path reads the same way.
                when = whens.get(values)
                if when is None:
                    when = whens[values] = _plain_when(values, caches.dates)
                expression = values[4] or expression
            if actors:
                if type(actors) is not list:
                    return i
                actors = lists.get(tuple(actors)) or _shared(actors, lists)
            else:
                actors = ()
            if places:
                if type(places) is not list:
                    return i
                places = lists.get(tuple(places)) or _shared(places, lists)
            else:
                places = ()
            if not sources:
                sources = ()
            elif type(sources) is not list:
                return i
            elif len(sources) == 1:  # the usual case, inline: a call per event costs a tenth of the time
                source = sources[0]
                if type(source) is not dict or len(source) != 4:
                    return i
                aid, begin, end, quote = source_values(source)
                article = articles[aid]
                text = article.text
                if (
                    type(begin) is not int
                    or type(end) is not int
                    or type(quote) is not str
                    or not 0 <= begin <= end <= len(text)
                    or end - begin != len(quote)
                    or not text.startswith(quote, begin)  # text[begin:end] == quote, without copying it
                ):
                    return i
                sources = (new_source(article.id, begin, end, quote),)
            else:
                sources = _plain_sources(sources, articles)
            events[eid] = new_event(
                eid, title, when, description, actors, places, kind, status, sources, origin, reviewed,
                expression, explanation, notes, (), (), confidence, reason,
            )  # fmt: skip
    except (_NotPlain, KeyError, TypeError, ValueError):  # TypeError: an unhashable value used as a key
        return i
    return len(records)


def _text_extras(item: dict[str, Any]) -> tuple[str, str, str, float, str]:
    """expression, explanation, notes, confidence and its reason, when the record's other keys
    are all these (a confidence that is not a number from 0 to 1 goes to the repairing path)."""
    if not _ALLOWED_KEYS.issuperset(item):
        raise _NotPlain
    get = item.get
    extras = get("expression"), get("explanation"), get("notes"), get("confidence_reason")
    for value in extras:
        if value is not None and type(value) is not str:
            raise _NotPlain
    expression, explanation, notes, reason = extras
    confidence = get("confidence", 1.0)
    if type(confidence) is not float or not 0.0 <= confidence <= 1.0:
        if type(confidence) is not int or confidence not in (0, 1):
            raise _NotPlain
        confidence = float(confidence)
    return expression or "", explanation or "", notes or "", confidence, reason or ""


def _plain_when(values: tuple[Any, ...], dates: dict[tuple[Any, ...], FuzzyDate]) -> FuzzyDate:
    start, end, precision, approximate, expression = values
    if type(approximate) is not bool or type(expression) is not str:
        raise _NotPlain
    key = (start, end, precision, None, approximate)  # the key of _Reader.when
    found = dates.get(key)
    if found is None:
        found = dates[key] = read_when(start, end, precision, None, approximate)
    return found


def _shared(value: list[Any], lists: dict[tuple[Any, ...], tuple[str, ...]]) -> tuple[str, ...]:
    """A list of text not seen before, as the tuple that the equal lists read after will share."""
    key = tuple(value)
    if len(key) > MAX_NAMES or not all(type(v) is str for v in key):
        raise _NotPlain
    lists[key] = key
    return key


def _plain_sources(items: list[Any], articles: dict[str, Article]) -> tuple[Source, ...]:
    """Sources as written, each quote matching its article. The article's id is kept as
    the article's own string, so the events citing it share one."""
    if len(items) > MAX_SOURCES:
        raise _NotPlain
    sources = []
    for item in items:
        if type(item) is not dict or len(item) != 4:
            raise _NotPlain
        aid, start, end, quote = _source_values(item)
        article = articles[aid]
        text = article.text
        if (
            type(start) is not int
            or type(end) is not int
            or type(quote) is not str
            or not 0 <= start <= end <= len(text)
            or end - start != len(quote)
            or not text.startswith(quote, start)  # text[start:end] == quote, without copying the slice
        ):
            raise _NotPlain
        sources.append(new_source(article.id, start, end, quote))
    return tuple(sources)
