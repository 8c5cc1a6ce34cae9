"""Data exports are written one event at a time (issue 15.3): the same file as the whole
document built at once, without holding every event's objects (300,000 events took 3 GB
as iCalendar, 2.4 GB as TimelineJS)."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest

from tests.core.io.test_exchange import sample_timeline
from timeline_app import __version__
from timeline_app.core.io.exchange import export_data, export_ics, export_timelinejs, import_timelinejs
from timeline_app.core.io.exchange.ics import _component
from timeline_app.core.io.exchange.records import articles_of, dated_events
from timeline_app.core.io.exchange.timelinejs import timelinejs_bytes
from timeline_app.core.model import Timeline

STAMP = dt.datetime(2025, 12, 3, 10, 0, tzinfo=dt.UTC)


def whole_calendar(timeline: Timeline) -> bytes:
    """What export_ics wrote before: every component added to the calendar, then to_ical."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//timeline-app//timeline-app {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", timeline.title)
    articles = articles_of(timeline)
    for event in dated_events(timeline):
        component = _component(event, articles, STAMP)
        if component is not None:
            calendar.add_component(component)
    return calendar.to_ical()


@pytest.mark.parametrize(
    "title", ["Geneva talks", "A title long enough to be folded over two lines of the calendar file"]
)
def test_the_streamed_calendar_is_the_whole_calendar_byte_for_byte(title: str) -> None:
    timeline = sample_timeline()
    timeline.title = title
    streamed = export_ics(timeline, STAMP).data
    assert streamed == whole_calendar(timeline)
    assert len(icalendar.Calendar.from_ical(streamed).subcomponents) > 5


@pytest.mark.parametrize("lanes", ["none", "kind"])
def test_the_streamed_timelinejs_is_the_document(lanes: str) -> None:
    timeline = sample_timeline()
    data, slides = timelinejs_bytes(timeline, lanes=lanes, subtitle="<b>Sub</b>")
    document = json.loads(data)
    assert document == export_timelinejs(timeline, lanes=lanes, subtitle="<b>Sub</b>")
    assert slides == len(document["events"]) and data.count(b"\n") == slides + 2  # one slide a line
    assert {e.id for e in import_timelinejs(document).timeline.events} == {
        e.id for e in dated_events(timeline) if e.when
    }


def test_an_empty_timelinejs_document_is_valid_json() -> None:
    data, slides = timelinejs_bytes(Timeline(title="Empty"))
    assert slides == 0 and json.loads(data) == {
        "title": {"text": {"headline": "Empty", "text": ""}},
        "events": [],
    }
    assert export_data(Timeline(title="Empty"), "timelinejs").events == 0


def test_a_calendar_past_the_bound_is_refused_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.core.errors import InputError
    from timeline_app.core.io.exchange import ics

    timeline = sample_timeline()
    dated = sum(1 for e in timeline.events if e.when is not None)
    monkeypatch.setattr(ics, "MAX_ICS_EVENTS", dated)
    assert export_ics(timeline, STAMP).data.startswith(b"BEGIN:VCALENDAR")
    monkeypatch.setattr(ics, "MAX_ICS_EVENTS", dated - 1)
    with pytest.raises(InputError, match=f"of {dated} events would take minutes") as info:
        export_data(timeline, "ics")
    assert "\n" not in str(info.value)


def test_the_cli_refuses_a_calendar_past_the_bound_with_one_line(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from timeline_app.cli import main
    from timeline_app.core.io.exchange import ics
    from timeline_app.core.io.project import save_project

    project = tmp_path / "p.json"
    save_project(sample_timeline(), project)
    monkeypatch.setattr(ics, "MAX_ICS_EVENTS", 2)
    assert main(["export", str(project), "-o", str(tmp_path / "cal.ics")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "at most 2" in lines[0] and "internal error" not in lines[0]
    assert not (tmp_path / "cal.ics").exists()
