"""Reading a project a chunk of records at a time, by the fast path where it can, gives
what json.loads and the repairing path alone give, broken files included."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.io.reading import chunk_sizes, chunks_of, outcome, whole, written_layout
from tests.core.io.strategies import timelines
from timeline_app.core.dates import FuzzyDate
from timeline_app.core.io.project import parse_project, project_bytes
from timeline_app.core.io.project_stream import NotCanonical, canonical_parts
from timeline_app.core.model import Event, Timeline

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(timelines(), chunk_sizes)
def test_a_written_file_is_read_a_chunk_at_a_time_as_json_reads_it(timeline: Timeline, size: int) -> None:
    text = project_bytes(timeline).decode("utf-8")
    with chunks_of(size):
        head, events = canonical_parts(text)
        chunks = list(events)
        read = outcome(lambda: parse_project(text), text)
    data = json.loads(text)
    assert head == {k: data[k] for k in ("format", "version", "title", "articles")}
    assert [record for chunk in chunks for record in chunk] == data["events"]
    assert all(chunks) and (size > 1 or len(chunks) == len(data["events"]))
    assert read == whole(text)
    assert written_layout(data) == text  # the layout the file-level tests write


@FAST
@given(timelines(), chunk_sizes, st.data())
def test_an_edited_or_broken_file_reads_as_the_whole_file_path_reads_it(
    timeline: Timeline, size: int, data: st.DataObject
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
    with chunks_of(size):
        read = outcome(lambda: parse_project(text), text)
    assert read == whole(text)


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
