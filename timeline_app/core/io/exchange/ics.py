"""iCalendar (.ics) through the icalendar library: the events in any calendar app.

A day-precision event is an all-day event (``DTSTART;VALUE=DATE``), and a range ("from
3 to 9 March") an all-day span over its days (``DTEND`` is exclusive, as RFC 5545 says). An
event known only to the week, month, quarter, season, year or decade happened some time in
it, not all through it: it is a dated note (VJOURNAL, RFC 5545's "descriptive text
associated with a calendar date") on the period's first day, whose description says "some
time in December 2025", never a month-long all-day event.
Hour and minute events get a floating date-time (no time zone: articles rarely give
one). Calendar apps cannot show years before 1 or after 9999; such events are left
out and counted.

Each VEVENT also carries ``X-TIMELINE-APP-EVENT``, the event as we hold it (JSON),
so that an import gives back the same precision, actors, claim status and sources.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass

import icalendar

from timeline_app import __version__
from timeline_app.core.dates import FuzzyDate, Precision, civil_from_days
from timeline_app.core.errors import InputError
from timeline_app.core.io.exchange.records import (
    ImportResult,
    articles_of,
    dated_events,
    event_from_extension,
    event_to_extension,
    import_records,
    source_citation,
)
from timeline_app.core.io.xml_text import encodable_text
from timeline_app.core.model import Article, Event, Kind, Origin, Status, Timeline, new_id

PROPERTY = "X-TIMELINE-APP-EVENT"
MAX_ICS_EVENTS = 50_000
"""icalendar writes about 2,000 events a second on a busy machine (300,000 took 176 s):
past this a calendar is refused at once, rather than written for minutes. Calendar apps
slow to a crawl well before."""
_STATUS = {Status.CONFIRMED: "CONFIRMED", Status.DENIED: "CANCELLED"}  # the rest is TENTATIVE


@dataclass(slots=True)
class IcsExport:
    """The calendar's bytes and how many events could not be put in it (undated, out of range)."""

    data: bytes
    skipped: int


def export_ics(timeline: Timeline, stamp: dt.datetime | None = None) -> IcsExport:
    """The dated events as an iCalendar file; ``stamp`` is the DTSTAMP (now by default).

    Raises:
        InputError: more than :data:`MAX_ICS_EVENTS` dated events (one line).
    """
    dated = sum(1 for e in timeline.iter_events() if e.when is not None)
    if dated > MAX_ICS_EVENTS:
        raise InputError(
            f"an iCalendar file of {dated:,} events would take minutes to write; at most "
            f"{MAX_ICS_EVENTS:,} (export a shorter range with --from/--to, or CSV)"
        )
    articles = articles_of(timeline)
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//timeline-app//timeline-app {__version__}//EN")
    calendar.add("version", "2.0")
    # A TEXT value, escaped (icalendar writes an X- property it does not know raw, and a
    # newline in a raw value makes no content line at all).
    calendar.add("x-wr-calname", icalendar.vText(encodable_text(timeline.title)))
    # Each component is written as soon as it is made (the bytes the calendar would write
    # for it as a subcomponent): 300,000 components held at once took 3 GB.
    end = b"END:VCALENDAR\r\n"
    out = io.BytesIO()
    out.write(calendar.to_ical().removesuffix(end))
    skipped = 0
    for event in dated_events(timeline):
        vevent = _component(event, articles, stamp)
        if vevent is None:
            skipped += 1
            continue
        out.write(vevent.to_ical())
    out.write(end)
    return IcsExport(out.getvalue(), skipped)


def some_time_in(when: FuzzyDate) -> bool:
    """Is ``when`` a stretch the event happened some time in (a week or coarser, no end)?"""
    return when.end is None and when.precision.rank > Precision.DAY.rank


def _component(
    event: Event, articles: dict[str, Article], stamp: dt.datetime
) -> icalendar.cal.Component | None:
    """A VEVENT, or a VJOURNAL (a dated note) for an event known only to a week or coarser."""
    when = event.when
    if when is None:
        return None
    span = _span(when)
    if span is None:
        return None
    note = some_time_in(when)
    vevent = icalendar.Journal() if note else icalendar.Event()
    vevent.add("uid", event.id)
    vevent.add("dtstamp", stamp)
    vevent.add("summary", encodable_text(event.title))
    vevent.add("dtstart", span[0])
    if span[1] is not None and not note:
        vevent.add("dtend", span[1])
    description = _description(event, articles)
    if note:
        description = f"Some time in {when.label()} (the day is not known).\n{description}"
    vevent.add("description", encodable_text(description))
    if event.places:
        vevent.add("location", encodable_text(", ".join(event.places)))
    vevent.add("categories", [event.kind.value])
    if not note:  # a VJOURNAL's STATUS is DRAFT, FINAL or CANCELLED
        vevent.add("status", _STATUS.get(event.status, "TENTATIVE"))
    extension = event_to_extension(event, articles)
    extension_text = json.dumps(extension, ensure_ascii=False, separators=(",", ":"))
    vevent.add(PROPERTY, icalendar.vText(encodable_text(extension_text)))
    return vevent


