"""Reading a project record by record gives what reading it whole gives, broken files included."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.io.strategies import timelines
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.errors import InputError
from timeline_app.core.io.project import _json_of, parse_project, project_bytes
from timeline_app.core.io.project_reader import parse_project_object
from timeline_app.core.io.project_stream import NotCanonical, canonical_parts
from timeline_app.core.model import Event, Timeline

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(read: Callable[[], tuple[Timeline, list[str]]], text: str) -> tuple[object, ...]:
    """What a reading gives: the content and warnings, or the error line. The ids given to
    events that repeat an id (random) are replaced by one word."""
    try:
        timeline, warnings = read()
    except InputError as error:
        return ("error", str(error))
    events = [e if e.id in text else e.with_changes(id="fresh") for e in timeline.events]
    return (timeline.title, timeline.articles, events, [_FRESH.sub("fresh", w) for w in warnings])


_FRESH = re.compile(r"e-[0-9a-f]{12}")


def whole(text: str) -> tuple[object, ...]:
    def read() -> tuple[Timeline, list[str]]:
        return parse_project_object(_json_of(text))  # json.loads, its errors worded

    return outcome(read, text)


@FAST
@given(timelines())
def test_a_written_file_is_read_record_by_record_as_json_reads_it(timeline: Timeline) -> None:
    text = project_bytes(timeline).decode("utf-8")
    head, events = canonical_parts(text)
    data = json.loads(text)
    assert head == {k: data[k] for k in ("format", "version", "title", "articles")}
    assert list(events) == data["events"]
    assert outcome(lambda: parse_project(text), text) == whole(text)


@FAST
@given(timelines(), st.data())
def test_an_edited_or_broken_file_reads_as_the_whole_file_path_reads_it(
    timeline: Timeline, data: st.DataObject
) -> None:
    text = project_bytes(timeline).decode("utf-8")
    at = data.draw(st.integers(0, len(text)))
    edit = data.draw(
        st.sampled_from(["cut", "drop", " ", "\n", ",", "]", "}", '"', "1", "\t", "\u3000", "x", "{}"])
    )
    if edit == "cut":
        text = text[:at]
    elif edit == "drop":
        text = text[:at] + text[at + 1 :]
    else:
        text = text[:at] + edit + text[at:]
    assert outcome(lambda: parse_project(text), text) == whole(text)


def test_another_layout_is_not_read_record_by_record() -> None:
    text = json.dumps({"format": "timeline-app", "version": 1, "title": "t", "articles": [], "events": []})
    try:
        canonical_parts(text)
    except NotCanonical:
        pass
    else:
        raise AssertionError("a one-line file was taken for the written layout")
    assert outcome(lambda: parse_project(text), text) == whole(text)


@pytest.mark.parametrize("tail", ["", "\n", " \t\r\n", "x", "\x0b", "\u3000", " {}", "]", ","])
def test_what_follows_the_project_is_judged_as_json_judges_it(tail: str) -> None:
    timeline = Timeline(title="t")
    timeline.add_event(Event("e1", "One", FuzzyDate(2025, 1, 2)))
    text = project_bytes(timeline).decode("utf-8") + tail
    assert outcome(lambda: parse_project(text), text) == whole(text)
