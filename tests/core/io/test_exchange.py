"""Round trips of the exchange formats: export, import, the same events."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.io.exchange import (
    export_csv,
    export_ics,
    export_timelinejs,
    import_csv,
    import_ics,
    import_timelinejs,
)
from timeline_app.core.model import Article, Event, Kind, Origin, Source, Status, Timeline

TEXT = "Ministers met in Geneva on Monday. Talks will resume in 2026, officials said."


def sample_timeline() -> Timeline:
    """Events of every precision, status and awkward text a spreadsheet or calendar could mangle."""
    article = Article("a-1", "Talks in Geneva", TEXT, FuzzyDate(2025, 12, 3), "The Daily Wire, Geneva")
    other = Article("a-2", '=HYPERLINK("x")', "Second; text", None, "")
    quote = Source.from_article(article, 0, 33)
    dates = [
        FuzzyDate(2025, 12, 1),
        FuzzyDate(2025, 11, precision=Precision.MONTH),
        FuzzyDate(2025, 11, 30, 14, 5, Precision.MINUTE),
        FuzzyDate(2025, 11, 30, 9, precision=Precision.HOUR),
        FuzzyDate(2025, 12, 1, precision=Precision.WEEK),
        FuzzyDate(2025, 10, precision=Precision.QUARTER),
        FuzzyDate(2025, 6, precision=Precision.SEASON),
        FuzzyDate(2026, precision=Precision.YEAR, approximate=True),
        FuzzyDate(1990, precision=Precision.DECADE),
        FuzzyDate(2014, precision=Precision.YEAR, end=FuzzyDate(2016, precision=Precision.YEAR)),
        FuzzyDate(2025, 3, 2, end=FuzzyDate(2025, 3, 9)),
        FuzzyDate(-43, 3, 15),
        None,
    ]
    titles = [
        "Ministers meet in Geneva",
        "=SUM(A1:A9) talks",
        "+1 vote for the ceasefire",
        '-5% aid cut, "officials" say',
        "@envoy statement",
        "\tTabbed, title; with a semicolon",
        "'Quoted' start",
        "Talks resume, 2026",
        "Treaty talks in the 1990s",
        "Sanctions 2014–2016",
        "Week of shelling\nacross the border",
        "Caesar is killed",
        "Undated meeting",
    ]
    events = [
        Event(
            id=f"e-{i:03d}",
            title=title,
            when=when,
            description=("Line one\nline two, with \\ a backslash" if i % 2 else ""),
            actors=(("United States", "Iran; Tehran") if i % 3 == 0 else ("=cmd|'/C calc'!A0",)),
            places=(("Geneva",) if i % 2 else ()),
            kind=list(Kind)[i % len(Kind)],
            status=list(Status)[i % len(Status)],
            sources=((quote, Source("a-2", 0, 6, "Second")) if i % 2 else (quote,)),
            origin=Origin.MANUAL if i % 4 == 0 else Origin.EXTRACTED,
            reviewed=i % 5 == 0,
            expression="on Monday" if i == 0 else "",
            notes="-check this" if i == 1 else "",
        )
        for i, (title, when) in enumerate(zip(titles, dates, strict=True))
    ]
    timeline = Timeline(title="Geneva talks")
    timeline.replace_all("Geneva talks", [article, other], events)
    return timeline


COMPARED = (
    "title",
    "when",
    "actors",
    "places",
    "kind",
    "status",
    "sources",
    "description",
    "origin",
    "reviewed",
    "notes",
    "expression",
)


def _fields(event: Event) -> tuple:
    return tuple(getattr(event, name) for name in COMPARED)


def _assert_same_events(original: list[Event], imported: list[Event]) -> None:
    by_id = {e.id: e for e in imported}
    assert set(by_id) == {e.id for e in original}
    for event in original:
        assert _fields(by_id[event.id]) == _fields(event), event.id


def test_csv_round_trip_keeps_every_event():
    timeline = sample_timeline()
    result = import_csv(export_csv(timeline, lanes="actor"))
    assert result.warnings == []
    _assert_same_events(timeline.events, result.timeline.events)


def test_csv_import_rebuilds_articles_named_by_sources():
    timeline = sample_timeline()
    imported = import_csv(export_csv(timeline)).timeline
    article = imported.article("a-1")
    assert (article.title, article.source, article.published) == ("Talks in Geneva", "The Daily Wire, Geneva",
                                                                  FuzzyDate(2025, 12, 3))  # fmt: skip
    assert imported.article("a-2").title == '=HYPERLINK("x")'


def test_csv_cites_an_article_once_however_many_of_its_sentences_tell_the_event():
    import csv
    import io

    text = "Envoys met. They met again. And again."
    article = Article("a-1", "Talks", text, FuzzyDate(2025, 12, 2), "Wire")
    quotes = tuple(Source.from_article(article, a, b) for a, b in ((0, 11), (12, 27), (28, 38)))
    timeline = Timeline(title="Talks")
    event = Event("e", "Envoys meet", FuzzyDate(2025, 12, 1), sources=quotes)
    timeline.replace_all("Talks", [article], [event])
    (row,) = csv.DictReader(io.StringIO(export_csv(timeline).lstrip("\ufeff")))
    assert row["sources"] == "Wire, 2 Dec 2025"
    (back,) = import_csv(export_csv(timeline)).timeline.events
    assert back.sources == quotes  # every quote is kept in the data column


def test_timelinejs_round_trip_through_json_text():
    timeline = sample_timeline()
    document = json.loads(json.dumps(export_timelinejs(timeline, lanes="kind")))
    result = import_timelinejs(document)
    assert result.warnings == []
    assert result.timeline.title == "Geneva talks"
    dated = [e for e in timeline.events if e.when is not None]
    _assert_same_events(dated, result.timeline.events)


def test_ics_round_trip_keeps_events_a_calendar_can_hold():
    timeline = sample_timeline()
    exported = export_ics(timeline, stamp=dt.datetime(2025, 12, 3, 12, 0, tzinfo=dt.UTC))
    # Undated and BCE events cannot be calendar entries; they are counted, not lost silently.
    assert exported.skipped == 2
    result = import_ics(exported.data)
    assert result.warnings == []
    kept = [e for e in timeline.events if e.when is not None and e.when.year >= 1]
    _assert_same_events(kept, result.timeline.events)


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        (FuzzyDate(2025, 12, 1), dt.date(2025, 12, 1), dt.date(2025, 12, 2)),
        (FuzzyDate(2025, 3, 2, end=FuzzyDate(2025, 3, 9)), dt.date(2025, 3, 2), dt.date(2025, 3, 10)),
    ],
)
def test_ics_writes_all_day_events_and_spans(when, start, end):
    timeline = Timeline()
    timeline.add_event(Event("e-1", "Talks", when))
    text = export_ics(timeline).data.decode()
    assert f"DTSTART;VALUE=DATE:{start:%Y%m%d}" in text
    assert f"DTEND;VALUE=DATE:{end:%Y%m%d}" in text


@pytest.mark.parametrize(
    ("when", "start", "words"),
    [
        (FuzzyDate(2025, 2, precision=Precision.MONTH), dt.date(2025, 2, 1), "Some time in Feb"),
        (FuzzyDate(2024, precision=Precision.YEAR), dt.date(2024, 1, 1), "Some time in 2024"),
    ],
)
def test_ics_writes_a_month_or_a_year_as_a_dated_note_not_a_long_event(when, start, words):
    """It happened some time in the month, not all month: a VJOURNAL on the first day."""
    timeline = Timeline()
    timeline.add_event(Event("e-1", "Talks", when))
    data = export_ics(timeline).data
    text = data.decode()
    assert "BEGIN:VJOURNAL" in text and "BEGIN:VEVENT" not in text
    assert f"DTSTART;VALUE=DATE:{start:%Y%m%d}" in text and "DTEND" not in text
    (note,) = icalendar.Calendar.from_ical(data).walk("VJOURNAL")
    assert str(note.get("description")).startswith(words)
    (back,) = import_ics(data).timeline.events
    assert back.when == when


def test_ics_from_another_app_reads_whole_months_and_ranges():
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:m\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Month\r\n"
        b"DTSTART;VALUE=DATE:20250201\r\nDTEND;VALUE=DATE:20250301\r\nCATEGORIES:SANCTION\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:r\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Range\r\nSTATUS:CANCELLED\r\n"
        b"DTSTART;VALUE=DATE:20250203\r\nDTEND;VALUE=DATE:20250206\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    events = {e.id: e for e in import_ics(data).timeline.events}
    assert events["m"].when == FuzzyDate(2025, 2, precision=Precision.MONTH)
    assert events["m"].kind is Kind.SANCTION
    assert events["r"].when == FuzzyDate(2025, 2, 3, end=FuzzyDate(2025, 2, 5))
    assert events["r"].status is Status.DENIED