def _span(when: FuzzyDate) -> tuple[dt.date, dt.date | None] | None:
    """DTSTART and DTEND, or None when a date falls outside the years 1 to 9999."""
    try:
        if when.precision.rank < Precision.DAY.rank:
            start = dt.datetime(when.year, when.month or 1, when.day or 1, when.hour or 0, when.minute or 0)
            if when.end is None:
                return start, (start + dt.timedelta(hours=1) if when.precision is Precision.HOUR else None)
            return start, _datetime_at(when.end_days)
        return _date_at(when.start_days), _date_at(when.end_days)
    except ValueError:  # datetime refuses years outside 1..9999
        return None


def _date_at(days: float) -> dt.date:
    return dt.date(*civil_from_days(int(days)))


def _datetime_at(days: float) -> dt.datetime:
    whole = int(days // 1)
    minutes = round((days - whole) * 1440)
    return dt.datetime(*civil_from_days(whole)) + dt.timedelta(minutes=minutes)


def _description(event: Event, articles: dict[str, Article]) -> str:
    lines = [event.description] if event.description else []
    if event.actors:
        lines.append("Actors: " + ", ".join(event.actors))
    lines.append(f"Status: {event.status.value}")
    if event.when is not None:
        lines.append(f"Date: {event.when.label()} ({event.when.precision.value})")
    for number, source in enumerate(event.sources, start=1):
        lines.append(f"[{number}] {source_citation(source, articles)}: “{source.quote}”")
    return "\n".join(lines)


# -- import ---------------------------------------------------------------------------------------

_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def _unescape_text(raw: str) -> str:
    """RFC 5545 TEXT unescaping (icalendar leaves unknown X- properties raw)."""
    return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def import_ics(data: bytes, title: str | None = None) -> ImportResult:
    """Events (VEVENT) and dated notes (VJOURNAL) from an iCalendar file; those that cannot be
    read are skipped with a warning.

    Raises:
        InputError: the data is not an iCalendar file.
    """
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        raise InputError(f"this is not an iCalendar file ({error})") from None
    if title is None:
        title = _unescape_text(str(calendar.get("x-wr-calname") or "")) or "Imported calendar"
    components = [c for c in calendar.walk() if c.name in ("VEVENT", "VJOURNAL")]
    return import_records(title, components, _event_from_vevent)


def _event_from_vevent(vevent: icalendar.cal.Component, cuts: list[str]) -> tuple[Event, list[Article]]:
    event_id = str(vevent.get("uid") or "") or new_id()
    summary = str(vevent.get("summary") or "")
    raw = vevent.get(PROPERTY)
    if raw is not None:
        text = raw.to_ical().decode() if hasattr(raw, "to_ical") else str(raw)
        data = json.loads(_unescape_text(text))
        if not isinstance(data, dict):
            raise ValueError(f"its {PROPERTY} is not a JSON object")
        return event_from_extension(event_id, summary, data, cuts)
    when = _when_from_vevent(vevent)
    categories = vevent.get("categories")
    kind = Kind.OTHER
    if categories is not None:
        names = [str(c).upper() for c in getattr(categories, "cats", [])]
        kind = next((Kind(n) for n in names if n in Kind.__members__), Kind.OTHER)
    status = {"CONFIRMED": Status.CONFIRMED, "CANCELLED": Status.DENIED}.get(
        str(vevent.get("status") or "").upper(), Status.REPORTED
    )
    location = str(vevent.get("location") or "")
    places = tuple(p.strip() for p in location.split(",") if p.strip())
    event = Event(
        id=event_id,
        title=summary or "Untitled",
        when=when,
        description=str(vevent.get("description") or ""),
        places=places,
        kind=kind,
        status=status,
        origin=Origin.MANUAL,
    )
    return event, []


def _decoded_date(vevent: icalendar.cal.Component, name: str) -> dt.date:
    """DTSTART or DTEND as a date or a date-time.

    Raises:
        ValueError: missing, or not a date the calendar can hold: icalendar hands back
            the raw text of an impossible one (20250230, year 0) and a tuple for a PERIOD.
    """
    try:
        value = vevent.decoded(name)
    except KeyError:
        raise ValueError(f"it has no {name.upper()}") from None
    if isinstance(value, tuple):
        raise ValueError(f"its {name.upper()} is a period, not a date")
    if not isinstance(value, dt.date):
        shown = value.decode(errors="replace") if isinstance(value, bytes) else str(value)
        raise ValueError(f"its {name.upper()} {shown[:40]!r} is not a date")
    return value


def _when_from_vevent(vevent: icalendar.cal.Component) -> FuzzyDate:
    """The date of a VEVENT made by another app: a day, a whole month or year, or a range."""
    start = _decoded_date(vevent, "dtstart")
    end = _decoded_date(vevent, "dtend") if vevent.get("dtend") is not None else None
    if isinstance(start, dt.datetime):
        first = FuzzyDate.from_date(start.replace(tzinfo=None))
        if isinstance(end, dt.datetime) and end - start > dt.timedelta(hours=1):
            return FuzzyDate(first.year, first.month, first.day, first.hour, first.minute, first.precision,
                             end=FuzzyDate.from_date(end.replace(tzinfo=None)))  # fmt: skip
        return first
    day = FuzzyDate.from_date(start)
    if not isinstance(end, dt.date) or end - start <= dt.timedelta(days=1):
        return day
    last = FuzzyDate.from_date(end - dt.timedelta(days=1))
    for precision in (Precision.MONTH, Precision.YEAR):
        whole = day.truncate(precision)
        if whole.start_days == day.start_days and whole.period_end_days == last.start_days + 1:
            return whole
    return FuzzyDate(day.year, day.month, day.day, precision=Precision.DAY, end=last)
