"""Writing the project file: canonical order, one record per line.

Events and articles are written in a canonical order (by date, then id), one
record per line, so the same content always gives the same bytes (an edit
followed by its undo restores the file exactly) and a diff shows one line per
changed event. Records are encoded with the json module's C encoder: its
pure-Python fallback, which ``indent=`` forces, took four seconds for 100,000
events; and an event's line is written out by hand (:func:`event_line`).
"""

from __future__ import annotations

import gc
import json
import operator
import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PureWindowsPath
from typing import Any

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.project_reader import FORMAT, VERSION, path_escapes
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status, Timeline

__all__ = [
    "article_to_json",
    "canonical_positions",
    "dump_project",
    "event_line",
    "event_lines",
    "event_to_json",
    "events_in_order",
    "project_bytes",
    "stored_path",
    "when_to_json",
]


def events_in_order(events: Iterable[Event]) -> list[Event]:
    """Events by date (FuzzyDate.sort_key), then id; undated ones last."""
    events = list(events)
    return [events[i] for i in canonical_positions(events)]


def canonical_positions(events: Sequence[Event]) -> list[int]:
    """The positions of ``events`` in the order the file keeps them (:func:`events_in_order`).

    Each distinct date's key is computed once (dates are shared between the events
    read from a file) and replaced by its rank; the events are dealt into one bucket
    per rank, and only the buckets of several events are sorted, by id. A sort of all
    events by (rank, id), or by id and then by rank, took twice as long: it compares
    events that no date puts side by side.
    """
    whens = list(map(_when_of, events))
    dates = {id(when): when for when in whens}
    dates.pop(id(None), None)
    keys = {date_id: when.sort_key() for date_id, when in dates.items()}
    rank_of_key = {key: rank for rank, key in enumerate(sorted(set(keys.values())))}
    rank = {date_id: rank_of_key[key] for date_id, key in keys.items()}
    rank[id(None)] = len(rank_of_key)  # undated events last
    buckets: list[list[int]] = [[] for _ in range(len(rank_of_key) + 1)]
    for position, event_rank in enumerate(map(rank.__getitem__, map(id, whens))):
        buckets[event_rank].append(position)
    ids = list(map(_by_id, events))
    order: list[int] = []
    for bucket in buckets:
        if len(bucket) > 1:
            bucket.sort(key=ids.__getitem__)
        order += bucket
    return order


_when_of = operator.attrgetter("when")
_by_id = operator.attrgetter("id")


def _article_order(article: Article) -> tuple[float, str]:
    return (article.published.start_days if article.published else float("inf"), article.id)


def when_to_json(when: FuzzyDate) -> dict[str, Any]:
    """The ``when`` object without ``expression``.

    ``end_precision`` is added when a range ends at another precision than it starts
    ("30 November 2025 to 2026"): FuzzyDate.to_json reads the end at the start's
    precision, which loses such an end or fails on it.
    """
    data = when.to_json()
    if when.end is not None and when.end.precision is not when.precision:
        data["end_precision"] = when.end.precision.value
    return data


def event_to_json(event: Event) -> dict[str, Any]:
    """An event's record as plain JSON values (see :func:`event_line` for the fast text form)."""
    when: dict[str, Any] | None = None
    if event.when is not None:
        when = {**when_to_json(event.when), "expression": event.expression}
    data: dict[str, Any] = {
        "id": event.id,
        "title": event.title,
        "description": event.description,
        "when": when,
        "actors": list(event.actors),
        "places": list(event.places),
        "kind": event.kind.value,
        "status": event.status.value,
        "sources": [
            {"article": s.article, "start": s.start, "end": s.end, "quote": s.quote} for s in event.sources
        ],
        "origin": event.origin.value,
        "reviewed": event.reviewed,
    }
    if event.confidence != 1.0 or event.confidence_reason:  # written for extracted events only
        data["confidence"] = float(event.confidence)
        data["confidence_reason"] = event.confidence_reason
    if event.expression and when is None:
        data["expression"] = event.expression
    if event.explanation:
        data["explanation"] = event.explanation
    if event.notes:
        data["notes"] = event.notes
    if event.roles:
        data["roles"] = {actor: role for actor, role in event.roles}
    if event.alternatives:
        data["alternatives"] = [when_to_json(d) for d in event.alternatives]
    return data


