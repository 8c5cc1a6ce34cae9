"""Writing the project file: canonical order, one record per line.

Events and articles are written in a canonical order (by date, then id), one
record per line, so the same content always gives the same bytes (an edit
followed by its undo restores the file exactly) and a diff shows one line per
changed event. Records are encoded by msgspec, an event from its
:class:`~timeline_app.core.io.project_records.EventRecord`, the type the reader decodes.
"""

from __future__ import annotations

import operator
import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PureWindowsPath
from typing import Any

import msgspec

from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.project_reader import FORMAT, VERSION, path_escapes
from timeline_app.core.io.project_records import (
    WhenRecord,
    date_record,
    event_record,
    plain_values,
    record_json,
)
from timeline_app.core.model import Article, Event, Timeline, TimeMark

__all__ = [
    "article_to_json",
    "canonical_positions",
    "dump_project",
    "event_line",
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
    data: dict[str, Any] = msgspec.to_builtins(date_record(when))
    return data


def event_to_json(event: Event) -> dict[str, Any]:
    """An event's record as plain JSON values: what :func:`event_line` writes."""
    data: dict[str, Any] = plain_values(event_record(event, {}))
    return data


def article_to_json(article: Article, folder: Path | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "published": article.published.iso() if article.published else None,
        "source": article.source,
        "path": stored_path(article.path, folder),
        "sha256": article.sha256,
        "language": article.language,
        "text": article.text,
    }
    marks = article.time_marks
    if marks is not None:  # stale ones (the article was re-dated since) are not written
        data["times"] = [_mark_to_json(m) for m in marks]
    return data


def _mark_to_json(mark: TimeMark) -> list[Any]:
    """A time expression as a compact list: [start, end, value, date or null, explanation]."""
    return [
        mark.start,
        mark.end,
        mark.value,
        when_to_json(mark.date) if mark.date else None,
        mark.explanation,
    ]


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


_encoder = msgspec.json.Encoder()


def event_line(event: Event) -> str:
    """One event's record as JSON text, as the file has it (compact, one line)."""
    return record_json(event_record(event, {})).decode("utf-8")


def _event_lines(events: list[Event]) -> bytes:
    """The events' records in canonical order, one line each, joined by ",\\n  ".

    Each record is made in the order of ``events`` (the timeline's), which is close to
    the order they lie in memory, and only then are they put in canonical order:
    made in that order instead, the records of a timeline that was not read from a file
    (extracted, or made for the benchmark) took a fifth longer, waiting on memory for
    events scattered across it. A record never holds a raw line break (JSON escapes
    them), so the lines msgspec writes are joined by replacing each break.
    """
    whens: dict[tuple[int, str], WhenRecord] = {}
    records = [event_record(e, whens) for e in events]
    records = list(map(records.__getitem__, canonical_positions(events)))
    try:
        lines = _encoder.encode_lines(records)
    except UnicodeEncodeError:  # a lone surrogate, which UTF-8 cannot hold: see project_bytes
        return b",\n  ".join(map(record_json, records))
    return lines[:-1].replace(b"\n", b",\n  ")


def project_bytes(timeline: Timeline, folder: str | os.PathLike[str] | None = None) -> bytes:
    """The bytes of the project file: UTF-8 JSON, one article or event per line, final newline.

    ``folder`` is where the file will live; article paths are stored relative to it.
    A lone surrogate (which no encoding can write) is stored as its JSON escape.
    """
    folder_path = Path(folder) if folder is not None else None
    articles = [
        record_json(article_to_json(a, folder_path)) for a in sorted(timeline.articles, key=_article_order)
    ]
    parts = [b'{\n "format": ', _encoder.encode(FORMAT), b',\n "version": ', b"%d" % VERSION]
    parts += [b',\n "title": ', record_json(timeline.title), b',\n "articles": ']
    parts += [b"[\n  ", b",\n  ".join(articles), b"\n ]"] if articles else [b"[]"]
    parts.append(b',\n "events": ')
    parts += [b"[\n  ", _event_lines(timeline.events), b"\n ]"] if len(timeline) else [b"[]"]
    parts.append(b"\n}\n")
    return b"".join(parts)
