"""Hostile records in exchange files (issue 15, points 6 and 7): one bad record is skipped
with a warning and the rest imported; the app reads back its own CSV whatever a cell holds."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.core.dates import FuzzyDate, Precision
from timeline_app.core.errors import InputError
from timeline_app.core.io.articles import MAX_ARTICLE_BYTES
from timeline_app.core.io.exchange import export_csv, import_csv, import_ics, import_timelinejs
from timeline_app.core.model import Event, Timeline

GOOD_VEVENT = (
    "BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Envoys meet\r\nDTSTART;VALUE=DATE:20250301\r\nEND:VEVENT\r\n"
)


def calendar(*bad_lines: str) -> bytes:
    bad = "".join(
        f"BEGIN:VEVENT\r\nUID:bad-{n}\r\nSUMMARY:Bad {n}\r\n{line}\r\nEND:VEVENT\r\n"
        for n, line in enumerate(bad_lines)
    )
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    return f"{head}{GOOD_VEVENT}{bad}END:VCALENDAR\r\n".encode()


BAD_DTSTARTS = {
    "30 February": "DTSTART;VALUE=DATE:20250230",
    "year 0": "DTSTART;VALUE=DATE:00000101",
    "year 0 without VALUE": "DTSTART:00000101",
    "30 February at 10:00": "DTSTART:20250230T100000",
    "a period": "DTSTART;VALUE=PERIOD:20250101T000000Z/20250102T000000Z",
    "no date at all": "DTSTART:soon",
    "a bad DTEND": "DTSTART;VALUE=DATE:20250301\r\nDTEND;VALUE=DATE:20251340",
    "our property is a list": "DTSTART;VALUE=DATE:20250101\r\nX-TIMELINE-APP-EVENT:[1,2]",
    "our property is not JSON": "DTSTART;VALUE=DATE:20250101\r\nX-TIMELINE-APP-EVENT:{oops",
    "our property has a bad date": 'DTSTART;VALUE=DATE:20250101\r\nX-TIMELINE-APP-EVENT:{"when": [1]}',
    "our property has an infinite list": 'DTSTART;VALUE=DATE:20250101\r\nX-TIMELINE-APP-EVENT:{"actors": 7}',
}


@pytest.mark.parametrize("case", list(BAD_DTSTARTS))
def test_a_bad_vevent_is_skipped_with_a_warning(case: str) -> None:
    result = import_ics(calendar(BAD_DTSTARTS[case]))
    assert [(e.id, e.when) for e in result.timeline.events] == [("good", FuzzyDate(2025, 3, 1))]
    assert len(result.warnings) == 1 and "skipped" in result.warnings[0], result.warnings


def test_several_bad_vevents_each_get_their_warning() -> None:
    result = import_ics(calendar(*BAD_DTSTARTS.values()))
    assert [e.id for e in result.timeline.events] == ["good"]
    assert len(result.warnings) == len(BAD_DTSTARTS)


BAD_YEARS = [
    "Infinity",
    "-Infinity",
    "NaN",
    "1e400",
    "1e20",
    "10000000000000000000000",
    '"abc"',
    "[1]",
    "{}",
    "true",
]


@pytest.mark.parametrize("year", BAD_YEARS)
def test_a_bad_timelinejs_year_is_skipped_with_a_warning(year: str) -> None:
    good = '{"start_date": {"year": 2020}, "text": {"headline": "Good"}}'
    bad = '{"start_date": {"year": YEAR, "month": 2}, "text": {"headline": "Bad"}}'.replace("YEAR", year)
    document = json.loads(f'{{"events": [{good}, {bad}]}}')
    result = import_timelinejs(document)
    assert [e.title for e in result.timeline.events] == ["Good"]
    assert len(result.warnings) == 1 and result.warnings[0].startswith("event 2: skipped")


@pytest.mark.parametrize(
    "extension", ["[1, 2]", '"text"', '{"when": {"start": Infinity}}', '{"sources": [[]]}']
)
def test_a_bad_timelinejs_extension_is_skipped_with_a_warning(extension: str) -> None:
    good = '{"start_date": {"year": 2020}, "text": {"headline": "Good"}}'
    bad = f'{{"start_date": {{"year": 2021}}, "timeline_app": {extension}}}'
    document = json.loads(f'{{"events": [{good}, {bad}]}}')
    result = import_timelinejs(document)
    assert "Good" in [e.title for e in result.timeline.events]
    assert len(result.timeline) + sum("skipped" in w for w in result.warnings) == 2


@given(
    st.dictionaries(
        st.sampled_from(["year", "month", "day", "hour", "minute"]),
        st.one_of(st.integers(), st.floats(), st.text(max_size=5), st.none(), st.booleans()),
    )
)
def test_no_timelinejs_date_stops_an_import(date: dict[str, object]) -> None:
    document = {"events": [{"start_date": {"year": 1999}, "unique_id": "first"}, {"start_date": date}]}
    result = import_timelinejs(document)
    assert len(result.timeline) + len(result.warnings) >= 2
    assert result.timeline.event("first").when == FuzzyDate(1999, precision=Precision.YEAR)


# -- 7. a cell over 128 KB --------------------------------------------------------------------------


def test_the_app_reads_back_its_own_csv_with_a_cell_over_128_kb() -> None:
    long = "The envoys talked for hours. " * 6000  # 174,000 characters
    timeline = Timeline(title="Long")
    timeline.add_events(
        [Event(id="e1", title="Talks", when=FuzzyDate(2025, 3, precision=Precision.MONTH), description=long)]
    )
    result = import_csv(export_csv(timeline))
    assert result.warnings == []
    assert [(e.id, e.description) for e in result.timeline.events] == [("e1", long)]


def test_the_csv_field_limit_is_the_article_size_limit() -> None:
    import csv

    import_csv("title\nTalks\n")
    assert csv.field_size_limit() >= MAX_ARTICLE_BYTES


def test_a_lone_carriage_return_ends_a_row_as_in_old_mac_files() -> None:
    """It made the csv module raise 'new-line character seen in unquoted field' (internal error)."""
    result = import_csv(
        "title,date,precision\r\nTalks\ron the border,2025-03,month\r\nTruce,2025-04,month\r\n"
    )
    assert sorted(e.title for e in result.timeline.events) == ["Talks", "Truce", "on the border"]


def test_a_carriage_return_inside_a_cell_of_ours_survives_the_round_trip() -> None:
    timeline = Timeline(title="CR")
    timeline.add_events([Event(id="e1", title="Talks\ron the border", when=FuzzyDate(2025, 3, 1))])
    assert [e.title for e in import_csv(export_csv(timeline)).timeline.events] == ["Talks\ron the border"]


@given(st.text())
def test_no_csv_text_gives_anything_but_events_or_one_line(text: str) -> None:
    try:
        result = import_csv("title,date,precision,actors,source_data,kind\n" + text)
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert all(e.title.strip() for e in result.timeline.events)
