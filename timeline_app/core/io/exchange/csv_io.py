"""CSV: one row an event, with its sources; safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
a formula to Excel, LibreOffice and Google Sheets (CSV injection, OWASP), so such
cells are written with a leading apostrophe. A cell that itself starts with an
apostrophe gets one too, which keeps the escaping reversible: the import strips
exactly one leading apostrophe.

The file starts with a UTF-8 byte-order mark so that Excel reads accents right.
"""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import TypeVar

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.errors import InputError
from timeline_app.core.io.articles import MAX_ARTICLE_BYTES
from timeline_app.core.io.exchange.records import (
    ImportResult,
    articles_of,
    build_timeline,
    dated_events,
    decode_sources,
    encode_sources,
    join_list,
    lane_namer,
    source_citation,
    split_list,
)
from timeline_app.core.io.limits import cap_event
from timeline_app.core.model import Article, Event, Kind, Origin, Status, Timeline, new_id

COLUMNS = (
    "id", "date", "precision", "approximate", "date_label", "title", "description",
    "actors", "places", "kind", "status", "lane", "origin", "reviewed", "expression",
    "notes", "sources", "source_data", "confidence", "confidence_reason",
)  # fmt: skip
"""The header; ``date_label``, ``lane`` and ``sources`` are for readers and ignored on import.
``confidence`` is empty for an event a person made (which counts as 1)."""

E = TypeVar("E", bound=StrEnum)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BOM = "\ufeff"


def escape_cell(text: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula (reversible)."""
    if text.startswith((*_FORMULA_STARTS, "'")):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Inverse of :func:`escape_cell`."""
    return text[1:] if text.startswith("'") else text


def export_csv(timeline: Timeline, lanes: str = "none") -> str:
    """The timeline's events as CSV text (date order; undated events last)."""
    articles = articles_of(timeline)
    lane = lane_namer(lanes, articles)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in dated_events(timeline):
        when = event.when
        row = {
            "id": event.id,
            "date": when.iso() if when else "",
            "precision": when.precision.value if when else "",
            "approximate": "yes" if when and when.approximate else "no",
            "date_label": when.label() if when else "undated",
            "title": event.title,
            "description": event.description,
            "actors": join_list(event.actors),
            "places": join_list(event.places),
            "kind": event.kind.value,
            "status": event.status.value,
            "lane": lane(event),
            "origin": event.origin.value,
            "reviewed": "yes" if event.reviewed else "no",
            "expression": event.expression,
            "notes": event.notes,
            # one citation an article, however many of its sentences tell the event
            "sources": "; ".join(dict.fromkeys(source_citation(s, articles) for s in event.sources)),
            "source_data": encode_sources(event.sources, articles) if event.sources else "",
            "confidence": _confidence_cell(event),
            "confidence_reason": event.confidence_reason,
        }
        writer.writerow([escape_cell(row[name]) for name in COLUMNS])
    return _BOM + out.getvalue()


def import_csv(text: str, title: str = "Imported timeline") -> ImportResult:
    """Events from CSV text written by :func:`export_csv` (or by hand with at least a title column).

    Rows that cannot be read are skipped with a warning naming the row.

    Raises:
        InputError: the text has no header with a ``title`` column.
    """
    # The csv module refuses cells over 128 KB; a quote or a description may be longer, and
    # nothing in a file of ours is longer than an article. The limit is process-wide: raise it only.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_BYTES))
    # newline="": the csv module reads line ends itself, a lone CR included (a cell may hold one).
    reader = csv.DictReader(io.StringIO(text.removeprefix(_BOM), newline=""))
    try:
        return _read_rows(reader, title)
    except csv.Error as error:  # what the csv module cannot parse at all: one line, not a traceback
        raise InputError(f"this CSV cannot be read (line {reader.line_num}: {error})") from None


def _read_rows(reader: csv.DictReader[str], title: str) -> ImportResult:
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if "title" not in header:
        raise InputError("this CSV has no 'title' column (expected the header that export writes)")
    reader.fieldnames = header
    events: list[Event] = []
    stubs: list[Article] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for number, raw in enumerate(reader, start=2):
        row = {k: unescape_cell(v or "") for k, v in raw.items() if k is not None}
        try:
            event, row_stubs = _event_from_row(row, warnings, number)
        except ValueError as error:
            warnings.append(f"row {number}: skipped ({error})")
            continue
        event = cap_event(event, f"row {number}", warnings)
        if event.id in seen:
            warnings.append(f"row {number}: id {event.id} is used twice; given a new id")
            event = event.with_changes(id=new_id())
        seen.add(event.id)
        events.append(event)
        stubs.extend(row_stubs)
    return ImportResult(build_timeline(title, events, stubs), warnings)


def _event_from_row(row: dict[str, str], warnings: list[str], number: int) -> tuple[Event, list[Article]]:
    title = row.get("title", "")
    if not title.strip():
        raise ValueError("no title")
    when = _date_from_row(row)
    sources, stubs = decode_sources(row.get("source_data", ""))
    kind = _enum(Kind, row.get("kind", "").strip().upper(), Kind.OTHER, "kind", warnings, number)
    status = _enum(Status, row.get("status", "").strip().lower(), Status.REPORTED, "status", warnings, number)
    origin = _enum(Origin, row.get("origin", "").strip().lower(), Origin.MANUAL, "origin", warnings, number)
    event = Event(
        id=row.get("id", "").strip() or new_id(),
        title=title,
        when=when,
        description=row.get("description", ""),
        actors=split_list(row.get("actors", "")),
        places=split_list(row.get("places", "")),
        kind=kind,
        status=status,
        sources=sources,
        origin=origin,
        reviewed=_yes(row.get("reviewed", "")),
        expression=row.get("expression", ""),
        notes=row.get("notes", ""),
        confidence=_confidence(row.get("confidence", ""), warnings, number),
        confidence_reason=row.get("confidence_reason", ""),
    )
    return event, stubs


def _confidence_cell(event: Event) -> str:
    if event.confidence == 1.0 and not event.confidence_reason:
        return ""
    return f"{event.confidence:.2f}"


def _confidence(text: str, warnings: list[str], number: int) -> float:
    """A confidence cell: a number from 0 to 1; empty is 1 (an event nobody scored)."""
    if not text.strip():
        return 1.0
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not 0.0 <= value <= 1.0:
        warnings.append(f"row {number}: confidence {text!r} is not a number from 0 to 1; it became 1")
        return 1.0
    return value


def _date_from_row(row: dict[str, str]) -> FuzzyDate | None:
    text = row.get("date", "").strip()
    if not text:
        return None
    precision = row.get("precision", "").strip().lower() or None
    when = FuzzyDate.parse(text, Precision(precision) if precision else None)
    if _yes(row.get("approximate", "")):
        when = FuzzyDate(
            when.year, when.month, when.day, when.hour, when.minute, when.precision, True, when.end
        )
    return when


def _yes(text: str) -> bool:
    return text.strip().lower() in ("yes", "true", "1", "y")


def _enum(cls: type[E], text: str, default: E, name: str, warnings: list[str], number: int) -> E:
    if not text:
        return default
    try:
        return cls(text)
    except ValueError:
        warnings.append(f"row {number}: unknown {name} {text!r}; using {default.value}")
        return default