def article_to_json(article: Article, folder: Path | None = None) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.iso() if article.published else None,
        "source": article.source,
        "path": stored_path(article.path, folder),
        "sha256": article.sha256,
        "language": article.language,
        "text": article.text,
    }


def stored_path(path: str, folder: Path | None) -> str:
    """An article's path as the project file keeps it: relative, inside the project folder.

    In memory a path is absolute, or relative to the current folder (as given to
    load_article). With the project's ``folder`` known, a path inside it is stored
    relative to it, and any other keeps only its file name (the article's text is in
    the project, so nothing is lost). Without it, paths that are relative and stay
    below the current folder are kept. A file that names places outside its folder
    is what the reader refuses, so the writer never produces one.
    """
    if not path:
        return ""
    if folder is None:
        return path if not path_escapes(path) else PureWindowsPath(path).name
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(folder)).as_posix()
    except ValueError:
        return PureWindowsPath(path).name


def dump_project(timeline: Timeline, folder: Path | None = None) -> dict[str, Any]:
    """The project as plain JSON values, in canonical order (``folder``: see :func:`stored_path`)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": timeline.title,
        "articles": [article_to_json(a, folder) for a in sorted(timeline.articles, key=_article_order)],
        "events": [event_to_json(e) for e in events_in_order(timeline.iter_events())],
    }


_quote = json.encoder.encode_basestring  # the C function: a str as a JSON string literal
_record = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
_JSON_BOOL = {True: "true", False: "false"}
_OPTIONAL = ("expression", "explanation", "notes", "roles", "alternatives")  # written only when set


_ENUM_TEXT = {member: _quote(member.value) for enum in (Kind, Status, Origin) for member in enum}


def event_line(event: Event, cache: dict[Any, str] | None = None) -> str:
    """One event's record as JSON text, equal to ``json.dumps(event_to_json(event))`` with
    ", " and ": " separators (see :func:`event_lines`)."""
    return event_lines([event], {} if cache is None else cache)[0]


def event_lines(events: Iterable[Event], cache: dict[Any, str]) -> list[str]:
    """The events' records as JSON text, each equal to ``json.dumps(event_to_json(event))``
    with ", " and ": " separators.

    Written out by hand because the json module spends most of its time on the 25 small
    values of each event: building the dicts and encoding them took 2.5 s per 100,000
    events, this takes a sixth of that. One loop for all events, with the names it uses
    bound locally, saved a twentieth more than a call per event. A test checks it against
    the json module. ``cache`` (one per save) keeps the text of the values events share:
    a date, by id() since the dates outlive the save, and an actors or places list, by value.
    """
    q = _quote
    enum_text, json_bool, when_head = _ENUM_TEXT, _JSON_BOOL, _when_head
    lines: list[str] = []
    append = lines.append
    for event in events:
        when = event.when
        if when is None:
            when_text = "null"
        else:
            head = cache.get(id(when))
            if head is None:
                head = cache[id(when)] = when_head(when)
            when_text = f'{head}"expression": {q(event.expression)}}}'
        actors, places = event.actors, event.places
        if actors:
            actors_text = cache.get(actors)
            if actors_text is None:
                actors_text = cache[actors] = ", ".join(map(q, actors))
        else:
            actors_text = ""
        if places:
            places_text = cache.get(places)
            if places_text is None:
                places_text = cache[places] = ", ".join(map(q, places))
        else:
            places_text = ""
        sources = event.sources
        if not sources:
            sources_text = ""
        elif len(sources) == 1:  # the usual case, inline: a call per event costs a tenth of the save
            one = sources[0]
            sources_text = (
                f'{{"article": {q(one.article)}, "start": {one.start:d}, "end": {one.end:d}, '
                f'"quote": {q(one.quote)}}}'
            )
        else:
            sources_text = ", ".join([_source_text(s) for s in sources])
        text = (
            f'{{"id": {q(event.id)}, "title": {q(event.title)}, "description": {q(event.description)}, '
            f'"when": {when_text}, "actors": [{actors_text}], "places": [{places_text}], '
            f'"kind": {enum_text[event.kind]}, "status": {enum_text[event.status]}, '
            f'"sources": [{sources_text}], "origin": {enum_text[event.origin]}, '
            f'"reviewed": {json_bool[bool(event.reviewed)]}'
        )
        if event.confidence != 1.0 or event.confidence_reason:
            confidence = float(event.confidence)
            text += f', "confidence": {confidence!r}, "confidence_reason": {q(event.confidence_reason)}'
        if (
            (event.expression and when is None)
            or event.explanation
            or event.notes
            or event.roles
            or event.alternatives
        ):
            full = event_to_json(event)
            extra = {k: full[k] for k in _OPTIONAL if k in full}
            text += ", " + _record(extra)[1:-1]
        append(text + "}")
    return lines


def _when_head(when: FuzzyDate) -> str:
    """The text of ``when_to_json(when)`` as the json module writes it, without its closing
    brace: '{"start": "2025-11-30", ..., '. Written by hand: the json module's encode()
    makes a new C encoder on every call, which for the 30,000 distinct dates of a big
    project was a tenth of a save."""
    items = []
    for key, value in when_to_json(when).items():
        text = (
            _quote(value)
            if type(value) is str
            else _JSON_CONSTANT.get(value)
            if type(value) is not int
            else None
        )
        if text is None:  # not a value to_json writes today
            return _record(when_to_json(when))[:-1] + ", "
        items.append(f"{_quote(key)}: {text}")
    return "{" + ", ".join(items) + ", "


_JSON_CONSTANT = {None: "null", True: "true", False: "false"}


def _source_text(s: Source) -> str:
    q = _quote
    return f'{{"article": {q(s.article)}, "start": {s.start:d}, "end": {s.end:d}, "quote": {q(s.quote)}}}'


def _event_lines(events: list[Event]) -> list[str]:
    """The events' lines in canonical order.

    Each line is made in the order of ``events`` (the timeline's), which is close to
    the order they lie in memory, and only then are the lines put in canonical order:
    made in that order instead, the lines of a timeline that was not read from a file
    (extracted, or made for the benchmark) took a fifth longer, waiting on memory for
    events scattered across it.
    """
    lines = event_lines(events, {})
    return list(map(lines.__getitem__, canonical_positions(events)))


def project_bytes(timeline: Timeline, folder: str | os.PathLike[str] | None = None) -> bytes:
    """The bytes of the project file: UTF-8 JSON, one article or event per line, final newline.

    ``folder`` is where the file will live; article paths are stored relative to it.
    A lone surrogate (which no encoding can write) is stored as its JSON escape.
    The cyclic garbage collector is paused meanwhile: the few tens of thousands of
    small lists and dicts a save makes (and drops) woke it some 70 times for 100,000
    events (25 ms of a 0.8 s save), to find no cycle.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _project_bytes(timeline, folder)
    finally:
        if enabled:
            gc.enable()


def _project_bytes(timeline: Timeline, folder: str | os.PathLike[str] | None) -> bytes:
    folder_path = Path(folder) if folder is not None else None
    articles = [
        _record(article_to_json(a, folder_path)) for a in sorted(timeline.articles, key=_article_order)
    ]
    parts = [
        "{\n",
        f' "format": {_quote(FORMAT)},\n "version": {VERSION},\n "title": {_quote(timeline.title)}',
    ]
    body = ",\n  ".join(articles)
    parts.append(f',\n "articles": [\n  {body}\n ]' if articles else ',\n "articles": []')
    parts.append(',\n "events": ')
    head, tail = "".join(parts), "\n}\n"
    events = _event_lines(timeline.events)
    if not events:
        return f"{head}[]{tail}".encode("utf-8", errors="backslashreplace")
    # One join makes the whole text: the events' body, some 50 MB for 100,000 events, is
    # not copied again into a list of parts, and only once more, into bytes.
    events[0] = f"{head}[\n  {events[0]}"
    events[-1] = f"{events[-1]}\n ]{tail}"
    return ",\n  ".join(events).encode("utf-8", errors="backslashreplace")
